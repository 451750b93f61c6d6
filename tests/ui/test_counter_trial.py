"""What the trial at the counter found (issue 6), driven through the window of a REAL till.

The keyboard-wedge filter is installed as terminal/app.py installs it, with a clock the test sets:
2 ms per key for a scanner, 50 ms per key for a quick person. Keys go to the window that has the
keyboard focus (`press_key`), as on a kiosk without a window manager, so a window that lost the
keyboard fails the test the way it failed the cashier. Every test runs at 1366x768 and 1024x768.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from hardware.scanner_wedge import ScanWedge
from terminal.domain.money import Money
from terminal.ui.approval_dialog import ApprovalDialog
from terminal.ui.bridge import Bridge
from terminal.ui.discount_dialog import DiscountDialog
from terminal.ui.main_window import MainWindow
from terminal.ui.payment_dialog import PaymentDialog
from terminal.ui.price_dialog import PriceDialog
from terminal.ui.quantity_dialog import QuantityDialog
from terminal.ui.search_dialog import SearchDialog
from tests.support.keyboard import GERMAN, US, Layout, press_key, type_like_a_scanner
from tests.support.qt import themed_application
from tests.support.till import Till, open_till, product_named
from tests.ui.layout_checks import close_dialogs

DRILL = product_named("Akku-Bohrschrauber")  # 129,99 €
CONFIG = SimpleNamespace(language="de", currency="EUR", store_name="Baumarkt & Mehr Berlin-Mitte")
SIZES = [(1366, 768), (1024, 768)]


class KeyClock:
    """The wedge's clock: each reading is `step` seconds after the previous one (one per key)."""

    def __init__(self, step: float) -> None:
        self.step = step
        self.now = 100.0

    def __call__(self) -> float:
        self.now += self.step
        return self.now


@pytest.fixture(params=SIZES, ids=lambda size: f"{size[0]}x{size[1]}")
def size(request: pytest.FixtureRequest) -> tuple[int, int]:
    return request.param  # type: ignore[no-any-return]


@pytest.fixture
def clock() -> KeyClock:
    return KeyClock(0.002)


@pytest.fixture(autouse=True)
def themed(qapp: QApplication) -> Iterator[None]:
    """The till's theme and German translations, as terminal/app.py prepares the application."""
    with themed_application(qapp, "de"):
        yield


@pytest.fixture
def window(
    qtbot: QtBot, till: Till, bridge: Bridge, clock: KeyClock, size: tuple[int, int]
) -> Iterator[MainWindow]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    wedge = ScanWedge(clock=clock)
    wedge.sig_scanned.connect(bridge.sig_scan_received)  # as terminal/app.py wires it
    app.installEventFilter(wedge)
    win = MainWindow(till.services, bridge, config=CONFIG)
    qtbot.addWidget(win)
    win.resize(*size)
    win.show()
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win)
    yield win
    close_dialogs()
    app.removeEventFilter(wedge)
    assert win.worker.wait_for_done()


def log_in(qtbot: QtBot, window: MainWindow, till: Till) -> None:
    window.login.pin.setFocus()
    window.login.try_login("1111")
    assert window.showing(window.sale)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.sale.entry)


# --- 1. Shift inside a scan -----------------------------------------------------------------------


@pytest.mark.parametrize("layout", [US, GERMAN], ids=lambda layout: layout.name)
def test_a_badge_with_capitals_and_colon_logs_in_at_scanner_speed(
    qtbot: QtBot, window: MainWindow, layout: Layout
) -> None:
    window.login.pin.setFocus()
    with qtbot.waitSignal(window.login.sig_staff_logged_in) as login:
        type_like_a_scanner("B:STAFF-0002", layout=layout)
    assert login.args[0].name == "Ben Weber"
    assert window.login.pin.text() == ""


@pytest.mark.parametrize("layout", [US, GERMAN], ids=lambda layout: layout.name)
def test_a_receipt_code_arrives_whole_on_the_sale_screen(
    qtbot: QtBot, window: MainWindow, till: Till, layout: Layout
) -> None:
    log_in(qtbot, window, till)
    type_like_a_scanner("R:S001-T01-000001", layout=layout)
    # Whole (a cut or shifted code would be a product look-up at the sale screen): the Returns area
    # opens with that very receipt, and nothing was sold.
    qtbot.waitUntil(lambda: window.showing(window.returns))
    qtbot.waitUntil(lambda: window.returns.banner.text() != "")
    assert "S001-T01-000001" in window.returns.banner.text() + window.returns.entry.text()
    assert till.services.selling.basket().is_empty


# --- 2. typed amounts are never cut short ---------------------------------------------------------


def open_payment(qtbot: QtBot, window: MainWindow, till: Till) -> PaymentDialog:
    log_in(qtbot, window, till)
    window.sale.submit_code(DRILL.barcode)
    press_key(Qt.Key.Key_F12)
    qtbot.waitUntil(lambda: isinstance(window.sale.dialog, PaymentDialog))
    dialog = window.sale.dialog
    assert isinstance(dialog, PaymentDialog)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.entry)
    return dialog


def test_typing_20_and_tapping_cash_at_once_takes_20(
    qtbot: QtBot, window: MainWindow, till: Till, clock: KeyClock
) -> None:
    dialog = open_payment(qtbot, window, till)
    clock.step = 0.05  # a quick person: too slow for a scanner, so the keys are given back
    qtbot.keyClicks(dialog.entry, "20")
    qtbot.mouseClick(dialog.cash_button, Qt.MouseButton.LeftButton)  # within the 100 ms flush
    assert [t.amount.amount_minor for t in dialog.payment.tenders] == [2000]


def test_typing_800_and_tapping_card_asks_for_800(
    qtbot: QtBot, window: MainWindow, till: Till, clock: KeyClock
) -> None:
    dialog = open_payment(qtbot, window, till)
    clock.step = 0.05
    qtbot.keyClicks(dialog.entry, "800")
    qtbot.mouseClick(dialog.card_button, Qt.MouseButton.LeftButton)
    assert "800,00" in dialog.error.text()


# --- 3. the F-keys work after every dialog --------------------------------------------------------


def close_with_escape(qtbot: QtBot, dialog: QDialog) -> None:
    press_key(Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog) or not dialog.isVisible())


def test_function_keys_work_after_every_dialog_closes(qtbot: QtBot, window: MainWindow, till: Till) -> None:
    log_in(qtbot, window, till)
    screen = window.sale
    screen.submit_code(DRILL.barcode)
    for key, kind in [
        (Qt.Key.Key_F2, SearchDialog),
        (Qt.Key.Key_F3, QuantityDialog),
        (Qt.Key.Key_F4, DiscountDialog),
        (Qt.Key.Key_F5, DiscountDialog),
        (Qt.Key.Key_F6, (ApprovalDialog, PriceDialog)),
        (Qt.Key.Key_F9, QMessageBox),
        (Qt.Key.Key_F12, PaymentDialog),
    ]:
        press_key(key)
        qtbot.waitUntil(lambda kind=kind: isinstance(QApplication.activeModalWidget(), kind))
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QDialog)
        close_with_escape(qtbot, dialog)
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
        assert QApplication.focusWidget() is screen.entry, f"after {kind}: the scan field has the keys"
    press_key(Qt.Key.Key_F2)  # and the keys still act
    qtbot.waitUntil(lambda: isinstance(screen.dialog, SearchDialog))


# --- 6. small defects -----------------------------------------------------------------------------


def test_the_discount_dialog_shows_the_chosen_kind_and_reason(
    qtbot: QtBot, window: MainWindow, till: Till
) -> None:
    log_in(qtbot, window, till)
    window.sale.submit_code(DRILL.barcode)
    press_key(Qt.Key.Key_F4)
    qtbot.waitUntil(lambda: isinstance(window.sale.dialog, DiscountDialog))
    dialog = window.sale.dialog
    assert isinstance(dialog, DiscountDialog)
    assert dialog.chosen_labels() == ["✓ Prozent %"]  # the default kind is marked
    damaged = next(b for b, key in dialog._reasons.items() if key == "damaged")
    qtbot.mouseClick(damaged, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.amount_button, Qt.MouseButton.LeftButton)
    assert dialog.chosen_labels() == ["✓ Betrag €", "✓ Beschädigt"]
    # Not by the tick alone: a chosen button is filled, an unchosen one is white.
    chosen, other = dialog.amount_button.grab().toImage(), dialog.percent_button.grab().toImage()
    assert chosen.pixelColor(6, chosen.height() // 2).name() == "#2f5d9e"
    assert other.pixelColor(6, other.height() // 2).name() == "#ffffff"


def test_the_payment_dialog_opens_without_an_empty_error_bar(
    qtbot: QtBot, window: MainWindow, till: Till
) -> None:
    dialog = open_payment(qtbot, window, till)
    assert not dialog.error.isVisible()
    qtbot.keyClicks(dialog.entry, "abc")
    qtbot.mouseClick(dialog.cash_button, Qt.MouseButton.LeftButton)
    assert dialog.error.isVisible()  # a refusal shows, with its words
    assert dialog.error.text()


def test_the_next_cashier_sees_a_clean_screen(qtbot: QtBot, window: MainWindow, till: Till) -> None:
    log_in(qtbot, window, till)
    screen = window.sale
    screen.submit_code("4000000999990")  # unknown: a red banner, the code left in the field
    assert screen.banner.isVisible()
    assert screen.entry.text()
    qtbot.mouseClick(screen.logout_button, Qt.MouseButton.LeftButton)
    assert window.showing(window.login)
    window.login.try_login("2222")
    assert window.showing(screen)
    assert screen.entry.text() == ""
    assert not screen.banner.isVisible()


def test_the_sync_screen_says_what_the_status_bar_says(
    qtbot: QtBot, window: MainWindow, till: Till, bridge: Bridge
) -> None:
    till.services.staff.login("9999")
    window.on_login_staff_logged_in(till.services.staff.current)
    bridge.publish_sync_state(online=False, pending=3)
    qtbot.waitUntil(lambda: "3" in window.status.sync.text())
    window.open_sync_screen()
    qtbot.waitUntil(lambda: type(QApplication.activeModalWidget()).__name__ == "SyncScreen")
    screen = QApplication.activeModalWidget()
    assert window.status.sync.text() == "Offline — 3 warten"
    assert screen.online_label.text().startswith("Offline — 3 warten")  # type: ignore[union-attr]
    bridge.publish_sync_state(online=True, pending=0)
    qtbot.waitUntil(lambda: window.status.sync.text() == "Online")


# --- 7. a card payment approved before a crash ----------------------------------------------------


def test_a_card_payment_approved_before_a_restart_stays_visible(
    qtbot: QtBot, tmp_path: Path, bridge: Bridge, size: tuple[int, int]
) -> None:
    path = tmp_path / "restart.sqlite3"
    first = open_till(path)
    first.services.staff.login("1111")
    first.services.selling.scan(DRILL.barcode)  # 129,99 €
    first.services.checkout.begin()
    first.services.checkout.add_card(Money(5000, "EUR"))  # approved at the card terminal
    first.db.close()  # the till goes down before the sale is completed

    again = open_till(path, seed=False)
    try:
        win = MainWindow(again.services, bridge, config=CONFIG)
        qtbot.addWidget(win)
        win.resize(*size)
        win.show()
        again.services.staff.login("1111")
        win.on_login_staff_logged_in(again.services.staff.current)
        totals = win.sale.totals
        assert totals.total.text() == "129,99\xa0€"
        assert totals.paid.isVisible()
        assert totals.paid.text() == "Bezahlt 50,00\xa0€ · noch zu zahlen 79,99\xa0€"
        assert win.sale.banner.kind == "banner-warn"
        assert "50,00\xa0€" in win.sale.banner.text()
        win.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is win)
        press_key(Qt.Key.Key_F12)
        qtbot.waitUntil(lambda: isinstance(win.sale.dialog, PaymentDialog))
        dialog = win.sale.dialog
        assert isinstance(dialog, PaymentDialog)
        assert [t.amount.amount_minor for t in dialog.payment.tenders] == [5000]
        assert "79,99" in dialog.due_label.text()
        close_dialogs()
        assert win.worker.wait_for_done()
    finally:
        again.db.close()


# --- 5. the drawer that did not open is said at once ----------------------------------------------


def test_a_drawer_that_could_not_open_is_said_in_words(
    qtbot: QtBot, window: MainWindow, till: Till, bridge: Bridge
) -> None:
    import threading

    log_in(qtbot, window, till)
    reporter = threading.Thread(target=bridge.publish_drawer_failed, args=("printer.offline",))
    with qtbot.waitSignal(bridge.sig_drawer_failed):
        reporter.start()
        reporter.join()
    assert window.sale.banner.kind == "banner-error"
    assert window.sale.banner.text() == (
        "Die Kassenlade hat sich nicht geöffnet (Drucker offline). Öffnen Sie sie mit dem Schlüssel."
    )


def test_the_sync_screen_shows_what_is_held_back_as_the_engine_reports_it(
    qtbot: QtBot, window: MainWindow, till: Till, bridge: Bridge
) -> None:
    from sync.versions import HeldBack

    till.services.staff.login("9999")
    window.on_login_staff_logged_in(till.services.staff.current)
    held = HeldBack(seq=5, type="visit.completed", schema=1, accepted=(), count=3)
    with qtbot.waitSignal(bridge.sig_sync_state_changed):
        bridge.publish_sync_state(online=True, pending=3, held_back=held)  # as terminal/app.py passes it
    window.open_sync_screen()
    qtbot.waitUntil(lambda: type(QApplication.activeModalWidget()).__name__ == "SyncScreen")
    screen = QApplication.activeModalWidget()
    assert screen.held_label.isVisible()  # type: ignore[union-attr]
    assert "#5" in screen.held_label.text()  # type: ignore[union-attr]
    assert "3" in screen.held_label.text()  # type: ignore[union-attr]
