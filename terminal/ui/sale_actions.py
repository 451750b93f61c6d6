"""What each action-bar button of the sale screen does (search, quantity, discounts, price, voids,
park, receipt, drawer, pay): one service call each, through a dialog where the cashier must answer.

A mixin of `SaleScreen` (terminal/ui/sale_screen.py), which owns the layout, the rendering and the
dialog plumbing (`open_dialog`, `attempt`, `attempt_approved`). A dialog's answer continues in the
nested `chosen()` function that `open_dialog` calls when the cashier accepts.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QLineEdit, QMessageBox, QWidget

from terminal.domain.basket import BasketLine
from terminal.domain.errors import TillError
from terminal.services.container import Services
from terminal.ui.discount_dialog import DiscountDialog
from terminal.ui.formatting import MoneyFormat
from terminal.ui.message_banner import MessageBanner
from terminal.ui.parked_dialog import ParkedDialog
from terminal.ui.payment_dialog import PaymentDialog
from terminal.ui.price_dialog import PriceDialog
from terminal.ui.quantity_dialog import QuantityDialog
from terminal.ui.receipt_preview import ReceiptPreview
from terminal.ui.search_dialog import SearchDialog
from terminal.ui.worker import Worker


class SaleActions:
    """The sale screen's actions; the attributes below are the screen's."""

    services: Services
    fmt: MoneyFormat
    worker: Worker
    entry: QLineEdit
    banner: MessageBanner
    dialog: QDialog | None

    if TYPE_CHECKING:  # the screen's methods these actions use (declared for mypy only)

        def selected_line(self) -> BasketLine | None: ...
        def refuse(self, exc: BaseException, *, raw: str | None = None) -> None: ...
        def attempt(self, call: Callable[[], Any]) -> Any: ...
        def attempt_approved(
            self, fn: Callable[..., Any], *args: Any, then: Callable[[Any], None] | None = None
        ) -> None: ...
        def open_dialog(self, dialog: QDialog, on_accepted: Callable[[], None]) -> None: ...
        def refresh(self) -> None: ...
        def on_payment_sale_completed(self, completed: object) -> None: ...
        def submit_code(self, raw: str) -> None: ...

    def _parent(self) -> QWidget:
        assert isinstance(self, QWidget)
        return self

    def _line_or_refuse(self) -> BasketLine | None:
        line = self.selected_line()
        if line is None:
            self.refuse(TillError("ui.no_line"))
        return line

    def do_search(self) -> None:
        dialog = SearchDialog(
            self.services.catalogue,
            self.fmt,
            self.worker,
            self._parent(),
            stock=self.services.stock,
            store_id=self.services.ctx.store_id,
            language=self.fmt.language,
        )
        dialog.query.setText(self.entry.text() if not self.entry.text().strip().isdigit() else "")

        def chosen() -> None:
            sku = dialog.chosen_sku
            if sku and self.attempt(lambda: self.services.selling.add_product(sku)):
                self.entry.clear()

        self.open_dialog(dialog, chosen)

    def do_quantity(self) -> None:
        line = self._line_or_refuse()
        if line is None:
            return
        typed = self.fmt.parse_decimal(self.entry.text())  # "5" then F3: no dialog needed
        if typed is not None:
            self._set_quantity(line.line_id, typed)
            return
        dialog = QuantityDialog(
            self.fmt, item=line.name, current=line.quantity, unit=line.unit, parent=self._parent()
        )

        def chosen() -> None:
            if dialog.quantity is not None:
                self._set_quantity(line.line_id, dialog.quantity)

        self.open_dialog(dialog, chosen)

    def _set_quantity(self, line_id: int, quantity: Decimal) -> None:
        if self.attempt(lambda: self.services.selling.set_quantity(line_id, quantity)):
            self.entry.clear()

    def do_line_discount(self) -> None:
        line = self._line_or_refuse()
        if line is None:
            return
        dialog = DiscountDialog(
            self.fmt, subject=line.name, removable=line.discount is not None, parent=self._parent()
        )

        def chosen() -> None:
            if dialog.discount or dialog.removed:
                self.attempt_approved(self.services.selling.discount_line, line.line_id, dialog.discount)

        self.open_dialog(dialog, chosen)

    def do_basket_discount(self) -> None:
        dialog = DiscountDialog(
            self.fmt,
            subject=QCoreApplication.translate("SaleScreen", "Discount on the whole basket"),
            removable=True,
            parent=self._parent(),
        )

        def chosen() -> None:
            if dialog.discount or dialog.removed:
                self.attempt_approved(self.services.selling.discount_basket, dialog.discount)

        self.open_dialog(dialog, chosen)

    def do_price(self) -> None:
        line = self._line_or_refuse()
        if line is None:
            return
        dialog = PriceDialog(self.fmt, item=line.name, current=line.unit_price, parent=self._parent())

        def chosen() -> None:
            if dialog.price is not None:
                self.attempt_approved(self.services.selling.override_price, line.line_id, dialog.price)

        self.open_dialog(dialog, chosen)

    def do_void_line(self) -> None:
        line = self._line_or_refuse()
        if line is not None:
            self.attempt_approved(self.services.selling.void_line, line.line_id)

    def do_park_or_resume(self) -> None:
        parking = self.services.parking
        if not self.services.selling.basket().is_empty:
            if self.attempt(lambda: parking.park(self.entry.text().strip())):
                self.entry.clear()
                self.banner.show_info(
                    QCoreApplication.translate("SaleScreen", "Basket parked. F8 brings it back.")
                )
            return
        parked = self.attempt(parking.parked)
        if parked is None:
            return
        dialog = ParkedDialog(parked, self.fmt, self._parent())

        def chosen() -> None:
            parked_id = dialog.chosen_id
            if parked_id:
                self.attempt(lambda: parking.resume(parked_id))

        self.open_dialog(dialog, chosen)

    def do_void_basket(self) -> None:
        if self.services.selling.visit().is_empty:  # a visit of returns only is thrown away too
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            QCoreApplication.translate("SaleScreen", "Void basket"),
            QCoreApplication.translate("SaleScreen", "Throw away the whole basket? Nothing will be sold."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self._parent(),
        )
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.finished.connect(
            lambda code: (
                self.attempt_approved(self.services.selling.void_basket)
                if code == QMessageBox.StandardButton.Yes
                else None
            )
        )
        self.open_dialog(box, lambda: None)

    def do_receipt(self) -> None:
        receipts = self.services.receipts
        receipt = self.attempt(receipts.last)
        if receipt is None:
            if self.banner.kind != "banner-error":
                self.refuse(TillError("receipt.none_yet"))
            return
        lines = self.attempt(lambda: receipts.preview_lines(receipt)) or []
        self.open_dialog(
            ReceiptPreview(lines, reprint=receipts.reprint_last, parent=self._parent()), lambda: None
        )

    def do_drawer(self) -> None:
        self.attempt_approved(
            self.services.checkout.open_drawer,
            then=lambda _r: self.banner.show_info(
                QCoreApplication.translate("SaleScreen", "The drawer is opening.")
            ),
        )

    def do_pay(self) -> None:
        payment = self.attempt(self.services.checkout.begin)
        if payment is None:
            return
        dialog = PaymentDialog(
            self.services.checkout,
            payment,
            self.fmt,
            scans=self.services.scans,
            approver=self.services.staff,
            parent=self._parent(),
        )
        dialog.sig_sale_completed.connect(self.on_payment_sale_completed)
        self.open_dialog(dialog, lambda: None)
        dialog.finished.connect(lambda _code: self.on_payment_finished(dialog))

    def on_payment_finished(self, dialog: PaymentDialog) -> None:
        self.refresh()
        done = dialog.completed
        if done is None:  # back to the basket: what was scanned while paying goes in now, in order
            for code, _name in dialog.held:
                self.submit_code(code)
            return
        if done.total.amount_minor < 0:  # the till paid out
            text = QCoreApplication.translate(
                "SaleScreen", "Visit {number} complete — refunded {amount}"
            ).format(number=done.receipt_number, amount=self.fmt.money(-done.total))
        else:
            text = QCoreApplication.translate(
                "SaleScreen", "Sale {number} complete — change {change}"
            ).format(number=done.receipt_number, change=self.fmt.money(done.change))
        if not dialog.held:
            self.banner.show_ok(text)
            return
        card = QCoreApplication.translate("SaleScreen", "the customer card")
        names = ", ".join(name or card for _code, name in dialog.held)
        self.banner.show_warning(  # kept for a "Back" that did not come: the cashier must know
            QCoreApplication.translate(
                "SaleScreen", "{done}. Scanned while paying, not in it: {names}. Scan again for a new sale."
            ).format(done=text, names=names)
        )
