"""Stock: the last known level per product and store, and the quantities this till moved."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from terminal.storage.models.base import Base, IsoDateTime


class StockLevel(Base):
    """Last known stock per product and store. No FK to product: the change feed may bring stock first."""

    __tablename__ = "stock_level"

    sku: Mapped[str] = mapped_column(String(64), primary_key=True)
    store_id: Mapped[str] = mapped_column(String(32), primary_key=True)
    on_hand: Mapped[str] = mapped_column(String(32))
    reserved: Mapped[str] = mapped_column(String(32), default="0")
    available: Mapped[str] = mapped_column(String(32))
    as_of: Mapped[datetime] = mapped_column(IsoDateTime)


class StockMovementRow(Base):
    """A quantity this till moved (signed, in thousandths), tied to the outbox event that reports it.

    Live stock is the backend's level plus the movements whose event it has not acknowledged yet.
    """

    __tablename__ = "stock_movement"
    __table_args__ = (
        Index("ix_stock_movement_sku", "sku", "store_id"),
        Index("ix_stock_movement_event_id", "event_id"),
    )

    movement_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    store_id: Mapped[str] = mapped_column(String(32))
    sku: Mapped[str] = mapped_column(String(64))
    quantity_milli: Mapped[int] = mapped_column(Integer)
    reason: Mapped[str] = mapped_column(String(32))
    sale_id: Mapped[str | None] = mapped_column(String(36))
    line_no: Mapped[int | None] = mapped_column(Integer)
    event_id: Mapped[str] = mapped_column(String(36))
    occurred_at: Mapped[datetime] = mapped_column(IsoDateTime)
