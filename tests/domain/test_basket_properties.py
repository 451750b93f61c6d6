"""Properties of baskets built through the public API: exact allocation, no negative line, round trip."""

from __future__ import annotations

import json
from decimal import Decimal

from hypothesis import assume, given
from hypothesis import strategies as st

from terminal.domain.basket import Basket, Discount
from terminal.domain.errors import TillError
from terminal.domain.money import Money
from terminal.domain.pricing import allocate
from terminal.domain.tax import COUNTRY_RATES

RATES = COUNTRY_RATES["DE"] + COUNTRY_RATES["HU"]


@st.composite
def baskets(draw: st.DrawFn) -> Basket:
    currency = draw(st.sampled_from(["EUR", "HUF"]))
    basket = Basket(currency)
    for i in range(draw(st.integers(min_value=0, max_value=8))):
        weighed = draw(st.booleans())
        quantity = (
            Decimal(draw(st.integers(min_value=1, max_value=5000))) / 1000
            if weighed
            else Decimal(draw(st.integers(min_value=1, max_value=20)))
        )
        basket, line = basket.add(
            sku=f"sku{draw(st.integers(min_value=0, max_value=3))}",
            name=f"item {i}",
            barcode=None,
            unit_price=Money(draw(st.integers(min_value=0, max_value=50_000)), currency),
            vat=draw(st.sampled_from(RATES)),
            quantity=quantity,
            unit="kg" if weighed else "pc",
        )
        if draw(st.booleans()):
            discount = draw(discounts(currency))
            try:
                basket = basket.discount_line(line.line_id, discount)
            except TillError as exc:
                if exc.code != "discount.too_large":
                    raise
        if draw(st.integers(min_value=0, max_value=5)) == 0:
            basket = basket.void_line(line.line_id)
    if draw(st.booleans()):
        try:
            basket = basket.discount_basket(draw(discounts(currency)))
        except TillError as exc:
            if exc.code != "discount.too_large":
                raise
    if draw(st.booleans()):
        basket = basket.with_customer(draw(st.text(alphabet="C-0123456789äő", max_size=8)))
    return basket


def discounts(currency: str) -> st.SearchStrategy[Discount]:
    percent = st.decimals(min_value=Decimal("0.01"), max_value=Decimal(100), places=2).map(
        Discount.of_percent
    )
    amount = st.integers(min_value=1, max_value=100_000).map(lambda m: Discount.of_amount(Money(m, currency)))
    return st.one_of(percent, amount)


@given(baskets())
def test_line_totals_sum_exactly_to_the_total_and_none_is_negative(basket: Basket) -> None:
    totals = basket.totals()
    zero = Money.zero(basket.currency)
    assert set(totals.line_totals) == {line.line_id for line in basket.active_lines}
    assert sum(totals.line_totals.values(), zero) == totals.total
    assert all(amount >= zero for amount in totals.line_totals.values())
    assert totals.total >= zero
    assert totals.subtotal - totals.line_discounts - totals.basket_discount == totals.total
    for line in basket.active_lines:
        assert totals.line_totals[line.line_id] <= line.total


@given(baskets())
def test_vat_breakdown_covers_the_total_exactly(basket: Basket) -> None:
    totals = basket.totals()
    zero = Money.zero(basket.currency)
    assert sum((v.gross for v in totals.vat), zero) == totals.total
    for v in totals.vat:
        assert v.net + v.vat == v.gross


@given(baskets())
def test_to_dict_from_dict_round_trips_through_json(basket: Basket) -> None:
    restored = Basket.from_dict(json.loads(json.dumps(basket.to_dict())))
    assert restored == basket
    assert restored.totals() == basket.totals()


@given(
    weights=st.lists(st.integers(min_value=0, max_value=10**7), min_size=1, max_size=12),
    fraction=st.fractions(min_value=0, max_value=1),
)
def test_allocate_is_exact_and_never_exceeds_a_weight(weights: list[int], fraction: object) -> None:
    total = sum(weights)
    assume(total > 0)
    amount = int(total * fraction)  # type: ignore[operator]
    shares = allocate(Money(amount, "EUR"), [Money(w, "EUR") for w in weights])
    assert sum(s.amount_minor for s in shares) == amount
    for share, weight in zip(shares, weights, strict=True):
        assert 0 <= share.amount_minor <= weight
        # within one minor unit of the exact proportion, except where a line ran out of room
        exact = amount * weight / total
        assert share.amount_minor >= int(exact) or share.amount_minor == weight
