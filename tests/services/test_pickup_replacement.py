"""A no-charge replacement (the hotline's exchange, `replaces_order_number`) is handed over like any
pickup and costs nothing at the till, even though its lines carry the article's price and it was not
paid online; an ordinary order that was not paid online is still paid at the till."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from contract.pickup import qr_payload
from terminal.domain.money import Money
from terminal.services.pickup_handover import Collector
from tests.support.till import Till, open_till, product_named
from tests.support.web_orders import CODE, customer, feed, order_data

DRILL = product_named("Akku-Bohrschrauber")


@pytest.fixture
def till(tmp_path: Path) -> Iterator[Till]:
    t = open_till(tmp_path / "till.sqlite3")
    t.services.staff.login("1111")
    replacement = order_data("W-1R", [(DRILL, 1)], status="ready", paid=False, picked=True)
    replacement = replacement.model_copy(update={"replaces_order_number": "W-1", "total_minor": 0})
    unpaid = order_data("W-2", [(DRILL, 1)], status="ready", paid=False, picked=True)
    feed(t.db, customer(), replacement, unpaid)
    yield t
    t.db.close()


@pytest.mark.parametrize(("number", "due"), [("W-1R", 0), ("W-2", DRILL.price_minor)])
def test_a_replacement_costs_nothing_at_the_till(till: Till, number: str, due: int) -> None:
    s = till.services
    handover = s.handover.start(s.pickups.find_by_scan(qr_payload(number, CODE)), CODE)
    handover = s.handover.scan(handover, DRILL.barcode)
    s.handover.hand_over(handover, collector=Collector(), claimed=False, handover_id=f"h-{number}")
    assert s.checkout.payment().balance == Money(due, "EUR")
