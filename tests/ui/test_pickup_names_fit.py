"""At the pickup handover the cashier reads each article's whole name, at 1024x768 and 1366x768 in every
language: a realistic long name ("Bosch Akku-Bohrschrauber GSR 12V-15 Professional", was "Bosch Akk…"
in German at 1024 px) wraps in its cell and the row grows to hold it, the figures' titles fit their
sections in the font Qt elides them with, and the name is the row's tooltip too."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from types import SimpleNamespace

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from contract.pickup import qr_payload
from terminal.ui.bridge import Bridge
from terminal.ui.main_window import MainWindow
from tests.support.qt import themed_application
from tests.support.till import TickingClock, Till, closing, open_till, product_named
from tests.support.web_orders import CODE, customer, feed, order_data

DRILL = product_named("Akku-Bohrschrauber")
MILK = product_named("Vollmilch")
SECTION_PADDING_PX = 12  # till.qss: QHeaderView::section { padding: 6px }
CASES = [(w, lang) for w in (1024, 1366) for lang in ("de", "hu", "id", "en")]


@pytest.fixture
def till(tmp_path: Path) -> Iterator[Till]:
    now = datetime.now(UTC)
    t = open_till(tmp_path / "t.sqlite3", clock=TickingClock(now))
    feed(
        t.db,
        customer("C4", "Kovács Anna"),
        order_data("W-100228", [(DRILL, 1), (MILK, 2)], customer_id="C4",
                   status="ready", paid=False, picked=True, pickup_by=now + timedelta(days=1)),
    )  # fmt: skip
    yield from closing(t)


@pytest.mark.parametrize("case", CASES, ids=[f"{lang}-{w}" for w, lang in CASES])
def test_the_handover_shows_each_whole_name(
    qtbot: QtBot, qapp: QApplication, till: Till, case: tuple[int, str]
) -> None:
    width, language = case
    assert len(DRILL.name) > 40, DRILL.name  # the realistic long name this is about
    with themed_application(qapp, language):
        bridge = Bridge()
        config = SimpleNamespace(language=language, currency="EUR", store_name="Baumarkt & Mehr Berlin-Mitte")
        window = MainWindow(till.services, bridge, config=config)
        qtbot.addWidget(window)
        window.resize(width, 768)
        window.show()
        bridge.publish_scan("B:STAFF-0001", "wedge")
        bridge.publish_scan(qr_payload("W-100228", CODE), "wedge")
        order = window.pickups.order
        qtbot.waitUntil(lambda: order.mode == "handover" and order.table.rowCount() == 2)
        bridge.publish_scan(DRILL.barcode, "wedge")
        for _ in range(5):
            QApplication.processEvents()
        assert window.width() == width
        table = order.table
        name = table.item(0, 0)
        assert name.text() == DRILL.name
        room = QRect(0, 0, table.columnWidth(0) - 8, 10_000)  # the cell's text margins
        needed = table.fontMetrics().boundingRect(room, Qt.TextFlag.TextWordWrap, DRILL.name)
        assert needed.width() <= room.width(), (needed, table.columnWidth(0))
        assert needed.height() <= table.rowHeight(0) - 1, (needed, table.rowHeight(0))  # a grid line
        assert min(table.rowHeight(r) for r in range(table.rowCount())) >= 56  # finger-high as before
        header = table.horizontalHeader()
        for column in range(1, table.columnCount()):
            title = table.horizontalHeaderItem(column).text()
            needed_px = header.fontMetrics().horizontalAdvance(title) + SECTION_PADDING_PX
            assert needed_px <= header.sectionSize(column), (title, needed_px, header.sectionSize(column))
        assert name.toolTip() == DRILL.name  # whole where a finger rests on it
        assert window.worker.wait_for_done()
