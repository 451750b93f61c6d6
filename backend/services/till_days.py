"""The tills' days: `till.opened`, `cash.movement` and `till.closed` (each schema 1 and 2) stored (the
day view of a store is `day_view.py`).

These facts are few (a handful per till and day), so each is inserted at once rather than buffered:
a second report of the same id in the same batch or later is then seen by a plain primary-key
look-up and stored once. Facts are never refused for business reasons: a Z number that a till
reports twice for different closings, or one that skips numbers, is stored and raises a manager task.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, insert, select

from backend.models import CashMovementRecord, TillClosing, TillOpening
from backend.services.handlers import ApplyContext, Handler
from contract.events import EventIn
from contract.payloads.cash import CashMovement
from contract.payloads.till import TillClosed, TillClosedV2, TillOpened, TillOpenedV2


def till_opened(ctx: ApplyContext, event: EventIn, body: TillOpened) -> dict[str, Any]:
    day_id = str(body.day_id)
    if ctx.session.get(TillOpening, day_id) is not None:
        return {"day_id": day_id, "duplicate_opening": True}
    ctx.session.execute(
        insert(TillOpening).values(
            day_id=day_id,
            store_id=body.store_id,
            terminal_id=body.terminal_id,
            staff_id=body.staff_id,
            currency=body.currency,
            float_minor=body.float_minor,
            # Schema 2 says whether the float was counted (a day the till opened itself for its
            # first receipt was not, docs/adr/0024-the-first-day-opens-itself.md); schema 1 always was.
            float_counted=body.float_counted if isinstance(body, TillOpenedV2) else True,
            denominations=[c.model_dump() for c in body.denominations],
            event_id=str(event.event_id),
            occurred_at=event.occurred_at,
        )
    )
    return {"day_id": day_id}


def cash_movement(ctx: ApplyContext, event: EventIn, body: CashMovement) -> dict[str, Any]:
    movement_id = str(body.movement_id)
    if ctx.session.get(CashMovementRecord, movement_id) is not None:
        return {"movement_id": movement_id, "duplicate_movement": True}
    ctx.session.execute(
        insert(CashMovementRecord).values(
            movement_id=movement_id,
            store_id=body.store_id,
            terminal_id=body.terminal_id,
            staff_id=body.staff_id,
            approver_id=body.approver_id,
            kind=body.kind,
            currency=body.currency,
            amount_minor=body.amount_minor,
            reason=body.reason,
            event_id=str(event.event_id),
            occurred_at=event.occurred_at,
        )
    )
    return {"movement_id": movement_id}


def till_closed(ctx: ApplyContext, event: EventIn, body: TillClosed) -> dict[str, Any]:
    closing_id = str(body.closing_id)
    result: dict[str, Any] = {"closing_id": closing_id, "z_number": body.z_number}
    if ctx.session.get(TillClosing, closing_id) is not None:
        return {**result, "duplicate_closing": True}
    _check_z_number(ctx, event, body)
    v2 = body if isinstance(body, TillClosedV2) else None
    tenders = [
        {**t.model_dump(), "difference_minor": t.counted_minor - t.expected_minor} for t in body.tenders
    ]
    ctx.session.execute(
        insert(TillClosing).values(
            closing_id=closing_id,
            store_id=body.store_id,
            terminal_id=body.terminal_id,
            staff_id=body.staff_id,
            z_number=body.z_number,
            day_id=str(v2.day_id) if v2 else None,
            currency=body.currency,
            opened_at=body.opened_at,
            closed_at=v2.closed_at if v2 else event.occurred_at,
            sales_count=body.sales_count,
            gross_minor=body.gross_minor,
            float_minor=v2.float_minor if v2 else None,
            cash_in_minor=v2.cash_in_minor if v2 else None,
            cash_out_minor=v2.cash_out_minor if v2 else None,
            tenders=tenders,
            counted_cash=[c.model_dump() for c in v2.counted_cash] if v2 else [],
            difference_minor=sum(t["difference_minor"] for t in tenders),
            difference_reason=v2.difference_reason if v2 else "",
            event_id=str(event.event_id),
        )
    )
    return result


def _check_z_number(ctx: ApplyContext, event: EventIn, body: TillClosed) -> None:
    """A Z number used twice, or one that skips numbers, is stored and told to a manager."""
    mine = (TillClosing.store_id == body.store_id, TillClosing.terminal_id == body.terminal_id)
    reused = ctx.session.scalar(
        select(TillClosing.closing_id).where(*mine, TillClosing.z_number == body.z_number)
    )
    last = ctx.session.scalar(select(func.max(TillClosing.z_number)).where(*mine)) or 0
    source = f"event:{event.event_id}"
    if reused is not None:
        ctx.tasks.raise_task(
            store_id=body.store_id,
            kind="till.z_number_reused",
            source=source,
            summary=f"till {body.terminal_id} reported Z {body.z_number} for two closings",
            details={"terminal_id": body.terminal_id, "z_number": body.z_number, "other": reused},
        )
    elif body.z_number != last + 1:
        ctx.tasks.raise_task(
            store_id=body.store_id,
            kind="till.z_number_gap",
            source=source,
            summary=f"till {body.terminal_id} reported Z {body.z_number} after Z {last}",
            details={"terminal_id": body.terminal_id, "z_number": body.z_number, "last": last},
        )


TILL_HANDLERS: dict[str, Handler] = {
    "till.opened": till_opened,
    "cash.movement": cash_movement,
    "till.closed": till_closed,
}
