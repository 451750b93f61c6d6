"""The day view of a store (`GET /v1/stores/{store_id}/days/{date}`): its tills' business days.

A till's day belongs to the business date on which it was **opened**, in the store's time zone
(`store.timezone`): the view for date D holds the days opened on D (local), with all their cash
movements and their Z closing, even when the Z came after midnight. Facts arrive in any order (a day
opened offline may sync after its Z), so what belongs to no known opening is placed by its own
local date: a closing by the moment its till says the day was opened (`opened_at`), a movement by
when it happened. A movement belongs to the latest opening of its till at or before it, unless that
day's Z came before it.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from backend.errors import ApiError
from backend.models import CashMovementRecord, Store, TillClosing, TillOpening
from backend.services.store_time import day_bounds, local_date, zone
from contract.till_day import StoreDay


def store_day(session: Session, store_id: str, day: date) -> StoreDay:
    """Every till's days opened on `day` in the store's time zone, with their movements and Z."""
    store = session.get(Store, store_id)
    if store is None:
        raise ApiError(404, "store.unknown", f"no store {store_id}")
    tz = zone(store.timezone)
    start, end = day_bounds(day, tz)
    openings = list(
        session.scalars(
            select(TillOpening)
            .where(
                TillOpening.store_id == store_id,
                TillOpening.occurred_at >= start,
                TillOpening.occurred_at < end,
            )
            .order_by(TillOpening.occurred_at)
        )
    )
    mine = {o.day_id for o in openings}
    closings = list(
        session.scalars(
            select(TillClosing)
            .where(
                TillClosing.store_id == store_id,
                or_(
                    TillClosing.day_id.in_(sorted(mine)),
                    (TillClosing.opened_at >= start)
                    & (TillClosing.opened_at < end)
                    & or_(TillClosing.day_id.is_(None), ~TillClosing.day_id.in_(select(TillOpening.day_id))),
                ),
            )
            .order_by(TillClosing.terminal_id, TillClosing.z_number)
        )
    )
    movements = _movements(
        session, store_id, start=start, end=end, openings=openings, closings=closings, tz=tz, day=day
    )
    return _view(store, day, openings, movements, closings)


def _movements(
    session: Session,
    store_id: str,
    *,
    start: datetime,
    end: datetime,
    openings: list[TillOpening],
    closings: list[TillClosing],
    tz: Any,
    day: date,
) -> list[CashMovementRecord]:
    """The movements of the days opened on `day`, and those of no known day that happened on it."""
    closed_at = {c.day_id: c.closed_at for c in closings if c.day_id is not None}
    # Movements of a day opened on D may come after midnight, up to its Z (or now, while it is open).
    until: datetime | None = end
    for o in openings:
        if o.day_id not in closed_at:
            until = None
            break
        until = max(until, closed_at[o.day_id]) if until is not None else None
    query = select(CashMovementRecord).where(
        CashMovementRecord.store_id == store_id, CashMovementRecord.occurred_at >= start
    )
    if until is not None:
        query = query.where(CashMovementRecord.occurred_at <= until)
    candidates = list(
        session.scalars(query.order_by(CashMovementRecord.occurred_at, CashMovementRecord.movement_id))
    )
    if not candidates:
        return []
    owners = _openings_of(
        session, store_id, {m.terminal_id for m in candidates}, start, candidates[-1].occurred_at
    )
    ends = _closed_at(session, [o.day_id for rows in owners.values() for o in rows])
    mine = {o.day_id for o in openings}
    chosen = []
    for m in candidates:
        owner = None
        for o in owners.get(m.terminal_id, ()):
            if o.occurred_at <= m.occurred_at:
                owner = o
        if owner is not None and owner.day_id in ends and ends[owner.day_id] < m.occurred_at:
            owner = None  # after that day's Z: no known day
        if (owner is not None and owner.day_id in mine) or (
            owner is None and local_date(m.occurred_at, tz) == day
        ):
            chosen.append(m)
    return chosen


def _openings_of(
    session: Session, store_id: str, terminals: Iterable[str], start: datetime, last: datetime
) -> dict[str, list[TillOpening]]:
    """Per terminal, in time order: its last opening before `start` and its openings up to `last`."""
    wanted = sorted(terminals)
    before = (
        select(TillOpening.terminal_id, func.max(TillOpening.occurred_at).label("at"))
        .where(
            TillOpening.store_id == store_id,
            TillOpening.terminal_id.in_(wanted),
            TillOpening.occurred_at < start,
        )
        .group_by(TillOpening.terminal_id)
        .subquery()
    )
    rows = list(
        session.scalars(
            select(TillOpening).where(
                TillOpening.store_id == store_id,
                TillOpening.terminal_id.in_(wanted),
                or_(
                    (TillOpening.occurred_at >= start) & (TillOpening.occurred_at <= last),
                    TillOpening.occurred_at
                    == select(before.c.at)
                    .where(before.c.terminal_id == TillOpening.terminal_id)
                    .scalar_subquery(),
                ),
            )
        )
    )
    out: dict[str, list[TillOpening]] = {}
    for o in sorted(rows, key=lambda o: (o.occurred_at, o.day_id)):
        out.setdefault(o.terminal_id, []).append(o)
    return out


def _closed_at(session: Session, day_ids: list[str]) -> dict[str, datetime]:
    if not day_ids:
        return {}
    return {
        str(day_id): at
        for day_id, at in session.execute(
            select(TillClosing.day_id, TillClosing.closed_at).where(
                TillClosing.day_id.in_(sorted(set(day_ids)))
            )
        )
    }


def _view(
    store: Store,
    day: date,
    openings: list[TillOpening],
    movements: list[CashMovementRecord],
    closings: list[TillClosing],
) -> StoreDay:
    tills: dict[str, dict[str, Any]] = {}

    def till(terminal_id: str) -> dict[str, Any]:
        return tills.setdefault(
            terminal_id, {"terminal_id": terminal_id, "openings": [], "movements": [], "closings": []}
        )

    for o in openings:
        till(o.terminal_id)["openings"].append(
            {
                "day_id": o.day_id,
                "staff_id": o.staff_id,
                "opened_at": o.occurred_at,
                "float_minor": o.float_minor,
                "float_counted": o.float_counted,
                "denominations": o.denominations,
            }
        )
    for m in movements:
        till(m.terminal_id)["movements"].append(
            {
                "movement_id": m.movement_id,
                "staff_id": m.staff_id,
                "approver_id": m.approver_id,
                "kind": m.kind,
                "amount_minor": m.amount_minor,
                "reason": m.reason,
                "occurred_at": m.occurred_at,
            }
        )
    for c in closings:
        till(c.terminal_id)["closings"].append(
            {
                "closing_id": c.closing_id,
                "day_id": c.day_id,
                "z_number": c.z_number,
                "staff_id": c.staff_id,
                "opened_at": c.opened_at,
                "closed_at": c.closed_at,
                "sales_count": c.sales_count,
                "gross_minor": c.gross_minor,
                "float_minor": c.float_minor,
                "cash_in_minor": c.cash_in_minor,
                "cash_out_minor": c.cash_out_minor,
                "tenders": c.tenders,
                "counted_cash": c.counted_cash,
                "difference_minor": c.difference_minor,
                "difference_reason": c.difference_reason,
            }
        )
    rows = []
    for terminal_id in sorted(tills):
        t = tills[terminal_id]
        moved = t["movements"]
        t["cash_in_minor"] = sum(m["amount_minor"] for m in moved if m["kind"] == "cash_in")
        t["cash_out_minor"] = sum(m["amount_minor"] for m in moved if m["kind"] != "cash_in")
        t["difference_minor"] = sum(c["difference_minor"] for c in t["closings"])
        rows.append(t)
    return StoreDay.model_validate(
        {
            "store_id": store.store_id,
            "date": day,
            "timezone": store.timezone,
            "currency": store.currency,
            "tills": rows,
            "closings": len(closings),
            "difference_minor": sum(t["difference_minor"] for t in rows),
        }
    )
