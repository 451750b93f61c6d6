"""Visits: open and parked baskets, receipt numbers, completed sales with their lines, payments, VAT,
return and handover lines, and how much of each receipt line has come back."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from terminal.storage.models.base import Base, IsoDateTime


class OpenBasket(Base):
    __tablename__ = "open_basket"

    terminal_id: Mapped[str] = mapped_column(String(32), primary_key=True)
    data: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(IsoDateTime)


class ParkedBasket(Base):
    __tablename__ = "parked_basket"
    __table_args__ = (Index("ix_parked_basket_terminal_id", "terminal_id"),)

    parked_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    terminal_id: Mapped[str] = mapped_column(String(32))
    label: Mapped[str] = mapped_column(Text, default="")
    data: Mapped[str] = mapped_column(Text)
    parked_at: Mapped[datetime] = mapped_column(IsoDateTime)
    staff_id: Mapped[str | None] = mapped_column(String(32))


class ReceiptCounter(Base):
    __tablename__ = "receipt_counter"

    terminal_id: Mapped[str] = mapped_column(String(32), primary_key=True)
    next_seq: Mapped[int] = mapped_column(Integer)


class SaleRow(Base):
    """A completed visit: its receipt number, totals and who served; its lines are in the tables below."""

    __tablename__ = "sale"
    __table_args__ = (
        Index("uq_sale_terminal_seq", "terminal_id", "seq", unique=True),
        Index("ix_sale_customer_id", "customer_id"),
        Index("ix_sale_occurred_at", "occurred_at"),
    )

    sale_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    receipt_number: Mapped[str] = mapped_column(String(64), unique=True)
    store_id: Mapped[str] = mapped_column(String(32))
    terminal_id: Mapped[str] = mapped_column(String(32))
    seq: Mapped[int] = mapped_column(Integer)
    staff_id: Mapped[str] = mapped_column(String(32))
    occurred_at: Mapped[datetime] = mapped_column(IsoDateTime)
    currency: Mapped[str] = mapped_column(String(3))
    subtotal_minor: Mapped[int] = mapped_column(Integer)
    discount_minor: Mapped[int] = mapped_column(Integer, default=0)
    total_minor: Mapped[int] = mapped_column(Integer)
    rounding_minor: Mapped[int] = mapped_column(Integer, default=0)
    change_minor: Mapped[int] = mapped_column(Integer, default=0)
    customer_id: Mapped[str | None] = mapped_column(String(64))
    status: Mapped[str] = mapped_column(String(16), default="completed")


class SaleLineRow(Base):
    """A line as sold: name, price and VAT are copied, so later catalogue changes never rewrite history."""

    __tablename__ = "sale_line"

    sale_id: Mapped[str] = mapped_column(ForeignKey("sale.sale_id"), primary_key=True)
    line_no: Mapped[int] = mapped_column(Integer, primary_key=True)
    sku: Mapped[str] = mapped_column(String(64))
    barcode: Mapped[str | None] = mapped_column(String(32))
    name: Mapped[str] = mapped_column(Text)
    quantity: Mapped[str] = mapped_column(String(32))
    unit: Mapped[str] = mapped_column(String(2))
    unit_price_minor: Mapped[int] = mapped_column(Integer)
    discount_minor: Mapped[int] = mapped_column(Integer, default=0)  # its own plus basket_share_minor
    total_minor: Mapped[int] = mapped_column(Integer)
    vat_code: Mapped[str] = mapped_column(String(8))
    vat_percent: Mapped[str] = mapped_column(String(16))
    voided: Mapped[bool] = mapped_column(Boolean, default=False)
    note: Mapped[str | None] = mapped_column(Text)
    basket_share_minor: Mapped[int] = mapped_column(Integer, default=0, server_default="0")


class SalePaymentRow(Base):
    """A tender of a visit: taken in from the customer, or paid out to them (`direction`)."""

    __tablename__ = "sale_payment"

    sale_id: Mapped[str] = mapped_column(ForeignKey("sale.sale_id"), primary_key=True)
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    tender: Mapped[str] = mapped_column(String(32))
    amount_minor: Mapped[int] = mapped_column(Integer)
    reference: Mapped[str | None] = mapped_column(Text)
    direction: Mapped[str] = mapped_column(String(3), default="in", server_default="in")


class SaleVatRow(Base):
    __tablename__ = "sale_vat"

    sale_id: Mapped[str] = mapped_column(ForeignKey("sale.sale_id"), primary_key=True)
    code: Mapped[str] = mapped_column(String(8), primary_key=True)
    percent: Mapped[str] = mapped_column(String(16))
    gross_minor: Mapped[int] = mapped_column(Integer)
    net_minor: Mapped[int] = mapped_column(Integer)
    vat_minor: Mapped[int] = mapped_column(Integer)


class ReturnLineRow(Base):
    """A line a visit took back: what it returns (origin), the refund paid for it, reason, disposition."""

    __tablename__ = "visit_return_line"

    sale_id: Mapped[str] = mapped_column(ForeignKey("sale.sale_id"), primary_key=True)
    line_no: Mapped[int] = mapped_column(Integer, primary_key=True)
    origin_kind: Mapped[str] = mapped_column(String(16))
    origin_reference: Mapped[str | None] = mapped_column(String(64))
    origin_line_no: Mapped[int | None] = mapped_column(Integer)
    sku: Mapped[str] = mapped_column(String(64))
    name: Mapped[str] = mapped_column(Text)
    quantity: Mapped[str] = mapped_column(String(32))
    unit: Mapped[str] = mapped_column(String(2))
    refund_minor: Mapped[int] = mapped_column(Integer)
    vat_code: Mapped[str] = mapped_column(String(8))
    vat_percent: Mapped[str] = mapped_column(String(16))
    reason: Mapped[str] = mapped_column(String(32))
    reason_text: Mapped[str] = mapped_column(Text, default="", server_default="")
    disposition: Mapped[str] = mapped_column(String(16))
    claim_id: Mapped[str | None] = mapped_column(String(64))
    verified: Mapped[bool] = mapped_column(Boolean, default=True)
    approved_by: Mapped[str | None] = mapped_column(String(32))  # migration 0006
    override_reason: Mapped[str] = mapped_column(Text, default="", server_default="")


class HandoverLineRow(Base):
    """A web-order line a visit handed over: free at the till when paid online."""

    __tablename__ = "visit_handover_line"
    __table_args__ = (Index("ix_visit_handover_line_order_number", "order_number"),)

    sale_id: Mapped[str] = mapped_column(ForeignKey("sale.sale_id"), primary_key=True)
    line_no: Mapped[int] = mapped_column(Integer, primary_key=True)
    order_number: Mapped[str] = mapped_column(String(64))
    order_line_no: Mapped[int] = mapped_column(Integer)
    sku: Mapped[str] = mapped_column(String(64))
    name: Mapped[str] = mapped_column(Text)
    quantity: Mapped[str] = mapped_column(String(32))
    unit: Mapped[str] = mapped_column(String(2))
    unit_price_minor: Mapped[int] = mapped_column(Integer)
    amount_minor: Mapped[int] = mapped_column(Integer)
    vat_code: Mapped[str] = mapped_column(String(8))
    vat_percent: Mapped[str] = mapped_column(String(16))
    paid_online: Mapped[bool] = mapped_column(Boolean)


class ReturnedQuantityRow(Base):
    """How much of a receipt line this till has taken back (thousandths), through every visit."""

    __tablename__ = "returned_quantity"

    receipt_number: Mapped[str] = mapped_column(String(64), primary_key=True)
    line_no: Mapped[int] = mapped_column(Integer, primary_key=True)
    quantity_milli: Mapped[int] = mapped_column(Integer)
