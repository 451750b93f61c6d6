"""Completed sales as written facts: header, lines, payments and VAT table, and reading them back.

`insert_sale` only inserts; the service wraps it in the transaction that also takes the receipt number
(counters.next_receipt_seq), appends the outbox event and clears the open basket, so the four commit
together. Rows copy names, prices and VAT rates as sold; catalogue changes never rewrite history.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from terminal.storage.models import Sale, SaleLine, SalePayment, SaleVat


@dataclass(frozen=True, slots=True)
class SaleLineRecord:
    line_no: int
    sku: str
    barcode: str | None
    name: str
    quantity: str  # Decimal as text: "2", "0.755"
    unit: str
    unit_price_minor: int
    discount_minor: int
    total_minor: int
    vat_code: str
    vat_percent: str
    voided: bool = False
    note: str | None = None


@dataclass(frozen=True, slots=True)
class SalePaymentRecord:
    position: int
    tender: str
    amount_minor: int
    reference: str | None = None


@dataclass(frozen=True, slots=True)
class SaleVatRecord:
    code: str
    percent: str
    gross_minor: int
    net_minor: int
    vat_minor: int


@dataclass(frozen=True, slots=True)
class SaleRecord:
    sale_id: str
    receipt_number: str
    store_id: str
    terminal_id: str
    seq: int
    staff_id: str
    occurred_at: datetime
    currency: str
    subtotal_minor: int
    discount_minor: int
    total_minor: int
    rounding_minor: int
    change_minor: int
    customer_id: str | None
    status: str
    lines: tuple[SaleLineRecord, ...] = ()
    payments: tuple[SalePaymentRecord, ...] = ()
    vat: tuple[SaleVatRecord, ...] = ()


_HEADER_FIELDS = (
    "sale_id", "receipt_number", "store_id", "terminal_id", "seq", "staff_id", "occurred_at", "currency",
    "subtotal_minor", "discount_minor", "total_minor", "rounding_minor", "change_minor", "customer_id",
    "status",
)  # fmt: skip


def insert_sale(session: Session, sale: SaleRecord) -> None:
    """Write one sale with its lines, payments and VAT rows (inside the caller's write transaction)."""
    session.add(Sale(**{f: getattr(sale, f) for f in _HEADER_FIELDS}))
    session.flush()  # the header first: the children's foreign keys point at it
    session.add_all(
        SaleLine(sale_id=sale.sale_id, **{f: getattr(line, f) for f in SaleLineRecord.__slots__})
        for line in sale.lines
    )
    session.add_all(
        SalePayment(sale_id=sale.sale_id, **{f: getattr(p, f) for f in SalePaymentRecord.__slots__})
        for p in sale.payments
    )
    session.add_all(
        SaleVat(sale_id=sale.sale_id, **{f: getattr(v, f) for f in SaleVatRecord.__slots__}) for v in sale.vat
    )
    session.flush()


def _load(session: Session, header: Sale | None) -> SaleRecord | None:
    if header is None:
        return None
    sid = header.sale_id
    lines = session.scalars(select(SaleLine).where(SaleLine.sale_id == sid).order_by(SaleLine.line_no))
    payments = session.scalars(
        select(SalePayment).where(SalePayment.sale_id == sid).order_by(SalePayment.position)
    )
    vat = session.scalars(select(SaleVat).where(SaleVat.sale_id == sid).order_by(SaleVat.code))
    return SaleRecord(
        **{f: getattr(header, f) for f in _HEADER_FIELDS},
        lines=tuple(SaleLineRecord(**{f: getattr(r, f) for f in SaleLineRecord.__slots__}) for r in lines),
        payments=tuple(
            SalePaymentRecord(**{f: getattr(r, f) for f in SalePaymentRecord.__slots__}) for r in payments
        ),
        vat=tuple(SaleVatRecord(**{f: getattr(r, f) for f in SaleVatRecord.__slots__}) for r in vat),
    )


def get_sale(session: Session, sale_id: str) -> SaleRecord | None:
    return _load(session, session.get(Sale, sale_id))


def get_sale_by_receipt(session: Session, receipt_number: str) -> SaleRecord | None:
    return _load(session, session.scalars(select(Sale).where(Sale.receipt_number == receipt_number)).first())


def last_sale(session: Session, terminal_id: str) -> SaleRecord | None:
    """The terminal's most recent sale by sequence (for "reprint last receipt")."""
    stmt = select(Sale).where(Sale.terminal_id == terminal_id).order_by(Sale.seq.desc()).limit(1)
    return _load(session, session.scalars(stmt).first())
