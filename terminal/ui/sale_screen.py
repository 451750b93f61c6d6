"""The sale screen: scan field, cart, big total, keypad, action buttons and the message banner.

Every slot calls one service and renders what it returned (a BasketChange, a Payment, a receipt).
A refusal never changes the basket: it shows in the red banner with a beep, and the scan field is
selected so the next scan replaces it. Actions a manager must approve go through
`run_with_approval`. The dialogs the actions open are in their own modules.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from terminal.domain.basket import BasketLine
from terminal.domain.errors import TillError
from terminal.ui.action_bar import ActionBar
from terminal.ui.approval_dialog import run_with_approval
from terminal.ui.cart_model import CartModel
from terminal.ui.discount_dialog import DiscountDialog
from terminal.ui.formatting import MoneyFormat
from terminal.ui.keypad import Keypad
from terminal.ui.message_banner import MessageBanner
from terminal.ui.messages import message_for
from terminal.ui.parked_dialog import ParkedDialog
from terminal.ui.payment_dialog import PaymentDialog
from terminal.ui.price_dialog import PriceDialog
from terminal.ui.quantity_dialog import QuantityDialog
from terminal.ui.receipt_preview import ReceiptPreview
from terminal.ui.search_dialog import SearchDialog
from terminal.ui.totals_panel import TotalsPanel
from terminal.ui.worker import Worker

ROW_HEIGHT = 52
_MULTIPLIER_PREFIX = re.compile(r"^\s*\d{1,3}\s*[*xX]\s*$")


class SaleScreen(QWidget):
    """Selling at the counter. `services` is the container built by terminal/app.py."""

    sig_sale_completed = Signal(object)
    """A sale was paid and recorded (the CompletedSale)."""

    sig_logout_requested = Signal()
    """The cashier asked to log out."""

    def __init__(
        self, services: Any, fmt: MoneyFormat, worker: Worker, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.fmt = fmt
        self.worker = worker
        root = QHBoxLayout(self)
        left = QVBoxLayout()
        root.addLayout(left, 3)
        right = QVBoxLayout()
        root.addLayout(right, 2)

        self.entry = QLineEdit(self)
        self.entry.setObjectName("scan_entry")
        self.entry.setPlaceholderText(self.tr("Scan or type a barcode or article number — 3* for three"))
        self.entry.returnPressed.connect(self.on_entry_return_pressed)
        left.addWidget(self.entry)
        self.banner = MessageBanner(self)
        left.addWidget(self.banner)
        self.model = CartModel(fmt, self)
        self.table = self._build_cart()
        left.addWidget(self.table, 1)
        self.totals = TotalsPanel(fmt, self)
        left.addWidget(self.totals)

        self.keypad = Keypad(self, decimal_point=fmt.decimal_point(), enter_text=self.tr("Enter"))
        self.keypad.set_target(self.entry)
        self.keypad.sig_enter_pressed.connect(self.on_entry_return_pressed)
        right.addWidget(self.keypad, 2)
        self.action_bar = ActionBar(self, shortcut_parent=self)
        self.action_bar.sig_action_triggered.connect(self.on_action_bar_action_triggered)
        right.addWidget(self.action_bar, 2)
        self.logout_button = QPushButton(self.tr("Log out"), self)  # under the cart, away from Pay
        self.logout_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        left.addWidget(self.logout_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.logout_button.clicked.connect(self.sig_logout_requested.emit)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self.on_escape_activated)
        self.handlers: dict[str, Callable[[], None]] = {
            "search": self.do_search,
            "quantity": self.do_quantity,
            "line_discount": self.do_line_discount,
            "basket_discount": self.do_basket_discount,
            "price": self.do_price,
            "void_line": self.do_void_line,
            "park": self.do_park_or_resume,
            "void_basket": self.do_void_basket,
            "reprint": self.do_receipt,
            "drawer": self.do_drawer,
            "pay": self.do_pay,
        }

    def _build_cart(self) -> QTableView:
        table = QTableView(self)
        table.setObjectName("cart")
        table.setModel(self.model)
        table.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the scan field keeps the focus
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        vertical = table.verticalHeader()
        vertical.hide()
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # uniform rows, no per-row sizing
        vertical.setDefaultSectionSize(ROW_HEIGHT)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(CartModel.COLUMN_ITEM, QHeaderView.ResizeMode.Stretch)
        for column, width in ((0, 50), (2, 110), (3, 150), (4, 140), (5, 160)):
            header.resizeSection(column, width)
        return table

    # --- rendering ----------------------------------------------------------------------------

    def refresh(self) -> None:
        """Show the service's current basket (after login, a resume, a completed sale)."""
        self.show_basket(self.services.selling.basket(), None)
        self.entry.setFocus()

    def show_basket(self, basket: Any, line_id: int | None) -> None:
        self.model.set_basket(basket)
        self.totals.show_basket(basket)
        row = self.model.row_of(line_id)
        if row is None and self.selected_line() is None and self.model.rowCount():
            row = self.model.rowCount() - 1
        if row is not None:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))

    def selected_line(self) -> BasketLine | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.line_at(rows[0].row()) if rows else None

    def refuse(self, exc: BaseException, *, raw: str | None = None) -> None:
        """Say why, beep, and select the scan field so the next scan replaces it."""
        self.banner.show_error(message_for(exc, self.fmt))
        QApplication.beep()
        if raw is not None:
            self.entry.setText(raw)
        self.entry.selectAll()
        self.entry.setFocus()

    def attempt(self, call: Callable[[], Any]) -> Any:
        """Run one service call; on a refusal show it and return None. Renders a BasketChange."""
        try:
            result = call()
        except TillError as exc:
            self.refuse(exc)
            return None
        if hasattr(result, "basket") and hasattr(result, "kind"):
            self.banner.clear_message()
            self.show_basket(result.basket, result.line_id)
        return result

    def approved(self, fn: Callable[..., Any], *args: Any) -> Callable[[], Any]:
        """`fn(*args, approval=...)` asking a manager when the service says so."""
        staff = self.services.staff
        return lambda: run_with_approval(self, staff, lambda approval: fn(*args, approval=approval))

    # --- scanning -----------------------------------------------------------------------------

    def on_entry_return_pressed(self) -> None:
        raw = self.entry.text()
        if not raw.strip():
            return
        self.submit_code(raw)

    def on_scanner_scanned(self, code: str, _source: str = "") -> None:
        """A scanner read a code while this screen shows; a typed `3*` before it multiplies."""
        typed = self.entry.text()
        raw = f"{typed.strip()}{code}" if _MULTIPLIER_PREFIX.match(typed) else code
        self.submit_code(raw)

    def submit_code(self, raw: str) -> None:
        try:
            change = self.services.selling.scan(raw)
        except TillError as exc:
            self.refuse(exc, raw=raw)
            return
        self.entry.clear()
        self.banner.clear_message()
        self.show_basket(change.basket, change.line_id)

    def on_escape_activated(self) -> None:
        self.entry.clear()
        self.banner.clear_message()
        self.entry.setFocus()

    def on_action_bar_action_triggered(self, action: str) -> None:
        self.handlers[action]()
        self.entry.setFocus()

    # --- actions (one service call each) ------------------------------------------------------

    def _line_or_refuse(self) -> BasketLine | None:
        line = self.selected_line()
        if line is None:
            self.refuse(TillError("ui.no_line"))
        return line

    def do_search(self) -> None:
        dialog = SearchDialog(self.services.catalogue, self.fmt, self.worker, self)
        dialog.query.setText(self.entry.text() if not self.entry.text().strip().isdigit() else "")
        if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.chosen_sku:
            return
        sku = dialog.chosen_sku
        if self.attempt(lambda: self.services.selling.add_product(sku)):
            self.entry.clear()

    def do_quantity(self) -> None:
        line = self._line_or_refuse()
        if line is None:
            return
        typed = self.fmt.parse_decimal(self.entry.text())  # "5" then F3: no dialog needed
        if typed is None:
            dialog = QuantityDialog(
                self.fmt, item=line.name, current=line.quantity, unit=line.unit, parent=self
            )
            if dialog.exec() != QDialog.DialogCode.Accepted or dialog.quantity is None:
                return
            typed = dialog.quantity
        quantity: Decimal = typed
        if self.attempt(lambda: self.services.selling.set_quantity(line.line_id, quantity)):
            self.entry.clear()

    def do_line_discount(self) -> None:
        line = self._line_or_refuse()
        if line is None:
            return
        dialog = DiscountDialog(self.fmt, subject=line.name, removable=line.discount is not None, parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted and (dialog.discount or dialog.removed):
            self.attempt(self.approved(self.services.selling.discount_line, line.line_id, dialog.discount))

    def do_basket_discount(self) -> None:
        dialog = DiscountDialog(
            self.fmt,
            subject=QCoreApplication.translate("SaleScreen", "Discount on the whole basket"),
            removable=True,
            parent=self,
        )
        if dialog.exec() == QDialog.DialogCode.Accepted and (dialog.discount or dialog.removed):
            self.attempt(self.approved(self.services.selling.discount_basket, dialog.discount))

    def do_price(self) -> None:
        line = self._line_or_refuse()
        if line is None:
            return
        dialog = PriceDialog(self.fmt, item=line.name, current=line.unit_price, parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.price is not None:
            self.attempt(self.approved(self.services.selling.override_price, line.line_id, dialog.price))

    def do_void_line(self) -> None:
        line = self._line_or_refuse()
        if line is not None:
            self.attempt(self.approved(self.services.selling.void_line, line.line_id))

    def do_park_or_resume(self) -> None:
        selling = self.services.selling
        if not selling.basket().is_empty:
            if self.attempt(lambda: selling.park(self.entry.text().strip())):
                self.entry.clear()
                self.banner.show_info(self.tr("Basket parked. F8 brings it back."))
            return
        parked = self.attempt(selling.parked)
        if parked is None:
            return
        dialog = ParkedDialog(parked, self.fmt, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.chosen_id:
            self.attempt(lambda: selling.resume(dialog.chosen_id))

    def do_void_basket(self) -> None:
        if self.services.selling.basket().is_empty:
            return
        answer = QMessageBox.question(
            self, self.tr("Void basket"), self.tr("Throw away the whole basket? Nothing will be sold.")
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.attempt(self.approved(self.services.selling.void_basket))

    def do_receipt(self) -> None:
        receipts = self.services.receipts
        receipt = self.attempt(receipts.last)
        if receipt is None:
            if self.banner.kind != "banner-error":
                self.refuse(TillError("receipt.none_yet"))
            return
        lines = self.attempt(lambda: receipts.preview_lines(receipt)) or []
        ReceiptPreview(lines, reprint=receipts.reprint_last, parent=self).exec()

    def do_drawer(self) -> None:
        try:
            self.approved(self.services.checkout.open_drawer)()
        except TillError as exc:
            self.refuse(exc)
            return
        self.banner.show_info(self.tr("The drawer is opening."))

    def do_pay(self) -> None:
        payment = self.attempt(self.services.checkout.begin)
        if payment is None:
            return
        dialog = PaymentDialog(
            self.services.checkout, payment, self.fmt, approver=self.services.staff, parent=self
        )
        dialog.sig_sale_completed.connect(self.on_payment_sale_completed)
        dialog.exec()
        self.refresh()
        if dialog.completed is not None:
            done = dialog.completed
            self.banner.show_ok(
                self.tr("Sale {number} complete — change {change}").format(
                    number=done.receipt_number, change=self.fmt.money(done.change)
                )
            )

    def on_payment_sale_completed(self, completed: object) -> None:
        self.sig_sale_completed.emit(completed)
