"""Screenshots of the Pickups area at 1366×768 (docs/screenshots/pickups-*.png) and other sizes and
languages, offscreen.

A real till (tests/support/till.py) with web orders brought in as real feed pages, the real main
window, driven through the bridge like a scanner. `./dev demo --screenshot X.png --screenshot-area
pickups` shows the demo chain's queue (backend/services/seed.py) as its till gets it from the backend.
Further cases `LANGUAGE:WIDTH` after the folder (German at 1366 and 1024 px when none is given); any but
German at 1366 px carry it in their names (`pickups-handover-de-1024.png`).

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m tests.support.pickup_screenshots docs/screenshots
    QT_QPA_PLATFORM=offscreen .venv/bin/python -m tests.support.pickup_screenshots /tmp/p hu:1024 en:1366
"""

from __future__ import annotations

import sys
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path
from types import SimpleNamespace

from PySide6.QtWidgets import QApplication

from contract.pickup import qr_payload
from terminal.ui.bridge import Bridge
from terminal.ui.i18n import remove_translators
from terminal.ui.main_window import MainWindow, prepare_application
from tests.support.till import TickingClock, open_till, product_named
from tests.support.web_orders import CODE, customer, feed, order_data


def _settle(app: QApplication, window: MainWindow) -> None:
    for _ in range(20):
        app.processEvents()
    window.worker.wait_for_done()
    for _ in range(20):
        app.processEvents()


def shoot(app: QApplication, out: Path, *, language: str, width: int) -> None:
    """One run of the screens in `language` at `width`×768; German at 1366 px keeps the docs' names."""
    keep = prepare_application(app, language)  # the translators must stay alive until the end
    suffix = "" if (language, width) == ("de", 1366) else f"-{language}-{width}"
    now = datetime.now(UTC)
    with tempfile.TemporaryDirectory() as tmp:
        till = open_till(Path(tmp) / "till.sqlite3", clock=TickingClock(now), language=language)
        p = {
            k: product_named(k)
            for k in ("Akku-Bohrschrauber", "Vollmilch", "Fischer Dübel", "Osram", "Kölln")
        }
        feed(
            till.db,
            customer("C1", "Erika Mustermann"),
            customer("C2", "Jonas Becker"),
            customer("C3", "Aylin Yılmaz"),
            customer("C4", "Kovács Anna"),
            order_data("W-100231", [(p["Akku-Bohrschrauber"], 1), (p["Fischer Dübel"], 2)], customer_id="C1",
                       pickup_by=now + timedelta(days=3)),
            order_data("W-100232", [(p["Osram"], 4)], customer_id="C2", status="picking",
                       pickup_by=now + timedelta(hours=5)),
            order_data("W-100233", [(p["Kölln"], 2), (p["Vollmilch"], 6)], customer_id="C3",
                       pickup_by=now + timedelta(days=2)),
            order_data("W-100228", [(p["Akku-Bohrschrauber"], 1), (p["Vollmilch"], 2)], customer_id="C4",
                       status="ready", paid=False, picked=True, pickup_by=now + timedelta(days=1)),
            order_data("W-100219", [(p["Fischer Dübel"], 1)], customer_id="C2", status="ready", picked=True,
                       pickup_by=now - timedelta(hours=3)),
        )  # fmt: skip
        bridge = Bridge()
        config = SimpleNamespace(language=language, currency="EUR", store_name="Baumarkt & Mehr Berlin-Mitte")
        window = MainWindow(till.services, bridge, config=config)
        window.resize(width, 768)
        window.show()
        bridge.publish_scan("B:STAFF-0001", "wedge")
        _settle(app, window)
        window.areas.buttons["pickups"].click()
        _settle(app, window)
        out.mkdir(parents=True, exist_ok=True)
        window.grab().save(str(out / f"pickups-queue{suffix}.png"))
        area = window.pickups
        area.on_queue_order_chosen("W-100231")
        bridge.publish_scan(p["Akku-Bohrschrauber"].barcode, "wedge")
        bridge.publish_scan(p["Fischer Dübel"].barcode, "wedge")
        bridge.publish_scan(p["Vollmilch"].barcode, "wedge")  # not in this order: refused by name
        _settle(app, window)
        window.grab().save(str(out / f"pickups-picking{suffix}.png"))
        area.show_queue()
        bridge.publish_scan(qr_payload("W-100228", CODE), "wedge")
        bridge.publish_scan(p["Akku-Bohrschrauber"].barcode, "wedge")
        bridge.publish_scan(p["Vollmilch"].barcode, "wedge")
        _settle(app, window)
        window.grab().save(str(out / f"pickups-handover{suffix}.png"))
        window.close()
        till.db.close()
    remove_translators(app, keep)


def main(out: Path, cases: list[str]) -> None:
    """Every case `LANGUAGE:WIDTH` (German at 1366 and 1024 px when none is given)."""
    app = QApplication.instance() or QApplication(sys.argv)
    for case in cases or ["de:1366", "de:1024"]:
        language, width = case.split(":")
        shoot(app, out, language=language, width=int(width))


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots"), sys.argv[2:])
