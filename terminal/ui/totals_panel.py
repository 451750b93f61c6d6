"""The basket's total, very large, with the item count and any basket discount under it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from terminal.domain.basket import Basket
from terminal.ui.formatting import MoneyFormat
from terminal.ui.theme import set_role


class TotalsPanel(QWidget):
    """Total · items · discounts; readable from arm's length."""

    def __init__(self, fmt: MoneyFormat, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._fmt = fmt
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.caption = QLabel(self.tr("Total"), self)
        set_role(self.caption, "total-caption")
        self.total = QLabel("", self)
        self.total.setObjectName("total")
        set_role(self.total, "total")
        self.details = QLabel("", self)
        set_role(self.details, "total-caption")
        for label in (self.caption, self.total, self.details):
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            layout.addWidget(label)

    def show_basket(self, basket: Basket) -> None:
        totals = basket.totals()
        self.total.setText(self._fmt.money(totals.total))
        parts = [self.tr("{count} items").format(count=self._fmt.quantity(totals.item_count))]
        discount = totals.line_discounts + totals.basket_discount
        if not discount.is_zero():
            parts.append(self.tr("discount {amount}").format(amount=self._fmt.money(discount)))
        self.details.setText(" · ".join(parts))
