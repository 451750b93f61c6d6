"""Change the quantity of the selected basket line on the keypad (pieces, or kg for weighed goods)."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from terminal.ui.entry_dialog import EntryDialog
from terminal.ui.formatting import MoneyFormat
from terminal.ui.messages import message_for_code


class QuantityDialog(EntryDialog):
    """`quantity` is set when accepted; the service checks the rules (whole pieces, limits)."""

    def __init__(
        self, fmt: MoneyFormat, *, item: str, current: Decimal, unit: str, parent: QWidget | None = None
    ):
        super().__init__(
            parent,
            title=QCoreApplication.translate("QuantityDialog", "Quantity"),
            prompt=QCoreApplication.translate(
                "QuantityDialog", "{item}\nNow: {quantity}. New quantity:"
            ).format(item=item, quantity=fmt.quantity(current, unit)),
            decimal_point=fmt.decimal_point() if unit == "kg" else None,
        )
        self._fmt = fmt
        self.quantity: Decimal | None = None

    def accept_entry(self) -> None:
        value = self._fmt.parse_decimal(self.entry.text())
        if value is None or value <= 0:
            self.show_error(message_for_code("ui.bad_number"))
            return
        self.quantity = value
        self.accept()
