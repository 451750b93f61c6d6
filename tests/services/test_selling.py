"""Selling through the real services on a real seeded SQLite till: scans, errors, approvals, parking."""

from __future__ import annotations

from decimal import Decimal

import pytest
from biip.checksums import gs1_price_weight_check_digit

from terminal.domain.basket import Discount
from terminal.domain.errors import ApprovalRequiredError, TillError
from terminal.domain.money import Money
from terminal.domain.scan import with_check_digit
from terminal.domain.staff import Action
from terminal.storage import audit
from tests.support.till import Till, open_till, product_named

DRILL = product_named("Bohrschrauber GSR 12V")
MILK = product_named("Vollmilch")
BANANAS = product_named("Bananen")
PRETZEL = product_named("Laugenbrezel")


def test_nothing_sells_before_login(till: Till) -> None:
    with pytest.raises(TillError) as err:
        till.services.selling.scan(DRILL.barcode)
    assert err.value.code == "staff.not_logged_in"


def test_scan_adds_then_merges_the_same_item(cashier: Till) -> None:
    selling = cashier.services.selling
    first = selling.scan(DRILL.barcode)
    assert first.kind == "added"
    assert first.basket.line(first.line_id or 0).name == DRILL.name
    second = selling.scan(DRILL.barcode + "\r\n")
    assert second.kind == "merged"
    assert second.line_id == first.line_id
    assert second.basket.totals().total == Money(2 * DRILL.price_minor, "EUR")


def test_multiplier_and_sku_entry(cashier: Till) -> None:
    change = cashier.services.selling.scan(f"3*{MILK.barcode}")
    assert change.basket.line(change.line_id or 0).quantity == Decimal(3)
    by_sku = cashier.services.selling.scan(DRILL.sku)
    assert by_sku.basket.line(by_sku.line_id or 0).sku == DRILL.sku


def test_unknown_barcode_is_refused_and_loses_nothing(cashier: Till) -> None:
    selling = cashier.services.selling
    selling.scan(MILK.barcode)
    unknown = with_check_digit("400000000001")
    with pytest.raises(TillError) as err:
        selling.scan(unknown)
    assert err.value.code == "catalogue.unknown_barcode"
    assert err.value.params["code"] == unknown
    assert [line.sku for line in selling.basket().lines] == [MILK.sku]


def test_wrong_check_digit_is_refused_with_the_expected_digit(cashier: Till) -> None:
    wrong = DRILL.barcode[:-1] + str((int(DRILL.barcode[-1]) + 1) % 10)
    with pytest.raises(TillError) as err:
        cashier.services.selling.scan(wrong)
    assert err.value.code == "barcode.check_digit"
    assert cashier.services.selling.basket().is_empty


def test_weight_label_from_the_scale_sells_by_kg(cashier: Till) -> None:
    item = BANANAS.barcode[2:6]
    weight = "01234"  # 1.234 kg
    label = with_check_digit(f"28{item}{gs1_price_weight_check_digit(weight)}{weight}")
    change = cashier.services.selling.scan(label)
    line = change.basket.line(change.line_id or 0)
    assert line.sku == BANANAS.sku
    assert line.unit == "kg"
    assert line.quantity == Decimal("1.234")
    expected = (Decimal(BANANAS.price_minor) * Decimal("1.234")).quantize(
        Decimal(1), rounding="ROUND_HALF_UP"
    )
    assert line.total == Money(int(expected), "EUR")


def test_price_label_sells_at_the_printed_price(cashier: Till) -> None:
    item = PRETZEL.barcode[2:6]
    price = "00345"  # 3.45 EUR for a bag of pretzels
    label = with_check_digit(f"22{item}{gs1_price_weight_check_digit(price)}{price}")
    change = cashier.services.selling.scan(label)
    assert change.basket.line(change.line_id or 0).total == Money(345, "EUR")


def test_weighed_product_without_weight_is_refused(cashier: Till) -> None:
    with pytest.raises(TillError) as err:
        cashier.services.selling.add_product(BANANAS.sku)
    assert err.value.code == "catalogue.needs_weight"


def test_discount_over_the_limit_needs_a_manager_and_is_audited(cashier: Till) -> None:
    s = cashier.services
    line_id = s.selling.scan(DRILL.barcode).line_id or 0
    small = s.selling.discount_line(line_id, Discount.of_percent(Decimal(5)))
    assert small.basket.line(line_id).discount == Discount.of_percent(Decimal(5))
    with pytest.raises(ApprovalRequiredError) as err:
        s.selling.discount_line(line_id, Discount.of_percent(Decimal(25)))
    assert err.value.action == Action.DISCOUNT_OVER_LIMIT
    with pytest.raises(TillError) as denied:
        s.staff.approve("2222", Action.DISCOUNT_OVER_LIMIT)  # Ben is a cashier
    assert denied.value.code == "approval.denied"
    approval = s.staff.approve("9999", Action.DISCOUNT_OVER_LIMIT)
    change = s.selling.discount_line(line_id, Discount.of_percent(Decimal(25)), approval)
    assert DRILL.price_minor == 12999
    assert change.basket.totals().total == Money(9749, "EUR")  # 25 % of 129.99 = 32.4975 -> 32.50
    with cashier.db.read() as session:
        entries = audit.list_entries(session, action="discount.line")
    assert [(e.staff_id, e.approved_by, e.details["percent"]) for e in reversed(entries)] == [
        ("anna", None, "5"),
        ("anna", "maria", "25"),
    ]


def test_price_override_needs_a_manager(cashier: Till) -> None:
    s = cashier.services
    line_id = s.selling.scan(MILK.barcode).line_id or 0
    with pytest.raises(ApprovalRequiredError):
        s.selling.override_price(line_id, Money(99, "EUR"))
    wrong_action = s.staff.approve("9999", Action.OPEN_DRAWER)
    with pytest.raises(ApprovalRequiredError):
        s.selling.override_price(line_id, Money(99, "EUR"), wrong_action)
    change = s.selling.override_price(
        line_id, Money(99, "EUR"), s.staff.approve("9999", Action.PRICE_OVERRIDE)
    )
    line = change.basket.line(line_id)
    assert (line.unit_price, line.original_price) == (Money(99, "EUR"), Money(MILK.price_minor, "EUR"))
    with cashier.db.read() as session:
        (entry,) = audit.list_entries(session, action="price.override")
    assert entry.approved_by == "maria"
    assert entry.details["from_minor"] == MILK.price_minor


def test_void_line_is_free_before_payment_and_needs_a_manager_after(cashier: Till) -> None:
    s = cashier.services
    a = s.selling.scan(DRILL.barcode).line_id or 0
    b = s.selling.scan(MILK.barcode).line_id or 0
    s.selling.void_line(b)
    assert s.selling.basket().line(b).voided
    s.selling.scan(MILK.barcode)
    s.checkout.add_card(Money(1000, "EUR"))
    with pytest.raises(ApprovalRequiredError) as err:
        s.selling.void_line(a)
    assert err.value.action == Action.VOID_PAID_LINE
    with pytest.raises(TillError) as below:  # voiding the drill would leave less to pay than the card took
        s.selling.void_line(a, s.staff.approve("9999", Action.VOID_PAID_LINE))
    assert below.value.code in {"checkout.void_below_paid"}


def test_no_new_items_while_payment_is_under_way(cashier: Till) -> None:
    s = cashier.services
    s.selling.scan(DRILL.barcode)
    s.checkout.add_card(Money(100, "EUR"))
    with pytest.raises(TillError) as err:
        s.selling.scan(MILK.barcode)
    assert err.value.code == "checkout.payment_in_progress"


def test_park_and_resume(cashier: Till) -> None:
    s = cashier.services
    s.selling.scan(DRILL.barcode)
    s.selling.scan(f"2*{MILK.barcode}")
    parked = s.parking.park("Herr Müller holt Dübel")
    assert parked.basket.is_empty
    s.selling.scan(MILK.barcode)
    with pytest.raises(TillError) as err:
        s.parking.resume("anything")
    assert err.value.code == "basket.not_empty"
    s.selling.void_basket()
    (entry,) = s.parking.parked()
    assert entry.label == "Herr Müller holt Dübel"
    assert entry.total == Money(DRILL.price_minor + 2 * MILK.price_minor, "EUR")
    resumed = s.parking.resume(entry.parked_id)
    assert [line.sku for line in resumed.basket.active_lines] == [DRILL.sku, MILK.sku]
    assert s.parking.parked() == []


def test_open_basket_survives_a_restart(tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "till.sqlite3"
    first = open_till(path)
    first.services.staff.login("1111")
    first.services.selling.scan(DRILL.barcode)
    first.services.selling.scan(MILK.barcode)
    first.services.checkout.add_card(Money(5000, "EUR"), "APPR-1")
    first.db.close()

    again = open_till(path)
    try:
        basket = again.services.selling.basket()
        assert [line.sku for line in basket.lines] == [DRILL.sku, MILK.sku]
        payment = again.services.checkout.payment()
        assert payment.paid == Money(5000, "EUR")
        assert payment.tenders[0].reference == "APPR-1"
    finally:
        again.db.close()


def test_login_by_badge_and_wrong_pin(till: Till) -> None:
    staff = till.services.staff
    with pytest.raises(TillError) as err:
        staff.login("1234")
    assert err.value.code == "staff.unknown"
    assert staff.current is None
    member = staff.login("B:STAFF-0009")
    assert (member.staff_id, member.role) == ("maria", "manager")
    staff.logout()
    assert staff.login("1111").name.startswith("Anna")
    with till.db.read() as session:
        actions = [e.action for e in reversed(audit.list_entries(session))]
    assert actions == ["login.failed", "login", "logout", "login"]
