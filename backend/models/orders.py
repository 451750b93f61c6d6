"""Web orders (click-and-collect) with their lines and history, and manager tasks for anomalies."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, BigInteger, Boolean, ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from backend.models.base import Base, UtcDateTime, utcnow

WEB_ORDER_STATES = (
    "placed",
    "picking",
    "ready",
    "collected",
    "partially_collected",
    "expired",
    "cancelled",
)


class WebOrder(Base):
    __tablename__ = "web_order"
    order_number: Mapped[str] = mapped_column(String(64), primary_key=True)
    pickup_store_id: Mapped[str] = mapped_column(ForeignKey("store.store_id"), index=True)
    customer_id: Mapped[str | None] = mapped_column(String(64), nullable=True, index=True)
    status: Mapped[str] = mapped_column(String(24))
    currency: Mapped[str] = mapped_column(String(3))
    paid: Mapped[bool] = mapped_column(Boolean)
    total_minor: Mapped[int] = mapped_column(BigInteger)
    pickup_code: Mapped[str] = mapped_column(String(32))
    replaces_order_number: Mapped[str | None] = mapped_column(String(64), nullable=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    version: Mapped[int] = mapped_column(BigInteger, default=1)
    # SHA-256 of the placing request's canonical content (NULL for orders placed before migration 0004).
    request_hash: Mapped[str | None] = mapped_column(String(64), nullable=True)


class WebOrderLine(Base):
    """One ordered line and what became of it: collected, refused, returned (through any channel).

    Returnable = collected - returned; the click-and-collect and returns issues build on these counts.
    """

    __tablename__ = "web_order_line"
    order_number: Mapped[str] = mapped_column(ForeignKey("web_order.order_number"), primary_key=True)
    line_no: Mapped[int] = mapped_column(Integer, primary_key=True)
    sku: Mapped[str] = mapped_column(String(64))
    quantity_milli: Mapped[int] = mapped_column(BigInteger)
    unit_price_minor: Mapped[int] = mapped_column(BigInteger)
    collected_milli: Mapped[int] = mapped_column(BigInteger, default=0)
    refused_milli: Mapped[int] = mapped_column(BigInteger, default=0)
    returned_milli: Mapped[int] = mapped_column(BigInteger, default=0)


class WebOrderReturn(Base):
    """A return of a web order through another channel, under the client's own id (idempotency key)."""

    __tablename__ = "web_order_return"
    return_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    order_number: Mapped[str] = mapped_column(ForeignKey("web_order.order_number"), index=True)
    channel: Mapped[str] = mapped_column(String(16))
    note: Mapped[str] = mapped_column(String(200))
    request_hash: Mapped[str] = mapped_column(String(64))
    lines: Mapped[list[Any]] = mapped_column(JSON)  # [{line_no, sku, quantity, reason}] as resolved
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)


class WebOrderHistory(Base):
    __tablename__ = "web_order_history"
    entry_id: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"), primary_key=True)
    order_number: Mapped[str] = mapped_column(ForeignKey("web_order.order_number"), index=True)
    at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    status: Mapped[str] = mapped_column(String(24))
    note: Mapped[str] = mapped_column(String(200), default="")


class ManagerTask(Base):
    """An anomaly a manager must look at (stock below zero, return over the sold quantity, ...)."""

    __tablename__ = "manager_task"
    task_id: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"), primary_key=True)
    store_id: Mapped[str] = mapped_column(ForeignKey("store.store_id"))
    kind: Mapped[str] = mapped_column(String(32))
    status: Mapped[str] = mapped_column(String(16), default="open")
    summary: Mapped[str] = mapped_column(String(300))
    details: Mapped[dict[str, Any]] = mapped_column(JSON)
    source: Mapped[str] = mapped_column(String(120))
    # What the anomaly is about (a sku, a sale id): one open task per store, kind and subject.
    subject: Mapped[str] = mapped_column(String(120), default="")
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)


Index("ix_manager_task_open", ManagerTask.store_id, ManagerTask.kind, ManagerTask.subject, ManagerTask.status)
