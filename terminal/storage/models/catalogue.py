"""The catalogue as the till holds it from the feed: products, their barcodes, VAT rates,
product groups (with their return policy) and the chain's stores by name.

`product` has an INTEGER `id` (the rowid) besides its business key `sku`: the FTS5 index is an
external-content table keyed by rowid, and only an INTEGER PRIMARY KEY keeps rowids stable across
VACUUM. Foreign keys still point at `product.sku` (UNIQUE).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, CheckConstraint, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from terminal.storage.models.base import Base, IsoDateTime


class Product(Base):
    __tablename__ = "product"
    __table_args__ = (CheckConstraint("unit IN ('pc', 'kg')", name="unit"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    sku: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(Text)
    brand: Mapped[str] = mapped_column(Text, default="")
    product_group: Mapped[str] = mapped_column(Text, default="")
    # Its return policy's group (the product_group table) and its own final-sale flag (migration 0006).
    group_id: Mapped[str | None] = mapped_column(String(64))
    final_sale: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    price_minor: Mapped[int] = mapped_column(Integer)
    currency: Mapped[str] = mapped_column(String(3))
    vat_code: Mapped[str] = mapped_column(String(8))
    unit: Mapped[str] = mapped_column(String(2), default="pc")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    popularity: Mapped[int] = mapped_column(Integer, default=0)
    updated_at: Mapped[datetime] = mapped_column(IsoDateTime)
    version: Mapped[int] = mapped_column(Integer, default=0)


class ProductBarcode(Base):
    __tablename__ = "product_barcode"
    # WITHOUT ROWID: a scan is one B-tree seek that already holds the sku.
    __table_args__ = (Index("ix_product_barcode_sku", "sku"), {"sqlite_with_rowid": False})

    barcode: Mapped[str] = mapped_column(String(32), primary_key=True)
    sku: Mapped[str] = mapped_column(ForeignKey("product.sku"))


class VatRateRow(Base):
    __tablename__ = "vat_rate"

    code: Mapped[str] = mapped_column(String(8), primary_key=True)
    percent: Mapped[str] = mapped_column(String(16))


class ProductGroupRow(Base):
    """A product group and its return policy, from the feed (migration 0006)."""

    __tablename__ = "product_group"

    group_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    name: Mapped[str] = mapped_column(Text)
    return_days: Mapped[int | None] = mapped_column(Integer)  # None: the default
    final_sale: Mapped[bool] = mapped_column(Boolean, default=False)
    version: Mapped[int] = mapped_column(Integer, default=0)


class ChainStoreRow(Base):
    """One of the chain's stores by name, from the feed or the snapshot (migration 0009, ADR 0025)."""

    __tablename__ = "chain_store"

    store_id: Mapped[str] = mapped_column(String(32), primary_key=True)
    name: Mapped[str] = mapped_column(Text)
    version: Mapped[int] = mapped_column(Integer, default=0)
    updated_at: Mapped[datetime] = mapped_column(IsoDateTime)
