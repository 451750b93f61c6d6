"""From the visit and its settlement to the recorded VisitRecord, its sync payload and its Receipt.

Pure functions (no I/O): the checkout calls them inside its transaction, a reprint calls
`receipt_from_record` on a record read back from storage, so the original and the copy can never
differ.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from terminal.domain import visit_record as rec
from terminal.domain.money import Money
from terminal.domain.receipt import (
    Receipt,
    ReceiptHandoverLine,
    ReceiptLine,
    ReceiptReturnLine,
    reason_label,
    receipt_label,
)
from terminal.domain.scan import receipt_code_payload
from terminal.domain.staff import StaffMember
from terminal.domain.tenders import Settlement
from terminal.domain.visit import Visit
from terminal.domain.visit_record import HandoverRecord, ReturnRecord, VisitRecord
from terminal.domain.voucher_slip import grouped_code
from terminal.services.context import TillContext


def build_record(
    *,
    ctx: TillContext,
    sale_id: str,
    receipt_number: str,
    seq: int,
    staff: StaffMember,
    visit: Visit,
    settlement: Settlement,
    occurred_at: datetime,
) -> VisitRecord:
    """Freeze the visit and its settlement into the record that is stored, synced and printed."""
    basket = visit.basket
    totals = basket.totals()
    zero = Money.zero(basket.currency)
    lines = []
    for no, line in enumerate(basket.lines, start=1):
        final = totals.line_totals.get(line.line_id, zero)
        note = None
        if line.original_price is not None:
            note = f"price_override:{line.original_price.amount_minor}"
        share = zero if line.voided else line.total - final  # its part of the basket discount
        lines.append(
            rec.SaleLine(
                line_no=no,
                sku=line.sku,
                barcode=line.barcode,
                name=line.name,
                quantity=line.quantity,
                unit=line.unit,
                unit_price=line.unit_price,
                discount=zero if line.voided else line.gross - final,
                total=zero if line.voided else final,
                vat_code=line.vat.code,
                vat_percent=line.vat.percent,
                voided=line.voided,
                note=note,
                basket_share=None if share.is_zero() else share,
            )
        )
    returns = tuple(
        ReturnRecord(
            line_no=no,
            origin_kind=r.origin.kind,
            origin_reference=r.origin.reference,
            origin_line_no=r.origin.line_no,
            sku=r.sku,
            name=r.name,
            quantity=r.quantity,
            unit=r.unit,
            refund=r.refund,
            vat_code=r.vat.code,
            vat_percent=r.vat.percent,
            reason=r.reason,
            reason_text=r.reason_text,
            disposition=str(r.disposition),
            claim_id=r.claim_id,
            verified=r.verified,
            approved_by=r.approved_by,
            override_reason=r.override_reason,
        )
        for no, r in enumerate(visit.returns, start=1)
    )
    handovers = tuple(
        HandoverRecord(
            line_no=no,
            order_number=h.order_number,
            order_line_no=h.order_line_no,
            sku=h.sku,
            name=h.name,
            quantity=h.quantity,
            unit=h.unit,
            unit_price=h.unit_price,
            amount=h.amount,
            vat_code=h.vat.code,
            vat_percent=h.vat.percent,
            paid_online=h.paid_online,
        )
        for no, h in enumerate(visit.handovers, start=1)
    )
    payments = tuple(
        rec.SalePayment(
            position=i,
            tender=str(t.kind),
            amount=t.amount,
            reference=t.reference,
            direction=str(t.direction),
            hold_id=t.hold_id,
            offline=t.offline,
        )
        for i, t in enumerate(settlement.tenders, start=1)
    )
    visit_totals = visit.totals()
    return VisitRecord(
        sale_id=sale_id,
        receipt_number=receipt_number,
        store_id=ctx.store_id,
        terminal_id=ctx.terminal_id,
        seq=seq,
        staff_id=staff.staff_id,
        occurred_at=occurred_at,
        currency=basket.currency,
        subtotal=totals.subtotal,
        discount=totals.line_discounts + totals.basket_discount,
        total=visit_totals.balance,
        rounding=settlement.rounding,
        change=settlement.change,
        lines=tuple(lines),
        payments=payments,
        vat=visit_totals.vat,
        customer_id=basket.customer_id,
        returns=returns,
        handovers=handovers,
        offers=_offers(visit),
    )


def _offers(visit: Visit) -> tuple[rec.OfferRecord, ...]:
    """The offers the visit applied, each with the sale lines that still carry its discount (a line
    voided or discounted otherwise since no longer counts); an offer left without lines is not
    reported (the customers use case gives its hold back once the visit is committed)."""
    found = []
    for offer in visit.offers:
        nos = [
            no
            for no, line in enumerate(visit.basket.lines, start=1)
            if not line.voided and line.discount is not None and line.discount.reason == offer.reason
        ]
        if not nos:
            continue
        # The offer's own part: each line's own discount, not its share of a basket discount.
        own = (visit.basket.lines[no - 1].discount_amount for no in nos)
        discount = sum(own, Money.zero(visit.currency))
        found.append(
            rec.OfferRecord(
                offer.offer_id, offer.claim_id, offer.group_id, offer.percent, discount, tuple(nos)
            )
        )
    return tuple(found)


def event_of(record: VisitRecord) -> tuple[str, dict[str, Any]]:
    """The outbox event that reports a visit, built from its contract model: `sale.completed` when
    it only sold (every backend release takes that), `visit.completed` when it also took back or
    handed over or a voucher changed hands (schema 2), or applied a personal offer (schema 3). The
    contract's models (pydantic) load on the first completed visit, not at start."""
    from terminal.services.visit_payloads import sale_completed, visit_completed

    if record.is_sale_only and not record.has_vouchers and not record.offers:
        return "sale.completed", sale_completed(record).model_dump(mode="json")
    return "visit.completed", visit_completed(record).model_dump(mode="json")


def receipt_from_record(
    ctx: TillContext, sale: VisitRecord, *, cashier_name: str, is_copy: bool = False
) -> Receipt:
    """The printable receipt of a recorded sale (also for reprints, marked as a copy).

    Each line shows its own discount and a total before the basket discount; the basket discount
    (the lines' recorded shares) follows the subtotal, so that the printed figures add up.
    """
    zero = Money.zero(sale.currency)
    lines = []
    for line in sale.lines:
        share = line.basket_share or zero
        own = zero if line.voided else line.discount - share
        total = zero if line.voided else line.total + share
        lines.append(
            ReceiptLine(
                name=line.name,
                quantity=line.quantity,
                unit=line.unit,
                unit_price=line.unit_price,
                amount=total + own,
                total=total,
                vat_code=line.vat_code,
                discount=None if own.is_zero() else own,
                note=None,
                voided=line.voided,
            )
        )
    subtotal = sum((line.total for line in lines), zero)
    sold = sum((line.total for line in sale.lines if not line.voided), zero)  # after the basket discount
    returns = tuple(
        ReceiptReturnLine(
            name=r.name,
            quantity=r.quantity,
            unit=r.unit,
            refund=r.refund,
            vat_code=r.vat_code,
            origin=_origin_text(r, ctx.language),
            reason=reason_label(ctx.language, r.reason, r.reason_text),
        )
        for r in sale.returns
    )
    handovers = tuple(
        ReceiptHandoverLine(
            order_number=h.order_number,
            name=h.name,
            quantity=h.quantity,
            unit=h.unit,
            amount=h.amount,
            vat_code=h.vat_code,
            paid_online=h.paid_online,
        )
        for h in sale.handovers
    )
    return Receipt(
        store_name=ctx.store_name,
        store_address=ctx.store_address,
        tax_id=ctx.tax_id,
        receipt_number=sale.receipt_number,
        terminal_id=sale.terminal_id,
        cashier_name=cashier_name,
        occurred_at=sale.occurred_at,
        lines=tuple(lines),
        subtotal=subtotal,
        basket_discount=subtotal - sold,
        total=sale.total,
        vat_lines=sale.vat,
        tenders=tuple(
            (_tender_key(p), p.amount if p.direction == "in" else -p.amount) for p in sale.payments
        ),
        tender_notes=tuple(_tender_note(p) for p in sale.payments),
        change=sale.change,
        rounding=sale.rounding,
        footer=ctx.receipt_footer,
        code_payload=receipt_code_payload(sale.receipt_number),
        is_copy=is_copy,
        language=ctx.language,
        returns=returns,
        handovers=handovers,
    )


def _origin_text(line: ReturnRecord, language: str) -> str:
    """What a returned line gives back, as printed: "Receipt S001-T01-000042 #2", "Order W-1001 #1",
    or "" (without a receipt: the receipt prints its own words for that)."""
    if line.origin_reference is None:
        return ""
    kind = receipt_label(language, "order" if line.origin_kind == "web_order" else "receipt")
    where = line.origin_reference
    if line.origin_line_no:
        where = f"{where} #{line.origin_line_no}"
    return f"{kind} {where}"


_OUT_KEYS = {"cash": "cash_out", "card": "card_refund", "voucher": "store_credit", "web": "web_refund"}


def _tender_key(payment: rec.SalePayment) -> str:
    """The receipt's word for a tender: "cash", or for one paid out "cash_out", "store_credit", …"""
    if payment.direction == "out":
        return _OUT_KEYS.get(payment.tender, payment.tender)
    return payment.tender


def _tender_note(payment: rec.SalePayment) -> str:
    """What a tender prints below it: store credit's voucher code in full (the customer reads it
    off the receipt too), a voucher taken in masked but for its last group (the code is the credit
    left on it, and a receipt is thrown away), a web refund's order number; "" for cash and card."""
    if payment.tender == "voucher" and payment.reference:
        groups = grouped_code(payment.reference).split("-")
        if payment.direction == "out":
            return "-".join(groups)
        return "-".join(["****"] * (len(groups) - 2) + groups[-2:])
    if payment.tender == "web" and payment.reference:
        return payment.reference
    return ""
