"""The payment dialog's quick cash buttons: "Exact 23,40 €" and the next notes (25 €, 30 €, 40 €, 50 €).

One tap takes that much cash. The buttons are rebuilt when what is due changes; the old ones are
removed at once (not only scheduled for deletion), so they never show on top of the new ones.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QGridLayout, QPushButton, QSizePolicy, QWidget

from terminal.domain.money import Money
from terminal.ui.formatting import MoneyFormat
from terminal.ui.theme import set_role

COLUMNS = 3


class QuickAmounts(QWidget):
    """A grid of cash amounts; `show_due(due)` rebuilds it, `show_due(None)` empties it."""

    sig_amount_chosen = Signal(object)
    """The cashier tapped a quick amount (the Money handed over)."""

    def __init__(self, fmt: MoneyFormat, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._fmt = fmt
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setSpacing(6)
        for column in range(COLUMNS):
            self._grid.setColumnStretch(column, 1)
        self.buttons: list[QPushButton] = []

    def show_due(self, due: Money | None) -> None:
        for button in self.buttons:
            self._grid.removeWidget(button)
            button.hide()
            button.deleteLater()
        self.buttons = []
        if due is None:
            return
        fmt = self._fmt
        exact = QCoreApplication.translate("QuickAmounts", "Exact {amount}").format(amount=fmt.money(due))
        amounts = [(due, exact)] + [(note, fmt.money(note)) for note in fmt.next_notes(due)]
        for i, (amount, text) in enumerate(amounts):
            button = QPushButton(text, self)
            button.setObjectName(f"quick_{i}")
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setAutoDefault(False)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            set_role(button, "quick")
            button.clicked.connect(lambda _c=False, a=amount: self.sig_amount_chosen.emit(a))
            if i == 0:  # the exact amount is the one used most: twice as wide
                self._grid.addWidget(button, 0, 0, 1, 2)
            else:
                cell = i + 1
                self._grid.addWidget(button, cell // COLUMNS, cell % COLUMNS)
            self.buttons.append(button)
