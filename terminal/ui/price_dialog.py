"""Override the unit price of the selected line (a manager approves unless a manager is working)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from terminal.domain.money import Money
from terminal.ui.entry_dialog import EntryDialog
from terminal.ui.formatting import MoneyFormat
from terminal.ui.messages import message_for_code


class PriceDialog(EntryDialog):
    """`price` is set when accepted."""

    def __init__(self, fmt: MoneyFormat, *, item: str, current: Money, parent: QWidget | None = None):
        super().__init__(
            parent,
            title=QCoreApplication.translate("PriceDialog", "Change price"),
            prompt=QCoreApplication.translate(
                "PriceDialog", "{item}\nPrice now: {price}. New unit price:"
            ).format(item=item, price=fmt.money(current)),
            decimal_point=fmt.decimal_point() if fmt.exponent else None,
        )
        self._fmt = fmt
        self.price: Money | None = None

    def accept_entry(self) -> None:
        price = self._fmt.parse_money(self.entry.text())
        if price is None:
            self.show_error(message_for_code("ui.bad_number"))
            return
        self.price = price
        self.accept()
