"""The Z, second step: after the cash was counted (blind), every other tender's counted total, then
expected vs counted per tender and the difference, live; a difference needs a reason (typed, or one
of the common ones tapped). "Close day (Z)" hands it all to the Till area, which asks the service."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
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

from terminal.domain.money import Money
from terminal.domain.till_day import CASH, DayFigures
from terminal.ui.day_messages import tender_name
from terminal.ui.formatting import MoneyFormat
from terminal.ui.keypad import Keypad
from terminal.ui.message_banner import MessageBanner
from terminal.ui.theme import set_role


class CloseDayDialog(QDialog):
    """Expected, counted and difference per tender; the reason; Close day (Z)."""

    sig_close_requested = Signal(object, str)
    """Close day pressed: ({tender: counted Money} for the tenders other than cash, reason)."""

    def __init__(
        self, fmt: MoneyFormat, figures: DayFigures, cash_counted: Money, parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.fmt = fmt
        self.figures = figures
        self.cash_counted = cash_counted
        self.setWindowTitle(self.tr("Close the day (Z)"))
        self.setModal(True)
        column = QVBoxLayout(self)
        heading = QLabel(self.tr("Close the day (Z)"), self)
        set_role(heading, "title")
        column.addWidget(heading)
        self.error = MessageBanner(self)  # its slot stays: a refusal never moves the fields under it
        column.addWidget(self.error)
        body = QHBoxLayout()
        left = QVBoxLayout()
        left.addLayout(self._tender_grid())
        self.total_difference = QLabel("", self)
        self.total_difference.setObjectName("total_difference")
        set_role(self.total_difference, "pay-total")
        left.addWidget(self.total_difference)
        self.reason = QLineEdit(self)
        self.reason.setObjectName("reason")
        self.reason.setMaxLength(200)
        self.reason.setMinimumHeight(44)
        self.reason.setPlaceholderText(self.tr("Reason for the difference"))
        self.reason.installEventFilter(self)
        left.addWidget(self.reason)
        left.addStretch(1)
        body.addLayout(left, 3)
        self.keypad = Keypad(self, decimal_point=fmt.decimal_point(), double_zero=True, enter_text="→")
        self.keypad.sig_enter_pressed.connect(self.focusNextChild)  # "→": on to the next field
        self.keypad.setVisible(bool(self.fields))
        body.addWidget(self.keypad, 2)
        column.addLayout(body, 1)
        column.addLayout(self._quick_reasons())  # full width: long words in Hungarian
        column.addLayout(self._buttons())
        first = next(iter(self.fields.values()), None)
        if first is not None:
            self.keypad.set_target(first)
            first.setFocus()
        else:
            self.reason.setFocus()
        self._update()

    def _tender_grid(self) -> QGridLayout:
        """Per tender: its name, expected, counted (cash: as counted; others: a field), difference."""
        fmt, figures, cash_counted = self.fmt, self.figures, self.cash_counted
        grid = QGridLayout()
        grid.setHorizontalSpacing(14)
        for col, text in enumerate(
            (self.tr("Payment"), self.tr("Expected"), self.tr("Counted"), self.tr("Difference"))
        ):
            caption = QLabel(text, self)
            set_role(caption, "hint")
            grid.addWidget(caption, 0, col)
        self.fields: dict[str, QLineEdit] = {}
        self.differences: dict[str, QLabel] = {}
        for row, line in enumerate(figures.tenders, start=1):
            grid.addWidget(QLabel(tender_name(line.tender), self), row, 0)
            expected = QLabel(fmt.money(line.expected), self)
            expected.setObjectName(f"expected_{line.tender}")
            grid.addWidget(expected, row, 1, Qt.AlignmentFlag.AlignRight)
            if line.tender == CASH:
                counted: QWidget = QLabel(fmt.money(cash_counted), self)
                counted.setObjectName("counted_cash")
            else:
                field = QLineEdit(self)
                field.setObjectName(f"counted_{line.tender}")
                field.setAlignment(Qt.AlignmentFlag.AlignRight)
                field.setMinimumHeight(44)
                field.setMaximumWidth(190)  # a day's card total of 12.345,67 stays whole
                field.setPlaceholderText(fmt.number(Money.zero(fmt.currency)))
                field.textChanged.connect(self._update)
                field.installEventFilter(self)
                self.fields[line.tender] = field
                counted = field
            grid.addWidget(counted, row, 2, Qt.AlignmentFlag.AlignRight)
            difference = QLabel("", self)
            difference.setObjectName(f"difference_{line.tender}")
            self.differences[line.tender] = difference
            grid.addWidget(difference, row, 3, Qt.AlignmentFlag.AlignRight)
        return grid

    def _quick_reasons(self) -> QHBoxLayout:
        """Common reasons, one tap each (the field can still be typed into)."""
        quick = QHBoxLayout()
        for text in (self.tr("Change miscounted"), self.tr("Coins missing"), self.tr("Card total differs")):
            button = QPushButton(text, self)
            button.setAutoDefault(False)
            set_role(button, "quick")
            button.clicked.connect(lambda _c=False, t=text: self.reason.setText(t))
            quick.addWidget(button)
        return quick

    def _buttons(self) -> QHBoxLayout:
        buttons = QHBoxLayout()
        self.cancel_button = QPushButton(self.tr("Cancel (Esc)"), self)
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.reject)
        self.close_button = QPushButton(self.tr("Close day (Z)"), self)
        self.close_button.setObjectName("close_day")
        self.close_button.setAutoDefault(True)  # Enter on it closes; the fields' Enter never reaches it
        set_role(self.close_button, "pay")
        self.close_button.clicked.connect(self.on_close_clicked)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.close_button)
        return buttons

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The keypad types into the field that has the focus. Enter in a field moves on, from the
        reason to "Close day (Z)" (it did nothing there): one more Enter closes, never the first."""
        if event.type() == QEvent.Type.FocusIn and isinstance(watched, QLineEdit):
            self.keypad.set_target(watched)
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(watched, QLineEdit)
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            if watched is self.reason:
                self.close_button.setFocus()
            else:
                self.focusNextChild()
            return True
        return super().eventFilter(watched, event)

    def counted(self) -> dict[str, Money]:
        """What was typed per tender other than cash (an empty field counts as zero; see `unreadable`)."""
        zero = Money.zero(self.fmt.currency)
        return {t: self.fmt.parse_money(f.text()) or zero for t, f in self.fields.items()}

    def unreadable(self) -> list[str]:
        """The tenders whose typed count is not an amount: never taken as zero."""
        typed = {t: f.text() for t, f in self.fields.items() if f.text().strip()}
        return [t for t, text in typed.items() if self.fmt.parse_money(text) is None]

    def _update(self) -> None:
        counted = {**self.counted(), CASH: self.cash_counted}
        unreadable = self.unreadable()
        total = Money.zero(self.fmt.currency)
        for line in self.figures.tenders:
            diff = counted.get(line.tender, Money.zero(self.fmt.currency)) - line.expected
            total = total + diff
            label = self.differences[line.tender]
            label.setText("?" if line.tender in unreadable else self.fmt.money(diff))
            set_role(label, "state-ok" if diff.is_zero() and line.tender not in unreadable else "state-bad")
        if unreadable:
            self.total_difference.setText(self.tr("Difference: ?"))
        else:
            amount = self.fmt.money(total)
            self.total_difference.setText(self.tr("Difference: {amount}").format(amount=amount))

    def on_close_clicked(self) -> None:
        unreadable = self.unreadable()
        if unreadable:
            field = self.fields[unreadable[0]]
            self.show_error(self.tr("“{text}” is not an amount: count it again.").format(text=field.text()))
            field.setFocus()
            return
        self.sig_close_requested.emit(self.counted(), self.reason.text())

    def show_error(self, text: str) -> None:
        self.error.show_error(text)
