"""The Returns area's choice panel beside the original's lines: how many come back (− / +), why (the
reasons), where they go (back to stock, write off, inspect), and the "Add to visit" (F9) and
"No receipt" (F7) buttons. It shows a line's choice and reports presses to the slots it is given;
the area keeps the choices. Its texts keep the ReturnsArea translation context.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from functools import partial
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from terminal.domain.returns import DISPOSITIONS, REASONS
from terminal.ui.formatting import MoneyFormat
from terminal.ui.return_names import disposition_name, reason_name
from terminal.ui.theme import set_role


@dataclass
class LineChoice:
    """What the cashier chose for one line: how many come back, why, and where they go."""

    quantity: Decimal = Decimal(0)
    reason: str = ""
    disposition: str = "restock"


def two_lines(text: str, longer_than: int = 9) -> str:
    """A longer label broken at the space nearest its middle: side-by-side choice buttons stay readable
    in every language (German and Hungarian words are long)."""
    if len(text) <= longer_than or " " not in text:
        return text
    middle = len(text) / 2
    cut = min((i for i, c in enumerate(text) if c == " "), key=lambda i: abs(i - middle))
    return f"{text[:cut]}\n{text[cut + 1 :]}"


def make_button(text: str, slot: Callable[[], Any], parent: QWidget, role: str = "") -> QPushButton:
    """A touch button that never takes the focus from the entry field when tapped; Tab reaches it (Space
    presses it), so a return can be chosen by keyboard alone (a wedge scan still finds its way)."""
    button = QPushButton(text, parent)
    button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
    button.clicked.connect(lambda _=False: slot())
    if role:
        set_role(button, role)
    return button


class ReturnChoicePanel(QWidget):
    """Quantity, reason and disposition of the line chosen, and the buttons that act on the choices."""

    def __init__(
        self,
        fmt: MoneyFormat,
        *,
        change_quantity: Callable[[int], Any],
        choose_reason: Callable[[str], Any],
        choose_disposition: Callable[[str], Any],
        add: Callable[[], Any],
        no_receipt: Callable[[], Any],
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("return_choices")  # till.qss: the choice buttons' narrow padding
        self.fmt = fmt
        column = QVBoxLayout(self)
        quantity = QHBoxLayout()
        self.minus_button = make_button("−", lambda: change_quantity(-1), self)
        self.plus_button = make_button("+", lambda: change_quantity(+1), self)
        self.minus_button.setObjectName("return_minus")
        self.plus_button.setObjectName("return_plus")
        self.quantity_label = QLabel(self)
        self.quantity_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        set_role(self.quantity_label, "title")
        quantity.addWidget(self.minus_button)
        quantity.addWidget(self.quantity_label, 1)
        quantity.addWidget(self.plus_button)
        column.addLayout(quantity)
        reasons = QGridLayout()
        self.reason_group = QButtonGroup(self)
        self.reason_buttons: dict[str, QPushButton] = {}
        for i, code in enumerate(REASONS):
            button = self._choice(reason_name(code), self.reason_group, partial(choose_reason, code))
            button.setObjectName(f"reason_{code}")
            self.reason_buttons[code] = button
            reasons.addWidget(button, i // 2, i % 2)
        column.addLayout(reasons)
        where = QGridLayout()  # two to a row, as the reasons: long words stay readable
        self.disposition_group = QButtonGroup(self)
        self.disposition_buttons: dict[str, QPushButton] = {}
        for i, code in enumerate(DISPOSITIONS):
            button = self._choice(
                disposition_name(code), self.disposition_group, partial(choose_disposition, code)
            )
            button.setObjectName(f"disposition_{code}")
            self.disposition_buttons[code] = button
            where.addWidget(button, i // 2, i % 2)
        column.addLayout(where)
        column.addStretch(1)
        self.add_button = make_button(
            QCoreApplication.translate("ReturnsArea", "Add to visit (F9)"), add, self, role="pay"
        )
        self.add_button.setObjectName("return_add")
        column.addWidget(self.add_button)
        self.no_receipt_button = make_button(
            QCoreApplication.translate("ReturnsArea", "No receipt (F7)"), no_receipt, self
        )
        self.no_receipt_button.setObjectName("return_no_receipt")
        column.addWidget(self.no_receipt_button)

    def _choice(self, text: str, group: QButtonGroup, slot: Callable[[], Any]) -> QPushButton:
        button = make_button(two_lines(text), slot, self)
        button.setCheckable(True)
        button.setProperty("kind", "choice")
        group.addButton(button)
        return button

    def show_choice(self, choice: LineChoice | None, can_add: bool) -> None:
        """The choice of the line in hand (None: no line, every choice button off); "Add" when `can_add`."""
        enabled = choice is not None
        for button in (self.minus_button, self.plus_button, *self.reason_buttons.values()):
            button.setEnabled(enabled)
        for button in self.disposition_buttons.values():
            button.setEnabled(enabled)
        self.add_button.setEnabled(can_add)
        for group, buttons, chosen in (
            (self.reason_group, self.reason_buttons, choice.reason if choice else ""),
            (self.disposition_group, self.disposition_buttons, choice.disposition if choice else ""),
        ):
            group.setExclusive(False)
            for code, button in buttons.items():
                button.setChecked(code == chosen)
            group.setExclusive(True)
        self.quantity_label.setText(self.fmt.quantity(choice.quantity) if choice else "")
