"""A discount on the selected line or on the whole basket: percent or amount, with a reason.

The dialog only builds the `Discount` value; whether it needs a manager is the service's answer
(`ApprovalRequiredError`), handled by the screen with `ask_approval`. The chosen kind and reason are
plain to see: filled in the theme's colour and marked with a tick (not by colour alone).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QPushButton, QSizePolicy, QWidget

from terminal.domain.errors import TillError
from terminal.domain.pricing import Discount
from terminal.ui.entry_dialog import EntryDialog
from terminal.ui.formatting import MoneyFormat
from terminal.ui.messages import message_for, message_for_code

CHECK_MARK = "✓ "


class DiscountDialog(EntryDialog):
    """`discount` is set when accepted; `removed` is True when the cashier chose "No discount"."""

    def __init__(
        self, fmt: MoneyFormat, *, subject: str, removable: bool = False, parent: QWidget | None = None
    ):
        super().__init__(
            parent,
            title=QCoreApplication.translate("DiscountDialog", "Discount"),
            prompt=subject,
            decimal_point=fmt.decimal_point(),
        )
        self._fmt = fmt
        self.discount: Discount | None = None
        self.removed = False
        kinds = QHBoxLayout()
        self.percent_button = self._toggle(QCoreApplication.translate("DiscountDialog", "Percent %"), kinds)
        self.amount_button = self._toggle(
            QCoreApplication.translate("DiscountDialog", "Amount {symbol}").format(symbol=fmt.symbol), kinds
        )
        self.percent_button.setChecked(True)
        self._kind_group = QButtonGroup(self)
        self._kind_group.addButton(self.percent_button)
        self._kind_group.addButton(self.amount_button)
        self.extra.addLayout(kinds)
        reasons = QHBoxLayout()
        self._reason_group = QButtonGroup(self)
        self._reasons: dict[QPushButton, str] = {}
        for key, text in (
            ("damaged", QCoreApplication.translate("DiscountDialog", "Damaged")),
            ("goodwill", QCoreApplication.translate("DiscountDialog", "Goodwill")),
            ("promotion", QCoreApplication.translate("DiscountDialog", "Promotion")),
        ):
            button = self._toggle(text, reasons)
            self._reason_group.addButton(button)
            self._reasons[button] = key
        self.extra.addLayout(reasons)
        if removable:
            remove = QPushButton(QCoreApplication.translate("DiscountDialog", "No discount"), self)
            remove.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Preferred)
            remove.clicked.connect(self.on_remove_clicked)
            self.extra.addWidget(remove)

    def _toggle(self, text: str, row: QHBoxLayout) -> QPushButton:
        button = QPushButton(text, self)
        button.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Preferred)  # never clipped
        button.setCheckable(True)
        button.setProperty("kind", "choice")
        button.toggled.connect(
            lambda checked, b=button, t=text: b.setText(f"{CHECK_MARK}{t}" if checked else t)
        )
        row.addWidget(button)
        return button

    def reason(self) -> str:
        checked = self._reason_group.checkedButton()
        return self._reasons.get(checked, "") if isinstance(checked, QPushButton) else ""

    def chosen_labels(self) -> list[str]:
        """The texts of the chosen kind and reason, as shown (with their tick)."""
        return [b.text() for b in (self.percent_button, self.amount_button, *self._reasons) if b.isChecked()]

    def on_remove_clicked(self) -> None:
        self.removed = True
        self.discount = None
        self.accept()

    def accept_entry(self) -> None:
        try:
            if self.percent_button.isChecked():
                percent = self._fmt.parse_decimal(self.entry.text())
                if percent is None:
                    self.show_error(message_for_code("ui.bad_number"))
                    return
                self.discount = Discount.of_percent(percent, self.reason())
            else:
                amount = self._fmt.parse_money(self.entry.text())
                if amount is None:
                    self.show_error(message_for_code("ui.bad_number"))
                    return
                self.discount = Discount.of_amount(amount, self.reason())
        except TillError as exc:
            self.show_error(message_for(exc, self._fmt))
            return
        self.accept()
