"""Web orders for pickup in this store: the orders and their lines from the feed, and the till's
picking and handover of them."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from terminal.storage.models.base import Base, IsoDateTime


class WebOrderRow(Base):
    """An open click-and-collect order of this store, as the feed last sent it (migration 0005)."""

    __tablename__ = "web_order"
    __table_args__ = (
        Index("ix_web_order_status_pickup_by", "status", "pickup_by"),
        Index("ix_web_order_customer_id", "customer_id"),
    )

    order_number: Mapped[str] = mapped_column(String(64), primary_key=True)
    status: Mapped[str] = mapped_column(String(32))
    customer_id: Mapped[str | None] = mapped_column(String(64))
    currency: Mapped[str] = mapped_column(String(3))
    paid: Mapped[bool] = mapped_column(Boolean)
    total_minor: Mapped[int] = mapped_column(Integer)
    replaces_order_number: Mapped[str | None] = mapped_column(String(64))
    placed_at: Mapped[datetime | None] = mapped_column(IsoDateTime)
    ready_at: Mapped[datetime | None] = mapped_column(IsoDateTime)
    pickup_by: Mapped[datetime | None] = mapped_column(IsoDateTime)
    pickup_code_check: Mapped[str | None] = mapped_column(String(64))
    item_count: Mapped[int] = mapped_column(Integer)
    version: Mapped[int] = mapped_column(Integer)
    updated_at: Mapped[datetime] = mapped_column(IsoDateTime)


class WebOrderLineRow(Base):
    __tablename__ = "web_order_line"

    order_number: Mapped[str] = mapped_column(
        String(64), ForeignKey("web_order.order_number"), primary_key=True
    )
    line_no: Mapped[int] = mapped_column(Integer, primary_key=True)
    sku: Mapped[str] = mapped_column(String(64))
    name: Mapped[str] = mapped_column(Text)
    quantity: Mapped[str] = mapped_column(String(32))
    unit_price_minor: Mapped[int] = mapped_column(Integer)
    picked: Mapped[str] = mapped_column(String(32))
    short: Mapped[str] = mapped_column(String(32))
    collected: Mapped[str] = mapped_column(String(32))
    refused: Mapped[str] = mapped_column(String(32))


class PickupProgressRow(Base):
    """What this till did with an order (picking, ready, handed_over) and its wrong-code count."""

    __tablename__ = "pickup_progress"

    order_number: Mapped[str] = mapped_column(String(64), primary_key=True)
    state: Mapped[str] = mapped_column(String(16))
    pick_id: Mapped[str | None] = mapped_column(String(36))
    code_attempts: Mapped[int] = mapped_column(Integer)
    updated_at: Mapped[datetime] = mapped_column(IsoDateTime)


class PickupPickRow(Base):
    __tablename__ = "pickup_pick"

    order_number: Mapped[str] = mapped_column(String(64), primary_key=True)
    line_no: Mapped[int] = mapped_column(Integer, primary_key=True)
    picked: Mapped[str] = mapped_column(String(32))
    short: Mapped[str] = mapped_column(String(32))


class PickupHandoverRow(Base):
    """A handover waiting for its visit (`receipt_number` NULL) or done with it."""

    __tablename__ = "pickup_handover"
    __table_args__ = (Index("ix_pickup_handover_order_number", "order_number"),)

    handover_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    order_number: Mapped[str] = mapped_column(String(64))
    terminal_id: Mapped[str] = mapped_column(String(32))
    details: Mapped[str] = mapped_column(Text)
    receipt_number: Mapped[str | None] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(IsoDateTime)
