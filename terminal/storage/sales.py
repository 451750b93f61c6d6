"""Completed sales as written facts: the domain's Sale in rows (header, lines, payments, VAT) and back.

`insert_sale` only inserts; the service wraps it in the transaction that also takes the receipt number
(counters.next_receipt_seq), appends the outbox event and clears the open basket, so the four commit
together. Rows copy names, prices and VAT rates as sold; catalogue changes never rewrite history.
Quantities and VAT percents are stored as text so that Decimal values survive exactly.
"""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from terminal.domain import sale as d
from terminal.domain.basket_line import quantity_text
from terminal.domain.money import Money
from terminal.domain.tax import VatLine, VatRate
from terminal.storage.models import Sale, SaleLine, SalePayment, SaleVat


def insert_sale(session: Session, sale: d.Sale, *, status: str = "completed") -> None:
    """Write one sale with its lines, payments and VAT rows (inside the caller's write transaction)."""
    session.add(
        Sale(
            sale_id=sale.sale_id,
            receipt_number=sale.receipt_number,
            store_id=sale.store_id,
            terminal_id=sale.terminal_id,
            seq=sale.seq,
            staff_id=sale.staff_id,
            occurred_at=sale.occurred_at,
            currency=sale.currency,
            subtotal_minor=sale.subtotal.amount_minor,
            discount_minor=sale.discount.amount_minor,
            total_minor=sale.total.amount_minor,
            rounding_minor=sale.rounding.amount_minor,
            change_minor=sale.change.amount_minor,
            customer_id=sale.customer_id,
            status=status,
        )
    )
    session.flush()  # the header first: the children's foreign keys point at it
    session.add_all(
        SaleLine(
            sale_id=sale.sale_id,
            line_no=line.line_no,
            sku=line.sku,
            barcode=line.barcode,
            name=line.name,
            quantity=quantity_text(line.quantity),
            unit=line.unit,
            unit_price_minor=line.unit_price.amount_minor,
            discount_minor=line.discount.amount_minor,
            total_minor=line.total.amount_minor,
            vat_code=line.vat_code,
            vat_percent=str(line.vat_percent),
            voided=line.voided,
            note=line.note,
            basket_share_minor=0 if line.basket_share is None else line.basket_share.amount_minor,
        )
        for line in sale.lines
    )
    session.add_all(
        SalePayment(
            sale_id=sale.sale_id,
            position=p.position,
            tender=p.tender,
            amount_minor=p.amount.amount_minor,
            reference=p.reference,
        )
        for p in sale.payments
    )
    session.add_all(
        SaleVat(
            sale_id=sale.sale_id,
            code=v.rate.code,
            percent=str(v.rate.percent),
            gross_minor=v.gross.amount_minor,
            net_minor=v.net.amount_minor,
            vat_minor=v.vat.amount_minor,
        )
        for v in sale.vat
    )
    session.flush()


def _load(session: Session, header: Sale | None) -> d.Sale | None:
    if header is None:
        return None
    sid, cur = header.sale_id, header.currency

    def m(minor: int) -> Money:
        return Money(minor, cur)

    lines = session.scalars(select(SaleLine).where(SaleLine.sale_id == sid).order_by(SaleLine.line_no))
    payments = session.scalars(
        select(SalePayment).where(SalePayment.sale_id == sid).order_by(SalePayment.position)
    )
    vat = session.scalars(select(SaleVat).where(SaleVat.sale_id == sid).order_by(SaleVat.code))
    return d.Sale(
        sale_id=sid,
        receipt_number=header.receipt_number,
        store_id=header.store_id,
        terminal_id=header.terminal_id,
        seq=header.seq,
        staff_id=header.staff_id,
        occurred_at=header.occurred_at,
        currency=cur,
        subtotal=m(header.subtotal_minor),
        discount=m(header.discount_minor),
        total=m(header.total_minor),
        rounding=m(header.rounding_minor),
        change=m(header.change_minor),
        customer_id=header.customer_id,
        lines=tuple(
            d.SaleLine(
                line_no=r.line_no,
                sku=r.sku,
                barcode=r.barcode,
                name=r.name,
                quantity=Decimal(r.quantity),
                unit=r.unit,
                unit_price=m(r.unit_price_minor),
                discount=m(r.discount_minor),
                total=m(r.total_minor),
                vat_code=r.vat_code,
                vat_percent=Decimal(r.vat_percent),
                voided=r.voided,
                note=r.note,
                basket_share=m(r.basket_share_minor) if r.basket_share_minor else None,
            )
            for r in lines
        ),
        payments=tuple(
            d.SalePayment(
                position=r.position, tender=r.tender, amount=m(r.amount_minor), reference=r.reference
            )
            for r in payments
        ),
        vat=tuple(
            VatLine(
                rate=VatRate(r.code, Decimal(r.percent)),
                gross=m(r.gross_minor),
                net=m(r.net_minor),
                vat=m(r.vat_minor),
            )
            for r in vat
        ),
    )


def get_sale(session: Session, sale_id: str) -> d.Sale | None:
    return _load(session, session.get(Sale, sale_id))


def get_sale_by_receipt(session: Session, receipt_number: str) -> d.Sale | None:
    return _load(session, session.scalars(select(Sale).where(Sale.receipt_number == receipt_number)).first())


def last_sale(session: Session, terminal_id: str) -> d.Sale | None:
    """The terminal's most recent sale by sequence (for "reprint last receipt")."""
    stmt = select(Sale).where(Sale.terminal_id == terminal_id).order_by(Sale.seq.desc()).limit(1)
    return _load(session, session.scalars(stmt).first())
