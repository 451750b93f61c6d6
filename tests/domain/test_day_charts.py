"""The charts' figures from the day's rows: hours in the till's zone with quiet hours kept, refunds
apart, tenders with the change off cash, and the top ten products by quantity and by revenue."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from decimal import Decimal

from terminal.domain.day_charts import (
    TOP,
    HourBar,
    SoldLines,
    VisitSum,
    by_hour,
    by_tender,
    day_charts,
    top_products,
)
from terminal.domain.money import Money
from terminal.domain.till_day import Payment

EUR = "EUR"


def _at(hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 12, 3, hour, minute, tzinfo=UTC)


def test_hours_run_from_the_first_to_the_last_with_refunds_apart() -> None:
    visits = [
        VisitSum(_at(9, 5), 500, 0),
        VisitSum(_at(9, 59), 250, 0),
        VisitSum(_at(12, 1), -300, 300),  # a plain return: sold nothing, refunded 3,00
        VisitSum(_at(12, 30), 1_000, 200),  # an exchange: sold 12,00, refunded 2,00
    ]
    assert by_hour(visits, EUR, UTC) == (
        HourBar(9, Money(750, EUR), Money(0, EUR)),
        HourBar(10, Money(0, EUR), Money(0, EUR)),
        HourBar(11, Money(0, EUR), Money(0, EUR)),
        HourBar(12, Money(1_200, EUR), Money(500, EUR)),
    )


def test_hours_are_the_tills_local_hours() -> None:
    berlin_winter = timezone(timedelta(hours=1))
    (bar,) = by_hour([VisitSum(_at(23, 30), 100, 0)], EUR, berlin_winter)
    assert bar.hour == 0  # 23:30 UTC is half past midnight in Berlin


def test_a_day_past_midnight_keeps_the_clocks_order() -> None:
    """A day opened at 20:00 and closed at 01:30: the hours run 20, 21, ... 0, 1, not 0 to 23 with
    the late sales first and a row of empty hours between."""
    visits = [
        VisitSum(_at(20, 15), 100, 0),
        VisitSum(_at(22, 40), 200, 0),
        VisitSum(_at(23, 59) + timedelta(minutes=90), 300, 0),  # 01:29 the next day
    ]
    assert [bar.hour for bar in by_hour(visits, EUR, UTC)] == [20, 21, 22, 23, 0, 1]
    assert [bar.sold.amount_minor for bar in by_hour(visits, EUR, UTC)] == [100, 0, 200, 0, 0, 300]


def test_a_day_left_open_round_the_clock_shows_each_hour_once() -> None:
    visits = [VisitSum(_at(10, 50), 100, 0), VisitSum(_at(10, 0) + timedelta(hours=24), 200, 0)]
    hours = by_hour(visits, EUR, UTC)
    assert [bar.hour for bar in hours] == [*range(10, 24), *range(10)]
    assert hours[0].sold == Money(300, EUR)  # both 10 o'clocks: an hour of the clock, not of a date


def test_no_visit_no_hours() -> None:
    assert by_hour([], EUR, UTC) == ()


def test_tenders_net_the_change_off_cash_and_put_cash_first() -> None:
    payments = [
        Payment("voucher", "in", Money(1_000, EUR)),
        Payment("card", "in", Money(4_000, EUR)),
        Payment("cash", "in", Money(5_000, EUR)),
        Payment("cash", "out", Money(700, EUR)),
        Payment("card", "out", Money(500, EUR)),
    ]
    bars = by_tender(payments, Money(1_300, EUR))
    assert [
        (b.tender, b.taken_in.amount_minor, b.paid_out.amount_minor, b.net.amount_minor) for b in bars
    ] == [
        ("cash", 3_700, 700, 3_000),
        ("card", 4_000, 500, 3_500),
        ("voucher", 1_000, 0, 1_000),
    ]


def test_top_products_add_up_quantities_and_rank_both_ways() -> None:
    lines = [
        SoldLines("A", "Müsli", "pc", Decimal(1), 5, 1_745),
        SoldLines("A", "Müsli", "pc", Decimal(2), 2, 1_396),  # 5 x 1 + 2 x 2 = 9 pieces
        SoldLines("B", "Laptop", "pc", Decimal(1), 1, 79_999),
        SoldLines("C", "Bananen lose", "kg", Decimal("0.512"), 1, 102),
        SoldLines("C", "Bananen lose", "kg", Decimal("1.250"), 1, 249),
    ]
    by_quantity, by_revenue = top_products(lines, EUR)
    assert [(b.sku, b.quantity) for b in by_quantity] == [
        ("A", Decimal(9)),
        ("C", Decimal("1.762")),
        ("B", Decimal(1)),
    ]
    assert [(b.sku, b.revenue.amount_minor) for b in by_revenue] == [("B", 79_999), ("A", 3_141), ("C", 351)]


def test_only_the_top_ten_and_ties_go_by_the_other_figure_then_the_name() -> None:
    lines = [
        SoldLines(f"S{i:02d}", f"Product {i:02d}", "pc", Decimal(1), 1 + i % 3, 100 * i) for i in range(25)
    ]
    by_quantity, by_revenue = top_products(lines, EUR)
    assert len(by_quantity) == len(by_revenue) == TOP
    assert [b.sku for b in by_revenue] == [f"S{i:02d}" for i in range(24, 14, -1)]
    # quantity 3 for i % 3 == 2; among them the higher revenue first
    assert [b.sku for b in by_quantity[:3]] == ["S23", "S20", "S17"]
    tied = [
        SoldLines("X", "Zange", "pc", Decimal(1), 1, 100),
        SoldLines("Y", "Axt", "pc", Decimal(1), 1, 100),
    ]
    assert [b.name for b in top_products(tied, EUR)[0]] == ["Axt", "Zange"]


def test_an_empty_day_is_empty() -> None:
    charts = day_charts(currency=EUR, visits=[], payments=[], change=Money.zero(EUR), lines=[])
    assert charts.is_empty
    assert (charts.hours, charts.tenders, charts.top_by_quantity) == ((), (), ())
