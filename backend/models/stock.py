"""The stock ledger: movements tied to their source, and the levels derived from them per store.

Quantities are integer milli-units (1 piece = 1000), so sums are exact on every database.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, ForeignKey, Index, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from backend.models.base import Base, UtcDateTime, utcnow

BUCKETS = ("on_hand", "reserved")
REASONS = ("sale", "return", "reservation", "release", "count", "adjustment", "transfer", "handover")


class StockMovement(Base):
    __tablename__ = "stock_movement"
    __table_args__ = (UniqueConstraint("source", "source_line", "bucket", name="uq_stock_movement_source"),)
    movement_id: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"), primary_key=True)
    store_id: Mapped[str] = mapped_column(ForeignKey("store.store_id"))
    sku: Mapped[str] = mapped_column(String(64))
    bucket: Mapped[str] = mapped_column(String(16))
    qty_milli: Mapped[int] = mapped_column(BigInteger)
    reason: Mapped[str] = mapped_column(String(16))
    # What caused it: "event:<terminal event id>", "web:<order number>", "import:<batch>"; unique with
    # the line and bucket so the same cause can never move stock twice.
    source: Mapped[str] = mapped_column(String(120))
    source_line: Mapped[int] = mapped_column(Integer, default=0)
    occurred_at: Mapped[datetime] = mapped_column(UtcDateTime)
    recorded_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)


Index("ix_stock_movement_store_sku", StockMovement.store_id, StockMovement.sku)


class StockLevel(Base):
    __tablename__ = "stock_level"
    store_id: Mapped[str] = mapped_column(ForeignKey("store.store_id"), primary_key=True)
    sku: Mapped[str] = mapped_column(String(64), primary_key=True)
    on_hand_milli: Mapped[int] = mapped_column(BigInteger, default=0)
    reserved_milli: Mapped[int] = mapped_column(BigInteger, default=0)
    version: Mapped[int] = mapped_column(BigInteger, default=1)
