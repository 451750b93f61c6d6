"""Key events as a keyboard-wedge scanner (or a person) sends them, on a given keyboard layout.

A scanner "types" each character with the keys a keyboard of the configured layout would need:
Shift goes down before a capital or ':' and up after it; on a German layout '@' needs AltGr, which
Windows reports as Ctrl+Alt. The events go through `QTest.sendKeyEvent`, so they take the same path
as real keys (shortcut override, the application's event filters, the focus widget).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

_SHIFT = Qt.KeyboardModifier.ShiftModifier
_NONE = Qt.KeyboardModifier.NoModifier
_CTRL_ALT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier

_KEY_FOR_SYMBOL = {
    ":": Qt.Key.Key_Colon,
    ".": Qt.Key.Key_Period,
    "-": Qt.Key.Key_Minus,
    "@": Qt.Key.Key_At,
    "*": Qt.Key.Key_Asterisk,
    "/": Qt.Key.Key_Slash,
    " ": Qt.Key.Key_Space,
}


@dataclass(frozen=True)
class Layout:
    """Which characters need Shift, and which need AltGr, on one keyboard layout."""

    name: str
    shifted: str
    altgr: str = ""
    altgr_as_ctrl_alt: bool = False  # Windows reports AltGr as Ctrl+Alt


US = Layout("us", shifted=":*@")
GERMAN = Layout("de", shifted=":*", altgr="@")  # ':' is Shift+'.', '*' is Shift+'+', '@' is AltGr+Q
GERMAN_WINDOWS = Layout("de-windows", shifted=":*", altgr="@", altgr_as_ctrl_alt=True)


def _key(char: str) -> Qt.Key:
    if char.isdigit() or char.isalpha():
        return Qt.Key(ord(char.upper()))
    return _KEY_FOR_SYMBOL[char]


def _press(widget: QWidget, key: Qt.Key, text: str, modifiers: Qt.KeyboardModifier) -> None:
    QTest.sendKeyEvent(QTest.KeyAction.Press, widget, key, text, modifiers)


def _release(widget: QWidget, key: Qt.Key, text: str, modifiers: Qt.KeyboardModifier) -> None:
    QTest.sendKeyEvent(QTest.KeyAction.Release, widget, key, text, modifiers)


def type_like_a_scanner(text: str, *, layout: Layout = US, enter: bool = True) -> None:
    """Send `text` (then Enter) to the focus widget, with the modifier keys a real scanner sends."""
    for char in text:
        widget = QApplication.focusWidget()
        assert widget is not None, "no widget has the keyboard focus"
        key = _key(char)
        if char in layout.altgr and layout.altgr_as_ctrl_alt:
            _press(widget, Qt.Key.Key_Control, "", Qt.KeyboardModifier.ControlModifier)
            _press(widget, Qt.Key.Key_Alt, "", _CTRL_ALT)
            _press(widget, key, char, _CTRL_ALT)
            _release(widget, key, char, _CTRL_ALT)
            _release(widget, Qt.Key.Key_Alt, "", Qt.KeyboardModifier.ControlModifier)
            _release(widget, Qt.Key.Key_Control, "", _NONE)
        elif char in layout.altgr:
            _press(widget, Qt.Key.Key_AltGr, "", _NONE)
            _press(widget, key, char, _NONE)
            _release(widget, key, char, _NONE)
            _release(widget, Qt.Key.Key_AltGr, "", _NONE)
        elif char.isupper() or char in layout.shifted:
            _press(widget, Qt.Key.Key_Shift, "", _SHIFT)
            _press(widget, key, char, _SHIFT)
            _release(widget, key, char, _SHIFT)
            _release(widget, Qt.Key.Key_Shift, "", _NONE)
        else:
            _press(widget, key, char, _NONE)
            _release(widget, key, char, _NONE)
    if enter:
        widget = QApplication.focusWidget()
        assert widget is not None
        _press(widget, Qt.Key.Key_Return, "\r", _NONE)
        _release(widget, Qt.Key.Key_Return, "\r", _NONE)


def press_key(key: Qt.Key, modifiers: Qt.KeyboardModifier = _NONE) -> None:
    """A key pressed on the physical keyboard: it goes to the window that has the keyboard focus.

    Unlike `qtbot.keyClick(widget, ...)`, which delivers to a widget even when its window is not
    active, this fails when no window would receive the key (the key would be lost on a real till).
    """
    from PySide6.QtGui import QGuiApplication

    window = QGuiApplication.focusWindow()
    assert window is not None, "no window has the keyboard: the key would be lost"
    QTest.keyClick(window, key, modifiers)
