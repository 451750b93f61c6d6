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
    replaces_order_number: Mapped[str | None] = mapped_column(String(64), nullable=True, index=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    version: Mapped[int] = mapped_column(BigInteger, default=1)
    # SHA-256 of the placing request's canonical content (NULL for orders placed before migration 0004).
    request_hash: Mapped[str | None] = mapped_column(String(64), nullable=True)
    # The pickup lifecycle (migration 0006, backend/services/order_states.py and pickups.py).
    ready_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    pickup_by: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)  # the deadline
    remind_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    # The deadline plus the store's grace: until then an order is overdue at the till, then it expires.
    expire_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    reminded_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    code_attempts: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    code_locked_until: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    # A till's live claim ("<store>/<terminal>", when, for which handover) and the settling handover.
    claimed_by: Mapped[str | None] = mapped_column(String(100), nullable=True)
    claimed_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    claim_handover_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    handover_id: Mapped[str | None] = mapped_column(String(36), nullable=True)


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
    name: Mapped[str] = mapped_column(String(200), default="", server_default="")
    picked_milli: Mapped[int] = mapped_column(BigInteger, default=0, server_default="0")
    short_milli: Mapped[int] = mapped_column(BigInteger, default=0, server_default="0")
    # How much of this line's reservation is released (handover, refusal, missing, cancel, expiry):
    # each releaser releases at most quantity - released, so nothing is released twice.
    released_milli: Mapped[int] = mapped_column(BigInteger, default=0, server_default="0")


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


class RefundRequest(Base):
    """Money a web payment owes back (refused or missing lines, an expired paid order); the web shop
    or the payment provider pays it. One per settling handover or expiry (`request_id`)."""

    __tablename__ = "refund_request"
    request_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    order_number: Mapped[str] = mapped_column(ForeignKey("web_order.order_number"), index=True)
    store_id: Mapped[str] = mapped_column(String(16))
    currency: Mapped[str] = mapped_column(String(3))
    amount_minor: Mapped[int] = mapped_column(BigInteger)
    reason: Mapped[str] = mapped_column(String(32))
    status: Mapped[str] = mapped_column(String(16), default="requested")
    lines: Mapped[list[Any]] = mapped_column(JSON)  # [{line_no, sku, quantity, amount_minor, reason}]
    source: Mapped[str] = mapped_column(String(120))
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


Index("ix_web_order_status_expire_at", WebOrder.status, WebOrder.expire_at)
Index("ix_web_order_status_remind_at", WebOrder.status, WebOrder.remind_at)
Index("ix_manager_task_open", ManagerTask.store_id, ManagerTask.kind, ManagerTask.subject, ManagerTask.status)
