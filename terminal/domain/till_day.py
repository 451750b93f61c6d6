"""The till's day: opened with a counted float, cash in and out, X (interim) and Z (closing) figures.

Pure values and rules, no I/O. The services read the day's stored facts (the float, the movements,
the payments of the sales numbered since the opening) and hand them to `figures`, which says what
each tender took in and paid out and what should be in the drawer:

    expected cash = float + cash taken in - change given - cash paid out + cash in - cash out

Every other tender is expected at what it took in less what it paid out. At the Z the cashier counts
the cash by denomination and types every other tender's total; `differences` is counted - expected
per tender (negative: short), and any difference needs a reason (`check_reason`).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Final

from terminal.domain.errors import TillError
from terminal.domain.money import Money

CASH: Final = "cash"


class MovementKind(StrEnum):
    """Cash into or out of the drawer outside a sale; the value is the wire's `cash.movement` kind."""

    CASH_IN = "cash_in"
    CASH_OUT = "cash_out"


# The reasons the cashier picks from (stable keys; the UI translates them). "other" wants a note.
REASONS: Final[dict[MovementKind, tuple[str, ...]]] = {
    MovementKind.CASH_IN: ("change_top_up", "float_top_up", "correction", "other"),
    MovementKind.CASH_OUT: ("bank_deposit", "supplier_paid", "expense", "change_to_safe", "other"),
}
MAX_REASON_TEXT = 200


def check_movement(kind: MovementKind, amount: Money, reason: str, note: str) -> None:
    """Refuse a movement the backend would not take or a manager could not read later."""
    if amount.amount_minor <= 0:
        raise TillError("day.amount_not_positive")
    if reason not in REASONS[kind]:
        raise TillError("day.unknown_reason", reason=reason)
    if reason == "other" and not note.strip():
        raise TillError("day.reason_needs_note")
    if len(note) > MAX_REASON_TEXT:
        raise TillError("day.note_too_long", limit=MAX_REASON_TEXT)


@dataclass(frozen=True, slots=True)
class Movement:
    """A recorded cash movement of the day."""

    movement_id: str
    kind: MovementKind
    amount: Money
    reason: str
    note: str
    staff_id: str
    approver_id: str | None
    occurred_at: datetime


@dataclass(frozen=True, slots=True)
class Payment:
    """One tender of a sale in the day, as stored (`direction` "in" or "out")."""

    tender: str
    direction: str
    amount: Money


@dataclass(frozen=True, slots=True)
class TenderLine:
    """One tender of the day: taken in, paid out, and what should be there (in - out; cash more)."""

    tender: str
    taken_in: Money
    paid_out: Money
    expected: Money


@dataclass(frozen=True, slots=True)
class DayFigures:
    """The day so far: what an X report prints and what a Z report is counted against."""

    currency: str
    sales_count: int
    gross: Money  # the sales' signed totals (a refund-only visit counts negative)
    float: Money
    cash_in: Money
    cash_out: Money
    change: Money
    tenders: tuple[TenderLine, ...]  # cash first, then by name

    def expected(self, tender: str) -> Money:
        for line in self.tenders:
            if line.tender == tender:
                return line.expected
        return Money.zero(self.currency)

    @property
    def expected_cash(self) -> Money:
        return self.expected(CASH)


def figures(
    *,
    currency: str,
    float_amount: Money,
    sales_count: int,
    gross: Money,
    change: Money,
    payments: Iterable[Payment],
    movements: Iterable[Movement],
) -> DayFigures:
    """The day's figures from its float, its sales' payments and change, and its cash movements."""
    zero = Money.zero(currency)
    taken: dict[str, Money] = {CASH: zero}
    paid: dict[str, Money] = {CASH: zero}
    for p in payments:
        book = taken if p.direction == "in" else paid
        book[p.tender] = book.get(p.tender, zero) + p.amount
        other = paid if book is taken else taken
        other.setdefault(p.tender, zero)
    cash_in = sum((m.amount for m in movements if m.kind is MovementKind.CASH_IN), zero)
    cash_out = sum((m.amount for m in movements if m.kind is MovementKind.CASH_OUT), zero)
    lines = []
    for tender in sorted(taken, key=lambda t: (t != CASH, t)):
        expected = taken[tender] - paid[tender]
        if tender == CASH:
            expected = float_amount + expected - change + cash_in - cash_out
        lines.append(TenderLine(tender, taken[tender], paid[tender], expected))
    return DayFigures(
        currency=currency,
        sales_count=sales_count,
        gross=gross,
        float=float_amount,
        cash_in=cash_in,
        cash_out=cash_out,
        change=change,
        tenders=tuple(lines),
    )


def differences(day: DayFigures, counted: Mapping[str, Money]) -> dict[str, Money]:
    """counted - expected per tender (negative: short), for every tender of the day or counted.

    A tender of the day that was not counted is refused: a Z closes what the till holds."""
    missing = [t.tender for t in day.tenders if t.tender not in counted]
    if missing:
        raise TillError("day.tender_not_counted", tender=missing[0])
    return {tender: amount - day.expected(tender) for tender, amount in sorted(counted.items())}


def check_reason(diffs: Mapping[str, Money], reason: str) -> None:
    """A closing with any difference needs the cashier's reason (what a manager reads later)."""
    if len(reason) > MAX_REASON_TEXT:
        raise TillError("day.note_too_long", limit=MAX_REASON_TEXT)
    if any(not d.is_zero() for d in diffs.values()) and not reason.strip():
        raise TillError("day.difference_needs_reason")
