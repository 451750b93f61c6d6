"""The till's days: openings, cash movements, closings with their gapless Z numbers, and the sales
figures a report needs.

`next_z_number` bumps `z_counter` inside the caller's `BEGIN IMMEDIATE` transaction, the one that
records the closing (as `counters.next_receipt_seq` does for sales): a crash or a rollback never
burns a Z number, the counter is never reset, and a new process on the same file goes on from it.
A day's sales are the receipts numbered from its `first_seq` (taken at the opening) to its
`last_seq` (taken at the closing).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select, text, update
from sqlalchemy.orm import Session

from terminal.domain.denominations import CashCount
from terminal.domain.errors import TillError
from terminal.domain.money import Money
from terminal.domain.till_day import Movement, MovementKind, Payment
from terminal.storage.counters import peek_receipt_seq
from terminal.storage.models.till_days import TillCashMovementRow, TillDayRow
from terminal.storage.models.visits import SalePaymentRow, SaleRow
from terminal.storage.outbox import json_text

_BUMP_Z = text(
    "INSERT INTO z_counter (terminal_id, next_z) VALUES (:terminal_id, 2) "
    "ON CONFLICT (terminal_id) DO UPDATE SET next_z = next_z + 1 RETURNING next_z - 1"
)


@dataclass(frozen=True, slots=True)
class DayRecord:
    """One day of the till as stored."""

    day_id: str
    store_id: str
    terminal_id: str
    currency: str
    status: str  # "open" or "closed"
    opened_at: datetime
    opened_by: str
    float_count: CashCount
    first_seq: int
    closed_at: datetime | None
    closed_by: str | None
    z_number: int | None
    last_seq: int | None
    closing: dict[str, Any] | None
    float_counted: bool = True  # false: opened by the till itself for its first receipt (ADR 0024)

    @property
    def is_open(self) -> bool:
        return self.status == "open"


@dataclass(frozen=True, slots=True)
class SalesOfDay:
    """What the day's sales add up to, for `till_day.figures`."""

    count: int
    gross: Money
    change: Money
    payments: tuple[Payment, ...]


def _record(row: TillDayRow) -> DayRecord:
    return DayRecord(
        day_id=row.day_id,
        store_id=row.store_id,
        terminal_id=row.terminal_id,
        currency=row.currency,
        status=row.status,
        opened_at=row.opened_at,
        opened_by=row.opened_by,
        float_count=CashCount.from_dict(row.currency, json.loads(row.float_count)),
        first_seq=row.first_seq,
        closed_at=row.closed_at,
        closed_by=row.closed_by,
        z_number=row.z_number,
        last_seq=row.last_seq,
        closing=None if row.closing is None else json.loads(row.closing),
        float_counted=bool(row.float_counted),
    )


def latest_day(session: Session, terminal_id: str) -> DayRecord | None:
    """The terminal's open day, else its last closed one, else None (never opened)."""
    row = session.scalars(
        select(TillDayRow)
        .where(TillDayRow.terminal_id == terminal_id)
        .order_by((TillDayRow.status == "open").desc(), TillDayRow.opened_at.desc())
        .limit(1)
    ).first()
    return None if row is None else _record(row)


def day_by_z(session: Session, terminal_id: str, z_number: int) -> DayRecord | None:
    row = session.scalars(
        select(TillDayRow).where(TillDayRow.terminal_id == terminal_id, TillDayRow.z_number == z_number)
    ).first()
    return None if row is None else _record(row)


def z_numbers(session: Session, terminal_id: str) -> list[int]:
    """Every Z number of the terminal, ascending (tests check they are 1..n)."""
    rows = session.scalars(
        select(TillDayRow.z_number)
        .where(TillDayRow.terminal_id == terminal_id, TillDayRow.z_number.is_not(None))
        .order_by(TillDayRow.z_number)
    )
    return [int(z) for z in rows if z is not None]


def open_day(
    session: Session,
    *,
    day_id: str,
    store_id: str,
    terminal_id: str,
    opened_at: datetime,
    opened_by: str,
    count: CashCount,
    float_counted: bool = True,
) -> DayRecord:
    """Record an opening. Call inside `db.write()`; refused while a day is open. Its sales start at
    the receipt number the till gives next, so a caller opening a day for a receipt calls this
    before numbering it (`float_counted=False`, ADR 0024)."""
    current = latest_day(session, terminal_id)
    if current is not None and current.is_open:
        raise TillError("day.already_open")
    row = TillDayRow(
        day_id=day_id,
        store_id=store_id,
        terminal_id=terminal_id,
        currency=count.currency,
        status="open",
        opened_at=opened_at,
        opened_by=opened_by,
        float_minor=count.total.amount_minor,
        float_count=json_text(count.as_dict()),
        float_counted=float_counted,
        first_seq=peek_receipt_seq(session, terminal_id),
    )
    session.add(row)
    session.flush()
    return _record(row)


def add_movement(session: Session, day_id: str, movement: Movement) -> None:
    session.add(
        TillCashMovementRow(
            movement_id=movement.movement_id,
            day_id=day_id,
            kind=str(movement.kind),
            amount_minor=movement.amount.amount_minor,
            reason=movement.reason,
            note=movement.note,
            staff_id=movement.staff_id,
            approver_id=movement.approver_id,
            occurred_at=movement.occurred_at,
        )
    )
    session.flush()


def movements(session: Session, day: DayRecord) -> list[Movement]:
    rows = session.scalars(
        select(TillCashMovementRow)
        .where(TillCashMovementRow.day_id == day.day_id)
        .order_by(TillCashMovementRow.occurred_at, TillCashMovementRow.movement_id)
    )
    return [
        Movement(
            movement_id=r.movement_id,
            kind=MovementKind(r.kind),
            amount=Money(r.amount_minor, day.currency),
            reason=r.reason,
            note=r.note,
            staff_id=r.staff_id,
            approver_id=r.approver_id,
            occurred_at=r.occurred_at,
        )
        for r in rows
    ]


def sales_of_day(session: Session, day: DayRecord) -> SalesOfDay:
    """The completed sales numbered in the day: count, signed gross, change given, every payment."""
    in_day = [SaleRow.terminal_id == day.terminal_id, SaleRow.seq >= day.first_seq]
    if day.last_seq is not None:
        in_day.append(SaleRow.seq <= day.last_seq)
    count, gross, change = session.execute(
        select(
            func.count(SaleRow.sale_id),
            func.coalesce(func.sum(SaleRow.total_minor), 0),
            func.coalesce(func.sum(SaleRow.change_minor), 0),
        ).where(*in_day)
    ).one()
    rows = session.execute(
        select(SalePaymentRow.tender, SalePaymentRow.direction, func.sum(SalePaymentRow.amount_minor))
        .join(SaleRow, SaleRow.sale_id == SalePaymentRow.sale_id)
        .where(*in_day)
        .group_by(SalePaymentRow.tender, SalePaymentRow.direction)
    ).all()
    payments = tuple(Payment(t, d, Money(int(a), day.currency)) for t, d, a in rows)
    return SalesOfDay(int(count), Money(int(gross), day.currency), Money(int(change), day.currency), payments)


def next_z_number(session: Session, terminal_id: str) -> int:
    """The terminal's next Z number (1, 2, 3, ...). Call inside the `db.write()` that closes the day."""
    return int(session.execute(_BUMP_Z, {"terminal_id": terminal_id}).scalar_one())


def close_day(
    session: Session,
    day: DayRecord,
    *,
    closed_at: datetime,
    closed_by: str,
    z_number: int,
    closing: dict[str, Any],
) -> DayRecord:
    """Mark the day closed with its Z number; its sales end at the last receipt numbered so far."""
    last_seq = peek_receipt_seq(session, day.terminal_id) - 1
    done = session.execute(
        update(TillDayRow)
        .where(TillDayRow.day_id == day.day_id, TillDayRow.status == "open")
        .values(
            status="closed",
            closed_at=closed_at,
            closed_by=closed_by,
            z_number=z_number,
            last_seq=last_seq,
            closing=json_text(closing),
        )
    )
    if getattr(done, "rowcount", 1) != 1:
        raise TillError("day.not_open")
    session.expire_all()
    row = session.get(TillDayRow, day.day_id)
    assert row is not None
    return _record(row)
