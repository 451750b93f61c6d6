"""Screenshots of another store's forints at a Berlin till (EUR), offscreen: Kovács Eszter's timeline
with her purchase in the Budapest store (`customers-budapest-<lang>-<width>.png`: the demo chain's real
backend on loopback, migrated and seeded SQLite) and a Budapest receipt opened in the Returns area,
one line chosen and refused (`returns-budapest-<lang>-<width>.png`: a hand-written returns port).
The till knows the chain's stores by name as the feed gives them (ADR 0025). Cases `LANGUAGE:WIDTH`
after the folder (German at 1024 px when none is given).

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m tests.support.foreign_screenshots /tmp/f de:1024 hu:1366
"""

from __future__ import annotations

import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path
from types import SimpleNamespace

from PySide6.QtWidgets import QApplication

from backend.app import create_app
from backend.db import Database as BackendDb
from backend.migrate import upgrade
from backend.services.security import issue_enroll_code
from backend.services.seed import seed_demo
from backend.settings import Settings
from contract.feed import Change, ChangePage
from sync.client import BackendClient
from sync.customers import BackendCustomers
from terminal.storage.feed_apply import FeedScope, apply_page
from terminal.ui.bridge import Bridge
from terminal.ui.i18n import remove_translators
from terminal.ui.main_window import MainWindow, prepare_application
from tests.support.returns_backend import FakeReturnsBackend, budapest_receipt
from tests.support.server import serve_in_thread
from tests.support.till import TickingClock, Till, open_till

STORES = {"S001": "Baumarkt & Mehr Berlin-Mitte", "S101": "Baumarkt & Mehr Budapest"}


def _settle(app: QApplication, window: MainWindow) -> None:
    for _ in range(20):
        app.processEvents()
    window.worker.wait_for_done()
    for _ in range(20):
        app.processEvents()


def _name_stores(till: Till) -> None:
    """The chain's stores by name, as the feed's `store` changes bring them."""
    changes = [
        Change(entity="store", key=k, version=1, op="upsert", data={"name": v}) for k, v in STORES.items()
    ]
    page = ChangePage(changes=changes, next_cursor="v1.1.1", has_more=False)
    scope = FeedScope(store_id="S001", price_list="DE", currency="EUR")
    apply_page(till.db, page, scope=scope, now=datetime.now(UTC))


def _window(app: QApplication, till: Till, language: str, width: int) -> MainWindow:
    config = SimpleNamespace(language=language, currency="EUR", store_name=STORES["S001"])
    window = MainWindow(till.services, Bridge(), config=config)
    window.resize(width, 768)
    window.show()
    till.services.staff.login("1111")
    window.on_login_staff_logged_in(till.services.staff.current)
    _settle(app, window)
    return window


def shoot_timeline(app: QApplication, out: Path, *, language: str, width: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite:///{Path(tmp) / 'backend.sqlite3'}"
        upgrade(url)
        db = BackendDb(url)
        seed_demo(db, products=300, stocked=300)
        with serve_in_thread(create_app(Settings(db_url=url, scheduler=False))) as base_url:
            with db.write() as session:
                code = issue_enroll_code(session, store_id="S001", terminal_id="T01", ttl_minutes=60)
            client = BackendClient(base_url, read_timeout=30)
            client.token = client.enroll(code).token
            till = open_till(Path(tmp) / "till.sqlite3", clock=TickingClock(datetime.now(UTC)),
                             customer_directory=BackendCustomers(client))  # fmt: skip
            _name_stores(till)
            window = _window(app, till, language, width)
            window.areas.show_area("customers")
            area = window.customers
            area.search.setText("Kovács")
            area.on_search_entered()
            for _ in range(400):
                app.processEvents()
                if area.model.rowCount():
                    break
                window.worker.wait_for_done(20)
            area.timeline.selectRow(0)
            _settle(app, window)
            window.grab().save(str(out / f"customers-budapest-{language}-{width}.png"))
            window.close()
            client.close()
            till.db.close()
        db.dispose()


def shoot_returns(app: QApplication, out: Path, *, language: str, width: int) -> None:
    backend = FakeReturnsBackend()
    receipt = budapest_receipt()
    backend.originals[receipt.reference] = receipt
    with tempfile.TemporaryDirectory() as tmp:
        till = open_till(Path(tmp) / "till.sqlite3", returns_backend=backend, language=language)
        _name_stores(till)
        window = _window(app, till, language, width)
        window.areas.show_area("returns")
        area = window.returns
        area.look_up(receipt.reference)
        _settle(app, window)
        area.table.selectRow(0)
        area.change_quantity(+1)
        area.choose_reason("defective")
        area.do_add()  # refused: paid in forints
        _settle(app, window)
        window.grab().save(str(out / f"returns-budapest-{language}-{width}.png"))
        window.close()
        till.db.close()


def main(out: Path, cases: list[str]) -> None:
    app = QApplication.instance() or QApplication(sys.argv)
    out.mkdir(parents=True, exist_ok=True)
    for case in cases or ["de:1024"]:
        language, width = case.split(":")
        keep = prepare_application(app, language)  # the translators must stay alive until the end
        shoot_timeline(app, out, language=language, width=int(width))
        shoot_returns(app, out, language=language, width=int(width))
        remove_translators(app, keep)


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/foreign-screenshots"), sys.argv[2:])
