"""What the visit holds besides the basket, under the cart: its customer, the web orders being handed
over and the items coming back.

One line per order ("Web order W-100001: 2 items, paid online" or "… to pay 139,48 €") and one per
return line ("Return R1: 1 × Drill (Wrong size) −100,00 €"); hidden when the visit has neither. The
basket's own lines stay in the cart (terminal/ui/cart_view.py).
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtWidgets import QLabel, QWidget

from terminal.domain.customer import Customer
from terminal.domain.money import Money
from terminal.domain.visit import Visit
from terminal.ui.formatting import MoneyFormat
from terminal.ui.return_names import reason_name
from terminal.ui.theme import set_role


class VisitExtras(QLabel):
    """The handover lines of the open visit, per web order, and its return lines."""

    def __init__(self, fmt: MoneyFormat, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("visit_extras")
        self._fmt = fmt
        self.setWordWrap(True)
        set_role(self, "banner-info")
        self.hide()

    def show_visit(self, visit: Visit, customer: Customer | None = None) -> None:
        """The visit's extras; `customer`: whom the visit is for (attached at the Customers area or by
        their card), named first."""
        orders: dict[str, tuple[Decimal, Money, bool]] = {}
        for line in visit.handovers:
            items, due, paid = orders.get(
                line.order_number, (Decimal(0), Money.zero(visit.basket.currency), True)
            )
            orders[line.order_number] = (items + line.quantity, due + line.amount, paid and line.paid_online)
        texts = []
        if customer is not None:
            texts.append(
                self.tr("Customer: {name} ({customer_id})").format(
                    name=customer.name or "—", customer_id=customer.customer_id
                )
            )
        for number, (items, due, paid) in orders.items():
            count = self.tr("{count} items").format(count=self._fmt.quantity(items))
            how = (
                self.tr("paid online")
                if paid
                else self.tr("to pay {amount}").format(amount=self._fmt.money(due))
            )
            texts.append(
                self.tr("Web order {number}: {count}, {how}").format(number=number, count=count, how=how)
            )
        for ret in visit.returns:
            texts.append(
                self.tr("Return R{line}: {quantity} × {name} ({reason}) −{refund}").format(
                    line=ret.line_id,
                    quantity=self._fmt.quantity(ret.quantity, ret.unit),
                    name=ret.name,
                    reason=reason_name(ret.reason),
                    refund=self._fmt.money(ret.refund),  # the refund, with a minus sign in front
                )
            )
        self.setText("\n".join(texts))
        self.setVisible(bool(texts))
