"""The till's day as wire events: `till.opened`, `cash.movement`, `till.closed` (schema 2).

Built from the contract's models (docs/adr/0010-versioned-contract.md), so a payload the backend
would refuse fails here, in the transaction that records the fact, and nothing is written.
"""

from __future__ import annotations

from typing import Any
from uuid import UUID

from contract.payloads.cash import CashMovement
from contract.payloads.till import DenominationCount, TenderCount, TillClosedV2, TillOpened, TillOpenedV2
from terminal.domain.day_report import DayReport
from terminal.domain.denominations import CashCount
from terminal.domain.till_day import Movement
from terminal.services.context import TillContext
from terminal.storage.till_days import DayRecord


def _counts(count: CashCount) -> list[DenominationCount]:
    return [DenominationCount(value_minor=v, count=c) for v, c in count.pieces]


def till_opened(ctx: TillContext, day: DayRecord) -> dict[str, Any]:
    """Schema 1 for a counted float (every backend since ADR 0018 takes it); schema 2 only for a day
    the till opened itself with an uncounted float (ADR 0024), which only a newer backend takes."""
    fields: dict[str, Any] = {
        "day_id": UUID(day.day_id),
        "store_id": ctx.store_id,
        "terminal_id": ctx.terminal_id,
        "staff_id": day.opened_by,
        "currency": day.currency,
        "float_minor": day.float_count.total.amount_minor,
        "denominations": _counts(day.float_count),
    }
    if day.float_counted:
        return TillOpened(**fields).model_dump(mode="json")
    return TillOpenedV2(schema=2, float_counted=False, **fields).model_dump(mode="json")


def cash_movement(ctx: TillContext, movement: Movement) -> dict[str, Any]:
    reason = movement.reason + (f": {movement.note}" if movement.note else "")
    return CashMovement(
        movement_id=UUID(movement.movement_id),
        store_id=ctx.store_id,
        terminal_id=ctx.terminal_id,
        staff_id=movement.staff_id,
        kind=str(movement.kind),  # type: ignore[arg-type]  # MovementKind's values are the literal's
        currency=movement.amount.currency,
        amount_minor=movement.amount.amount_minor,
        reason=reason[:200],
        approver_id=movement.approver_id,
    ).model_dump(mode="json")


def till_closed(ctx: TillContext, day: DayRecord, report: DayReport, *, staff_id: str) -> dict[str, Any]:
    figures = report.figures
    counted = dict(report.counted)
    assert report.z_number is not None
    assert report.counted_cash is not None
    return TillClosedV2(
        schema=2,  # the wire alias of schema_version
        closing_id=UUID(day.day_id),
        day_id=UUID(day.day_id),
        store_id=ctx.store_id,
        terminal_id=ctx.terminal_id,
        staff_id=staff_id,
        z_number=report.z_number,
        currency=figures.currency,
        opened_at=day.opened_at,
        closed_at=report.at,
        sales_count=figures.sales_count,
        gross_minor=figures.gross.amount_minor,
        tenders=[
            TenderCount(
                tender=t.tender,
                expected_minor=t.expected.amount_minor,
                counted_minor=counted[t.tender].amount_minor,
            )
            for t in figures.tenders
        ],
        float_minor=figures.float.amount_minor,
        cash_in_minor=figures.cash_in.amount_minor,
        cash_out_minor=figures.cash_out.amount_minor,
        counted_cash=_counts(report.counted_cash),
        difference_reason=report.reason,
    ).model_dump(mode="json")
