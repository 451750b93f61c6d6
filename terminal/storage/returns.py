"""Reads for returns from the till's own data: its own receipts (offline), return policies per article.

`own_receipt` builds the domain `Original` of a receipt this till printed: each sale line with what it
actually cost (`sale_line.total_minor` is recorded after the line's own discount AND its share of
the basket discount, which `basket_share_minor` names apart: terminal/services/record_visit.py), how
much this till has taken back of it (`returned_quantity`), its article's policy (the product's group,
migration 0006) and the window's last day, plus how it was paid. Every query is on a primary key or a unique
index (sale.receipt_number, sale_line's and returned_quantity's keys, product.sku), so a receipt is
found among years of local history in a few milliseconds.

`claimed_unsynced` names what this till returned of a receipt's lines with a backend claim, in visits
not yet acknowledged: the backend counts those units as claimed (not yet returned), so they must not
be counted again as returned here.
"""

from __future__ import annotations

import json
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from terminal.domain.returns import (
    DEFAULT_RETURN_DAYS,
    Original,
    OriginalLine,
    OriginalTender,
    Policy,
    window_end,
)
from terminal.storage.models.catalogue import Product, ProductGroupRow
from terminal.storage.models.journal import Outbox
from terminal.storage.models.visits import ReturnedQuantityRow, SaleLineRow, SalePaymentRow, SaleRow


def claimed_unsynced(session: Session, receipt_number: str) -> dict[int, Decimal]:
    """Per line of `receipt_number`: the units this till's not yet acknowledged visits return under a
    backend claim (the outbox's pending `visit.completed` events; few, as the till pushes at once)."""
    rows = session.scalars(
        select(Outbox.payload).where(
            Outbox.status != "acked",
            Outbox.type == "visit.completed",
            Outbox.payload.contains(receipt_number),
        )
    )
    held: dict[int, Decimal] = {}
    for payload in rows:
        for line in json.loads(payload).get("return_lines", []):
            if (
                line.get("origin_kind") == "receipt"
                and line.get("origin_reference") == receipt_number
                and line.get("claim_id")
                and line.get("origin_line_no") is not None
            ):
                no = int(line["origin_line_no"])
                held[no] = held.get(no, Decimal(0)) + Decimal(str(line["quantity"]))
    return held


def policies(session: Session, skus: list[str]) -> dict[str, Policy]:
    """The return policy of each sku (an unknown sku, or one without a group: the default)."""
    if not skus:
        return {}
    stmt = (
        select(Product.sku, Product.group_id, Product.final_sale, ProductGroupRow.return_days,
               ProductGroupRow.final_sale)
        .outerjoin(ProductGroupRow, ProductGroupRow.group_id == Product.group_id)
        .where(Product.sku.in_(sorted(set(skus))))
    )  # fmt: skip
    found: dict[str, Policy] = {}
    for sku, group_id, own_final, days, group_final in session.execute(stmt):
        found[str(sku)] = Policy(
            group_id=group_id,
            return_days=DEFAULT_RETURN_DAYS if days is None else int(days),
            final_sale=bool(own_final) or bool(group_final),
        )
    return {sku: found.get(sku, Policy()) for sku in skus}


def own_receipt(session: Session, receipt_number: str) -> Original | None:
    """A receipt of this till, with each sold line and what this till took back of it; None when this
    till never printed it. The sold day (the window's start) is the sale's local date."""
    header = session.scalars(select(SaleRow).where(SaleRow.receipt_number == receipt_number)).first()
    if header is None or header.status != "completed":
        return None
    rows = list(
        session.scalars(
            select(SaleLineRow)
            .where(SaleLineRow.sale_id == header.sale_id, SaleLineRow.voided.is_(False))
            .order_by(SaleLineRow.line_no)
        )
    )
    returned = {
        int(line_no): Decimal(int(milli)) / 1000
        for line_no, milli in session.execute(
            select(ReturnedQuantityRow.line_no, ReturnedQuantityRow.quantity_milli).where(
                ReturnedQuantityRow.receipt_number == receipt_number
            )
        )
    }
    payments = session.scalars(
        select(SalePaymentRow)
        .where(SalePaymentRow.sale_id == header.sale_id, SalePaymentRow.direction == "in")
        .order_by(SalePaymentRow.position)
    )
    by_sku = policies(session, [r.sku for r in rows])
    sold = header.occurred_at.astimezone().date()
    lines = tuple(
        OriginalLine(
            line_no=r.line_no,
            sku=r.sku,
            name=r.name,
            unit=r.unit,
            quantity=Decimal(r.quantity),
            unit_price_minor=r.unit_price_minor,
            paid_minor=r.total_minor,  # after its own discount and its basket share
            vat_code=r.vat_code,
            vat_percent=Decimal(r.vat_percent),
            returned=returned.get(r.line_no, Decimal(0)),
            policy=by_sku[r.sku],
            window_ends=window_end(sold, by_sku[r.sku]),
        )
        for r in rows
    )
    return Original(
        kind="receipt",
        reference=header.receipt_number,
        source="own",
        currency=header.currency,
        occurred_at=header.occurred_at,
        store_id=header.store_id,
        terminal_id=header.terminal_id,
        customer_id=header.customer_id,
        total_minor=header.total_minor,
        lines=lines,
        tenders=tuple(OriginalTender(p.tender, p.amount_minor, p.reference) for p in payments),
    )
