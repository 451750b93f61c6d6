"""The day's sales as the managers' charts show them: by hour, by tender, and the top products.

Pure: the storage hands over one row per visit, per tender and direction, and per product and
quantity; this module buckets and ranks them. Amounts stay integers (minor units) in `Money`.

- By hour (the till's local time): what the visits sold (sale lines and handovers, after discounts)
  and what they refunded, shown apart; sold - refunded is what the visits came to.
- By tender: what each tender took in less what it paid out; cash less the change given.
- Top products: the sold lines (not voided) per SKU, the ten most by quantity and the ten most by
  revenue. Returns do not lower them (they are in the hours' refunds).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta, tzinfo
from decimal import Decimal

from terminal.domain.money import Money
from terminal.domain.till_day import CASH, Payment

TOP = 10


@dataclass(frozen=True, slots=True)
class VisitSum:
    """One completed visit: when, what it came to (signed, minor units) and what it refunded (>= 0)."""

    occurred_at: datetime
    total_minor: int
    refunded_minor: int


@dataclass(frozen=True, slots=True)
class SoldLines:
    """The day's sold lines of one SKU at one quantity (`count` lines, `revenue_minor` together)."""

    sku: str
    name: str
    unit: str
    quantity: Decimal
    count: int
    revenue_minor: int


@dataclass(frozen=True, slots=True)
class HourBar:
    """One hour of the day (0..23, local): sold and refunded."""

    hour: int
    sold: Money
    refunded: Money


@dataclass(frozen=True, slots=True)
class TenderBar:
    """What one tender holds for the day: taken in (cash less change), paid out, and the two netted."""

    tender: str
    taken_in: Money
    paid_out: Money

    @property
    def net(self) -> Money:
        return self.taken_in - self.paid_out


@dataclass(frozen=True, slots=True)
class ProductBar:
    """One product's day: how much was sold and for how much."""

    sku: str
    name: str
    unit: str
    quantity: Decimal
    revenue: Money


@dataclass(frozen=True, slots=True)
class DayCharts:
    """Everything the three charts draw, for one till's day."""

    currency: str
    visits: int
    hours: tuple[HourBar, ...]
    tenders: tuple[TenderBar, ...]
    top_by_quantity: tuple[ProductBar, ...]
    top_by_revenue: tuple[ProductBar, ...]

    @property
    def is_empty(self) -> bool:
        """No visit completed in the day yet."""
        return self.visits == 0


def by_hour(visits: Iterable[VisitSum], currency: str, tz: tzinfo | None = None) -> tuple[HourBar, ...]:
    """Sold and refunded per local hour, from the first visit's hour to the last one's (quiet hours in
    between stay, with nothing, so the bars keep the clock's order; a day past midnight runs 22, 23,
    0, 1). A day open 24 hours or more shows every hour once. `tz` None is the till's zone."""
    sold: dict[int, int] = {}
    refunded: dict[int, int] = {}
    ordered = sorted(visits, key=lambda v: v.occurred_at)
    for visit in ordered:
        hour = visit.occurred_at.astimezone(tz).hour
        sold[hour] = sold.get(hour, 0) + visit.total_minor + visit.refunded_minor
        refunded[hour] = refunded.get(hour, 0) + visit.refunded_minor
    if not ordered:
        return ()
    first = ordered[0].occurred_at.astimezone(tz).hour
    last = ordered[-1].occurred_at.astimezone(tz).hour
    whole_day = ordered[-1].occurred_at - ordered[0].occurred_at >= timedelta(hours=23)
    span = 23 if whole_day else (last - first) % 24
    hours = [(first + i) % 24 for i in range(span + 1)]
    return tuple(
        HourBar(h, Money(sold.get(h, 0), currency), Money(refunded.get(h, 0), currency)) for h in hours
    )


def by_tender(payments: Iterable[Payment], change: Money) -> tuple[TenderBar, ...]:
    """Each tender's taken in and paid out; the change given comes off cash taken in. Cash first,
    then the others by name."""
    taken: dict[str, Money] = {}
    paid: dict[str, Money] = {}
    zero = Money.zero(change.currency)
    for p in payments:
        book = paid if p.direction == "out" else taken
        book[p.tender] = book.get(p.tender, zero) + p.amount
    if CASH in taken or not change.is_zero():
        taken[CASH] = taken.get(CASH, zero) - change
    tenders = sorted(set(taken) | set(paid), key=lambda t: (t != CASH, t))
    return tuple(TenderBar(t, taken.get(t, zero), paid.get(t, zero)) for t in tenders)


def top_products(
    lines: Iterable[SoldLines], currency: str
) -> tuple[tuple[ProductBar, ...], tuple[ProductBar, ...]]:
    """The ten products sold most by quantity and the ten by revenue (ties: the other figure, then
    the name). A SKU sold under two names (a renamed product) keeps the first name it is given."""
    quantity: dict[str, Decimal] = {}
    revenue: dict[str, int] = {}
    names: dict[str, tuple[str, str]] = {}
    for line in lines:
        quantity[line.sku] = quantity.get(line.sku, Decimal(0)) + line.quantity * line.count
        revenue[line.sku] = revenue.get(line.sku, 0) + line.revenue_minor
        names.setdefault(line.sku, (line.name, line.unit))
    bars = [
        ProductBar(sku, names[sku][0], names[sku][1], quantity[sku], Money(revenue[sku], currency))
        for sku in quantity
    ]
    by_quantity = sorted(bars, key=lambda b: (-b.quantity, -b.revenue.amount_minor, b.name))
    by_revenue = sorted(bars, key=lambda b: (-b.revenue.amount_minor, -b.quantity, b.name))
    return tuple(by_quantity[:TOP]), tuple(by_revenue[:TOP])


def day_charts(
    *,
    currency: str,
    visits: Iterable[VisitSum],
    payments: Iterable[Payment],
    change: Money,
    lines: Iterable[SoldLines],
    tz: tzinfo | None = None,
) -> DayCharts:
    """The three charts' figures from the day's rows."""
    visit_list = list(visits)
    top_quantity, top_revenue = top_products(lines, currency)
    return DayCharts(
        currency=currency,
        visits=len(visit_list),
        hours=by_hour(visit_list, currency, tz),
        tenders=by_tender(payments, change),
        top_by_quantity=top_quantity,
        top_by_revenue=top_revenue,
    )
