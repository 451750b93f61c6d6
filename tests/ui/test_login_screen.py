"""Login on a REAL till's staff: by PIN on the keypad, by badge scan, and a clear refusal for a wrong PIN."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from terminal.ui.login_screen import LoginScreen
from tests.support.till import Till


def tap(qtbot: QtBot, screen: LoginScreen, keys: str) -> None:
    for key in keys:
        qtbot.mouseClick(screen.keypad.buttons[key], Qt.MouseButton.LeftButton)


def make_screen(qtbot: QtBot, till: Till) -> LoginScreen:
    screen = LoginScreen(till.services.staff)
    qtbot.addWidget(screen)
    screen.show()
    return screen


def test_pin_is_masked(qtbot: QtBot, till: Till) -> None:
    assert make_screen(qtbot, till).pin.echoMode() == QLineEdit.EchoMode.Password


def test_login_by_pin_on_the_keypad(qtbot: QtBot, till: Till) -> None:
    screen = make_screen(qtbot, till)
    tap(qtbot, screen, "1111")
    with qtbot.waitSignal(screen.sig_staff_logged_in) as logged_in:
        qtbot.mouseClick(screen.keypad.buttons["enter"], Qt.MouseButton.LeftButton)
    assert logged_in.args[0].name == "Anna Schmidt"
    assert screen.pin.text() == ""


def test_wrong_pin_is_refused_clearly(qtbot: QtBot, till: Till) -> None:
    screen = make_screen(qtbot, till)
    with qtbot.assertNotEmitted(screen.sig_staff_logged_in):
        qtbot.keyClicks(screen.pin, "0000")
        qtbot.keyClick(screen.pin, Qt.Key.Key_Return)
    assert screen.error.isVisible()
    assert "not recognised" in screen.error.text()
    assert screen.pin.text() == ""
    assert till.services.staff.current is None
    tap(qtbot, screen, "1")
    assert not screen.error.isVisible()


def test_badge_scan_logs_in(qtbot: QtBot, till: Till) -> None:
    screen = make_screen(qtbot, till)
    with qtbot.waitSignal(screen.sig_staff_logged_in):
        screen.on_scanner_scanned("B:STAFF-0002", "wedge")
    assert till.services.staff.current.name == "Ben Weber"
