"""Cash in or out of the drawer outside a sale: the amount on the keypad, a reason from the list, and
a few words where the reason is "Other". The Till area passes what was entered to the service (which
may ask for a manager above the cashier's limit) and closes the dialog when it was recorded."""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QButtonGroup, QLineEdit, QPushButton, QWidget

from terminal.domain.till_day import REASONS, MovementKind
from terminal.ui.day_messages import reason_name
from terminal.ui.entry_dialog import EntryDialog
from terminal.ui.formatting import MoneyFormat
from terminal.ui.messages import message_for_code
from terminal.ui.theme import set_role


class CashMoveDialog(EntryDialog):
    """Amount, reason, note."""

    sig_movement_entered = Signal(object, str, str)
    """OK with an amount and a reason: (Money, reason key, note)."""

    def __init__(self, fmt: MoneyFormat, kind: MovementKind, parent: QWidget | None) -> None:
        cash_in = kind is MovementKind.CASH_IN
        super().__init__(
            parent,
            title=self.tr("Cash in") if cash_in else self.tr("Cash out"),
            prompt=self.tr("Type the amount and choose the reason."),
            decimal_point=fmt.decimal_point(),
        )
        self.fmt = fmt
        self.kind = kind
        self.reasons = QButtonGroup(self)
        self.reasons.setExclusive(True)
        self.reason_buttons: dict[str, QPushButton] = {}
        for reason in REASONS[kind]:
            button = QPushButton(reason_name(reason), self)
            button.setObjectName(f"reason_{reason}")
            button.setCheckable(True)
            button.setAutoDefault(False)
            set_role(button, "quick")
            self.reasons.addButton(button)
            self.extra.addWidget(button)
            self.reason_buttons[reason] = button
        self.reasons.buttonClicked.connect(self.on_reasons_button_clicked)
        self.note = QLineEdit(self)
        self.note.setObjectName("note")
        self.note.setMaxLength(200)
        self.note.setPlaceholderText(self.tr("Note (for Other)"))
        self.note.setMinimumHeight(44)
        self.note.returnPressed.connect(self.accept_entry)  # "Record (Enter)" from the note too
        self.extra.addWidget(self.note)
        self.extra.addStretch(1)
        self.ok_button.setText(self.tr("Record (Enter)"))
        # Tab goes where the eye goes: amount, reason (arrows within the group, Space chooses), note,
        # then the buttons; the reasons came last (after Cancel and OK) as they are made after them.
        chain = [self.entry, *self.reason_buttons.values(), self.note, self.ok_button, self.cancel_button]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    def on_reasons_button_clicked(self, _button: QPushButton) -> None:
        """A reason chosen: the focus goes where the next key belongs, the note for "Other", else the
        amount (Enter records there; on a reason button Enter did nothing)."""
        (self.note if self.reason() == "other" else self.entry).setFocus()

    def reason(self) -> str:
        return next((r for r, b in self.reason_buttons.items() if b.isChecked()), "")

    def accept_entry(self) -> None:
        amount = self.fmt.parse_money(self.entry.text())
        if amount is None or amount.is_zero():
            self.show_error(message_for_code("day.amount_not_positive"))
            return
        if not self.reason():
            self.show_error(message_for_code("day.unknown_reason"))
            return
        self.sig_movement_entered.emit(amount, self.reason(), self.note.text())
