"""What the trial at the counter found (issue 6), driven through the window of a REAL till.

The keyboard-wedge filter is installed as terminal/app.py installs it, with a clock the test sets:
2 ms per key for a scanner, 50 ms per key for a quick person. Keys go to the window that has the
keyboard focus (`press_key`), as on a kiosk without a window manager, so a window that lost the
keyboard fails the test the way it failed the cashier. Every test runs at 1366x768 and 1024x768.
"""

from __future__ import annotations

from collections.abc import Iterator
from types import SimpleNamespace

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from hardware.scanner_wedge import ScanWedge
from terminal.ui.approval_dialog import ApprovalDialog
from terminal.ui.bridge import Bridge
from terminal.ui.discount_dialog import DiscountDialog
from terminal.ui.main_window import MainWindow
from terminal.ui.payment_dialog import PaymentDialog
from terminal.ui.price_dialog import PriceDialog
from terminal.ui.quantity_dialog import QuantityDialog
from terminal.ui.search_dialog import SearchDialog
from tests.support.keyboard import GERMAN, US, Layout, press_key, type_like_a_scanner
from tests.support.till import Till, product_named
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
    assert window.stack.currentWidget() is window.sale
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
    qtbot.waitUntil(lambda: window.sale.banner.kind == "banner-error")
    assert "R:S001-T01-000001" in window.sale.banner.text()
    assert window.sale.entry.text() == "R:S001-T01-000001"  # whole, selected for the next scan


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
    assert "800,00" in dialog.card_question.text()


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
