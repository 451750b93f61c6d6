"""From basket and payment to the recorded Sale, its sync payload and its printed Receipt.

Pure functions (no I/O): the checkout calls them inside its transaction, a reprint calls
`receipt_from_sale` on a sale read back from storage, so the original and the copy can never differ.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from terminal.domain.basket import Basket
from terminal.domain.basket_line import quantity_text
from terminal.domain.money import Money
from terminal.domain.receipt import Receipt, ReceiptLine
from terminal.domain.sale import Sale, SaleLine, SalePayment
from terminal.domain.scan import receipt_code_payload
from terminal.domain.staff import StaffMember
from terminal.domain.tenders import Settlement
from terminal.services.context import TillContext


def build_sale(
    *,
    ctx: TillContext,
    sale_id: str,
    receipt_number: str,
    seq: int,
    staff: StaffMember,
    basket: Basket,
    payment: Settlement,
    occurred_at: datetime,
) -> Sale:
    """Freeze the basket and payment into the Sale that is recorded, synced and printed."""
    totals = basket.totals()
    zero = Money.zero(basket.currency)
    lines = []
    for no, line in enumerate(basket.lines, start=1):
        final = totals.line_totals.get(line.line_id, zero)
        share = zero if line.voided else line.total - final  # its part of the basket discount
        note = None
        if line.original_price is not None:
            note = f"price_override:{line.original_price.amount_minor}"
        lines.append(
            SaleLine(
                line_no=no,
                sku=line.sku,
                barcode=line.barcode,
                name=line.name,
                quantity=line.quantity,
                unit=line.unit,
                unit_price=line.unit_price,
                discount=Money.zero(basket.currency) if line.voided else line.gross - final,
                total=Money.zero(basket.currency) if line.voided else final,
                vat_code=line.vat.code,
                vat_percent=line.vat.percent,
                voided=line.voided,
                note=note,
                basket_share=None if share.is_zero() else share,
            )
        )
    payments = tuple(
        SalePayment(position=i, tender=str(t.kind), amount=t.amount, reference=t.reference)
        for i, t in enumerate(payment.tenders, start=1)
    )
    return Sale(
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
        total=totals.total,
        rounding=payment.rounding,
        change=payment.change,
        lines=tuple(lines),
        payments=payments,
        vat=totals.vat,
        customer_id=basket.customer_id,
    )


def sale_completed_payload(sale: Sale) -> dict[str, Any]:
    """The `sale.completed` event payload (docs/architecture.md): JSON-safe, amounts in minor units."""
    return {
        "sale_id": sale.sale_id,
        "receipt_number": sale.receipt_number,
        "store_id": sale.store_id,
        "terminal_id": sale.terminal_id,
        "staff_id": sale.staff_id,
        "currency": sale.currency,
        "subtotal_minor": sale.subtotal.amount_minor,
        "discount_minor": sale.discount.amount_minor,
        "total_minor": sale.total.amount_minor,
        "rounding_minor": sale.rounding.amount_minor,
        "change_minor": sale.change.amount_minor,
        "customer_id": sale.customer_id,
        "lines": [
            {
                "line_no": line.line_no,
                "sku": line.sku,
                "barcode": line.barcode,
                "name": line.name,
                "quantity": quantity_text(line.quantity),
                "unit": line.unit,
                "unit_price_minor": line.unit_price.amount_minor,
                "discount_minor": line.discount.amount_minor,
                "total_minor": line.total.amount_minor,
                "vat_code": line.vat_code,
                "vat_percent": str(line.vat_percent),
                "voided": line.voided,
            }
            for line in sale.lines
        ],
        "payments": [
            {"tender": p.tender, "amount_minor": p.amount.amount_minor, "reference": p.reference}
            for p in sale.payments
        ],
        "vat": [
            {
                "code": v.rate.code,
                "percent": str(v.rate.percent),
                "gross_minor": v.gross.amount_minor,
                "net_minor": v.net.amount_minor,
                "vat_minor": v.vat.amount_minor,
            }
            for v in sale.vat
        ],
    }


def receipt_from_sale(ctx: TillContext, sale: Sale, *, cashier_name: str, is_copy: bool = False) -> Receipt:
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
        basket_discount=subtotal - sale.total,
        total=sale.total,
        vat_lines=sale.vat,
        tenders=tuple((p.tender, p.amount) for p in sale.payments),
        change=sale.change,
        rounding=sale.rounding,
        footer=ctx.receipt_footer,
        code_payload=receipt_code_payload(sale.receipt_number),
        is_copy=is_copy,
        language=ctx.language,
    )
