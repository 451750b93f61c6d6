"""Counting the drawer by denomination: the opening float, and the cash at the Z (before the till
shows what it expected, so the count is blind).

One field per note and coin of the store currency (notes on the left, coins on the right), the
keypad types into the field that has the focus, Tab/Enter moves to the next one, the total follows
every key. `pieces()` is what the service takes: value in minor units -> pieces.
"""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QIntValidator, QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from terminal.domain.denominations import DENOMINATIONS, MAX_PIECES
from terminal.domain.money import Money
from terminal.ui.formatting import MoneyFormat
from terminal.ui.keypad import Keypad
from terminal.ui.message_banner import MessageBanner
from terminal.ui.theme import set_role

COLUMNS = 3  # of denominations beside the keypad


class CashCountDialog(QDialog):
    """Count notes and coins; accepted with OK (the service may still refuse, see `show_error`)."""

    sig_count_entered = Signal(object)
    """OK was pressed: the pieces counted ({value_minor: count})."""

    def __init__(
        self, fmt: MoneyFormat, *, title: str, prompt: str, ok_text: str, parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.fmt = fmt
        self.setWindowTitle(title)
        self.setModal(True)
        column = QVBoxLayout(self)
        heading = QLabel(title, self)
        set_role(heading, "title")
        column.addWidget(heading)
        hint = QLabel(prompt, self)
        hint.setWordWrap(True)
        column.addWidget(hint)
        self.error = MessageBanner(self)  # its slot stays: a refusal never moves the fields under it
        column.addWidget(self.error)
        self.keypad = Keypad(self, double_zero=False, enter_text="→")
        self.keypad.sig_enter_pressed.connect(self.focusNextChild)  # "→": on to the next field
        body = QHBoxLayout()
        body.addLayout(self._count_grid(), 3)
        body.addWidget(self.keypad, 2)
        column.addLayout(body, 1)
        self.total = QLabel("", self)
        self.total.setObjectName("count_total")
        set_role(self.total, "pay-total")
        column.addWidget(self.total)
        buttons = QHBoxLayout()
        self.cancel_button = QPushButton(self.tr("Cancel (Esc)"), self)
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.reject)
        self.ok_button = QPushButton(ok_text, self)
        self.ok_button.setAutoDefault(True)  # Enter on it (after the last field) confirms
        set_role(self.ok_button, "primary")
        self.ok_button.clicked.connect(self.on_ok_clicked)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.ok_button)
        column.addLayout(buttons)
        chain = [*self.fields.values(), self.ok_button, self.cancel_button]
        for before, after in pairwise(chain):
            QWidget.setTabOrder(before, after)
        first = next(iter(self.fields.values()), None)
        if first is not None:
            self.keypad.set_target(first)
            first.setFocus()
        self._update_total()

    def _count_grid(self) -> QGridLayout:
        """A face value and a count field per note and coin, largest first, in `COLUMNS` columns."""
        fmt = self.fmt
        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(4)
        self.fields: dict[int, QLineEdit] = {}
        values = [v for v, _coin in DENOMINATIONS.get(fmt.currency, ())]
        rows = -(-len(values) // COLUMNS)  # largest first, down the columns: stays low on 768 px
        for index, value in enumerate(values):
            col, row = divmod(index, rows)
            face = QLabel(self.fmt.money(Money(value, fmt.currency)), self)
            face.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            field = QLineEdit(self)
            field.setObjectName(f"count_{value}")
            field.setValidator(QIntValidator(0, MAX_PIECES, field))
            field.setAlignment(Qt.AlignmentFlag.AlignRight)
            field.setPlaceholderText("0")
            field.setMinimumHeight(44)
            field.setMaximumWidth(96)
            field.textChanged.connect(self._update_total)
            field.installEventFilter(self)
            grid.addWidget(face, row, col * 2)
            grid.addWidget(field, row, col * 2 + 1)
            self.fields[value] = field
        return grid

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The keypad types into the count field that has the focus; Enter moves on to the next one
        also from an empty field (its validator kept `returnPressed` back, so the next count typed
        went to the wrong note: 2 × 500 € instead of 2 × 50 €)."""
        if event.type() == QEvent.Type.FocusIn and isinstance(watched, QLineEdit):
            self.keypad.set_target(watched)
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(watched, QLineEdit)
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self.focusNextChild()
            return True
        return super().eventFilter(watched, event)

    def pieces(self) -> dict[int, int]:
        return {value: int(field.text()) for value, field in self.fields.items() if field.text().strip()}

    def counted(self) -> Money:
        return Money(sum(v * c for v, c in self.pieces().items()), self.fmt.currency)

    def set_pieces(self, pieces: dict[int, int]) -> None:
        """Fill the fields (tests, and a count handed back after a refusal)."""
        for value, count in pieces.items():
            self.fields[value].setText(str(count))

    def _update_total(self) -> None:
        self.total.setText(self.tr("Counted: {amount}").format(amount=self.fmt.money(self.counted())))

    def on_ok_clicked(self) -> None:
        self.sig_count_entered.emit(self.pieces())

    def show_error(self, text: str) -> None:
        self.error.show_error(text)
