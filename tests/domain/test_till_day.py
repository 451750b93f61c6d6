"""The day's figures: expected cash from the float, sales (change given), refunds paid out and cash
movements; every other tender in less out; differences and their reason; counts by denomination."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from terminal.domain.approvals import ApprovalPolicy, check_cash_out
from terminal.domain.denominations import CashCount, denominations
from terminal.domain.errors import ApprovalRequiredError, TillError
from terminal.domain.money import Money
from terminal.domain.staff import Role
from terminal.domain.till_day import (
    Movement,
    MovementKind,
    Payment,
    check_movement,
    check_reason,
    differences,
    figures,
)

AT = datetime(2026, 12, 2, 9, tzinfo=UTC)


def eur(minor: int) -> Money:
    return Money(minor, "EUR")


def _move(kind: MovementKind, minor: int) -> Movement:
    return Movement("m", kind, eur(minor), "other", "x", "anna", None, AT)


def test_expected_cash_counts_float_sales_change_refunds_out_and_movements() -> None:
    day = figures(
        currency="EUR",
        float_amount=eur(15000),
        sales_count=3,
        gross=eur(4000 + 2500 - 1200),
        change=eur(1000),
        payments=[
            Payment("cash", "in", eur(5000)),  # 40.00 sale paid with 50.00: 10.00 change
            Payment("card", "in", eur(2500)),
            Payment("cash", "out", eur(1200)),  # a return paid out in cash
            Payment("voucher", "out", eur(700)),  # store credit issued
        ],
        movements=[_move(MovementKind.CASH_IN, 2000), _move(MovementKind.CASH_OUT, 500)],
    )
    # 150 + 50 - 10 change - 12 refund + 20 in - 5 out = 193.00
    assert day.expected_cash == eur(19300)
    assert day.expected("card") == eur(2500)
    assert day.expected("voucher") == eur(-700)
    assert [t.tender for t in day.tenders] == ["cash", "card", "voucher"]
    cash = day.tenders[0]
    assert (cash.taken_in, cash.paid_out) == (eur(5000), eur(1200))
    assert (day.cash_in, day.cash_out, day.gross) == (eur(2000), eur(500), eur(5300))
    assert day.expected("web") == eur(0)  # a tender the day never saw


def test_differences_are_counted_minus_expected_and_need_a_reason() -> None:
    day = figures(
        currency="EUR",
        float_amount=eur(10000),
        sales_count=1,
        gross=eur(300),
        change=eur(0),
        payments=[Payment("card", "in", eur(300))],
        movements=[],
    )
    diffs = differences(day, {"cash": eur(9950), "card": eur(300)})
    assert diffs == {"card": eur(0), "cash": eur(-50)}
    with pytest.raises(TillError, match=r"day\.difference_needs_reason"):
        check_reason(diffs, "  ")
    check_reason(diffs, "Short by a coin")
    check_reason({"cash": eur(0)}, "")  # no difference: no reason needed
    with pytest.raises(TillError, match=r"day\.tender_not_counted"):
        differences(day, {"cash": eur(10000)})


def test_a_count_by_denomination_is_validated_and_adds_up() -> None:
    count = CashCount.of("EUR", {2000: 3, 5: 4, 50000: 0})
    assert count.total == eur(6020)
    assert count.pieces == ((2000, 3), (5, 4))  # zeros dropped, largest first
    assert CashCount.from_dict("EUR", count.as_dict()) == count
    with pytest.raises(TillError, match=r"day\.unknown_denomination"):
        CashCount.of("EUR", {300: 1})
    with pytest.raises(TillError, match=r"day\.bad_count"):
        CashCount.of("EUR", {100: -1})
    assert CashCount.of("HUF", {20000: 1, 5: 1}).total == Money(20005, "HUF")
    assert denominations("IDR")[0] == 100000
    assert min(denominations("HUF")) == 5  # the cash step
    with pytest.raises(TillError, match=r"day\.no_denominations"):
        denominations("GBP")


def test_a_movement_needs_a_listed_reason_and_cash_out_above_the_limit_a_manager() -> None:
    check_movement(MovementKind.CASH_OUT, eur(100), "bank_deposit", "")
    for kind, amount, reason, note, code in [
        (MovementKind.CASH_IN, eur(0), "correction", "", "day.amount_not_positive"),
        (MovementKind.CASH_IN, eur(100), "bank_deposit", "", "day.unknown_reason"),
        (MovementKind.CASH_OUT, eur(100), "other", " ", "day.reason_needs_note"),
        (MovementKind.CASH_OUT, eur(100), "other", "x" * 201, "day.note_too_long"),
    ]:
        with pytest.raises(TillError) as refused:
            check_movement(kind, amount, reason, note)
        assert refused.value.code == code
    policy = ApprovalPolicy()
    check_cash_out(policy, Role.CASHIER, eur(10000))  # the default limit, 100 EUR, is allowed
    with pytest.raises(ApprovalRequiredError):
        check_cash_out(policy, Role.CASHIER, eur(10001))
    check_cash_out(policy, Role.MANAGER, eur(10**7))
    with pytest.raises(ApprovalRequiredError):
        check_cash_out(ApprovalPolicy(max_cashier_cash_out_minor=0), Role.CASHIER, eur(1))
