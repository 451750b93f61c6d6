"""The till's day: open with a counted float, cash in and out, X reports, and the Z closing.

Every fact is written with its outbox event (and, for reports, its print job) in one transaction:
the opening with `till.opened`, a movement with `cash.movement`, the closing with its Z number (taken
from `z_counter` in that same transaction, so no crash skips or repeats one) and `till.closed`
(schema 2). After a Z the day is closed and the checkout refuses to complete a sale
(`day.closed`) until a new day is opened. A till that has never had a day opens one itself when it
completes its first receipt (or moves cash), inside that transaction and before the receipt's
number: opened by that receipt's cashier, its float 0 and not counted (`till.opened` schema 2), so
no receipt is outside a day and the Z says the float was not counted
(docs/adr/0024-the-first-day-opens-itself.md).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from terminal.domain import approvals
from terminal.domain.day_report import DayReport
from terminal.domain.denominations import CashCount
from terminal.domain.errors import TillError
from terminal.domain.money import Money
from terminal.domain.staff import Action, Approval, StaffMember
from terminal.domain.till_day import CASH, DayFigures, Movement, MovementKind, check_movement, check_reason
from terminal.domain.till_day import differences as differences_of
from terminal.domain.till_day import figures as figures_of
from terminal.services import till_day_payloads as payloads
from terminal.services.context import TillContext
from terminal.services.ports import Clock, DayReportRenderer, IdFactory, Waker
from terminal.services.staff import StaffService
from terminal.storage import audit, outbox, print_jobs, till_days
from terminal.storage import staff as staff_repo
from terminal.storage.db import Database, Transaction
from terminal.storage.till_days import DayRecord


@dataclass(frozen=True, slots=True)
class DayState:
    """What the Till area shows: the open (or last closed) day, and its figures so far."""

    day: DayRecord | None
    opened_by_name: str
    figures: DayFigures | None

    @property
    def is_open(self) -> bool:
        return self.day is not None and self.day.is_open


@dataclass(frozen=True, slots=True)
class DayChange:
    """What a day's action changed (the window broadcasts it; the sale screen may care)."""

    what: str  # "opened", "cash_in", "cash_out", "x_report", "closed"
    state: DayState
    report: DayReport | None = None


class TillDayService:
    """The day's use cases for one till."""

    def __init__(
        self,
        *,
        db: Database,
        ctx: TillContext,
        staff: StaffService,
        renderer: DayReportRenderer,
        clock: Clock,
        new_id: IdFactory,
        printer: Waker,
        sync: Waker | None = None,
    ) -> None:
        self._db = db
        self._ctx = ctx
        self._staff = staff
        self._renderer = renderer
        self._clock = clock
        self._new_id = new_id
        self._printer = printer
        self._sync = sync

    # ------------------------------------------------------------------ reading

    def state(self) -> DayState:
        with self._db.read() as session:
            return self._state(session)

    def _state(self, session: Transaction) -> DayState:
        day = till_days.latest_day(session, self._ctx.terminal_id)
        if day is None:
            return DayState(None, "", None)
        opener = staff_repo.get_staff(session, day.opened_by)
        return DayState(day, opener.name if opener else day.opened_by, self._figures(session, day))

    def _figures(self, session: Transaction, day: DayRecord) -> DayFigures:
        sales = till_days.sales_of_day(session, day)
        return figures_of(
            currency=day.currency,
            float_amount=day.float_count.total,
            sales_count=sales.count,
            gross=sales.gross,
            change=sales.change,
            payments=sales.payments,
            movements=till_days.movements(session, day),
        )

    def day_for_receipt(self, session: Transaction, at: datetime) -> None:
        """Checkout hook inside the receipt's transaction, before its number is taken: refuse a
        receipt after a Z until a new day is opened; on a till that never had a day, open one."""
        day = till_days.latest_day(session, self._ctx.terminal_id)
        if day is None:
            self._open_by_first_receipt(session, self._staff.require(), at)
        elif not day.is_open:
            raise TillError("day.closed", z_number=day.z_number)

    def check_selling(self, session: Transaction) -> None:
        """Refuse a sale after a Z until reopened (a till that never had a day may sell: its first
        receipt opens the day)."""
        day = till_days.latest_day(session, self._ctx.terminal_id)
        if day is not None and not day.is_open:
            raise TillError("day.closed", z_number=day.z_number)

    def check_can_sell(self) -> None:
        """Checkout hook before the first tender: refuse payment after a Z (before a card is charged)."""
        with self._db.read() as session:
            self.check_selling(session)

    def _open_day(self, session: Transaction) -> DayRecord:
        day = till_days.latest_day(session, self._ctx.terminal_id)
        if day is None or not day.is_open:
            raise TillError("day.not_open")
        return day

    def _open_by_first_receipt(self, session: Transaction, staff: StaffMember, at: datetime) -> DayRecord:
        """The day a till that never had one opens itself for its first receipt or cash movement:
        in the caller's transaction, before the receipt's number (so the day starts with it), its
        float 0 and not counted. The till stores no float left in a drawer (it has had no Z), and
        any cash already there shows up in the Z's difference, which the Z explains."""
        day = till_days.open_day(
            session,
            day_id=self._new_id(),
            store_id=self._ctx.store_id,
            terminal_id=self._ctx.terminal_id,
            opened_at=at,
            opened_by=staff.staff_id,
            count=CashCount(self._ctx.currency, ()),
            float_counted=False,
        )
        self._queue(session, "till.opened", at, payloads.till_opened(self._ctx, day))
        return day

    # ------------------------------------------------------------------ writing

    def open_day(self, pieces: Mapping[int, int]) -> DayChange:
        """Open the day with the float counted by denomination (value in minor units -> pieces)."""
        staff = self._staff.require()
        count = CashCount.of(self._ctx.currency, pieces)
        now = self._clock()
        with self._db.write() as session:
            day = till_days.open_day(
                session,
                day_id=self._new_id(),
                store_id=self._ctx.store_id,
                terminal_id=self._ctx.terminal_id,
                opened_at=now,
                opened_by=staff.staff_id,
                count=count,
            )
            self._queue(session, "till.opened", now, payloads.till_opened(self._ctx, day))
            state = self._state(session)
        self._wake(printer=False)
        return DayChange("opened", state)

    def move_cash(
        self,
        kind: MovementKind,
        amount: Money,
        *,
        reason: str,
        note: str = "",
        approval: Approval | None = None,
    ) -> DayChange:
        """Cash in or out with its reason; cash out above the policy's limit needs a manager."""
        staff = self._staff.require()
        check_movement(kind, amount, reason, note)
        approved: Approval | None = None
        if kind is MovementKind.CASH_OUT:
            try:
                approvals.check_cash_out(self._ctx.approval_policy, staff.role, amount)
            except TillError:
                approved = approvals.require(staff.role, Action.CASH_OUT_OVER_LIMIT, approval)
        now = self._clock()
        with self._db.write() as session:
            if till_days.latest_day(session, self._ctx.terminal_id) is None:
                # A movement is part of a day like a receipt: the first one opens the day itself.
                day = self._open_by_first_receipt(session, staff, now)
            else:
                day = self._open_day(session)
            movement = Movement(
                movement_id=self._new_id(),
                kind=kind,
                amount=amount,
                reason=reason,
                note=note.strip(),
                staff_id=staff.staff_id,
                approver_id=approved.manager_id if approved else None,
                occurred_at=now,
            )
            till_days.add_movement(session, day.day_id, movement)
            self._queue(session, "cash.movement", now, payloads.cash_movement(self._ctx, movement))
            if approved is not None:
                audit.append(
                    session,
                    at=now,
                    staff_id=staff.staff_id,
                    approved_by=approved.manager_id,
                    action="cash.out_over_limit",
                    details={"movement_id": movement.movement_id, "amount_minor": amount.amount_minor},
                )
            state = self._state(session)
        self._wake(printer=False)
        return DayChange(str(kind), state)

    def x_report(self, *, print_it: bool = True) -> DayChange:
        """The day so far, printed (an X report changes nothing and may be taken any time)."""
        staff = self._staff.require()
        now = self._clock()
        with self._db.write() as session:
            day = self._open_day(session)
            report = self._report(session, day, kind="X", at=now, staff_name=staff.name)
            if print_it:
                print_jobs.enqueue(session, data=self._renderer.render_report(report), at=now)
            state = self._state(session)
        if print_it:
            self._printer.wake()
        return DayChange("x_report", state, report)

    def close_day(
        self, *, cash: Mapping[int, int], other: Mapping[str, Money], reason: str = ""
    ) -> DayChange:
        """The Z: the cash counted by denomination and every other tender's counted total against
        what the till expects; a difference needs a reason. Numbered, printed and queued at once."""
        staff = self._staff.require()
        counted_cash = CashCount.of(self._ctx.currency, cash)
        counted = {**dict(other), CASH: counted_cash.total}
        now = self._clock()
        with self._db.write() as session:
            day = self._open_day(session)
            figures = self._figures(session, day)
            diffs = differences_of(figures, counted)
            check_reason(diffs, reason)
            z_number = till_days.next_z_number(session, self._ctx.terminal_id)
            report = self._report(
                session,
                day,
                kind="Z",
                at=now,
                staff_name=staff.name,
                z_number=z_number,
                figures=figures,
                counted=counted,
                counted_cash=counted_cash,
                diffs=diffs,
                reason=reason.strip(),
            )
            closing = {
                "counted": {t: m.amount_minor for t, m in counted.items()},
                "expected": {t.tender: t.expected.amount_minor for t in figures.tenders},
                "differences": {t: m.amount_minor for t, m in diffs.items()},
                "counted_cash": counted_cash.as_dict(),
                "reason": report.reason,
            }
            closed = till_days.close_day(
                session, day, closed_at=now, closed_by=staff.staff_id, z_number=z_number, closing=closing
            )
            payload = payloads.till_closed(self._ctx, closed, report, staff_id=staff.staff_id)
            self._queue(session, "till.closed", now, payload)
            print_jobs.enqueue(session, data=self._renderer.render_report(report), at=now)
            state = self._state(session)
        self._wake(printer=True)
        return DayChange("closed", state, report)

    # ------------------------------------------------------------------ helpers

    def _report(
        self,
        session: Transaction,
        day: DayRecord,
        *,
        kind: str,
        at: datetime,
        staff_name: str,
        z_number: int | None = None,
        figures: DayFigures | None = None,
        counted: Mapping[str, Money] | None = None,
        counted_cash: CashCount | None = None,
        diffs: Mapping[str, Money] | None = None,
        reason: str = "",
    ) -> DayReport:
        opener = staff_repo.get_staff(session, day.opened_by)
        # Stored moments read back in UTC; the report prints them in the till's local time (the
        # clock's zone), so a day opened at 06:30 in Jakarta prints its own business date.
        local = at.tzinfo
        return DayReport(
            kind="Z" if kind == "Z" else "X",
            store_name=self._ctx.store_name,
            store_id=self._ctx.store_id,
            terminal_id=self._ctx.terminal_id,
            language=self._ctx.language,
            opened_at=day.opened_at.astimezone(local),
            opened_by=opener.name if opener else day.opened_by,
            at=at,
            staff_name=staff_name,
            figures=figures or self._figures(session, day),
            float_count=day.float_count,
            movements=tuple(
                replace(m, occurred_at=m.occurred_at.astimezone(local))
                for m in till_days.movements(session, day)
            ),
            z_number=z_number,
            counted=tuple(sorted((counted or {}).items(), key=lambda kv: (kv[0] != CASH, kv[0]))),
            counted_cash=counted_cash,
            differences=tuple((diffs or {}).items()),
            reason=reason,
            float_counted=day.float_counted,
        )

    def _queue(self, session: Transaction, event_type: str, at: datetime, payload: dict[str, Any]) -> None:
        outbox.append_event(
            session, event_id=self._new_id(), type=event_type, occurred_at=at, payload=payload
        )

    def _wake(self, *, printer: bool) -> None:
        if printer:
            self._printer.wake()
        if self._sync is not None:
            self._sync.wake()
