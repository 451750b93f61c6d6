"""The till's tables as SQLAlchemy 2 typed declarative models (the schema the migrations build).

Column conventions: money is INTEGER minor units; rates, percents and quantities are TEXT holding a
Decimal's string (never REAL); timestamps are TEXT in UTC ISO-8601 (`IsoDateTime`), so they sort and
round-trip without loss; JSON documents are TEXT holding canonical JSON written by the repositories.
There is no ON DELETE CASCADE anywhere: a deleted parent must never silently take facts with it
(SQLite batch migrations drop and copy tables, which fires cascades; see DESIGN.md "Durability").

`product` has an INTEGER `id` (the rowid) besides its business key `sku`: the FTS5 index is an
external-content table keyed by rowid, and only an INTEGER PRIMARY KEY keeps rowids stable across
VACUUM. Foreign keys still point at `product.sku` (UNIQUE).
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    TypeDecorator,
    text,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class IsoDateTime(TypeDecorator[datetime]):
    """A timezone-aware datetime stored as UTC ISO-8601 text (`2026-11-24T07:26:00.000000+00:00`)."""

    impl = String(32)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> str | None:
        return None if value is None else to_iso(value)

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        return None if value is None else from_iso(value)


def to_iso(value: datetime) -> str:
    """UTC ISO text of an aware datetime; a naive one is a bug (whose clock was it?)."""
    if value.tzinfo is None:
        raise ValueError("naive datetime: pass a timezone-aware value")
    return value.astimezone(UTC).isoformat(timespec="microseconds")


def from_iso(value: str) -> datetime:
    return datetime.fromisoformat(value)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


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


class StockLevel(Base):
    """Last known stock per product and store. No FK to product: the change feed may bring stock first."""

    __tablename__ = "stock_level"

    sku: Mapped[str] = mapped_column(String(64), primary_key=True)
    store_id: Mapped[str] = mapped_column(String(32), primary_key=True)
    on_hand: Mapped[str] = mapped_column(String(32))
    reserved: Mapped[str] = mapped_column(String(32), default="0")
    available: Mapped[str] = mapped_column(String(32))
    as_of: Mapped[datetime] = mapped_column(IsoDateTime)


class Staff(Base):
    __tablename__ = "staff"
    __table_args__ = (CheckConstraint("role IN ('cashier', 'manager')", name="role"),)

    staff_id: Mapped[str] = mapped_column(String(32), primary_key=True)
    name: Mapped[str] = mapped_column(Text)
    role: Mapped[str] = mapped_column(String(16))
    pin_hash: Mapped[str] = mapped_column(Text)
    pin_salt: Mapped[str] = mapped_column(String(64))
    badge_code: Mapped[str | None] = mapped_column(String(64), unique=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    # The backend's version of a person managed centrally (ADR 0017); None: added at this till.
    version: Mapped[int | None] = mapped_column(Integer, nullable=True)
    updated_at: Mapped[datetime | None] = mapped_column(IsoDateTime, nullable=True)


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


class ProductGroupRow(Base):
    """A product group and its return policy, from the feed (migration 0006)."""

    __tablename__ = "product_group"

    group_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    name: Mapped[str] = mapped_column(Text)
    return_days: Mapped[int | None] = mapped_column(Integer)  # None: the default
    final_sale: Mapped[bool] = mapped_column(Boolean, default=False)
    version: Mapped[int] = mapped_column(Integer, default=0)


class ReturnedQuantityRow(Base):
    """How much of a receipt line this till has taken back (thousandths), through every visit."""

    __tablename__ = "returned_quantity"

    receipt_number: Mapped[str] = mapped_column(String(64), primary_key=True)
    line_no: Mapped[int] = mapped_column(Integer, primary_key=True)
    quantity_milli: Mapped[int] = mapped_column(Integer)


class SaleVatRow(Base):
    __tablename__ = "sale_vat"

    sale_id: Mapped[str] = mapped_column(ForeignKey("sale.sale_id"), primary_key=True)
    code: Mapped[str] = mapped_column(String(8), primary_key=True)
    percent: Mapped[str] = mapped_column(String(16))
    gross_minor: Mapped[int] = mapped_column(Integer)
    net_minor: Mapped[int] = mapped_column(Integer)
    vat_minor: Mapped[int] = mapped_column(Integer)


class Outbox(Base):
    """Events waiting for the backend. `seq` is assigned max+1 inside the writing transaction (gapless)."""

    __tablename__ = "outbox"
    __table_args__ = (
        CheckConstraint("status IN ('pending', 'acked', 'failed')", name="status"),
        Index("ix_outbox_status_seq", "status", "seq"),
    )

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    event_id: Mapped[str] = mapped_column(String(36), unique=True)
    type: Mapped[str] = mapped_column(String(64))
    # The payload's schema version (contract.versions): the sync engine holds back what the backend
    # does not accept yet. Rows from before revision 0003 got it from their payload (all 1).
    schema_version: Mapped[int] = mapped_column(Integer, server_default="1")
    occurred_at: Mapped[datetime] = mapped_column(IsoDateTime)
    payload: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(16), default="pending")
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str | None] = mapped_column(Text)
    acked_at: Mapped[datetime | None] = mapped_column(IsoDateTime)
    result: Mapped[str | None] = mapped_column(Text)


class PrintJob(Base):
    __tablename__ = "print_job"
    __table_args__ = (
        CheckConstraint("status IN ('pending', 'printed', 'failed')", name="status"),
        Index("ix_print_job_status_job_id", "status", "job_id"),
        Index("ix_print_job_receipt_number", "receipt_number"),
    )

    job_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    receipt_number: Mapped[str | None] = mapped_column(String(64))
    data: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[datetime] = mapped_column(IsoDateTime)
    status: Mapped[str] = mapped_column(String(16), default="pending")
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str | None] = mapped_column(Text)
    printed_at: Mapped[datetime | None] = mapped_column(IsoDateTime)


class AuditLog(Base):
    __tablename__ = "audit_log"
    __table_args__ = (Index("ix_audit_log_occurred_at", "occurred_at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    occurred_at: Mapped[datetime] = mapped_column(IsoDateTime)
    staff_id: Mapped[str | None] = mapped_column(String(32))
    approved_by: Mapped[str | None] = mapped_column(String(32))
    action: Mapped[str] = mapped_column(String(64))
    details: Mapped[str] = mapped_column(Text, default="{}")


class SyncState(Base):
    __tablename__ = "sync_state"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class Customer(Base):
    __tablename__ = "customer"
    __table_args__ = (Index("ix_customer_name", "name"),)

    customer_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    name: Mapped[str] = mapped_column(Text)
    email: Mapped[str | None] = mapped_column(Text)
    phone: Mapped[str | None] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(IsoDateTime)


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


class TillDayRow(Base):
    """A day of this till: opened with a counted float, closed by a Z report with its Z number.

    Sales belong to the day by receipt sequence (`first_seq` up to `last_seq`), not by clock, so a
    clock put right in the middle of the day moves no sale out of it. One open day per terminal.
    """

    __tablename__ = "till_day"
    __table_args__ = (
        CheckConstraint("status IN ('open', 'closed')", name="status"),
        Index("uq_till_day_terminal_z", "terminal_id", "z_number", unique=True),
        Index("uq_till_day_one_open", "terminal_id", unique=True, sqlite_where=text("status = 'open'")),
    )

    day_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    store_id: Mapped[str] = mapped_column(String(32))
    terminal_id: Mapped[str] = mapped_column(String(32))
    currency: Mapped[str] = mapped_column(String(3))
    status: Mapped[str] = mapped_column(String(8))
    opened_at: Mapped[datetime] = mapped_column(IsoDateTime)
    opened_by: Mapped[str] = mapped_column(String(32))
    float_minor: Mapped[int] = mapped_column(Integer)
    float_count: Mapped[str] = mapped_column(Text)  # JSON {"2000": 3, ...}
    first_seq: Mapped[int] = mapped_column(Integer)
    closed_at: Mapped[datetime | None] = mapped_column(IsoDateTime)
    closed_by: Mapped[str | None] = mapped_column(String(32))
    z_number: Mapped[int | None] = mapped_column(Integer)
    last_seq: Mapped[int | None] = mapped_column(Integer)
    closing: Mapped[str | None] = mapped_column(Text)  # JSON: counted, expected, differences, reason


class TillCashMovementRow(Base):
    """Cash into or out of the drawer outside a sale, in a day, with its reason."""

    __tablename__ = "till_cash_movement"
    __table_args__ = (CheckConstraint("kind IN ('cash_in', 'cash_out')", name="kind"),)

    movement_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    day_id: Mapped[str] = mapped_column(ForeignKey("till_day.day_id"), index=True)
    kind: Mapped[str] = mapped_column(String(16))
    amount_minor: Mapped[int] = mapped_column(Integer)
    reason: Mapped[str] = mapped_column(String(32))
    note: Mapped[str] = mapped_column(Text, default="")
    staff_id: Mapped[str] = mapped_column(String(32))
    approver_id: Mapped[str | None] = mapped_column(String(32))
    occurred_at: Mapped[datetime] = mapped_column(IsoDateTime)


class ZCounter(Base):
    """The next Z number of a terminal: bumped in the transaction that records the closing."""

    __tablename__ = "z_counter"

    terminal_id: Mapped[str] = mapped_column(String(32), primary_key=True)
    next_z: Mapped[int] = mapped_column(Integer)
