"""The Stock area's use cases on a real till database: finding a product, the low-stock list, a blind
count queued as a `stock.counted` fact with its moment, adjustments and goods received, and what bad
input gets (a TillError with a stable code, nothing queued)."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from decimal import Decimal

import pytest
from sqlalchemy import text

from terminal.domain.errors import TillError
from terminal.services.stock_desk import BlindCount, ProductRef
from terminal.storage.models.stock import StockLevel
from tests.support.till import Till, product_named

DRILL = product_named("Akku-Bohrschrauber")
MILK = product_named("Vollmilch")
LAPTOP = product_named("Lenovo Laptop")


def _levels(till: Till, *rows: tuple[str, str, str, str]) -> None:
    at = datetime(2026, 12, 2, 9, 41, tzinfo=UTC)
    with till.db.write() as session:
        session.execute(text("DELETE FROM stock_level"))  # the seed's levels: this test sets its own
        for store, sku, on_hand, reserved in rows:
            available = str(Decimal(on_hand) - Decimal(reserved))
            session.add(
                StockLevel(
                    sku=sku, store_id=store, on_hand=on_hand, reserved=reserved, available=available, as_of=at
                )
            )


def _outbox(till: Till) -> list[tuple[str, str, dict[str, object]]]:
    with till.db.read() as session:
        rows = session.execute(text("SELECT type, occurred_at, payload FROM outbox ORDER BY seq")).all()
    return [(r[0], str(r[1]), json.loads(r[2])) for r in rows]


def test_find_by_barcode_sku_or_words(cashier: Till) -> None:
    desk = cashier.services.stock_desk
    assert desk.find(DRILL.barcode) == [ProductRef(DRILL.sku, DRILL.name)]
    assert desk.find(LAPTOP.sku) == [ProductRef(LAPTOP.sku, LAPTOP.name)]
    assert ProductRef(MILK.sku, MILK.name) in desk.find("Vollmilch")
    assert desk.find("   ") == []
    with pytest.raises(TillError) as refused:
        desk.require_product("4000000000000")
    assert refused.value.code == "catalogue.unknown_barcode"


def test_low_stock_is_this_stores_available_below_the_threshold(cashier: Till) -> None:
    _levels(
        cashier,
        ("S001", DRILL.sku, "3", "2"),  # 1 available: low
        ("S001", MILK.sku, "2.5", "0"),  # 2.5 available: low (weights compare as numbers)
        ("S001", LAPTOP.sku, "20", "12"),  # 8 available: fine
        ("S002", LAPTOP.sku, "0", "0"),  # another store's: never listed here
    )
    assert cashier.services.ctx.low_stock_below == Decimal(3)
    low = cashier.services.stock_desk.low_stock()
    assert [(ln.sku, ln.name, ln.available) for ln in low] == [
        (DRILL.sku, DRILL.name, Decimal(1)),
        (MILK.sku, MILK.name, Decimal("2.5")),
    ]


def test_a_blind_count_is_queued_with_its_moment_then_shows_the_differences(cashier: Till) -> None:
    _levels(cashier, ("S001", DRILL.sku, "5", "1"), ("S001", MILK.sku, "12", "0"))
    desk = cashier.services.stock_desk
    count = BlindCount()
    for _ in range(3):
        count.add(ProductRef(DRILL.sku, DRILL.name))
    count.set(ProductRef(MILK.sku, MILK.name), Decimal(12))
    assert count.counted == {DRILL.sku: Decimal(3), MILK.sku: Decimal(12)}
    results = desk.submit_count(count)
    assert [(r.sku, r.counted, r.expected, r.difference) for r in results] == [
        (DRILL.sku, Decimal(3), Decimal(5), Decimal(-2)),  # the shelf figure is on hand, reserved or not
        (MILK.sku, Decimal(12), Decimal(12), Decimal(0)),
    ]
    [(kind, occurred_at, payload)] = _outbox(cashier)
    assert kind == "stock.counted"
    assert occurred_at  # the envelope's moment: the backend books the count against that moment
    assert "schema" not in payload  # schema 1 travels as absence (ADR 0010)
    assert payload["lines"] == [{"sku": DRILL.sku, "counted": "3"}, {"sku": MILK.sku, "counted": "12"}]
    assert payload["staff_id"] == cashier.services.staff.require().staff_id
    assert cashier.sync.wakes == 1


def test_adjustments_and_goods_received_are_queued_as_facts(cashier: Till) -> None:
    desk = cashier.services.stock_desk
    desk.adjust(ProductRef(DRILL.sku, DRILL.name), Decimal(1), "damaged", "out")
    received = BlindCount()
    received.add(ProductRef(LAPTOP.sku, LAPTOP.name))
    received.add(ProductRef(LAPTOP.sku, LAPTOP.name))
    desk.receive_transfer(" S002 ", received, "LS-4711")
    [(k1, _t1, adjusted), (k2, _t2, transfer)] = _outbox(cashier)
    assert (k1, adjusted["lines"]) == (
        "stock.adjusted",
        [{"sku": DRILL.sku, "quantity": "1", "reason": "damaged", "direction": "out"}],
    )
    assert (k2, transfer["from_store_id"], transfer["reference"]) == (
        "stock.transferred_in",
        "S002",
        "LS-4711",
    )
    assert transfer["lines"] == [{"sku": LAPTOP.sku, "quantity": "2"}]


def test_bad_input_is_refused_with_a_code_and_queues_nothing(cashier: Till) -> None:
    desk = cashier.services.stock_desk
    drill = ProductRef(DRILL.sku, DRILL.name)
    cases = [
        (lambda: BlindCount().add(drill, Decimal(0)), "stock.bad_count"),
        (lambda: BlindCount().set(drill, Decimal(-1)), "stock.bad_count"),
        (lambda: desk.submit_count(BlindCount()), "stock.empty_count"),
        (lambda: desk.adjust(drill, Decimal(1), "found", "out"), "stock.bad_reason"),
        (lambda: desk.adjust(drill, Decimal(1), "lost", "out"), "stock.bad_reason"),
        (lambda: desk.adjust(drill, Decimal(0), "theft", "out"), "stock.bad_count"),
        (lambda: desk.receive_transfer("S001", BlindCount(), ""), "stock.no_sender"),
        (lambda: desk.receive_transfer("S002", BlindCount(), ""), "stock.empty_count"),
    ]
    for call, code in cases:
        with pytest.raises(TillError) as refused:
            call()
        assert refused.value.code == code
    assert _outbox(cashier) == []
    cashier.services.staff.logout()
    with pytest.raises(TillError) as refused:
        desk.adjust(drill, Decimal(1), "theft", "out")
    assert refused.value.code == "staff.not_logged_in"
