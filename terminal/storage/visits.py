"""Completed visits as written facts: the domain's VisitRecord in rows, and back.

A visit is a `sale` header with its sale lines, return lines, handover lines, payments (in and out)
and VAT per rate. `insert_visit` only inserts; the service wraps it in the transaction that also takes
the receipt number (counters.next_receipt_seq), appends the outbox event, writes the visit's stock
movements and returned quantities (terminal/storage/movements.py) and clears the open visit, so all
of it commits together. Rows copy names, prices and VAT rates as sold; catalogue changes never
rewrite history. Quantities and VAT percents are stored as text so that Decimal values survive exactly.
"""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from terminal.domain import visit_record as d
from terminal.domain.basket_line import quantity_text
from terminal.domain.money import Money
from terminal.domain.tax import VatLine, VatRate
from terminal.storage.models.visits import (
    HandoverLineRow,
    ReturnLineRow,
    SaleLineRow,
    SalePaymentRow,
    SaleRow,
    SaleVatRow,
)


def insert_visit(session: Session, sale: d.VisitRecord, *, status: str = "completed") -> None:
    """Write one visit with all its rows (inside the caller's write transaction)."""
    session.add(
        SaleRow(
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
        SaleLineRow(
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
        SalePaymentRow(
            sale_id=sale.sale_id,
            position=p.position,
            tender=p.tender,
            amount_minor=p.amount.amount_minor,
            reference=p.reference,
            direction=p.direction,
        )
        for p in sale.payments
    )
    session.add_all(
        ReturnLineRow(
            sale_id=sale.sale_id,
            line_no=r.line_no,
            origin_kind=r.origin_kind,
            origin_reference=r.origin_reference,
            origin_line_no=r.origin_line_no,
            sku=r.sku,
            name=r.name,
            quantity=quantity_text(r.quantity),
            unit=r.unit,
            refund_minor=r.refund.amount_minor,
            vat_code=r.vat_code,
            vat_percent=str(r.vat_percent),
            reason=r.reason,
            reason_text=r.reason_text,
            disposition=r.disposition,
            claim_id=r.claim_id,
            verified=r.verified,
            approved_by=r.approved_by,
            override_reason=r.override_reason,
        )
        for r in sale.returns
    )
    session.add_all(
        HandoverLineRow(
            sale_id=sale.sale_id,
            line_no=h.line_no,
            order_number=h.order_number,
            order_line_no=h.order_line_no,
            sku=h.sku,
            name=h.name,
            quantity=quantity_text(h.quantity),
            unit=h.unit,
            unit_price_minor=h.unit_price.amount_minor,
            amount_minor=h.amount.amount_minor,
            vat_code=h.vat_code,
            vat_percent=str(h.vat_percent),
            paid_online=h.paid_online,
        )
        for h in sale.handovers
    )
    session.add_all(
        SaleVatRow(
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


def _load(session: Session, header: SaleRow | None) -> d.VisitRecord | None:
    if header is None:
        return None
    sid, cur = header.sale_id, header.currency

    def m(minor: int) -> Money:
        return Money(minor, cur)

    lines = session.scalars(
        select(SaleLineRow).where(SaleLineRow.sale_id == sid).order_by(SaleLineRow.line_no)
    )
    payments = session.scalars(
        select(SalePaymentRow).where(SalePaymentRow.sale_id == sid).order_by(SalePaymentRow.position)
    )
    vat = session.scalars(select(SaleVatRow).where(SaleVatRow.sale_id == sid).order_by(SaleVatRow.code))
    returns = session.scalars(
        select(ReturnLineRow).where(ReturnLineRow.sale_id == sid).order_by(ReturnLineRow.line_no)
    )
    handovers = session.scalars(
        select(HandoverLineRow).where(HandoverLineRow.sale_id == sid).order_by(HandoverLineRow.line_no)
    )
    return d.VisitRecord(
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
                position=r.position,
                tender=r.tender,
                amount=m(r.amount_minor),
                reference=r.reference,
                direction=r.direction,
            )
            for r in payments
        ),
        returns=tuple(
            d.ReturnRecord(
                line_no=r.line_no,
                origin_kind=r.origin_kind,
                origin_reference=r.origin_reference,
                origin_line_no=r.origin_line_no,
                sku=r.sku,
                name=r.name,
                quantity=Decimal(r.quantity),
                unit=r.unit,
                refund=m(r.refund_minor),
                vat_code=r.vat_code,
                vat_percent=Decimal(r.vat_percent),
                reason=r.reason,
                reason_text=r.reason_text,
                disposition=r.disposition,
                claim_id=r.claim_id,
                verified=r.verified,
                approved_by=r.approved_by,
                override_reason=r.override_reason,
            )
            for r in returns
        ),
        handovers=tuple(
            d.HandoverRecord(
                line_no=r.line_no,
                order_number=r.order_number,
                order_line_no=r.order_line_no,
                sku=r.sku,
                name=r.name,
                quantity=Decimal(r.quantity),
                unit=r.unit,
                unit_price=m(r.unit_price_minor),
                amount=m(r.amount_minor),
                vat_code=r.vat_code,
                vat_percent=Decimal(r.vat_percent),
                paid_online=r.paid_online,
            )
            for r in handovers
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


def get_visit(session: Session, sale_id: str) -> d.VisitRecord | None:
    return _load(session, session.get(SaleRow, sale_id))


def get_visit_by_receipt(session: Session, receipt_number: str) -> d.VisitRecord | None:
    stmt = select(SaleRow).where(SaleRow.receipt_number == receipt_number)
    return _load(session, session.scalars(stmt).first())


def last_visit(session: Session, terminal_id: str) -> d.VisitRecord | None:
    """The terminal's most recent visit by sequence (for "reprint last receipt")."""
    stmt = select(SaleRow).where(SaleRow.terminal_id == terminal_id).order_by(SaleRow.seq.desc()).limit(1)
    return _load(session, session.scalars(stmt).first())
