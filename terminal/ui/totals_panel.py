"""The basket's total, very large, with the item count and any basket discount under it.

When tenders were already taken (a card approved, then the till restarted or the cashier went back to
the basket) the panel also says what was paid and what is still to pay, in the warning colour, so
nobody charges the customer twice.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from terminal.domain.basket import Basket
from terminal.domain.money import Money
from terminal.domain.tenders import Settlement
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
        self.paid = QLabel("", self)
        self.paid.setObjectName("paid")
        set_role(self.paid, "paid-so-far")
        self.paid.hide()
        for label in (self.caption, self.total, self.details, self.paid):
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            layout.addWidget(label)

    def show_basket(
        self,
        basket: Basket,
        payment: Settlement | None = None,
        *,
        balance: Money | None = None,
        handed_over: Decimal = Decimal(0),
    ) -> None:
        """The basket's totals; with `payment`, also what was paid already and what is still due;
        with `balance`, the visit's (handovers and returns included) as the big figure; the items
        `handed_over` from web orders count with the basket's."""
        self.paid.setVisible(payment is not None)
        if payment is not None:
            self.paid.setText(
                self.tr("Paid {paid} · still to pay {due}").format(
                    paid=self._fmt.money(payment.paid), due=self._fmt.money(payment.remaining)
                )
            )
        totals = basket.totals()
        self.total.setText(self._fmt.money(totals.total if balance is None else balance))
        count = totals.item_count + handed_over
        parts = [self.tr("{count} items").format(count=self._fmt.quantity(count))]
        discount = totals.line_discounts + totals.basket_discount
        if not discount.is_zero():
            parts.append(self.tr("discount {amount}").format(amount=self._fmt.money(discount)))
        self.details.setText(" · ".join(parts))
