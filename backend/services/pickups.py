"""The till's click-and-collect events: started, picked, ready, handed over (contract/payloads/pickup.py).

Every figure is absolute, so a repeated event changes nothing (not even the order's version). An
event a till should never send is refused with a stable code, the till quarantines just it:
`pickup.unknown_order`, `pickup.other_store` (with the store where the order waits),
`pickup.unknown_line` (a line number or sku the order does not have), `pickup.over_pick` (picked
plus short above the ordered quantity). Picking an order that is closed meanwhile (cancelled,
expired, collected) changes nothing and asks a manager to put the goods back.

`pickup.handed_over` settles the order; `visit.completed` of the same till transaction books the
collected quantities and moves the stock (backend/services/visits.py). Whichever is applied first,
the result is the same: each line's reservation is released at most once (`order_states.release`),
what was not handed over (refused, missing, or not named) is released at once and, when the order was
paid online, becomes one refund request; the status is `collected` when every line was handed over
in full, else `partially_collected`. A handover of an order that was cancelled, expired or settled
by another handover meanwhile (an offline till) is never refused: the visit's stock moves stand, the
order is left as it is and a manager task says what happened (docs/adr/0012-pickup-lifecycle.md).
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from backend.errors import ApiError
from backend.models import Store, WebOrder, WebOrderLine
from backend.services import order_states
from backend.services.handlers import ApplyContext, Handler
from backend.services.order_views import order_lines, publish
from backend.services.refunds import request_refund
from contract.base import quantity_str, to_milli
from contract.events import EventIn
from contract.payloads.pickup import (
    PickedLine,
    PickupHandedOver,
    PickupHead,
    PickupPicked,
    PickupReady,
    PickupStarted,
)
from contract.pickup import qr_payload


def _refuse(event: EventIn, status: int, code: str, message: str, **detail: Any) -> ApiError:
    return ApiError(status, code, message, {"event_id": str(event.event_id), "seq": event.seq, **detail})


def _order(ctx: ApplyContext, event: EventIn, body: PickupHead) -> WebOrder:
    """The event's order (locked by `visits.lock_web_order_lines`), at the event's store."""
    order = ctx.session.get(WebOrder, body.order_number)
    if order is None:
        raise _refuse(event, 422, "pickup.unknown_order", f"no web order {body.order_number}")
    if order.pickup_store_id != body.store_id:
        raise _refuse(
            event,
            422,
            "pickup.other_store",
            f"web order {order.order_number} waits at {order.pickup_store_id}, not at {body.store_id}",
            store_id=order.pickup_store_id,
        )
    return order


def _lines(ctx: ApplyContext, event: EventIn, order: WebOrder, named: list[Any]) -> dict[int, WebOrderLine]:
    """The order's lines by number; 422 when an event's line is not one of them (number and sku)."""
    lines = {ln.line_no: ln for ln in order_lines(ctx.session, order.order_number)}
    for line in named:
        found = lines.get(line.order_line_no)
        if found is None or found.sku != line.sku:
            raise _refuse(
                event,
                422,
                "pickup.unknown_line",
                f"web order {order.order_number} has no line {line.order_line_no} of {line.sku}",
                order_line_no=line.order_line_no,
            )
    return lines


def _stale(ctx: ApplyContext, event: EventIn, order: WebOrder, what: str) -> dict[str, Any]:
    ctx.tasks.raise_task(
        store_id=order.pickup_store_id,
        kind="pickup.stale",
        summary=f"web order {order.order_number} was {what} while it was {order.status}: "
        "put its picked goods back on the shelf",
        details={"order_number": order.order_number, "status": order.status},
        source=f"event:{event.event_id}",
    )
    return {"order_number": order.order_number, "status": order.status, "ignored": True}


def _set_picked(ctx: ApplyContext, event: EventIn, order: WebOrder, picked: list[PickedLine]) -> bool:
    """Write the absolute picking figures; whether any changed. 422 `pickup.over_pick` beyond the order."""
    lines = _lines(ctx, event, order, picked)
    changed = False
    for given in picked:
        line = lines[given.order_line_no]
        pick, short = to_milli(given.picked), to_milli(given.short)
        if pick + short > line.quantity_milli:
            raise _refuse(
                event,
                422,
                "pickup.over_pick",
                f"web order {order.order_number} line {line.line_no}: picked {given.picked} and short "
                f"{given.short} of {quantity_str(line.quantity_milli)} ordered",
                order_line_no=line.line_no,
            )
        if (line.picked_milli, line.short_milli) != (pick, short):
            line.picked_milli, line.short_milli, changed = pick, short, True
    return changed


def pickup_started(ctx: ApplyContext, event: EventIn, body: PickupStarted) -> dict[str, Any]:
    order = _order(ctx, event, body)
    if order.status == "placed":
        note = f"picking started at {body.store_id}/{body.terminal_id} by {body.staff_id}"
        order_states.move(ctx.session, ctx.feed, order, "picking", note=note)
    return {"order_number": order.order_number, "status": order.status}


def pickup_picked(ctx: ApplyContext, event: EventIn, body: PickupPicked) -> dict[str, Any]:
    order = _order(ctx, event, body)
    if order.status in order_states.CLOSED:
        _lines(ctx, event, order, body.lines)
        return _stale(ctx, event, order, "picked")
    changed = _set_picked(ctx, event, order, body.lines)
    if order.status == "placed":
        note = f"picking started at {body.store_id}/{body.terminal_id} by {body.staff_id}"
        order_states.move(ctx.session, ctx.feed, order, "picking", note=note)
    elif changed:
        order.version += 1
        publish(ctx.feed, order, ctx.session)
    return {"order_number": order.order_number, "status": order.status}


def pickup_ready(ctx: ApplyContext, event: EventIn, body: PickupReady) -> dict[str, Any]:
    order = _order(ctx, event, body)
    if order.status in order_states.CLOSED:
        _lines(ctx, event, order, body.lines)
        return _stale(ctx, event, order, "made ready")
    changed = _set_picked(ctx, event, order, body.lines)
    if order.status != "ready":
        store = ctx.session.get(Store, order.pickup_store_id)
        assert store is not None
        order.ready_at = ctx.now
        order.pickup_by = ctx.now + timedelta(days=store.pickup_days)
        order.remind_at = order.pickup_by - timedelta(hours=store.reminder_lead_hours)
        order.expire_at = order.pickup_by + timedelta(hours=store.grace_hours)
        note = (
            f"ready at {body.store_id}/{body.terminal_id} (staff {body.staff_id}); "
            f"pickup by {order.pickup_by.isoformat(timespec='minutes')}"
        )
        data = {
            "pickup_code": order.pickup_code,
            "qr": qr_payload(order.order_number, order.pickup_code),
            "pickup_by": order.pickup_by.isoformat(),
        }
        order_states.move(ctx.session, ctx.feed, order, "ready", note=note, data=data)
    elif changed:
        order.version += 1
        publish(ctx.feed, order, ctx.session)
    return {
        "order_number": order.order_number,
        "status": order.status,
        "pickup_by": order.pickup_by.isoformat() if order.pickup_by else None,
    }


def _conflict(ctx: ApplyContext, event: EventIn, order: WebOrder, body: PickupHandedOver) -> str:
    """Why this handover cannot settle the order any more, or ''."""
    if order.status in ("cancelled", "expired"):
        return f"was {order.status}"
    if order.handover_id is not None and order.handover_id != str(body.handover_id):
        return f"was already handed over ({order.status}) by another handover"
    return ""


def pickup_handed_over(ctx: ApplyContext, event: EventIn, body: PickupHandedOver) -> dict[str, Any]:
    order = _order(ctx, event, body)
    handover_id = str(body.handover_id)
    result: dict[str, Any] = {"order_number": order.order_number, "handover_id": handover_id}
    lines = _lines(ctx, event, order, body.lines)
    if order.handover_id == handover_id:
        return {**result, "status": order.status, "duplicate_handover": True}
    source = f"event:{event.event_id}"
    where = f"{body.store_id}/{body.terminal_id}"
    conflict = _conflict(ctx, event, order, body)
    if conflict:
        ctx.tasks.raise_task(
            store_id=order.pickup_store_id,
            kind="pickup.conflict",
            summary=f"web order {order.order_number} {conflict} when {where} handed it over "
            f"(receipt {body.receipt_number}, {'claimed' if body.claimed else 'offline'}): "
            "the goods left the store; check the order, the money and the customer",
            details={
                "order_number": order.order_number,
                "status": order.status,
                "handover_id": handover_id,
                "receipt_number": body.receipt_number,
                "lines": [ln.model_dump(mode="json") for ln in body.lines],
            },
            source=source,
        )
        return {**result, "status": order.status, "conflict": conflict}
    given = {ln.order_line_no: ln for ln in body.lines}
    owed: list[tuple[WebOrderLine, int, str]] = []
    anomalies: list[str] = []
    complete = True
    for no, line in sorted(lines.items()):
        told = given.get(no)
        collected = to_milli(told.collected) if told else 0
        refused = min(to_milli(told.refused) if told else 0, max(line.quantity_milli - collected, 0))
        missing = max(line.quantity_milli - collected - refused, 0)  # missing, or not named at all
        if told and collected + to_milli(told.refused) + to_milli(told.missing) > line.quantity_milli:
            anomalies.append(f"line {no}: more handed over, refused or missing than ordered")
        complete = complete and collected >= line.quantity_milli
        line.refused_milli, line.short_milli = refused, missing
        order_states.release(
            ctx.ledger,
            order,
            line,
            line.quantity_milli - collected,
            reason="release",
            source=source,
            source_line=40_000 + no,
        )
        why = (told.reason if told else None) or "not_handed_over"
        if refused:
            owed.append((line, refused, why))
        if missing:
            owed.append((line, missing, why if told and told.missing else "missing"))
    order.handover_id = handover_id
    order.claimed_by = order.claimed_at = order.claim_handover_id = None
    status = "collected" if complete else "partially_collected"
    collector = body.collector
    note = (
        f"handed over at {where} by {body.staff_id} to {collector.name}"
        f"{' (authorised)' if collector.authorised else ''}{', ID checked' if collector.id_checked else ''}; "
        f"found by {body.found_by}; receipt {body.receipt_number}"
    )
    order_states.settle(ctx.session, ctx.feed, order, status, note=note, data={"handover_id": handover_id})
    refund = request_refund(
        ctx.session,
        ctx.feed,
        order,
        request_id=f"handover:{handover_id}",
        owed=owed,
        reason="not_collected",
        source=source,
    )
    if anomalies:
        ctx.tasks.raise_task(
            store_id=order.pickup_store_id,
            kind="pickup.unmatched",
            summary=f"web order {order.order_number}: " + "; ".join(anomalies),
            details={"order_number": order.order_number, "anomalies": anomalies},
            source=source,
        )
    return {
        **result,
        "status": order.status,
        "refund_minor": refund.amount_minor if refund else 0,
        "anomalies": anomalies,
    }


PICKUP_HANDLERS: dict[str, Handler] = {
    "pickup.started": pickup_started,
    "pickup.picked": pickup_picked,
    "pickup.ready": pickup_ready,
    "pickup.handed_over": pickup_handed_over,
}
