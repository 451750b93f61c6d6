"""Screenshots of returns and an exchange at 1366×768 (docs/screenshots/returns-*.png, exchange-*.png)
and other sizes and languages.

A real till (tests/support/till.py, in the case's language, no backend: its own receipt is found in its
history), the real main window, driven through the bridge like a scanner: a basket with the clearance
coffee (final sale) is paid; its receipt code scanned again opens the Returns area
(`returns-original.png`); the drill chosen, one unit, "Defekt" (`returns-chosen.png`); into the visit, a
lamp and dowels scanned instead (`exchange-sale.png`), and the payment dialog paying the difference
back, the original's tender suggested (`exchange-payment.png`), then settled: some in cash, the rest as
store credit (`exchange-settled.png`). Further cases `LANGUAGE:WIDTH` after the folder (German at 1366
and 1024 px when none is given); any but German at 1366 px carry it in their names
(`returns-chosen-de-1024.png`).

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m tests.support.returns_screenshots docs/screenshots
    QT_QPA_PLATFORM=offscreen .venv/bin/python -m tests.support.returns_screenshots /tmp/r hu:1024 id:1024
"""

from __future__ import annotations

import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path
from types import SimpleNamespace

from PySide6.QtWidgets import QApplication
from sqlalchemy import text

from terminal.ui.bridge import Bridge
from terminal.ui.i18n import remove_translators
from terminal.ui.main_window import MainWindow, prepare_application
from terminal.ui.payment_dialog import PaymentDialog
from tests.support.till import TickingClock, open_till, product_named


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
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        till = open_till(Path(tmp) / "till.sqlite3", clock=TickingClock(datetime.now(UTC)), language=language)
        p = {
            k: product_named(k)
            for k in ("Akku-Bohrschrauber", "Fischer Dübel", "Osram", "Tchibo Kaffee", "Vollmilch")
        }
        with till.db.write() as session:  # the feed's return groups (the backend's demo chain has them)
            session.execute(
                text(
                    "INSERT INTO product_group (group_id, name, return_days, final_sale, version) "
                    "VALUES ('clearance', 'Restposten (kein Umtausch)', NULL, 1, 1)"
                )
            )
            coffee = {"sku": p["Tchibo Kaffee"].sku}
            session.execute(text("UPDATE product SET group_id = 'clearance' WHERE sku = :sku"), coffee)
        bridge = Bridge()
        config = SimpleNamespace(language=language, currency="EUR", store_name="Baumarkt & Mehr Berlin-Mitte")
        window = MainWindow(till.services, bridge, config=config)
        window.resize(width, 768)
        window.show()
        bridge.publish_scan("B:STAFF-0001", "wedge")
        _settle(app, window)
        for name in ("Akku-Bohrschrauber", "Fischer Dübel", "Fischer Dübel", "Osram", "Tchibo Kaffee"):
            bridge.publish_scan(p[name].barcode, "wedge")
        s = till.services
        s.checkout.add_cash(s.checkout.begin().remaining)
        sold = s.checkout.complete()
        window.sale.refresh()
        _settle(app, window)

        bridge.publish_scan(f"R:{sold.receipt_number}", "wedge")
        _settle(app, window)
        area = window.returns
        assert window.showing(area), area.banner.text()
        assert area.model.rowCount() > 0, area.banner.text()
        window.grab().save(str(out / f"returns-original{suffix}.png"))
        area.table.selectRow(0)
        area.change_quantity(+1)
        area.choose_reason("defective")
        _settle(app, window)
        window.grab().save(str(out / f"returns-chosen{suffix}.png"))

        area.do_add()
        _settle(app, window)
        assert window.showing(window.sale), area.banner.text()
        bridge.publish_scan(p["Osram"].barcode, "wedge")  # the customer takes a lamp and dowels instead
        bridge.publish_scan(p["Fischer Dübel"].barcode, "wedge")
        _settle(app, window)
        window.grab().save(str(out / f"exchange-sale{suffix}.png"))
        window.sale.do_pay()
        _settle(app, window)
        dialog = window.sale.dialog
        assert isinstance(dialog, PaymentDialog)
        dialog.grab().save(str(out / f"exchange-payment{suffix}.png"))
        dialog.entry.setText("15,21")  # 15,21 € in cash, the rest as store credit (a voucher slip)
        dialog.on_cash_clicked()
        dialog.on_credit_clicked()
        _settle(app, window)
        assert dialog.completed is not None, dialog.error.text()
        dialog.grab().save(str(out / f"exchange-settled{suffix}.png"))
        dialog.accept()
        _settle(app, window)
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
