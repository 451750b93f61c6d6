"""`visit.completed`: a visit at a till split into its effects, in the batch's transaction.

- The sale part is recorded exactly as a `sale.completed` (backend/services/handlers.py): the `sale`
  row (the visit's receipt number and signed total), its sold lines with their stock moves, and the
  payments with their direction.
- Each return line counts against what it returns: a receipt line's `returned_milli` (a line the till
  could not name, unverified offline, against the receipt's lines of its sku), a web-order
  line's `returned_milli` (returnable = collected - returned), or nothing for a return without a
  receipt. Units back to stock move the store's on-hand up; damaged or quarantined ones move nothing.
- Each handover line counts as collected on its web-order line; the units leave this store's shelf
  and their reservation is released. The order becomes `partially_collected` or `collected` (with a
  history entry and a feed change), so the web shop and the other tills see it.

A fact that happened is never refused: a return of more than was sold (or collected), an unknown
receipt or order, a handover of more than was ordered or at another store is applied and raises one
manager task per visit naming every anomaly.

- Each personal offer the visit applied (schema 3) is redeemed by it (backend/services/visit_offers.py);
  an offer redeemed elsewhere already is one more anomaly of that task.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select, tuple_

from backend.models import (
    Sale,
    SaleLine,
    VisitHandoverLine,
    VisitReturnLine,
    WebOrder,
    WebOrderLine,
    table_of,
)
from backend.services import order_states, visit_offers, visit_returns, vouchers
from backend.services.handlers import ApplyContext, sale_completed
from backend.services.order_views import order_lines
from backend.services.stock import in_lock_order
from backend.services.tasks import chunked
from contract.base import to_milli
from contract.events import EventIn
from contract.payloads.pickup import PickupHead
from contract.payloads.visit import VisitCompleted
from contract.payloads.visit import VisitHandoverLine as HandoverIn
from contract.payloads.visit import VisitReturnLine as ReturnIn

_RETURN_LINE, _HANDOVER_LINE = table_of(VisitReturnLine), table_of(VisitHandoverLine)


def web_order_keys(bodies: list[VisitCompleted]) -> list[tuple[str, int]]:
    """Every (order number, line) the visits of a batch count against, in lock order."""
    keys = {(h.order_number, h.order_line_no) for b in bodies for h in b.handover_lines}
    keys |= {
        (r.origin_reference, r.origin_line_no)
        for b in bodies
        for r in b.return_lines
        if r.origin_kind == "web_order" and r.origin_reference and r.origin_line_no
    }
    return sorted(keys)


def lock_web_order_lines(ctx: ApplyContext, bodies: list[Any]) -> None:
    """Lock the web orders the batch's visits hand over and its pickup events name (their status
    changes), then every web-order line they touch, each in key order, after the sale lines and
    before any stock level (docs/adr/0009-one-lock-order.md: a cancel, an expiry or a web return
    locks its order row, then the rest)."""
    visits = [b for b in bodies if isinstance(b, VisitCompleted)]
    pickups = [b for b in bodies if isinstance(b, PickupHead)]
    handed = {h.order_number for b in visits for h in b.handover_lines} | {p.order_number for p in pickups}
    handed |= visit_returns.refund_orders(visits)  # a refund to the web payment changes the order too
    for numbers in chunked(sorted(handed)):
        ctx.session.execute(
            select(WebOrder)
            .where(WebOrder.order_number.in_(numbers))
            .order_by(in_lock_order(WebOrder.order_number, ctx.session))
            .with_for_update()
        ).all()
    keys = sorted(
        set(web_order_keys(visits))
        | {(p.order_number, ln.order_line_no) for p in pickups for ln in _named(p)}
    )
    for part in chunked(keys):
        ctx.session.execute(
            select(WebOrderLine.order_number)
            .where(tuple_(WebOrderLine.order_number, WebOrderLine.line_no).in_(part))
            .order_by(in_lock_order(WebOrderLine.order_number, ctx.session), WebOrderLine.line_no)
            .with_for_update()
        ).all()


def _named(body: PickupHead) -> list[Any]:
    return list(getattr(body, "lines", []))


def visit_completed(ctx: ApplyContext, event: EventIn, body: VisitCompleted) -> dict[str, Any]:
    result = sale_completed(ctx, event, body)
    if result.get("duplicate_sale"):
        return result  # the same visit under a second event id: nothing moves twice
    source = f"event:{event.event_id}"
    vouchers.apply_visit(ctx, event, body)  # issued and redeemed vouchers (their own manager tasks)
    ctx.rows.flush()  # a receipt returned here may be a sale earlier in this very batch
    anomalies = [_return(ctx, event, body, line, source) for line in body.return_lines]
    collected: set[str] = set()  # orders a handover line counted against (a line of theirs matched)
    anomalies += [
        _handover(ctx, event, body, line, source=source, collected=collected) for line in body.handover_lines
    ]
    for number in sorted(collected):
        _settle_status(ctx, body, number)
    anomalies += visit_returns.settle(ctx, body, source)  # claims confirmed, refunds to web payments
    anomalies += visit_offers.redeem(ctx, body)  # personal offers redeemed by this event (schema 3)
    found = [a for a in anomalies if a]
    if found:
        ctx.tasks.raise_task(
            store_id=body.store_id,
            kind="visit.unmatched",
            source=source,
            summary="; ".join(found),
            details={"sale_id": str(body.sale_id), "receipt_number": body.receipt_number, "anomalies": found},
        )
    return {**result, "anomalies": found}


def _unnumbered_receipt_return(ctx: ApplyContext, line: ReturnIn, qty: int) -> str:
    """A return of a receipt's article without its line number (unverified: another till's receipt
    returned offline, the article scanned) counts against that receipt's lines of the sku, in line
    order; what they no longer hold is an over-return (the last such line goes above its sold)."""
    sale_id = ctx.session.execute(
        select(Sale.sale_id)
        .where(Sale.receipt_number == line.origin_reference)
        .order_by(Sale.recorded_at, Sale.sale_id)
        .limit(1)
    ).scalar_one_or_none()
    rows = (
        []
        if sale_id is None
        else list(
            ctx.session.scalars(
                select(SaleLine)
                .where(SaleLine.sale_id == sale_id, SaleLine.sku == line.sku)
                .order_by(SaleLine.line_no)
                .with_for_update()
            )
        )
    )
    if not rows:
        return f"receipt {line.origin_reference} has no line of {line.sku}"
    left = qty
    for row in rows:
        take = min(left, max(0, row.quantity_milli - row.returned_milli))
        row.returned_milli += take
        left -= take
    if left:
        rows[-1].returned_milli += left
        reference = f"receipt {line.origin_reference} ({line.sku}, not checked at the till)"
        return f"{reference}: more returned than sold"
    return ""


def _return(ctx: ApplyContext, event: EventIn, body: VisitCompleted, line: ReturnIn, source: str) -> str:
    qty = to_milli(line.quantity)
    anomaly = ""
    if line.origin_kind == "receipt" and line.origin_reference and line.origin_line_no:
        # A receipt number reported twice (a terminal bug, already a manager task) names the first.
        sold = ctx.session.execute(
            select(SaleLine)
            .join(Sale, Sale.sale_id == SaleLine.sale_id)
            .where(Sale.receipt_number == line.origin_reference, SaleLine.line_no == line.origin_line_no)
            .order_by(Sale.recorded_at, Sale.sale_id)
            .limit(1)
            .with_for_update(of=SaleLine)
        ).scalar_one_or_none()
        if sold is None or sold.sku != line.sku:
            anomaly = f"receipt {line.origin_reference} has no line {line.origin_line_no} of {line.sku}"
        else:
            if sold.returned_milli + qty > sold.quantity_milli:
                anomaly = (
                    f"receipt {line.origin_reference} line {line.origin_line_no}: more returned than sold"
                )
            sold.returned_milli += qty
    elif line.origin_kind == "receipt" and line.origin_reference:
        anomaly = _unnumbered_receipt_return(ctx, line, qty)
    elif line.origin_kind == "web_order" and line.origin_reference and line.origin_line_no:
        ordered = ctx.session.get(WebOrderLine, (line.origin_reference, line.origin_line_no))
        if ordered is None or ordered.sku != line.sku:
            anomaly = f"web order {line.origin_reference} has no line {line.origin_line_no} of {line.sku}"
        else:
            if ordered.returned_milli + qty > ordered.collected_milli:
                anomaly = (
                    f"web order {line.origin_reference} line {line.origin_line_no}: returned > collected"
                )
            ordered.returned_milli += qty
    # Back to stock raises the sellable on-hand; damaged or quarantined units are a movement of their
    # own bucket (backend/services/stock.py LEVEL_BUCKETS): in the ledger, never sellable.
    ctx.ledger.move(
        store_id=body.store_id,
        sku=line.sku,
        qty_milli=qty,
        reason="return",
        source=source,
        source_line=10_000 + line.line_no,  # apart from the sale lines of the same visit
        bucket="on_hand" if line.disposition == "restock" else line.disposition,
        occurred_at=event.occurred_at,
    )
    ctx.rows.add(
        _RETURN_LINE,
        {
            "sale_id": str(body.sale_id),
            "line_no": line.line_no,
            "origin_kind": line.origin_kind,
            "origin_reference": line.origin_reference,
            "origin_line_no": line.origin_line_no,
            "sku": line.sku,
            "quantity_milli": qty,
            "refund_minor": line.refund_minor,
            "reason": line.reason,
            "reason_text": line.reason_text,
            "disposition": line.disposition,
            "verified": line.verified,
            **visit_returns.line_audit(line),
        },
    )
    return anomaly


def _settle_status(ctx: ApplyContext, body: VisitCompleted, number: str) -> None:
    """After a handover that counted against one of its lines at its pickup store, an order is
    `collected` once every line is collected in full, `partially_collected` before (the same rule
    as `pickup.handed_over`, so the two agree whichever is applied first); the change goes through
    the state machine (history, feed). A handover that matched none of its lines, or of an order
    that is elsewhere, cancelled or expired, changes no status (it is a manager task)."""
    order = ctx.session.get(WebOrder, number)
    if order is None or order.pickup_store_id != body.store_id or order.status in ("cancelled", "expired"):
        return
    lines = order_lines(ctx.session, number)
    done = all(ln.collected_milli >= ln.quantity_milli for ln in lines)
    status = "collected" if done else "partially_collected"
    if not order_states.allowed(order.status, status):
        return  # collected already and now less? cannot be: collected counts only grow
    note = f"handed over at {body.store_id}/{body.terminal_id}, receipt {body.receipt_number}"
    order_states.settle(ctx.session, ctx.feed, order, status, note=note)


def _handover(
    ctx: ApplyContext,
    event: EventIn,
    body: VisitCompleted,
    line: HandoverIn,
    *,
    source: str,
    collected: set[str],
) -> str:
    qty = to_milli(line.quantity)
    anomalies: list[str] = []
    name = f"web order {line.order_number}"
    order = ctx.session.get(WebOrder, line.order_number)
    ordered = ctx.session.get(WebOrderLine, (line.order_number, line.order_line_no))
    if order is None or ordered is None or ordered.sku != line.sku:
        anomalies.append(f"{name} has no line {line.order_line_no} of {line.sku}")
    else:
        settled_short = ordered.short_milli if order.handover_id else 0  # missing at the handover
        waiting = max(
            ordered.quantity_milli - ordered.collected_milli - ordered.refused_milli - settled_short, 0
        )
        if qty > waiting:
            anomalies.append(f"{name} line {line.order_line_no}: more handed over than ordered")
        if order.pickup_store_id != body.store_id:
            anomalies.append(f"{name} waits at {order.pickup_store_id}, handed over at {body.store_id}")
        elif order.status in ("cancelled", "expired"):
            anomalies.append(f"{name} was {order.status} when it was handed over")
        else:  # its reservation here is released: the units are no longer waiting, they are gone
            order_states.release(
                ctx.ledger,
                order,
                ordered,
                qty,
                reason="handover",
                source=source,
                source_line=20_000 + line.line_no,
            )
        ordered.collected_milli += qty
        collected.add(line.order_number)
    ctx.ledger.move(
        store_id=body.store_id,
        sku=line.sku,
        qty_milli=-qty,
        reason="handover",
        source=source,
        source_line=30_000 + line.line_no,
        occurred_at=event.occurred_at,
    )
    ctx.rows.add(
        _HANDOVER_LINE,
        {
            "sale_id": str(body.sale_id),
            "line_no": line.line_no,
            "order_number": line.order_number,
            "order_line_no": line.order_line_no,
            "sku": line.sku,
            "quantity_milli": qty,
            "amount_minor": line.amount_minor,
            "paid_online": line.paid_online,
        },
    )
    return "; ".join(anomalies)
