"""The wire payloads of a completed visit, built from the contract's models (contract/payloads/): the
till never writes a payload as a hand-made dict. Imported on the first completed visit
(terminal/services/record_visit.py `event_of`), so a till's start does not wait for pydantic.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any
from uuid import UUID

from contract.payloads.sale import SaleCompleted, SaleLine, SalePayment, VatLine
from contract.payloads.visit import (
    VisitCompletedV2,
    VisitCompletedV3,
    VisitHandoverLine,
    VisitOffer,
    VisitPaymentV2,
    VisitReturnLineV2,
)
from contract.versions import SCHEMA_KEY
from terminal.domain.basket_line import quantity_text
from terminal.domain.visit_record import VisitRecord


def _decimal(value: Decimal) -> Decimal:
    """A quantity or percent as the wire writes it: plain digits, no exponent, no trailing zeros
    ("2" for a typed 2,0000; "0.375"), so that what the till accepted the contract accepts too."""
    return Decimal(quantity_text(value))


def _sale_lines(record: VisitRecord) -> list[SaleLine]:
    return [
        SaleLine(
            line_no=line.line_no,
            sku=line.sku,
            barcode=line.barcode,
            name=line.name,
            quantity=_decimal(line.quantity),
            unit=line.unit,  # type: ignore[arg-type]  # "pc" or "kg", as the basket allows
            unit_price_minor=line.unit_price.amount_minor,
            discount_minor=line.discount.amount_minor,
            total_minor=line.total.amount_minor,
            vat_code=line.vat_code,
            vat_percent=_decimal(line.vat_percent),
            voided=line.voided,
        )
        for line in record.lines
    ]


def _vat(record: VisitRecord) -> list[VatLine]:
    return [
        VatLine(
            code=v.rate.code,
            percent=_decimal(v.rate.percent),
            gross_minor=v.gross.amount_minor,
            net_minor=v.net.amount_minor,
            vat_minor=v.vat.amount_minor,
        )
        for v in record.vat
    ]


def _header(record: VisitRecord) -> dict[str, Any]:
    """The fields `sale.completed` and `visit.completed` share: who, where, the receipt, the totals."""
    return {
        "sale_id": UUID(record.sale_id),
        "receipt_number": record.receipt_number,
        "store_id": record.store_id,
        "terminal_id": record.terminal_id,
        "staff_id": record.staff_id,
        "currency": record.currency,
        "subtotal_minor": record.subtotal.amount_minor,
        "discount_minor": record.discount.amount_minor,
        "total_minor": record.total.amount_minor,
        "rounding_minor": record.rounding.amount_minor,
        "change_minor": record.change.amount_minor,
        "customer_id": record.customer_id,
    }


def sale_completed(record: VisitRecord) -> SaleCompleted:
    """The `sale.completed` payload of a visit that only sold (contract/payloads/sale.py)."""
    return SaleCompleted(
        **_header(record),
        lines=_sale_lines(record),
        payments=[
            SalePayment(tender=p.tender, amount_minor=p.amount.amount_minor, reference=p.reference)
            for p in record.payments
        ],
        vat=_vat(record),
    )


def visit_completed(record: VisitRecord) -> VisitCompletedV2:
    """The `visit.completed` payload, schema 2 (contract/payloads/visit.py): the sale part as
    `sale.completed` carries it, the visit's return lines (with who approved an overridden rule) and
    handover lines, and each tender's direction, a voucher's hold or its offline mark. With personal
    offers applied, schema 3 with the offers and their claims (ADR 0022). A backend that does not
    list the schema gets it held back (sync/versions.py, ADR 0010)."""
    if record.offers:
        return VisitCompletedV3(
            **_visit_fields(record, schema=3),
            offers=[
                VisitOffer(
                    offer_id=o.offer_id,
                    claim_id=UUID(o.claim_id),
                    group_id=o.group_id,
                    percent=o.percent,
                    discount_minor=o.discount.amount_minor,
                    line_nos=list(o.line_nos),
                )
                for o in record.offers
            ],
        )
    return VisitCompletedV2(**_visit_fields(record, schema=2))


def _visit_fields(record: VisitRecord, *, schema: int) -> dict[str, Any]:
    """What schemas 2 and 3 share (the version by its alias: it has no default after schema 1)."""
    return dict(
        **_header(record),
        **{SCHEMA_KEY: schema},
        lines=_sale_lines(record),
        return_lines=[
            VisitReturnLineV2(
                line_no=r.line_no,
                origin_kind=r.origin_kind,  # type: ignore[arg-type]  # receipt, web_order or none
                origin_reference=r.origin_reference,
                origin_line_no=r.origin_line_no,
                sku=r.sku,
                name=r.name,
                quantity=_decimal(r.quantity),
                unit=r.unit,  # type: ignore[arg-type]
                refund_minor=r.refund.amount_minor,
                vat_code=r.vat_code,
                vat_percent=_decimal(r.vat_percent),
                reason=r.reason,
                reason_text=r.reason_text,
                disposition=r.disposition,  # type: ignore[arg-type]  # restock, damaged, quarantine
                claim_id=r.claim_id,
                verified=r.verified,
                approved_by=r.approved_by,
                override_reason=r.override_reason,
            )
            for r in record.returns
        ],
        handover_lines=[
            VisitHandoverLine(
                line_no=h.line_no,
                order_number=h.order_number,
                order_line_no=h.order_line_no,
                sku=h.sku,
                name=h.name,
                quantity=_decimal(h.quantity),
                unit=h.unit,  # type: ignore[arg-type]
                unit_price_minor=h.unit_price.amount_minor,
                amount_minor=h.amount.amount_minor,
                vat_code=h.vat_code,
                vat_percent=_decimal(h.vat_percent),
                paid_online=h.paid_online,
            )
            for h in record.handovers
        ],
        payments=[
            VisitPaymentV2(
                tender=p.tender,
                direction=p.direction,  # type: ignore[arg-type]  # in or out
                amount_minor=p.amount.amount_minor,
                reference=p.reference,
                hold_id=UUID(p.hold_id) if p.hold_id else None,
                offline=p.offline,
            )
            for p in record.payments
        ],
        vat=_vat(record),
    )
