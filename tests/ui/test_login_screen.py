"""Login by PIN on the keypad, by badge scan, and a clear refusal for a wrong PIN."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from terminal.ui.login_screen import LoginScreen


def tap(qtbot: QtBot, screen: LoginScreen, keys: str) -> None:
    for key in keys:
        qtbot.mouseClick(screen.keypad.buttons[key], Qt.MouseButton.LeftButton)


def test_pin_is_masked(qtbot: QtBot, services: Any) -> None:
    screen = LoginScreen(services.staff)
    qtbot.addWidget(screen)
    assert screen.pin.echoMode() == QLineEdit.EchoMode.Password


def test_login_by_pin_on_the_keypad(qtbot: QtBot, services: Any) -> None:
    screen = LoginScreen(services.staff)
    qtbot.addWidget(screen)
    tap(qtbot, screen, "1234")
    with qtbot.waitSignal(screen.sig_staff_logged_in) as logged_in:
        qtbot.mouseClick(screen.keypad.buttons["enter"], Qt.MouseButton.LeftButton)
    assert logged_in.args[0].name == "Anna"
    assert screen.pin.text() == ""


def test_wrong_pin_is_refused_clearly(qtbot: QtBot, services: Any) -> None:
    screen = LoginScreen(services.staff)
    qtbot.addWidget(screen)
    screen.show()
    with qtbot.assertNotEmitted(screen.sig_staff_logged_in):
        qtbot.keyClicks(screen.pin, "0000")
        qtbot.keyClick(screen.pin, Qt.Key.Key_Return)
    assert screen.error.isVisible()
    assert "not recognised" in screen.error.text()
    assert screen.pin.text() == ""
    tap(qtbot, screen, "1")
    assert not screen.error.isVisible()


def test_badge_scan_logs_in(qtbot: QtBot, services: Any) -> None:
    screen = LoginScreen(services.staff)
    qtbot.addWidget(screen)
    with qtbot.waitSignal(screen.sig_staff_logged_in):
        screen.on_scanner_scanned("BADGE-ANNA", "wedge")
    assert services.staff.current.name == "Anna"
