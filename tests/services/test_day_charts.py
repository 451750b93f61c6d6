"""The day's charts on a real till (real SQLite through the migrations, visits completed through the
real checkout and returns): hours, refunds apart, tenders, top products; the day's receipt range
decides what counts, a closed day still shows, a till that never opened a day shows today."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import text

from terminal.domain.day_charts import DayCharts
from terminal.domain.money import Money
from terminal.services.day_charts import DayChartsService
from terminal.services.returns import Choice
from tests.support.till import TickingClock, Till, closing, open_till, product_named

EUR = "EUR"
MUESLI = product_named("Kölln Müsli")  # 3.49
MILK = product_named("Bio Vollmilch")  # 1.49
LAPTOP = product_named("Lenovo Laptop")  # 799.99


@pytest.fixture
def clock() -> TickingClock:
    return TickingClock(datetime(2026, 12, 3, 8, 0, tzinfo=UTC))


@pytest.fixture
def till(tmp_path: Path, clock: TickingClock) -> Iterator[Till]:
    t = open_till(tmp_path / "till.sqlite3", clock=clock)
    t.services.staff.login("1111")
    yield from closing(t)


def _charts(till: Till, clock: TickingClock) -> DayCharts:
    return DayChartsService(db=till.db, ctx=till.services.ctx, clock=clock, tz=UTC).charts()


def _sell(till: Till, *items: tuple[str, Decimal], cash: int = 0, card: int = 0) -> str:
    s = till.services
    for sku, quantity in items:
        s.selling.add_product(sku, quantity)
    s.checkout.begin()
    if card:
        s.checkout.add_card(Money(card, EUR), "A1")
    if cash:
        s.checkout.add_cash(Money(cash, EUR))
    return s.checkout.complete().receipt_number


def test_a_day_by_hour_tender_and_product(till: Till, clock: TickingClock) -> None:
    _sell(till, (MUESLI.sku, Decimal(1)), cash=1_000)  # the day before, closed by its Z: not counted
    till.services.till_day.close_day(cash={200: 1, 100: 1, 20: 2, 5: 1, 2: 2}, other={})  # 3.49
    till.services.till_day.open_day({5000: 2})
    clock.jump_to(datetime(2026, 12, 3, 9, 10, tzinfo=UTC))
    first = _sell(till, (MUESLI.sku, Decimal(2)), (MILK.sku, Decimal(1)), cash=1_000)  # 8.47, change 1.53
    _sell(till, (MUESLI.sku, Decimal(1)), card=349)
    clock.jump_to(datetime(2026, 12, 3, 11, 40, tzinfo=UTC))
    _sell(till, (LAPTOP.sku, Decimal(1)), card=79_999)
    original = till.services.returns.find(first)
    milk = next(line for line in original.lines if line.sku == MILK.sku)
    till.services.returns.add(original, [Choice(milk.line_no, Decimal(1), "changed_mind")])
    till.services.checkout.begin()
    till.services.checkout.add_cash(Money(149, EUR))  # the refund, paid out in cash
    till.services.checkout.complete()

    charts = _charts(till, clock)
    assert charts.visits == 4
    assert [(h.hour, h.sold.amount_minor, h.refunded.amount_minor) for h in charts.hours] == [
        (9, 847 + 349, 0),
        (10, 0, 0),
        (11, 79_999, 149),
    ]
    assert [(t.tender, t.taken_in.amount_minor, t.paid_out.amount_minor) for t in charts.tenders] == [
        ("cash", 1_000 - 153, 149),
        ("card", 349 + 79_999, 0),
    ]
    assert [(b.name, b.quantity) for b in charts.top_by_quantity] == [
        (MUESLI.name, Decimal(3)),
        (LAPTOP.name, Decimal(1)),  # a tie on quantity: the higher revenue first
        (MILK.name, Decimal(1)),
    ]
    assert [(b.sku, b.revenue.amount_minor) for b in charts.top_by_revenue] == [
        (LAPTOP.sku, 79_999),
        (MUESLI.sku, 3 * 349),
        (MILK.sku, 149),
    ]


def test_a_closed_day_still_shows_and_a_new_day_starts_empty(till: Till, clock: TickingClock) -> None:
    till.services.till_day.open_day({5000: 1})
    _sell(till, (MUESLI.sku, Decimal(1)), card=349)
    till.services.till_day.close_day(cash={5000: 1}, other={"card": Money(349, EUR)})
    assert _charts(till, clock).visits == 1  # after the Z the manager still sees that day
    till.services.till_day.open_day({5000: 1})
    assert _charts(till, clock).is_empty


def test_a_till_that_never_opened_a_day_shows_today(till: Till, clock: TickingClock) -> None:
    """Receipts from before a release whose first receipt opens the day (ADR 0024) belong to no day."""
    assert _charts(till, clock).is_empty
    clock.jump_to(datetime(2026, 12, 2, 18, 0, tzinfo=UTC))
    _sell(till, (MILK.sku, Decimal(2)), card=298)  # yesterday
    clock.jump_to(datetime(2026, 12, 3, 7, 0, tzinfo=UTC))
    _sell(till, (MUESLI.sku, Decimal(1)), card=349)
    with till.db.write() as session:  # as an older release left them: no day at all
        session.execute(text("DELETE FROM till_day"))
    charts = _charts(till, clock)
    assert charts.visits == 1
    assert [b.sku for b in charts.top_by_revenue] == [MUESLI.sku]
