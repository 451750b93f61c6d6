"""Quantities as the wire writes them: `quantity_str` (integer arithmetic) writes exactly what the
Decimal form wrote, and a published stock level's JSON is exactly its contract model's (`StockData`) dump."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from backend.services.stock import Level
from contract.base import INT64_MAX, quantity_str
from contract.feed import StockData

_MILLI = st.integers(min_value=-INT64_MAX, max_value=INT64_MAX) | st.integers(min_value=-5000, max_value=5000)


@given(milli=_MILLI)
def test_quantity_str_writes_what_the_decimal_form_wrote(milli: int) -> None:
    assert quantity_str(milli) == format(Decimal(milli).scaleb(-3).normalize(), "f")


def test_quantity_str_examples() -> None:
    assert [quantity_str(m) for m in (0, 1000, -1000, 375, -375, 1500, 1010, 10**12)] == [
        "0", "1", "-1", "0.375", "-0.375", "1.5", "1.01", "1000000000",
    ]  # fmt: skip


@given(on_hand=_MILLI, reserved=st.integers(min_value=0, max_value=10**15))
def test_a_levels_feed_data_is_its_models_json_dump(on_hand: int, reserved: int) -> None:
    level = Level("S001", "SKU-1", on_hand, reserved, 7)
    model = StockData(
        sku="SKU-1",
        on_hand=Decimal(on_hand).scaleb(-3).normalize(),
        reserved=Decimal(reserved).scaleb(-3).normalize(),
        available=Decimal(on_hand - reserved).scaleb(-3).normalize(),
    )
    assert level.feed_data() == model.model_dump(mode="json")
