"""An on-screen keyboard for tills without a physical one: letters in the till's language layout.

German and Hungarian tills get QWERTZ with their letters (ä ö ü ß; ö ü ó ő ú é á ű í), Indonesian and
English QWERTY. Like the numeric `Keypad` it types into a target `QLineEdit` without taking the focus,
so a scan after a tap still lands where it should; Shift gives one capital letter. Search in the
catalogue ignores case and accents the way the index does, so the capitals are there for names, not
for finding.
"""

from __future__ import annotations

from typing import Final

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QLineEdit, QPushButton, QSizePolicy, QWidget

from terminal.ui.theme import set_role

LAYOUTS: Final[dict[str, tuple[str, ...]]] = {
    "de": ("1234567890ß", "qwertzuiopü", "asdfghjklöä", "yxcvbnm-.'"),
    "hu": ("1234567890öüó", "qwertzuiopőú", "asdfghjkléáű", "íyxcvbnm-.'"),
    "id": ("1234567890", "qwertyuiop", "asdfghjkl'", "zxcvbnm-."),
    "en": ("1234567890", "qwertyuiop", "asdfghjkl'", "zxcvbnm-."),
}

KEY_SHIFT = "shift"
KEY_SPACE = "space"
KEY_BACKSPACE = "back"
KEY_CLEAR = "clear"
KEY_ENTER = "enter"


def _capital(char: str) -> str:
    """The capital of a letter; ß stays ß (its capital is two letters)."""
    upper = char.upper()
    return upper if len(upper) == 1 else char


def layout_for(language: str) -> tuple[str, ...]:
    """The letter rows of a till language (English for an unknown one)."""
    return LAYOUTS.get(language, LAYOUTS["en"])


class TouchKeyboard(QWidget):
    """Letter rows of one language, then Shift, space, backspace, clear and Enter."""

    sig_enter_pressed = Signal()
    """Enter was tapped (the target's text is complete)."""

    def __init__(self, language: str, parent: QWidget | None = None, *, enter_text: str = "") -> None:
        super().__init__(parent)
        self._target: QLineEdit | None = None
        self._shift = False
        self.buttons: dict[str, QPushButton] = {}
        rows = layout_for(language)
        # Half-key columns: each row starts half a key further right, as on a real keyboard.
        offsets = [min(r, 2) for r in range(len(rows))]
        width = max(offset + 2 * len(row) for offset, row in zip(offsets, rows, strict=True))
        grid = QGridLayout(self)
        grid.setSpacing(4)
        grid.setContentsMargins(0, 0, 0, 0)
        for r, (offset, row) in enumerate(zip(offsets, rows, strict=True)):
            for c, char in enumerate(row):
                grid.addWidget(self._button(char, char), r, offset + 2 * c, 1, 2)
        bottom = len(rows)
        grid.addWidget(self._button(KEY_SHIFT, "⇧", tip=self.tr("Capital letter")), bottom, 0, 1, 3)
        grid.addWidget(self._button(KEY_SPACE, self.tr("Space")), bottom, 3, 1, width - 11)
        back = self._button(KEY_BACKSPACE, "⌫", tip=self.tr("Delete last character"))
        grid.addWidget(back, bottom, width - 8, 1, 2)
        grid.addWidget(self._button(KEY_CLEAR, self.tr("C"), tip=self.tr("Clear")), bottom, width - 6, 1, 2)
        enter = self._button(KEY_ENTER, enter_text or self.tr("OK"), role="osk-enter")
        grid.addWidget(enter, bottom, width - 4, 1, 4)
        for column in range(width):
            grid.setColumnStretch(column, 1)

    def _button(self, key: str, text: str, *, tip: str = "", role: str = "osk") -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(f"osk_{key}")
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        button.setMinimumWidth(24)  # the grid shares the width; a key never asks for more
        button.setAutoRepeat(key == KEY_BACKSPACE)
        if tip:
            button.setToolTip(tip)
        set_role(button, role)
        button.clicked.connect(lambda _checked=False, k=key: self.press(k))
        self.buttons[key] = button
        return button

    def set_target(self, target: QLineEdit | None) -> None:
        """The field the keys type into."""
        self._target = target

    def press(self, key: str) -> None:
        """Act as if `key` was tapped."""
        target = self._target
        if key == KEY_ENTER:
            self.sig_enter_pressed.emit()
            return
        if key == KEY_SHIFT:
            self._set_shift(not self._shift)
            return
        if target is None:
            return
        if key == KEY_BACKSPACE:
            target.backspace()
        elif key == KEY_CLEAR:
            target.clear()
        elif key == KEY_SPACE:
            target.insert(" ")
        else:
            target.insert(_capital(key) if self._shift else key)
            self._set_shift(False)

    def _set_shift(self, on: bool) -> None:
        self._shift = on
        for key, button in self.buttons.items():
            if len(key) == 1 and key.isalpha():
                button.setText(_capital(key) if on else key)
        self.buttons[KEY_SHIFT].setProperty("role", "osk-on" if on else "osk")
        self.buttons[KEY_SHIFT].style().unpolish(self.buttons[KEY_SHIFT])
        self.buttons[KEY_SHIFT].style().polish(self.buttons[KEY_SHIFT])
