"""Between the domain's Sale and the rows storage keeps: one mapping each way, nothing lost.

Quantities and VAT percents travel as text so that Decimal values survive exactly.
"""

from __future__ import annotations

from decimal import Decimal

from terminal.domain.basket_line import quantity_text
from terminal.domain.money import Money
from terminal.domain.sale import Sale, SaleLine, SalePayment
from terminal.domain.tax import VatLine, VatRate
from terminal.storage.sales import SaleLineRecord, SalePaymentRecord, SaleRecord, SaleVatRecord


def sale_to_record(sale: Sale, *, status: str = "completed") -> SaleRecord:
    """The rows to insert for a completed sale."""
    return SaleRecord(
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
        lines=tuple(
            SaleLineRecord(
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
            )
            for line in sale.lines
        ),
        payments=tuple(
            SalePaymentRecord(
                position=p.position,
                tender=p.tender,
                amount_minor=p.amount.amount_minor,
                reference=p.reference,
            )
            for p in sale.payments
        ),
        vat=tuple(
            SaleVatRecord(
                code=v.rate.code,
                percent=str(v.rate.percent),
                gross_minor=v.gross.amount_minor,
                net_minor=v.net.amount_minor,
                vat_minor=v.vat.amount_minor,
            )
            for v in sale.vat
        ),
    )


def record_to_sale(record: SaleRecord) -> Sale:
    """The domain Sale of stored rows (for reprints and returns)."""
    cur = record.currency

    def m(minor: int) -> Money:
        return Money(minor, cur)

    return Sale(
        sale_id=record.sale_id,
        receipt_number=record.receipt_number,
        store_id=record.store_id,
        terminal_id=record.terminal_id,
        seq=record.seq,
        staff_id=record.staff_id,
        occurred_at=record.occurred_at,
        currency=cur,
        subtotal=m(record.subtotal_minor),
        discount=m(record.discount_minor),
        total=m(record.total_minor),
        rounding=m(record.rounding_minor),
        change=m(record.change_minor),
        customer_id=record.customer_id,
        lines=tuple(
            SaleLine(
                line_no=line.line_no,
                sku=line.sku,
                barcode=line.barcode,
                name=line.name,
                quantity=Decimal(line.quantity),
                unit=line.unit,
                unit_price=m(line.unit_price_minor),
                discount=m(line.discount_minor),
                total=m(line.total_minor),
                vat_code=line.vat_code,
                vat_percent=Decimal(line.vat_percent),
                voided=line.voided,
                note=line.note,
            )
            for line in record.lines
        ),
        payments=tuple(
            SalePayment(position=p.position, tender=p.tender, amount=m(p.amount_minor), reference=p.reference)
            for p in record.payments
        ),
        vat=tuple(
            VatLine(
                rate=VatRate(v.code, Decimal(v.percent)),
                gross=m(v.gross_minor),
                net=m(v.net_minor),
                vat=m(v.vat_minor),
            )
            for v in record.vat
        ),
    )
