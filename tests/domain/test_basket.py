"""Basket rules: adding and merging, quantities, voids, discounts, price overrides, totals and errors."""

from __future__ import annotations

import json
from collections.abc import Callable
from decimal import Decimal

import pytest

from terminal.domain.basket import Basket, BasketLine, Discount
from terminal.domain.errors import TillError
from terminal.domain.money import CurrencyMismatchError, Money
from terminal.domain.tax import VatRate

A = VatRate("A", Decimal(19))
B = VatRate("B", Decimal(7))


def eur(minor: int) -> Money:
    return Money(minor, "EUR")


def add(
    basket: Basket,
    sku: str = "milk",
    price: int = 199,
    *,
    vat: VatRate = B,
    quantity: str = "1",
    unit: str = "pc",
    barcode: str | None = None,
    fixed_total: int | None = None,
) -> tuple[Basket, BasketLine]:
    return basket.add(
        sku=sku,
        name=sku.title(),
        barcode=barcode if barcode is not None else f"400{sku}",
        unit_price=eur(price),
        vat=vat,
        quantity=Decimal(quantity),
        unit=unit,  # type: ignore[arg-type]
        fixed_total=None if fixed_total is None else eur(fixed_total),
    )


def code(excinfo: pytest.ExceptionInfo[TillError]) -> str:
    return excinfo.value.code


# --- adding -----------------------------------------------------------------------------------


def test_add_returns_a_new_basket_and_the_line() -> None:
    empty = Basket("EUR")
    basket, line = add(empty, "milk", 199)
    assert empty.lines == ()
    assert empty.is_empty
    assert line == basket.line(1)
    assert (line.line_id, line.sku, line.quantity, line.gross, line.total) == (
        1,
        "milk",
        Decimal(1),
        eur(199),
        eur(199),
    )
    assert basket.next_line_id == 2
    assert not basket.is_empty


def test_same_plain_item_scanned_again_adds_to_the_last_line() -> None:
    basket, _ = add(Basket("EUR"), "milk", 199)
    basket, line = add(basket, "milk", 199, quantity="2")
    assert len(basket.lines) == 1
    assert line.line_id == 1
    assert line.quantity == 3
    assert basket.totals().total == eur(597)


def test_same_item_after_another_item_starts_a_new_line() -> None:
    basket, _ = add(Basket("EUR"), "milk")
    basket, _ = add(basket, "bread", 249)
    basket, line = add(basket, "milk")
    assert [x.sku for x in basket.lines] == ["milk", "bread", "milk"]
    assert line.line_id == 3


def test_weighed_price_embedded_discounted_overridden_or_voided_lines_never_merge() -> None:
    weighed, _ = add(Basket("EUR"), "cheese", 1299, unit="kg", quantity="0.5")
    assert len(add(weighed, "cheese", 1299, unit="kg", quantity="0.5")[0].lines) == 2

    embedded, _ = add(Basket("EUR"), "ham", 0, barcode="2101234005009", fixed_total=500)
    assert len(add(embedded, "ham", 0, barcode="2101234005009", fixed_total=500)[0].lines) == 2

    discounted, _ = add(Basket("EUR"), "milk")
    discounted = discounted.discount_line(1, Discount.of_percent(Decimal(10)))
    assert len(add(discounted, "milk")[0].lines) == 2

    overridden, _ = add(Basket("EUR"), "milk")
    overridden = overridden.override_price(1, eur(150))
    assert len(add(overridden, "milk", 150)[0].lines) == 2

    voided, _ = add(Basket("EUR"), "milk")
    voided = voided.void_line(1)
    assert len(add(voided, "milk")[0].lines) == 2


def test_different_price_or_barcode_does_not_merge() -> None:
    basket, _ = add(Basket("EUR"), "milk", 199)
    assert len(add(basket, "milk", 189)[0].lines) == 2
    assert len(add(basket, "milk", 199, barcode="other")[0].lines) == 2


def test_weighed_line_price_is_price_per_kg_times_weight_half_up() -> None:
    basket, line = add(Basket("EUR"), "cheese", 1299, unit="kg", quantity="0.5")
    assert line.gross == eur(650)  # 6.495 -> 6.50
    _, line = add(basket, "apples", 249, unit="kg", quantity="1.234")
    assert line.gross == eur(307)  # 3.07266


def test_price_embedded_line_uses_the_printed_total() -> None:
    _, line = add(Basket("EUR"), "ham", 1890, fixed_total=437)
    assert line.gross == eur(437)
    assert line.is_price_embedded


@pytest.mark.parametrize(
    ("quantity", "unit"), [("0", "pc"), ("-1", "pc"), ("1.5", "pc"), ("0", "kg"), ("-0.1", "kg")]
)
def test_add_refuses_bad_quantities(quantity: str, unit: str) -> None:
    with pytest.raises(TillError) as exc:
        add(Basket("EUR"), quantity=quantity, unit=unit)
    assert code(exc) == "basket.bad_quantity"
    assert exc.value.params["quantity"] == quantity


def test_add_refuses_nan_quantity_and_price_embedded_multiples() -> None:
    with pytest.raises(TillError, match=r"basket\.bad_quantity"):
        add(Basket("EUR"), quantity="NaN")
    with pytest.raises(TillError, match=r"basket\.bad_quantity"):
        add(Basket("EUR"), quantity="2", fixed_total=437)


def test_add_refuses_negative_prices_and_other_currencies() -> None:
    with pytest.raises(TillError, match=r"basket\.bad_price"):
        add(Basket("EUR"), price=-1)
    with pytest.raises(CurrencyMismatchError):
        Basket("EUR").add(sku="x", name="X", barcode=None, unit_price=Money(100, "HUF"), vat=A)


# --- quantities and voids ---------------------------------------------------------------------


def test_set_quantity() -> None:
    basket, _ = add(Basket("EUR"), "milk", 199)
    changed = basket.set_quantity(1, Decimal(4))
    assert changed.line(1).quantity == 4
    assert changed.totals().total == eur(796)
    assert basket.line(1).quantity == 1  # the original is untouched


@pytest.mark.parametrize("quantity", ["0", "-2", "2.5"])
def test_set_quantity_refuses_non_whole_or_non_positive_pieces(quantity: str) -> None:
    basket, _ = add(Basket("EUR"))
    with pytest.raises(TillError) as exc:
        basket.set_quantity(1, Decimal(quantity))
    assert code(exc) == "basket.bad_quantity"


def test_set_quantity_on_weighed_and_price_embedded_lines() -> None:
    basket, _ = add(Basket("EUR"), "cheese", 1000, unit="kg", quantity="0.5")
    assert basket.set_quantity(1, Decimal("0.75")).line(1).gross == eur(750)
    basket, _ = add(Basket("EUR"), "ham", 0, fixed_total=437)
    with pytest.raises(TillError) as exc:
        basket.set_quantity(1, Decimal(2))
    assert code(exc) == "basket.quantity_fixed"


def test_void_line_keeps_the_line_but_it_no_longer_counts() -> None:
    basket, _ = add(Basket("EUR"), "milk", 199)
    basket, _ = add(basket, "bread", 249)
    basket = basket.void_line(1)
    assert len(basket.lines) == 2
    assert basket.line(1).voided
    assert [x.line_id for x in basket.active_lines] == [2]
    totals = basket.totals()
    assert totals.total == eur(249)
    assert totals.item_count == 1
    assert totals.line_totals == {2: eur(249)}


def test_basket_with_only_voided_lines_is_empty() -> None:
    basket, _ = add(Basket("EUR"))
    basket = basket.void_line(1)
    assert basket.is_empty
    assert basket.totals().total == eur(0)
    assert basket.totals().vat == ()


def test_voided_line_refuses_changes() -> None:
    basket, _ = add(Basket("EUR"))
    basket = basket.void_line(1)
    changes: list[Callable[[], object]] = [
        lambda: basket.void_line(1),
        lambda: basket.set_quantity(1, Decimal(2)),
        lambda: basket.discount_line(1, Discount.of_percent(Decimal(5))),
        lambda: basket.override_price(1, eur(1)),
    ]
    for change in changes:
        with pytest.raises(TillError) as exc:
            change()
        assert code(exc) == "basket.line_voided"
        assert exc.value.params == {"line_id": 1}


def test_unknown_line_id_is_refused_everywhere() -> None:
    basket, _ = add(Basket("EUR"))
    changes: list[Callable[[], object]] = [
        lambda: basket.line(9),
        lambda: basket.void_line(9),
        lambda: basket.set_quantity(9, Decimal(2)),
        lambda: basket.discount_line(9, Discount.of_percent(Decimal(5))),
        lambda: basket.override_price(9, eur(1)),
    ]
    for change in changes:
        with pytest.raises(TillError) as exc:
            change()
        assert code(exc) == "basket.no_such_line"
        assert exc.value.params == {"line_id": 9}


def test_line_ids_stay_stable_after_voids() -> None:
    basket, _ = add(Basket("EUR"), "a")
    basket = basket.void_line(1)
    basket, line = add(basket, "b")
    assert line.line_id == 2


# --- discounts and overrides ------------------------------------------------------------------


def test_line_percent_discount_rounds_half_up() -> None:
    basket, _ = add(Basket("EUR"), "milk", 199, quantity="3")
    basket = basket.discount_line(1, Discount.of_percent(Decimal("12.5"), reason="damaged"))
    line = basket.line(1)
    assert line.gross == eur(597)
    assert line.discount_amount == eur(75)  # 74.625
    assert line.total == eur(522)
    totals = basket.totals()
    assert (totals.subtotal, totals.line_discounts, totals.total) == (eur(597), eur(75), eur(522))


def test_line_amount_discount_is_off_the_line_total_and_replaces_earlier_ones() -> None:
    basket, _ = add(Basket("EUR"), "milk", 199, quantity="2")
    basket = basket.discount_line(1, Discount.of_percent(Decimal(50)))
    basket = basket.discount_line(1, Discount.of_amount(eur(100)))
    assert basket.line(1).total == eur(298)
    assert basket.discount_line(1, None).line(1).total == eur(398)


def test_line_discount_may_make_the_line_free_but_not_negative() -> None:
    basket, _ = add(Basket("EUR"), "milk", 199)
    assert basket.discount_line(1, Discount.of_amount(eur(199))).totals().total == eur(0)
    assert basket.discount_line(1, Discount.of_percent(Decimal(100))).totals().total == eur(0)
    with pytest.raises(TillError) as exc:
        basket.discount_line(1, Discount.of_amount(eur(200)))
    assert code(exc) == "discount.too_large"
    assert exc.value.params["line_id"] == 1


def test_changes_that_would_leave_a_discount_too_large_are_refused() -> None:
    basket, _ = add(Basket("EUR"), "milk", 199, quantity="2")
    basket = basket.discount_line(1, Discount.of_amount(eur(300)))
    with pytest.raises(TillError, match=r"discount\.too_large"):
        basket.set_quantity(1, Decimal(1))
    with pytest.raises(TillError, match=r"discount\.too_large"):
        basket.override_price(1, eur(100))


def test_discount_values_are_checked() -> None:
    makes: list[Callable[[], object]] = [
        lambda: Discount.of_percent(Decimal(0)),
        lambda: Discount.of_percent(Decimal("100.01")),
        lambda: Discount.of_percent(Decimal("NaN")),
        lambda: Discount.of_amount(eur(0)),
        lambda: Discount.of_amount(eur(-5)),
        lambda: Discount("percent", percent=Decimal(5), amount=eur(5)),
    ]
    for make in makes:
        with pytest.raises(TillError) as exc:
            make()
        assert code(exc) == "discount.bad_value"


def test_basket_discount_percent_is_taken_after_line_discounts() -> None:
    basket, _ = add(Basket("EUR"), "milk", 1000)
    basket, _ = add(basket, "bread", 500, vat=A)
    basket = basket.discount_line(1, Discount.of_amount(eur(200)))
    basket = basket.discount_basket(Discount.of_percent(Decimal(10)))
    totals = basket.totals()
    assert totals.subtotal == eur(1500)
    assert totals.line_discounts == eur(200)
    assert totals.basket_discount == eur(130)
    assert totals.total == eur(1170)
    assert totals.line_totals == {1: eur(720), 2: eur(450)}


def test_basket_discount_allocation_puts_the_remainder_on_the_largest_line() -> None:
    basket, _ = add(Basket("EUR"), "a", 100, vat=A)
    basket, _ = add(basket, "b", 300, vat=B)
    basket, _ = add(basket, "c", 100, vat=A)
    basket = basket.discount_basket(Discount.of_amount(eur(7)))
    totals = basket.totals()
    # proportional shares 1.4 / 4.2 / 1.4 -> floors 1 / 4 / 1, the 1 left over goes to the largest line
    assert totals.line_totals == {1: eur(99), 2: eur(295), 3: eur(99)}
    assert totals.total == eur(493)
    assert sum(totals.line_totals.values(), eur(0)) == totals.total
    assert [(v.rate.code, v.gross, v.vat) for v in totals.vat] == [
        ("A", eur(198), eur(32)),
        ("B", eur(295), eur(19)),
    ]


def test_basket_discount_never_takes_a_line_below_zero() -> None:
    basket = Basket("EUR")
    for sku in ("a", "b", "c"):
        basket, _ = add(basket, sku, 1)
    basket = basket.discount_basket(Discount.of_amount(eur(2)))
    totals = basket.totals()
    assert totals.total == eur(1)
    assert sorted(m.amount_minor for m in totals.line_totals.values()) == [0, 0, 1]
    assert all(m >= eur(0) for m in totals.line_totals.values())


def test_basket_discount_larger_than_the_basket_is_refused() -> None:
    basket, _ = add(Basket("EUR"), "milk", 199)
    assert basket.discount_basket(Discount.of_amount(eur(199))).totals().total == eur(0)
    with pytest.raises(TillError, match=r"discount\.too_large"):
        basket.discount_basket(Discount.of_amount(eur(200)))
    # voiding a line under an amount discount that would no longer fit is refused too
    basket, _ = add(basket, "bread", 249)
    basket = basket.discount_basket(Discount.of_amount(eur(300)))
    with pytest.raises(TillError, match=r"discount\.too_large"):
        basket.void_line(2)
    assert basket.discount_basket(None).void_line(2).totals().total == eur(199)


def test_basket_discount_in_another_currency_is_refused() -> None:
    basket, _ = add(Basket("EUR"))
    with pytest.raises(CurrencyMismatchError):
        basket.discount_basket(Discount.of_amount(Money(10, "HUF")))


def test_override_price_keeps_the_first_original_price() -> None:
    basket, _ = add(Basket("EUR"), "milk", 199, quantity="2")
    basket = basket.override_price(1, eur(150))
    assert basket.line(1).unit_price == eur(150)
    assert basket.line(1).original_price == eur(199)
    assert basket.line(1).total == eur(300)
    basket = basket.override_price(1, eur(120))
    assert basket.line(1).original_price == eur(199)
    with pytest.raises(TillError, match=r"basket\.bad_price"):
        basket.override_price(1, eur(-1))


def test_override_price_of_a_price_embedded_line_changes_its_printed_total() -> None:
    basket, _ = add(Basket("EUR"), "ham", 1890, fixed_total=437)
    basket = basket.override_price(1, eur(400))
    line = basket.line(1)
    assert (line.fixed_total, line.original_price, line.unit_price, line.gross) == (
        eur(400),
        eur(437),
        eur(1890),
        eur(400),
    )


# --- totals -----------------------------------------------------------------------------------


def test_totals_with_two_vat_rates_and_weighed_items() -> None:
    basket, _ = add(Basket("EUR"), "milk", 119, vat=B, quantity="2")
    basket, _ = add(basket, "beer", 119, vat=A)
    basket, _ = add(basket, "cheese", 2000, vat=B, unit="kg", quantity="0.25")
    totals = basket.totals()
    assert totals.subtotal == eur(857)
    assert totals.total == eur(857)
    assert totals.item_count == Decimal(4)  # 2 pieces + 1 piece + 1 weighed line
    assert [(v.rate.code, v.gross, v.net, v.vat) for v in totals.vat] == [
        ("A", eur(119), eur(100), eur(19)),
        ("B", eur(738), eur(690), eur(48)),  # 48.28
    ]


def test_customer_is_attached_and_detached() -> None:
    basket = Basket("EUR").with_customer("C-17")
    assert basket.customer_id == "C-17"
    assert basket.with_customer(None).customer_id is None


def test_basket_refuses_inconsistent_line_ids() -> None:
    basket, line = add(Basket("EUR"))
    with pytest.raises(ValueError, match="line ids"):
        Basket("EUR", lines=(line,), next_line_id=1)
    with pytest.raises(ValueError, match="line ids"):
        Basket("EUR", lines=(line, line), next_line_id=5)
    assert basket.next_line_id == 2


# --- persistence ------------------------------------------------------------------------------


def test_to_dict_is_json_safe_and_round_trips() -> None:
    basket = Basket("EUR")
    basket, _ = add(basket, "milk", 199, quantity="2")
    basket, _ = add(basket, "cheese", 1299, unit="kg", quantity="0.512")
    basket, _ = add(basket, "ham", 1890, fixed_total=437)
    basket = basket.discount_line(1, Discount.of_percent(Decimal("12.5"), reason="damaged"))
    basket = basket.override_price(2, eur(999))
    basket = basket.void_line(3)
    basket = basket.discount_basket(Discount.of_amount(eur(50), reason="loyalty"))
    basket = basket.with_customer("C-17")
    data = json.loads(json.dumps(basket.to_dict()))
    assert data["lines"][1]["quantity"] == "0.512"
    assert data["lines"][0]["unit_price_minor"] == 199
    restored = Basket.from_dict(data)
    assert restored == basket
    assert restored.totals() == basket.totals()


def test_from_dict_refuses_unknown_versions() -> None:
    data = Basket("EUR").to_dict()
    data["version"] = 99
    with pytest.raises(ValueError, match="version"):
        Basket.from_dict(data)


def test_quantities_the_sync_contract_cannot_carry_are_refused() -> None:
    """A quantity the backend would refuse (more than three decimals) must never reach a sale."""
    from terminal.domain.basket_line import check_quantity, quantity_text

    with pytest.raises(TillError) as err:
        check_quantity("kg", Decimal("0.4567"))
    assert err.value.code == "basket.bad_quantity"
    check_quantity("kg", Decimal("0.457"))
    check_quantity("pc", Decimal("5E+1"))  # typed as 5e1: fifty pieces, fine
    assert quantity_text(Decimal("5E+1")) == "50"
    assert quantity_text(Decimal("1.2000")) == "1.2"
    with pytest.raises(TillError):
        check_quantity("pc", Decimal("1E+12"))
