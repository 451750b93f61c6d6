"""What the tills report: sales with lines and payments, returns, audit records; customers.

The references of `sale` (to its store), `sale_line` and `sale_payment` (to their sale), like that of
`stock_movement` (to its store), are declared here and enforced row by row on SQLite; on PostgreSQL
triggers check them once per statement instead (migration 0019, docs/adr/0027).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, BigInteger, Boolean, ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from backend.models.base import Base, UtcDateTime, utcnow


class Customer(Base):
    __tablename__ = "customer"
    customer_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    email: Mapped[str | None] = mapped_column(String(200), nullable=True, index=True)
    phone: Mapped[str | None] = mapped_column(String(40), nullable=True)
    version: Mapped[int] = mapped_column(BigInteger, default=1)


class Sale(Base):
    __tablename__ = "sale"
    sale_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    receipt_number: Mapped[str] = mapped_column(String(64), index=True)
    store_id: Mapped[str] = mapped_column(ForeignKey("store.store_id"))
    terminal_id: Mapped[str] = mapped_column(String(64))
    staff_id: Mapped[str] = mapped_column(String(64))
    currency: Mapped[str] = mapped_column(String(3))
    subtotal_minor: Mapped[int | None] = mapped_column(BigInteger, nullable=True)  # before discounts
    discount_minor: Mapped[int] = mapped_column(BigInteger, default=0, server_default="0")
    total_minor: Mapped[int] = mapped_column(BigInteger)
    rounding_minor: Mapped[int] = mapped_column(
        BigInteger, default=0, server_default="0"
    )  # paid = total + rounding
    change_minor: Mapped[int] = mapped_column(BigInteger, default=0)
    customer_id: Mapped[str | None] = mapped_column(String(64), nullable=True)  # ix_sale_customer_id
    event_id: Mapped[str] = mapped_column(String(36))
    occurred_at: Mapped[datetime] = mapped_column(UtcDateTime)
    recorded_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    vat: Mapped[list[Any]] = mapped_column(JSON, default=list)


class SaleLine(Base):
    __tablename__ = "sale_line"
    sale_id: Mapped[str] = mapped_column(ForeignKey("sale.sale_id"), primary_key=True)
    line_no: Mapped[int] = mapped_column(Integer, primary_key=True)
    sku: Mapped[str] = mapped_column(String(64))
    name: Mapped[str] = mapped_column(String(200))
    quantity_milli: Mapped[int] = mapped_column(BigInteger)
    returned_milli: Mapped[int] = mapped_column(BigInteger, default=0)
    unit_price_minor: Mapped[int] = mapped_column(BigInteger)
    discount_minor: Mapped[int] = mapped_column(BigInteger)
    total_minor: Mapped[int] = mapped_column(BigInteger)
    vat_code: Mapped[str] = mapped_column(String(8))
    vat_percent: Mapped[str] = mapped_column(String(8))


class SalePayment(Base):
    __tablename__ = "sale_payment"
    sale_id: Mapped[str] = mapped_column(ForeignKey("sale.sale_id"), primary_key=True)
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    tender: Mapped[str] = mapped_column(String(32))
    amount_minor: Mapped[int] = mapped_column(BigInteger)
    reference: Mapped[str | None] = mapped_column(String(200), nullable=True)
    direction: Mapped[str] = mapped_column(String(3), default="in", server_default="in")  # in | out


class VisitReturnLine(Base):
    """A line a visit took back at a till: what it returns, the refund, reason and disposition."""

    __tablename__ = "visit_return_line"
    sale_id: Mapped[str] = mapped_column(ForeignKey("sale.sale_id"), primary_key=True)
    line_no: Mapped[int] = mapped_column(Integer, primary_key=True)
    origin_kind: Mapped[str] = mapped_column(String(16))  # receipt, web_order, none
    origin_reference: Mapped[str | None] = mapped_column(String(64), nullable=True, index=True)
    origin_line_no: Mapped[int | None] = mapped_column(Integer, nullable=True)
    sku: Mapped[str] = mapped_column(String(64))
    quantity_milli: Mapped[int] = mapped_column(BigInteger)
    refund_minor: Mapped[int] = mapped_column(BigInteger)
    reason: Mapped[str] = mapped_column(String(32))
    reason_text: Mapped[str] = mapped_column(String(200))
    disposition: Mapped[str] = mapped_column(String(16))  # restock, damaged, quarantine
    verified: Mapped[bool] = mapped_column(Boolean)
    # Who approved a rule overridden (outside the window, no receipt, ...) and why (schema 2).
    approved_by: Mapped[str | None] = mapped_column(String(64), nullable=True, default=None)
    override_reason: Mapped[str] = mapped_column(String(200), default="", server_default="")


class VisitHandoverLine(Base):
    """A web-order line a visit handed over at a till."""

    __tablename__ = "visit_handover_line"
    sale_id: Mapped[str] = mapped_column(ForeignKey("sale.sale_id"), primary_key=True)
    line_no: Mapped[int] = mapped_column(Integer, primary_key=True)
    order_number: Mapped[str] = mapped_column(String(64), index=True)
    order_line_no: Mapped[int] = mapped_column(Integer)
    sku: Mapped[str] = mapped_column(String(64))
    quantity_milli: Mapped[int] = mapped_column(BigInteger)
    amount_minor: Mapped[int] = mapped_column(BigInteger)
    paid_online: Mapped[bool] = mapped_column(Boolean)


class SaleReturn(Base):
    __tablename__ = "sale_return"
    return_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    sale_id: Mapped[str | None] = mapped_column(String(36), nullable=True, index=True)
    receipt_number: Mapped[str | None] = mapped_column(String(64), nullable=True)
    store_id: Mapped[str] = mapped_column(ForeignKey("store.store_id"))
    terminal_id: Mapped[str] = mapped_column(String(64))
    staff_id: Mapped[str] = mapped_column(String(64))
    currency: Mapped[str] = mapped_column(String(3))
    total_refund_minor: Mapped[int] = mapped_column(BigInteger)
    reason: Mapped[str] = mapped_column(String(200))
    event_id: Mapped[str] = mapped_column(String(36))
    occurred_at: Mapped[datetime] = mapped_column(UtcDateTime)
    lines: Mapped[list[Any]] = mapped_column(JSON)


class AuditEntry(Base):
    __tablename__ = "audit_entry"
    audit_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    store_id: Mapped[str] = mapped_column(ForeignKey("store.store_id"))
    terminal_id: Mapped[str] = mapped_column(String(64))
    staff_id: Mapped[str] = mapped_column(String(64))
    approver_id: Mapped[str | None] = mapped_column(String(64), nullable=True)
    action: Mapped[str] = mapped_column(String(64))
    details: Mapped[dict[str, Any]] = mapped_column(JSON)
    occurred_at: Mapped[datetime] = mapped_column(UtcDateTime)


Index("ix_sale_store", Sale.store_id, Sale.occurred_at)
# Only sales with a customer (most have none); a look-up by customer always names one (migration 0019).
Index(
    "ix_sale_customer_id",
    Sale.customer_id,
    postgresql_where=Sale.customer_id.is_not(None),
    sqlite_where=Sale.customer_id.is_not(None),
)
