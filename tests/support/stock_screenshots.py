"""Screenshots of the Stock area at 1366×768 (docs/screenshots/stock-*.png), offscreen.

A real till (tests/support/till.py) whose live look-up answers with a chain of named stores (a stand-in
for the backend's `GET /v1/terminal/products/{sku}/stock`, which tests/acceptance/test_stock_area.py
uses for real), the real main window, driven through the bridge like a scanner.

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m tests.support.stock_screenshots docs/screenshots
"""

from __future__ import annotations

import sys
import tempfile
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from types import SimpleNamespace

from PySide6.QtWidgets import QApplication

from terminal.services.stock import StoreLevel
from terminal.ui.bridge import Bridge
from terminal.ui.main_window import MainWindow, prepare_application
from tests.support.till import TickingClock, open_till, product_named

STORES = [
    ("S001", "Baumarkt & Mehr Berlin-Mitte", 20, 12),
    ("S002", "Baumarkt & Mehr Hamburg-Altona", 7, 1),
    ("S003", "Baumarkt & Mehr München-Pasing", 0, 0),
    ("S004", "Baumarkt & Mehr Köln-Ehrenfeld", 14, 3),
    ("S005", "Baumarkt & Mehr Budapest Váci út", 5, 0),
    ("S006", "Baumarkt & Mehr Leipzig-Plagwitz", 2, 2),
    ("S007", "Baumarkt & Mehr Dresden-Neustadt", 9, 0),
]


class _Chain:
    def store_levels(self, sku: str) -> list[StoreLevel]:
        return [
            StoreLevel(sid, Decimal(on), Decimal(res), Decimal(on - res), name)
            for sid, name, on, res in STORES
        ]


def _settle(app: QApplication, window: MainWindow) -> None:
    for _ in range(20):
        app.processEvents()
    window.worker.wait_for_done()
    for _ in range(20):
        app.processEvents()


def main(out: Path) -> None:
    app = QApplication.instance() or QApplication(sys.argv)
    keep = prepare_application(app, "de")  # noqa: F841 - the translators must stay alive
    with tempfile.TemporaryDirectory() as tmp:
        till = open_till(
            Path(tmp) / "till.sqlite3", clock=TickingClock(datetime.now(UTC)), live_stock=_Chain()
        )
        bridge = Bridge()
        config = SimpleNamespace(language="de", currency="EUR", store_name="Baumarkt & Mehr Berlin-Mitte")
        window = MainWindow(till.services, bridge, config=config)
        window.resize(1366, 768)
        window.show()
        bridge.publish_scan("B:STAFF-0001", "wedge")
        _settle(app, window)
        window.areas.buttons["stock"].click()
        _settle(app, window)
        area = window.areas.area("stock")
        bridge.publish_scan(product_named("Lenovo Laptop").barcode, "wedge")
        for _ in range(50):
            _settle(app, window)
            if area.levels_tab.levels.rows:
                break
        out.mkdir(parents=True, exist_ok=True)
        window.grab().save(str(out / "stock-1366.png"))
        area.tabs.setCurrentWidget(area.count_tab)
        for name in ("Lenovo Laptop", "Lenovo Laptop", "Vollmilch"):
            bridge.publish_scan(product_named(name).barcode, "wedge")
        _settle(app, window)
        window.grab().save(str(out / "stock-count-1366.png"))
        window.close()
        till.db.close()


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots"))
