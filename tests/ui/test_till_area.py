"""The Till area on a REAL till, driven like a cashier does: open the day with a float typed per
denomination (keys and keypad), a sale, cash out above the limit with a manager's PIN, an X report,
then the Z: cash counted blind, the card total typed, a difference refused without a reason and
closed with one; selling refused after the Z. And it fits the kiosk screens, translated."""

from __future__ import annotations

from collections.abc import Iterator
from types import SimpleNamespace

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from terminal.domain.money import Money
from terminal.domain.till_day import MovementKind
from terminal.storage import outbox, print_jobs
from terminal.ui.approval_dialog import ApprovalDialog
from terminal.ui.bridge import Bridge
from terminal.ui.cash_count_dialog import CashCountDialog
from terminal.ui.cash_move_dialog import CashMoveDialog
from terminal.ui.close_day_dialog import CloseDayDialog
from terminal.ui.i18n import remove_translators
from terminal.ui.main_window import MainWindow, prepare_application
from tests.support.till import Till, product_named
from tests.ui.layout_checks import close_dialogs, problems

MUESLI = product_named("Kölln Müsli")  # 3.49
EUR = "EUR"


def _window(qtbot: QtBot, till: Till, bridge: Bridge, language: str, size: tuple[int, int]) -> MainWindow:
    config = SimpleNamespace(language=language, currency=EUR, store_name="Baumarkt & Mehr Berlin-Mitte")
    win = MainWindow(till.services, bridge, config=config)
    qtbot.addWidget(win)
    win.setFixedSize(*size)
    win.show()
    till.services.staff.login("1111")
    win.on_login_staff_logged_in(till.services.staff.current)
    win.areas.buttons["till"].click()
    qtbot.waitUntil(lambda: win.areas.current() is win.till_area)
    return win


@pytest.fixture
def window(qtbot: QtBot, till: Till, bridge: Bridge) -> Iterator[MainWindow]:
    win = _window(qtbot, till, bridge, "en", (1366, 768))
    yield win
    close_dialogs()
    assert win.worker.wait_for_done()


def _sell(till: Till, *, cash: int = 0, card: int = 0) -> None:
    s = till.services
    s.selling.scan(MUESLI.barcode)
    if card:
        s.checkout.add_card(Money(card, EUR), "A1")
    if cash:
        s.checkout.add_cash(Money(cash, EUR))
    s.checkout.complete()


def test_open_the_day_x_then_z_with_a_difference(qtbot: QtBot, window: MainWindow, till: Till) -> None:
    area = window.till_area
    assert "No day opened" in area.state_label.text()
    assert not area.buttons["close"].isEnabled()

    qtbot.mouseClick(area.buttons["open"], Qt.MouseButton.LeftButton)
    count = area.dialog
    assert isinstance(count, CashCountDialog)
    qtbot.keyClicks(count.fields[5000], "2")  # 2 x 50 € by keyboard
    qtbot.keyClick(count.fields[5000], Qt.Key.Key_Return)  # Enter: on to the next field
    count.fields[200].setFocus()
    QApplication.processEvents()
    for key in "25":  # 25 x 2 € on the keypad
        count.keypad.press(key)
    assert count.fields[200].text() == "25"
    assert count.total.text() == "Counted: €150.00"
    qtbot.mouseClick(count.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not count.isVisible())
    assert "Float €150.00" in area.state_label.text()
    assert "Anna" in area.state_label.text()

    _sell(till, cash=500)  # 3.49 in cash (1.51 change)
    _sell(till, card=349)
    window.areas.broadcast(object())  # as the sale screen does after a sale
    assert area.findChild(type(area.state_label), "expected_cash").text() == "€153.49"

    qtbot.mouseClick(area.buttons["cash_out"], Qt.MouseButton.LeftButton)
    move = area.dialog
    assert isinstance(move, CashMoveDialog)
    qtbot.keyClicks(move.entry, "120")
    qtbot.keyClick(move.entry, Qt.Key.Key_Return)  # no reason chosen yet
    assert move.error.text() == "Choose a reason from the list."
    move.reason_buttons["bank_deposit"].click()
    qtbot.keyClick(move.entry, Qt.Key.Key_Return)  # 120 € is above the cashier's 100 €: a manager
    approval = QApplication.activeModalWidget()
    assert isinstance(approval, ApprovalDialog)
    qtbot.keyClicks(approval.entry, "9999")
    qtbot.keyClick(approval.entry, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not move.isVisible())
    assert area.banner.text() == "Recorded: €120.00."
    assert area.findChild(type(area.state_label), "expected_cash").text() == "€33.49"

    qtbot.mouseClick(area.buttons["x_report"], Qt.MouseButton.LeftButton)
    assert area.banner.text() == "The X report is printing."

    window.activateWindow()  # offscreen windows are not active by themselves
    qtbot.waitUntil(lambda: QApplication.focusWidget() is area)
    qtbot.keyClick(area, Qt.Key.Key_F9)  # Close day (Z) from the keyboard
    cash = area.dialog
    assert isinstance(cash, CashCountDialog)
    cash.set_pieces({2000: 1, 1000: 1, 200: 1, 100: 1, 20: 2, 5: 1})  # 33.45: 4 cents short
    qtbot.mouseClick(cash.ok_button, Qt.MouseButton.LeftButton)
    close = area.dialog
    assert isinstance(close, CloseDayDialog)
    assert close.findChild(type(area.state_label), "expected_cash").text() == "€33.49"
    assert close.findChild(type(area.state_label), "counted_cash").text() == "€33.45"
    qtbot.keyClicks(close.fields["card"], "3.4.9")  # a slip of the finger: not an amount, not zero
    assert close.differences["card"].text() == "?"
    assert close.total_difference.text() == "Difference: ?"
    qtbot.mouseClick(close.close_button, Qt.MouseButton.LeftButton)
    assert close.error.text() == "“3.4.9” is not an amount: count it again."
    assert till.services.till_day.state().is_open  # nothing closed
    close.fields["card"].clear()
    qtbot.keyClicks(close.fields["card"], "3.49")
    assert close.differences["cash"].text() == "(€0.04)"  # en_US writes a negative amount so
    assert close.differences["card"].text() == "€0.00"
    qtbot.mouseClick(close.close_button, Qt.MouseButton.LeftButton)
    assert "Say why" in close.error.text()  # a difference needs a reason; nothing was closed
    assert till.services.till_day.state().is_open
    qtbot.keyClicks(close.reason, "Coins miscounted")
    qtbot.mouseClick(close.close_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not close.isVisible())
    assert area.banner.text() == "The day is closed. The Z report is printing."
    assert area.state_label.text().startswith("Day closed (Z 1)")
    assert area.buttons["open"].isEnabled()
    assert not area.buttons["cash_in"].isEnabled()

    with till.db.read() as session:
        types = [e.type for e in outbox.pending_events(session)]
        reports = [j for j in print_jobs.list_jobs(session) if j.receipt_number is None]
    assert types.count("till.opened") == 1
    assert types[-1] == "till.closed"
    assert len(reports) == 2  # the X and the Z
    # At the sale screen: the article scans, but Pay is refused before any tender (a card) is taken.
    window.areas.buttons["sale"].click()
    window.sale.submit_code(MUESLI.barcode)
    window.sale.do_pay()
    assert window.sale.banner.text() == ("The day is closed (Z 1). Open a new day in the Till area to sell.")
    assert QApplication.activeModalWidget() is None  # no payment dialog
    assert till.services.checkout.payment_in_progress() is None


@pytest.mark.parametrize("case", [("hu", (1024, 768)), ("de", (1366, 768)), ("id", (1024, 768))])
def test_the_till_area_and_its_dialogs_fit_the_kiosk_screen(
    qtbot: QtBot, till: Till, bridge: Bridge, qapp: QApplication, case: tuple[str, tuple[int, int]]
) -> None:
    language, size = case
    font = qapp.font()
    translators = prepare_application(qapp, language)
    try:
        win = _window(qtbot, till, bridge, language, size)
        screen = QRect(win.mapToGlobal(QPoint(0, 0)), win.size())
        area = win.till_area
        area.on_open_clicked()
        assert isinstance(area.dialog, CashCountDialog)
        QApplication.processEvents()
        assert problems(area.dialog, screen) == []
        area.dialog.set_pieces({5000: 2})
        area.dialog.on_ok_clicked()
        _sell(till, card=349)
        area.refresh()
        QApplication.processEvents()
        found = problems(win, screen)
        assert found == [], "\n".join(found)
        area.on_cash_clicked(MovementKind.CASH_OUT)
        QApplication.processEvents()
        assert problems(area.dialog, screen) == []
        area.dialog.reject()
        area.on_close_clicked()
        area.dialog.on_ok_clicked()
        QApplication.processEvents()
        assert isinstance(area.dialog, CloseDayDialog)
        found = problems(area.dialog, screen)
        assert found == [], "\n".join(found)
        close_dialogs()
        assert win.worker.wait_for_done()
    finally:
        remove_translators(qapp, translators)
        qapp.setStyleSheet("")
        qapp.setFont(font)


@pytest.mark.parametrize("language", ["de", "hu", "id"])
def test_a_day_opened_by_the_first_receipt_says_its_float_was_not_counted(
    qtbot: QtBot, till: Till, bridge: Bridge, qapp: QApplication, language: str
) -> None:
    """ADR 0024: nobody opened the day; the first sale did. The Till area says so, translated, and
    the day can be closed (its Z explains the float); it fits a 1024x768 kiosk."""
    font = qapp.font()
    translators = prepare_application(qapp, language)
    try:
        win = _window(qtbot, till, bridge, language, (1024, 768))
        area = win.till_area
        _sell(till, cash=500)
        area.refresh()
        QApplication.processEvents()
        words = {"de": "mit dem ersten Beleg", "hu": "az első nyugtával", "id": "oleh struk pertama"}
        assert words[language] in area.state_label.text()
        assert "Anna Schmidt" in area.state_label.text()
        assert not area.buttons["open"].isEnabled()
        assert area.buttons["close"].isEnabled()
        screen = QRect(win.mapToGlobal(QPoint(0, 0)), win.size())
        found = problems(win, screen)
        assert found == [], "\n".join(found)
        close_dialogs()
        assert win.worker.wait_for_done()
    finally:
        remove_translators(qapp, translators)
        qapp.setStyleSheet("")
        qapp.setFont(font)
