"""A big numeric keypad for touch: digits, 00, decimal mark, backspace, clear and Enter.

Reused by the login screen (PIN), the sale screen (codes, quantities), the payment dialog (typed
amounts) and the quantity/discount/price/approval dialogs. It types into a target `QLineEdit`
without taking the focus from it (its buttons never take focus), so a scan after a tap still lands
in the entry field.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import QGridLayout, QLineEdit, QPushButton, QSizePolicy, QWidget

from terminal.ui.theme import set_role

KEY_BACKSPACE = "back"
KEY_CLEAR = "clear"
KEY_ENTER = "enter"
KEY_MIN_WIDTH = 72  # px: a thumb, with room to spare


class Keypad(QWidget):
    """Digits 0-9, optionally `00` and the locale's decimal mark, backspace, clear and Enter."""

    sig_key_pressed = Signal(str)
    """A key was tapped: a digit, "00", the decimal mark, "back", "clear" or "enter"."""

    sig_enter_pressed = Signal()
    """The Enter key was tapped (the target's value is complete)."""

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        decimal_point: str | None = None,
        double_zero: bool = True,
        enter_text: str | None = None,
    ) -> None:
        super().__init__(parent)
        self._target: QLineEdit | None = None
        self._decimal_point = decimal_point
        self.buttons: dict[str, QPushButton] = {}
        grid = QGridLayout(self)
        grid.setSpacing(6)
        grid.setContentsMargins(0, 0, 0, 0)
        for i, digit in enumerate("789456123"):
            grid.addWidget(self._button(digit, digit), i // 3, i % 3)
        extras = [k for k in ("00" if double_zero else "", decimal_point or "") if k]
        grid.addWidget(self._button("0", "0"), 3, 0, 1, 3 - len(extras))
        bottom = 3 - len(extras)
        if double_zero:
            grid.addWidget(self._button("00", "00"), 3, bottom)
            bottom += 1
        if decimal_point:
            grid.addWidget(self._button(decimal_point, decimal_point), 3, bottom)
        grid.addWidget(self._button(KEY_BACKSPACE, "⌫", tip=self.tr("Delete last character")), 0, 3)
        grid.addWidget(self._button(KEY_CLEAR, self.tr("C"), tip=self.tr("Clear")), 1, 3)
        enter = self._button(KEY_ENTER, enter_text or self.tr("OK"), role="key-enter")
        grid.addWidget(enter, 2, 3, 2, 1)

    def _button(self, key: str, text: str, *, tip: str = "", role: str = "key") -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(f"key_{key}")
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        button.setMinimumWidth(KEY_MIN_WIDTH)  # the grid gives the width; the label never asks for more
        button.setAutoRepeat(key == KEY_BACKSPACE)
        if tip:
            button.setToolTip(tip)
        set_role(button, role)
        button.clicked.connect(lambda _checked=False, k=key: self.press(k))
        self.buttons[key] = button
        return button

    def sizeHint(self) -> QSize:
        # As narrow as its keys may be: the screen's layout decides how much wider they get.
        return QSize(self.minimumSizeHint().width(), super().sizeHint().height())

    def set_target(self, target: QLineEdit | None) -> None:
        """The field the keys type into (None: only signals)."""
        self._target = target

    def press(self, key: str) -> None:
        """Act as if `key` was tapped (also used by tests and the physical keyboard)."""
        target = self._target
        if target is not None:
            if key == KEY_BACKSPACE:
                target.backspace()
            elif key == KEY_CLEAR:
                target.clear()
            elif key != KEY_ENTER:
                if key == self._decimal_point and self._decimal_point in target.text():
                    key = ""  # one decimal mark only
                if key:
                    target.insert(key)
        self.sig_key_pressed.emit(key)
        if key == KEY_ENTER:
            self.sig_enter_pressed.emit()
