"""The stock line under the product search says how many there are and how fresh the figure is."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

from pytestqt.qtbot import QtBot

from terminal.services.stock import StockInfo, StoreLevel
from terminal.ui.formatting import MoneyFormat
from terminal.ui.search_dialog import SearchDialog
from terminal.ui.stock_line import StockLine
from terminal.ui.worker import Worker
from tests.support.till import Till, product_named


def test_highlighting_a_result_shows_the_cached_stock_with_its_age(qtbot: QtBot, till: Till) -> None:
    worker = Worker()
    dialog = SearchDialog(
        till.services.catalogue,
        MoneyFormat("en", "EUR"),
        worker,
        stock=till.services.stock,  # no backend: the till's cached figure
        store_id="S001",
    )
    qtbot.addWidget(dialog)
    dialog.show()
    drill = product_named("Bohrschrauber GSR 12V")
    with qtbot.waitSignal(dialog.sig_results_shown):
        dialog.query.setText("Bohrschrauber GSR 12V")
    assert dialog.model.hits[0].sku == drill.sku
    line = dialog.stock_line
    assert line is not None
    qtbot.waitUntil(lambda: line.text().startswith("Stock here:"), timeout=3000)
    assert "offline" in line.text() or "age unknown" in line.text()
    assert worker.wait_for_done()


class _Live:
    def __init__(self) -> None:
        self.asked: list[str] = []

    def stock_for(self, sku: str) -> StockInfo:
        self.asked.append(sku)
        levels = (
            StoreLevel("S001", Decimal(7), Decimal(1), Decimal(6)),
            StoreLevel("S002", Decimal(3), Decimal(0), Decimal(3)),
        )
        return StockInfo(sku, levels, datetime.now(UTC), "live", Decimal(0))


def test_live_figures_for_every_store_and_only_the_last_highlight_counts(qtbot: QtBot) -> None:
    live = _Live()
    line = StockLine(live, Worker(), store_id="S001")
    qtbot.addWidget(line)
    line.show_for("A")
    line.show_for("B")  # arrowing on before the look-up fired: only B is asked
    qtbot.waitUntil(lambda: "live" in line.text(), timeout=3000)
    assert live.asked == ["B"]
    assert line.text() == "Stock here: 6 (live)  ·  S002: 3"
