"""Issue 10's acceptance: returns and exchanges through the real backend and the till's UI.

One chain backend for the module (`journey_parts.chain`: uvicorn on loopback, migrated and demo-seeded,
the web shop's webhook receiver subscribed) and two real tills of two stores: Berlin (S001/T01) and
Munich (S002/T02), each enrolled with a real code, synced by its real engine one round at a time, its
main window driven by qtbot and its scanner bridge, its returns and vouchers asked of the backend by
the real adapters. The backend is read from outside as a till reads it (returnable lines, voucher
balances) and as the web shop reads it (stock per store).
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from terminal.ui.bridge import Bridge
from tests.acceptance.journey_parts import Chain, WebShop, chain
from tests.acceptance.returns_journey_parts import (
    Lane,
    add_to_visit,
    cells,
    choose,
    lane,
    open_payment,
    open_return,
    row_of,
    sell,
    settle,
)
from tests.support.till import product_named

DRILL = product_named("Akku-Bohrschrauber")  # 129,99 €, electronics (14 days)
MUESLI = product_named("Müsli")  # 3,49 €, general (30 days)


@pytest.fixture(scope="module")
def backend(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Chain]:
    with chain(tmp_path_factory.mktemp("chain")) as served:
        yield served


@pytest.fixture(scope="module")
def shop(backend: Chain) -> Iterator[WebShop]:
    client = WebShop(backend.url, backend.api_key("web shop"))
    yield client
    client.close()


@pytest.fixture(scope="module")
def berlin(backend: Chain, tmp_path_factory: pytest.TempPathFactory, qapp: QApplication) -> Iterator[Lane]:
    bridge = Bridge()
    with lane(backend, tmp_path_factory.mktemp("berlin"), "S001", "T01", bridge) as at:
        yield at
    bridge.deleteLater()


@pytest.fixture(scope="module")
def munich(backend: Chain, tmp_path_factory: pytest.TempPathFactory, qapp: QApplication) -> Iterator[Lane]:
    bridge = Bridge()
    with lane(backend, tmp_path_factory.mktemp("munich"), "S002", "T02", bridge) as at:
        yield at
    bridge.deleteLater()


@pytest.fixture
def tills(qtbot: QtBot, berlin: Lane, munich: Lane) -> Iterator[tuple[Lane, Lane]]:
    berlin.qtbot = munich.qtbot = qtbot
    yield berlin, munich
    for at in (berlin, munich):
        assert at.window.worker.wait_for_done()
        assert at.till.services.selling.visit().returns == (), "a test left a return in the visit"


def test_1_a_partial_return_of_a_receipt_bought_in_another_store(
    tills: tuple[Lane, Lane], shop: WebShop
) -> None:
    """Three drills sold at Berlin's till and synced; one comes back at Munich's till: the receipt's
    `R:` code scanned at the sale screen opens the Returns area with what was paid, returned and is
    left; one unit, paid out in cash; synced: the backend has 2 left, and Munich's stock rose once."""
    berlin, munich = tills
    receipt = sell(berlin, DRILL.barcode, DRILL.barcode, DRILL.barcode)
    berlin.sync()
    munich_stock = Decimal(shop.stock(DRILL.sku, "S002")[0])
    berlin_stock = Decimal(shop.stock(DRILL.sku, "S001")[0])

    open_return(munich, f"R:{receipt}")
    area = munich.window.returns
    assert area.model.rowCount() == 1
    assert "Baumarkt & Mehr Berlin-Mitte" in area.header.text()
    row = row_of(munich, "Akku-Bohrschrauber")
    sold, paid, returned, left, back, _ = cells(munich, row)
    assert (sold, returned, left, back) == ("3", "0", "3", "")
    assert "129.99" in paid
    choose(munich, row, 1, "changed_mind")
    add_to_visit(munich)
    (line,) = munich.till.services.selling.visit().returns
    assert line.refund.amount_minor == DRILL.price_minor
    pay = open_payment(munich)
    assert pay.total_label.text() == "Refund €129.99 to the customer"
    assert pay.hint_label.text() == "Suggested: Cash out (as it was paid)"
    number = settle(munich, pay, "cash")
    visit = munich.last_visit()
    assert visit["receipt_number"] == number
    assert visit["total_minor"] == -DRILL.price_minor
    assert [(p["tender"], p["direction"], p["amount_minor"]) for p in visit["payments"]] == [
        ("cash", "out", DRILL.price_minor)
    ]
    munich.sync()

    (after,) = munich.returnable(receipt)
    assert (Decimal(after["returned"]), Decimal(after["claimed"]), Decimal(after["returnable"])) == (1, 0, 2)
    assert Decimal(shop.stock(DRILL.sku, "S002")[0]) == munich_stock + 1
    assert Decimal(shop.stock(DRILL.sku, "S001")[0]) == berlin_stock  # the sale's store is not touched
    munich.sync()  # nothing pushed again moves anything
    assert Decimal(shop.stock(DRILL.sku, "S002")[0]) == munich_stock + 1
