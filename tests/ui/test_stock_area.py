"""The Stock area without a backend: the till's feed-confirmed figure says when it was confirmed, the
count stays blind until it is submitted, and bad input gets a sentence in the banner."""

from __future__ import annotations

from datetime import UTC, datetime

from pytestqt.qtbot import QtBot
from sqlalchemy import text

from terminal.storage.models.stock import StockLevel
from terminal.ui.formatting import MoneyFormat
from terminal.ui.stock_area import StockArea
from terminal.ui.worker import Worker
from tests.support.till import Till, product_named

DRILL = product_named("Akku-Bohrschrauber")


def test_offline_figures_blind_count_and_refusals(qtbot: QtBot, till: Till) -> None:
    with till.db.write() as session:
        session.execute(text("DELETE FROM stock_level"))
        at = datetime(2026, 12, 2, 9, 41, tzinfo=UTC)
        session.add(
            StockLevel(sku=DRILL.sku, store_id="S001", on_hand="4", reserved="1", available="3", as_of=at)
        )
    till.services.staff.login("1111")
    area = StockArea(till.services, MoneyFormat("en", "EUR"), Worker())
    qtbot.addWidget(area)
    area.show()
    with qtbot.waitSignal(area.sig_shown, timeout=5000):
        area.on_scanner_scanned(DRILL.barcode)
    [row] = area.levels_tab.levels.rows
    assert row[1:4] == ("4", "1", "3")
    assert row[4].startswith("as of ")
    assert row[4].endswith(", offline")

    area.search.setText("no such article anywhere")
    area.on_search_return_pressed()
    assert area.banner.isVisible()
    assert "not in the catalogue" in area.banner.text()

    area.tabs.setCurrentWidget(area.count_tab)
    area.count_tab.on_submit_count_clicked()  # nothing counted yet
    qtbot.waitUntil(lambda: "Nothing is counted yet" in area.banner.text())
    area.on_scanner_scanned(DRILL.barcode)
    area.on_scanner_scanned(DRILL.barcode)
    assert area.count_tab.count_model.headers == ["Article", "Product", "Counted"]  # no expected figure yet
    assert area.count_tab.count_model.rows == [(DRILL.sku, DRILL.name, "2")]
    area.count_tab.count_view.selectRow(0)
    area.count_tab.qty_field.setText("zwei")
    area.count_tab.on_set_quantity_clicked()
    assert area.banner.text() == "Please type a number."
    area.count_tab.qty_field.setText("-1")
    area.count_tab.on_set_quantity_clicked()
    assert "cannot be counted" in area.banner.text()
    assert area.count_tab.count_model.rows == [(DRILL.sku, DRILL.name, "2")]  # nothing lost
    with qtbot.waitSignal(area.count_tab.count_model.modelReset, timeout=5000):
        area.count_tab.on_submit_count_clicked()
    assert area.count_tab.count_model.rows == [(DRILL.sku, DRILL.name, "2", "4", "-2")]
    assert area.worker.wait_for_done()
