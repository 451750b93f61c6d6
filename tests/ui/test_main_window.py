"""The main window on a REAL till wires login, the work areas, the status bar and the bridge's signals,
and routes scans by meaning."""

from __future__ import annotations

from collections.abc import Iterator
from types import SimpleNamespace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from terminal.ui.bridge import Bridge
from terminal.ui.main_window import MainWindow, UiSettings
from terminal.ui.payment_dialog import PaymentDialog
from tests.support.till import Till, product_named

CONFIG = SimpleNamespace(language="en", currency="EUR", store_name="Demo Store")
MILK = product_named("Vollmilch")
DRILL = product_named("Akku-Bohrschrauber")


@pytest.fixture
def window(qtbot: QtBot, till: Till, bridge: Bridge) -> Iterator[MainWindow]:
    win = MainWindow(till.services, bridge, config=CONFIG)
    qtbot.addWidget(win)
    win.show()
    yield win
    assert win.worker.wait_for_done()


def test_login_then_sell_then_logout(qtbot: QtBot, window: MainWindow, bridge: Bridge, till: Till) -> None:
    assert window.showing(window.login)
    bridge.publish_scan("B:STAFF-0001", "wedge")
    qtbot.waitUntil(lambda: window.showing(window.sale))
    assert "Anna" in window.status.staff.text()
    assert window.areas.buttons["sale"].isChecked()  # the mode bar says where the cashier is
    bridge.publish_scan(MILK.barcode, "wedge")
    qtbot.waitUntil(lambda: window.sale.model.rowCount() == 1)
    window.sale.logout_button.click()
    assert window.showing(window.login)
    assert till.services.staff.current is None


def test_a_receipt_scanned_while_selling_opens_the_returns_area_and_sells_nothing(
    qtbot: QtBot, window: MainWindow, bridge: Bridge, till: Till
) -> None:
    till.services.staff.login("1111")
    window.on_login_staff_logged_in(till.services.staff.current)
    bridge.publish_scan("R:S001-T01-000007", "wedge")
    qtbot.waitUntil(lambda: window.showing(window.returns))
    # No backend and not one of this till's receipts: it cannot be checked, a manager must approve.
    qtbot.waitUntil(lambda: "cannot be checked" in window.returns.banner.text())
    assert till.services.selling.basket().is_empty


def test_what_a_service_changed_reaches_every_area(qtbot: QtBot, window: MainWindow, till: Till) -> None:
    till.services.staff.login("1111")
    window.on_login_staff_logged_in(till.services.staff.current)
    change = till.services.selling.scan(MILK.barcode)  # done elsewhere (another area, a dialog)
    assert window.sale.model.rowCount() == 0
    window.areas.broadcast(change)
    assert window.sale.model.rowCount() == 1


def test_status_bar_renders_bridge_states(qtbot: QtBot, window: MainWindow, bridge: Bridge) -> None:
    with qtbot.waitSignal(bridge.sig_printer_state_changed):
        bridge.publish_printer_state(ready=False, waiting=2)
    assert "2" in window.status.printer.text()
    assert window.status.printer.property("role") == "state-bad"
    with qtbot.waitSignal(bridge.sig_sync_state_changed):
        bridge.publish_sync_state(online=False, pending=5)
    assert "5" in window.status.sync.text()


def test_settings_from_till_config() -> None:
    from terminal.config import TillConfig

    assert UiSettings.from_config(TillConfig()) == UiSettings("de", "EUR", "Demo Store")


def test_a_window_built_after_the_loops_reported_shows_their_states(
    qtbot: QtBot, till: Till, bridge: Bridge
) -> None:
    """The print queue and the sync loop start before the window and report only changes: a printer
    that was off at start must not read "Printer ready"."""
    bridge.publish_printer_state(ready=False, waiting=0, detail="printer.offline")
    bridge.publish_sync_state(online=False, pending=3)
    win = MainWindow(till.services, bridge, config=CONFIG)
    qtbot.addWidget(win)
    assert win.status.printer.property("role") == "state-bad"
    assert win.status.printer.text() == "Printer offline"  # nothing waits: no "0 receipts waiting"
    assert win.status.sync.property("role") != "state-ok"
    assert win.worker.wait_for_done()


def test_a_person_removed_centrally_is_logged_out_after_the_sync_round_that_brought_it(
    qtbot: QtBot, window: MainWindow, bridge: Bridge, till: Till
) -> None:
    from datetime import UTC, datetime

    from contract.feed import ChangePage
    from terminal.storage.feed_apply import FeedScope, apply_page

    till.services.staff.login("1111")
    window.on_login_staff_logged_in(till.services.staff.current)
    bridge.publish_sync_state(online=True, last_success="09:00")  # a round that changed nothing
    assert window.showing(window.sale)
    removed = {"name": "Anna Schmidt", "role": "cashier", "all_stores": True, "active": False}
    page = {"changes": [{"entity": "staff", "key": "anna", "version": 2, "op": "upsert", "data": removed}],
            "next_cursor": "v1.0.1", "has_more": False}  # fmt: skip
    apply_page(
        till.db, ChangePage.model_validate(page), scope=FeedScope("S001", "DE", "EUR"), now=datetime.now(UTC)
    )
    bridge.publish_sync_state(online=True, last_success="09:01")
    qtbot.waitUntil(lambda: window.showing(window.login))
    assert till.services.staff.current is None
    assert "Anna Schmidt" in window.login.error.text()
    assert window.login.error.isVisibleTo(window)


def _paying(qtbot: QtBot, window: MainWindow, bridge: Bridge) -> PaymentDialog:
    bridge.publish_scan("B:STAFF-0001", "wedge")
    qtbot.waitUntil(lambda: window.showing(window.sale))
    bridge.publish_scan(MILK.barcode, "wedge")
    qtbot.waitUntil(lambda: window.sale.model.rowCount() == 1)
    qtbot.keyClick(window.sale.entry, Qt.Key.Key_F12)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), PaymentDialog))
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, PaymentDialog)
    return dialog


def test_an_article_scanned_while_paying_goes_into_the_basket_when_the_cashier_goes_back(
    qtbot: QtBot, window: MainWindow, bridge: Bridge, till: Till
) -> None:
    """Found at the counter: the payment dialog swallowed a wedge scan of an article with a beep."""
    dialog = _paying(qtbot, window, bridge)
    bridge.publish_scan(DRILL.barcode, "wedge")
    assert dialog.error.isVisible()
    assert f"{DRILL.name} is an article, not a voucher." in dialog.error.text()
    assert [ln.sku for ln in till.services.selling.basket().lines] == [MILK.sku]  # not while paying
    qtbot.mouseClick(dialog.back_button, Qt.MouseButton.LeftButton)  # "Back to basket (Esc)"
    qtbot.waitUntil(lambda: window.sale.model.rowCount() == 2)
    assert [ln.sku for ln in till.services.selling.basket().lines] == [MILK.sku, DRILL.sku]
    assert QApplication.activeModalWidget() is None


def test_an_article_kept_while_paying_but_not_sold_is_named_after_the_sale(
    qtbot: QtBot, window: MainWindow, bridge: Bridge, till: Till
) -> None:
    dialog = _paying(qtbot, window, bridge)
    bridge.publish_scan(DRILL.barcode, "wedge")
    qtbot.keyClicks(dialog.entry, "5")
    with qtbot.waitSignal(dialog.sig_sale_completed):
        qtbot.keyClick(dialog.entry, Qt.Key.Key_Return)  # the milk is paid; the drill was never in it
    dialog.accept()
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
    banner = window.sale.banner
    assert banner.kind == "banner-warn"
    assert f"Scanned while paying, not in it: {DRILL.name}. Scan again for a new sale." in banner.text()
    assert till.services.selling.basket().is_empty
