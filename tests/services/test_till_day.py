"""The till's day on a real till: open with a float, sell, cash in and out, X, then Z with a
difference and its reason; the events queued, the reports printed (decoded back), selling refused
after the Z until a new opening."""

from __future__ import annotations

import json

import pytest

from hardware.escpos_decode import decode_lines
from terminal.domain.errors import ApprovalRequiredError, TillError
from terminal.domain.money import Money
from terminal.domain.staff import Action
from terminal.domain.till_day import MovementKind
from terminal.storage import audit, outbox, print_jobs, till_days
from tests.support.till import Till, product_named

MUESLI = product_named("Kölln Müsli")  # 3.49
EUR = "EUR"


def _sell(till: Till, *, cash: int | None = None, card: int | None = None) -> None:
    s = till.services
    s.selling.scan(MUESLI.barcode)
    if card is not None:
        s.checkout.add_card(Money(card, EUR), "A1")
    if cash is not None:
        s.checkout.add_cash(Money(cash, EUR))
    s.checkout.complete()


def _events(till: Till) -> list[tuple[str, int, dict]]:  # type: ignore[type-arg]
    with till.db.read() as session:
        return [(e.type, e.schema, e.payload_dict()) for e in outbox.pending_events(session)]


def _printed(till: Till) -> list[list[str]]:
    with till.db.read() as session:
        jobs = print_jobs.list_jobs(session)
    return [decode_lines(j.data) for j in sorted(jobs, key=lambda j: j.job_id) if j.receipt_number is None]


def test_x_then_z_with_a_cash_difference_and_its_reason(cashier: Till) -> None:
    s = cashier.services
    assert not s.till_day.state().is_open
    opened = s.till_day.open_day({2000: 5, 1000: 4, 200: 10, 50: 20})  # 100 + 40 + 20 + 10 = 170.00
    assert opened.state.is_open
    assert opened.state.opened_by_name == "Anna Schmidt"
    assert opened.state.figures is not None
    assert opened.state.figures.expected_cash == Money(17000, EUR)

    _sell(cashier, cash=500)  # 3.49, change 1.51
    _sell(cashier, card=349)
    s.till_day.move_cash(MovementKind.CASH_IN, Money(2000, EUR), reason="change_top_up")
    with pytest.raises(TillError) as bad:
        s.till_day.move_cash(MovementKind.CASH_OUT, Money(500, EUR), reason="holiday")
    assert bad.value.code == "day.unknown_reason"
    s.till_day.move_cash(MovementKind.CASH_OUT, Money(1500, EUR), reason="expense", note="Stamps")
    with pytest.raises(ApprovalRequiredError):  # above the cashier's 100 EUR
        s.till_day.move_cash(MovementKind.CASH_OUT, Money(12000, EUR), reason="bank_deposit")
    approval = s.staff.approve("9999", Action.CASH_OUT_OVER_LIMIT)
    s.till_day.move_cash(MovementKind.CASH_OUT, Money(12000, EUR), reason="bank_deposit", approval=approval)

    x = s.till_day.x_report()
    assert x.report is not None
    assert x.report.z_number is None
    day = x.report.figures
    # 170.00 + 3.49 cash taken in (5.00 tendered - 1.51 change) + 20 - 15 - 120 = 58.49
    assert day.expected_cash == Money(5849, EUR)
    assert day.expected("card") == Money(349, EUR)
    assert (day.sales_count, day.gross) == (2, Money(698, EUR))

    with pytest.raises(TillError) as no_reason:  # counted 58.00 against 58.49: a difference needs a reason
        s.till_day.close_day(cash={5000: 1, 500: 1, 200: 1, 100: 1}, other={"card": Money(349, EUR)})
    assert no_reason.value.code == "day.difference_needs_reason"
    with pytest.raises(TillError) as not_counted:
        s.till_day.close_day(cash={5000: 1}, other={}, reason="x")
    assert not_counted.value.code == "day.tender_not_counted"

    z = s.till_day.close_day(
        cash={5000: 1, 500: 1, 200: 1, 100: 1}, other={"card": Money(349, EUR)}, reason="Coins miscounted"
    )
    assert z.report is not None
    assert z.report.z_number == 1
    assert dict(z.report.differences) == {"card": Money(0, EUR), "cash": Money(-49, EUR)}
    assert not z.state.is_open

    types = [(t, schema) for t, schema, _p in _events(cashier)]
    assert types.count(("cash.movement", 1)) == 3
    assert ("till.opened", 1) in types
    assert types[-1] == ("till.closed", 2)
    closed = _events(cashier)[-1][2]
    assert closed["z_number"] == 1
    assert closed["difference_reason"] == "Coins miscounted"
    assert {t["tender"]: (t["expected_minor"], t["counted_minor"]) for t in closed["tenders"]} == {
        "cash": (5849, 5800),
        "card": (349, 349),
    }
    assert closed["counted_cash"] == [
        {"value_minor": 5000, "count": 1},
        {"value_minor": 500, "count": 1},
        {"value_minor": 200, "count": 1},
        {"value_minor": 100, "count": 1},
    ]
    with cashier.db.read() as session:
        (entry,) = audit.list_entries(session, action="cash.out_over_limit")
    assert entry.approved_by == "maria"

    # Printed: the X and the Z, German labels, decoded back.
    x_text, z_text = _printed(cashier)
    assert any("X-BERICHT" in line for line in x_text)
    joined = "\n".join(z_text)
    assert "Z-BERICHT" in joined
    assert "Z-Nummer: 1" in joined
    assert any(line.strip().startswith("Soll") and "58,49" in line for line in z_text)
    assert any(line.strip().startswith("Gezählt") and "58,00" in line for line in z_text)
    assert any(line.strip().startswith("Differenz") and "-0,49" in line for line in z_text)
    assert "Grund: Coins miscounted" in joined

    # After the Z: no payment until a new opening (refused before any tender is taken), whose Z is 2.
    with pytest.raises(TillError) as closed_day:
        _sell(cashier, cash=500)
    assert closed_day.value.code == "day.closed"
    assert cashier.services.checkout.payment_in_progress() is None  # no tender was taken
    assert not cashier.services.selling.basket().is_empty  # the basket waits, nothing lost
    s.till_day.open_day({1000: 10})
    s.checkout.add_cash(Money(500, EUR))
    s.checkout.complete()
    # 100.00 + 3.49 exactly: no difference, no reason needed
    z2 = s.till_day.close_day(cash={1000: 10, 200: 1, 100: 1, 20: 2, 5: 1, 2: 2}, other={}, reason="")
    assert z2.report is not None
    assert z2.report.z_number == 2
    assert z2.report.figures.sales_count == 1  # only the sale of the second day
    with cashier.db.read() as session:
        assert till_days.z_numbers(session, "T01") == [1, 2]
        assert json.loads(json.dumps(till_days.day_by_z(session, "T01", 1).closing))["reason"]  # type: ignore[union-attr]


def test_a_day_cannot_be_opened_twice_nor_used_before_opening(cashier: Till) -> None:
    s = cashier.services
    with pytest.raises(TillError) as early:
        s.till_day.x_report()
    assert early.value.code == "day.not_open"
    with pytest.raises(TillError) as no_day:
        s.till_day.close_day(cash={}, other={})
    assert no_day.value.code == "day.not_open"
    s.till_day.open_day({})
    with pytest.raises(TillError) as twice:
        s.till_day.open_day({500: 1})
    assert twice.value.code == "day.already_open"
    with pytest.raises(TillError) as odd:
        s.till_day.close_day(cash={300: 1}, other={})
    assert odd.value.code == "day.unknown_denomination"
    _sell(cashier, cash=500)
    state = s.till_day.state()
    assert state.day is not None
    assert state.day.float_counted
    assert state.figures.sales_count == 1  # type: ignore[union-attr]
    assert [t for t, _schema, _p in _events(cashier)].count("till.opened") == 1
