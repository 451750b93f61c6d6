"""The keypad types into its target without taking focus, and reports Enter."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from terminal.ui.keypad import Keypad


def test_keys_type_into_the_target(qtbot: QtBot) -> None:
    keypad = Keypad(decimal_point=",")
    qtbot.addWidget(keypad)
    field = QLineEdit()
    qtbot.addWidget(field)
    keypad.set_target(field)
    for key in ("1", "2", ",", ",", "5", "00"):
        qtbot.mouseClick(keypad.buttons[key], Qt.MouseButton.LeftButton)
    assert field.text() == "12,500"
    qtbot.mouseClick(keypad.buttons["back"], Qt.MouseButton.LeftButton)
    assert field.text() == "12,50"
    qtbot.mouseClick(keypad.buttons["clear"], Qt.MouseButton.LeftButton)
    assert field.text() == ""


def test_enter_is_signalled(qtbot: QtBot) -> None:
    keypad = Keypad()
    qtbot.addWidget(keypad)
    with qtbot.waitSignal(keypad.sig_enter_pressed):
        qtbot.mouseClick(keypad.buttons["enter"], Qt.MouseButton.LeftButton)


def test_buttons_never_take_focus(qtbot: QtBot) -> None:
    keypad = Keypad(decimal_point=".")
    qtbot.addWidget(keypad)
    assert all(b.focusPolicy() == Qt.FocusPolicy.NoFocus for b in keypad.buttons.values())
    assert all(b.minimumSizeHint().height() > 0 for b in keypad.buttons.values())


def test_without_extras_zero_spans_the_row(qtbot: QtBot) -> None:
    keypad = Keypad(double_zero=False)
    qtbot.addWidget(keypad)
    assert "00" not in keypad.buttons
    assert set("0123456789") <= set(keypad.buttons)
