"""The pickup rules as plain values: picking with a scan check, ready once, and what a handover
collects, refuses and misses."""

from __future__ import annotations

from decimal import Decimal

import pytest

from terminal.domain.errors import TillError
from terminal.domain.pickup import Handover, OrderLine, WebOrder, check_ready, mark_short, pick


def order(state: str = "placed", *, picked: int = 0) -> WebOrder:
    return WebOrder(
        order_number="W-1",
        state=state,
        customer_name="Erika",
        currency="EUR",
        paid=True,
        total_minor=1000,
        pickup_by=None,
        lines=(
            OrderLine(1, "SKU-A", "Drill", Decimal(1), 900, picked=Decimal(min(picked, 1))),
            OrderLine(2, "SKU-B", "Milk", Decimal(2), 50, picked=Decimal(picked)),
        ),
    )


def test_picking_counts_up_to_the_ordered_quantity_and_names_a_wrong_article() -> None:
    o, line = pick(order(), "SKU-B", article_name="Milk")
    o, line = pick(o, "SKU-B", article_name="Milk")
    assert line.picked == 2
    with pytest.raises(TillError) as full:
        pick(o, "SKU-B", article_name="Milk")
    assert full.value.code == "pickup.line_complete"
    with pytest.raises(TillError) as wrong:
        pick(o, "SKU-X", article_name="Akku-Bohrschrauber")
    assert wrong.value.params["name"] == "Akku-Bohrschrauber"


def test_ready_needs_every_unit_picked_or_short_and_is_refused_twice() -> None:
    o, _ = pick(order(), "SKU-A", article_name="Drill")
    with pytest.raises(TillError, match=r"pickup\.not_all_picked"):
        check_ready(o)
    with pytest.raises(TillError, match=r"pickup\.bad_short"):
        mark_short(o, 2, Decimal(3))
    o, _ = mark_short(o, 2, Decimal(2))
    check_ready(o)
    with pytest.raises(TillError, match=r"pickup\.already_ready"):
        check_ready(order("ready", picked=2))
    with pytest.raises(TillError, match=r"pickup\.nothing_picked"):
        check_ready(mark_short(mark_short(order(), 1, Decimal(1))[0], 2, Decimal(2))[0])


def test_a_handover_collects_scanned_or_confirmed_units_and_the_rest_is_missing() -> None:
    h = Handover.start(order("ready", picked=2), "qr", "12345678")
    h, _ = h.scan("SKU-B", article_name="Milk")
    h, _ = h.refuse(2, Decimal(1), "damaged")
    with pytest.raises(TillError, match=r"pickup\.line_complete"):
        h.scan("SKU-B", article_name="Milk")  # one taken + one refused: the line is done
    h, drill = h.confirm_count(1, "no_barcode")
    milk = h.lines[1]
    assert (drill.collected, drill.missing) == (1, 0)
    assert (milk.collected, milk.refused, milk.missing) == (1, 1, 0)
    with pytest.raises(TillError, match=r"pickup\.reason_needed"):
        h.refuse(2, Decimal(1), "")
    fresh = Handover.start(order("ready", picked=2), "code")
    assert fresh.lines[1].missing == 2
    assert not fresh.collected_any
    with pytest.raises(TillError, match=r"pickup\.not_handable"):
        Handover.start(order("cancelled"), "qr")
