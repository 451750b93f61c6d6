"""Stores, the catalogue (products, barcodes), prices per price list with store overrides, VAT, promotions."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, Boolean, ForeignKey, Index, Integer, String, false
from sqlalchemy.orm import Mapped, mapped_column

from backend.models.base import Base, UtcDateTime


class Store(Base):
    __tablename__ = "store"
    store_id: Mapped[str] = mapped_column(String(16), primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    country: Mapped[str] = mapped_column(String(2))
    currency: Mapped[str] = mapped_column(String(3))
    # The chain-wide price list this store sells from ("DE", "HU", ...); overrides use scope "store:<id>".
    price_list: Mapped[str] = mapped_column(String(32))
    # Click-and-collect: days an order waits once ready, and how long before its deadline the
    # customer is reminded (backend/services/schedule.py).
    pickup_days: Mapped[int] = mapped_column(Integer, default=7, server_default="7")
    reminder_lead_hours: Mapped[int] = mapped_column(Integer, default=48, server_default="48")
    # Hours an order stays at the counter past its deadline (overdue: staff may call the customer)
    # before it expires and its reservation is released.
    grace_hours: Mapped[int] = mapped_column(Integer, default=24, server_default="24")
    # The language of its customer notifications (de, en, hu, id); ensure_store defaults it by country.
    language: Mapped[str] = mapped_column(String(8), default="de", server_default="de")
    # One line for customer notifications ("Hauptstr. 1, 10115 Berlin"); None: not shown.
    address: Mapped[str | None] = mapped_column(String(300), nullable=True)
    # Its IANA time zone ("Europe/Berlin"): the till's business date and every "N days" counted in
    # calendar days are read in it (backend/services/store_time.py); ensure_store defaults it by country.
    timezone: Mapped[str] = mapped_column(String(64), default="UTC", server_default="UTC")
    # Bumped by each change the tills see (its name): the `store` feed change's version (ADR 0025).
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")


class Product(Base):
    __tablename__ = "product"
    sku: Mapped[str] = mapped_column(String(64), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    brand: Mapped[str] = mapped_column(String(100), default="")
    vat_code: Mapped[str] = mapped_column(String(8))
    unit: Mapped[str] = mapped_column(String(8), default="pc")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    version: Mapped[int] = mapped_column(BigInteger, default=1)
    # How well it sells (higher first); the till ranks name searches by it. Not versioned: a nightly
    # recomputation need not flood the feed; tills get it with the snapshot and product changes.
    popularity: Mapped[int] = mapped_column(BigInteger, default=0, server_default="0")
    # Its return policy (backend/models/returns.py): a group, and final sale whatever the group says.
    group_id: Mapped[str | None] = mapped_column(
        ForeignKey("product_group.group_id"), nullable=True, default=None
    )
    final_sale: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())


class Barcode(Base):
    __tablename__ = "barcode"
    code: Mapped[str] = mapped_column(String(64), primary_key=True)
    sku: Mapped[str] = mapped_column(ForeignKey("product.sku"), index=True)


class Price(Base):
    """A price of one product in one scope: a price list ("DE") or one store ("store:S001")."""

    __tablename__ = "price"
    sku: Mapped[str] = mapped_column(ForeignKey("product.sku"), primary_key=True)
    scope: Mapped[str] = mapped_column(String(40), primary_key=True)
    amount_minor: Mapped[int] = mapped_column(BigInteger)
    currency: Mapped[str] = mapped_column(String(3))
    version: Mapped[int] = mapped_column(BigInteger, default=1)


class VatRate(Base):
    __tablename__ = "vat_rate"
    country: Mapped[str] = mapped_column(String(2), primary_key=True)
    code: Mapped[str] = mapped_column(String(8), primary_key=True)
    percent: Mapped[str] = mapped_column(String(8))


class Promotion(Base):
    """A simple promotion: a percent or amount off one product (or all), chain-wide or for one store."""

    __tablename__ = "promotion"
    promotion_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(16))  # percent | amount
    value: Mapped[str] = mapped_column(String(16))
    sku: Mapped[str | None] = mapped_column(ForeignKey("product.sku"), nullable=True)
    store_id: Mapped[str | None] = mapped_column(ForeignKey("store.store_id"), nullable=True)
    starts_at: Mapped[datetime] = mapped_column(UtcDateTime)
    ends_at: Mapped[datetime] = mapped_column(UtcDateTime)
    version: Mapped[int] = mapped_column(Integer, default=1)


Index("ix_promotion_store", Promotion.store_id)
