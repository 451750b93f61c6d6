"""The sale screen: scan field, cart, big total, keypad, action buttons and the message banner.

Every slot calls one service and renders what it returned (a BasketChange, a Settlement, a receipt).
A refusal never changes the basket: it shows in the red banner with a beep, and the scan field is
selected so the next scan replaces it. Actions a manager must approve go through `ask_approval`.
The dialogs the actions open are in their own modules; they open window-modal with `open()` (the
basket behind them takes no input) and the action continues in their `finished` signal, so there is
no nested event loop and `self.dialog` is the dialog on screen (tests drive it like any widget).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from decimal import Decimal
from typing import Any, ClassVar

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from terminal.domain.basket import BasketLine
from terminal.domain.errors import TillError
from terminal.services.container import Services
from terminal.ui.action_bar import ActionBar
from terminal.ui.approval_dialog import ask_approval
from terminal.ui.bridge import ScannerStatus
from terminal.ui.cart_model import CartModel
from terminal.ui.cart_view import CartView
from terminal.ui.formatting import MoneyFormat
from terminal.ui.keypad import Keypad
from terminal.ui.message_banner import MessageBanner
from terminal.ui.messages import message_for, message_for_code
from terminal.ui.sale_actions import SaleActions
from terminal.ui.totals_panel import TotalsPanel
from terminal.ui.visit_extras import VisitExtras
from terminal.ui.web_basket import WebBasketSlot, load_report
from terminal.ui.worker import Worker

_MULTIPLIER_PREFIX = re.compile(r"^\s*\d{1,3}\s*[*xX]\s*$")


class SaleScreen(SaleActions, QWidget):
    """Selling at the counter: the Sale work area. `services` is the container built by terminal/app.py."""

    area_id: ClassVar[str] = "sale"
    scan_meanings: ClassVar[frozenset[str]] = frozenset({"product"})

    sig_changed = Signal(object)
    """A service call changed something other areas may show (a BasketChange or a CompletedSale)."""

    sig_sale_completed = Signal(object)
    """A sale was paid and recorded (the CompletedSale)."""

    sig_logout_requested = Signal()
    """The cashier asked to log out."""

    def __init__(
        self, services: Services, fmt: MoneyFormat, worker: Worker, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.fmt = fmt
        self.worker = worker
        self.dialog: QDialog | None = None  # the dialog an action opened, while it is open
        # Set by the window: opens another area for a code of its own (a receipt code); True if it did.
        self.route_code: Callable[[str], bool] | None = None
        root = QHBoxLayout(self)
        left = QVBoxLayout()
        root.addLayout(left, 2)
        right = QVBoxLayout()
        root.addLayout(right, 1)  # keypad and actions: a third of the width, never less than they need

        self.entry = QLineEdit(self)
        self.entry.setObjectName("scan_entry")
        self.entry.setPlaceholderText(self.tr("Scan or type a code — 3* for three"))
        self.entry.returnPressed.connect(self.on_entry_return_pressed)
        left.addWidget(self.entry)
        self.banner = MessageBanner(self)
        left.addWidget(self.banner)
        self.model = CartModel(fmt, self)
        self.table = CartView(self.model, fmt, self)
        left.addWidget(self.table, 1)
        self.extras = VisitExtras(fmt, self)  # web orders handed over and items coming back
        left.addWidget(self.extras)
        # A basket begun online, offered when the customer has one: under the customer's line, in a
        # slot kept while the visit has a customer (see WebBasketSlot), so it moves nothing.
        self.web_basket_slot = WebBasketSlot(self)
        self.web_basket = self.web_basket_slot.offer
        self.web_basket.sig_load_requested.connect(self.on_web_basket_load_requested)
        left.addWidget(self.web_basket_slot)
        bottom = QHBoxLayout()
        self.logout_button = QPushButton(self.tr("Log out"), self)  # under the cart, away from Pay
        self.logout_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.logout_button.clicked.connect(self.sig_logout_requested.emit)
        bottom.addWidget(self.logout_button, 0, Qt.AlignmentFlag.AlignBottom)
        bottom.addStretch(1)
        self.totals = TotalsPanel(fmt, self)
        bottom.addWidget(self.totals)
        left.addLayout(bottom)

        self.keypad = Keypad(self, decimal_point=fmt.decimal_point())  # "OK": short in every language
        self.keypad.set_target(self.entry)
        self.keypad.sig_enter_pressed.connect(self.on_entry_return_pressed)
        right.addWidget(self.keypad, 4)
        self.action_bar = ActionBar(self, shortcut_parent=self)
        self.action_bar.sig_action_triggered.connect(self.on_action_bar_action_triggered)
        right.addWidget(self.action_bar, 5)
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

    def area_title(self) -> str:
        return self.tr("Sale")

    def on_changed(self, _change: object) -> None:
        """Something changed (here or in another area, e.g. a return added to the visit): redraw the
        visit the service holds; a redraw costs less than deciding whether it is needed."""
        if self.isVisible():
            self.show_basket(self.services.selling.basket(), None)

    # --- rendering ----------------------------------------------------------------------------

    def refresh(self) -> None:
        """Show the service's current basket (after login, a resume, a completed sale, a restart).

        Tenders taken before (a card approved, then the till restarted) are said at once: what was
        paid and what is still due, and F12 continues the payment."""
        self.show_basket(self.services.selling.basket(), None)
        payment = self.services.checkout.payment_in_progress()
        if payment is not None:
            self.banner.show_warning(
                self.tr("A payment is in progress: {paid} already paid. Pay (F12) takes the rest.").format(
                    paid=self.fmt.money(payment.paid)
                )
            )
        self.entry.setFocus()

    def clear_for_next_cashier(self) -> None:
        """After a logout: no code, no message of the previous cashier is left on the screen."""
        self.entry.clear()
        self.banner.clear_message()

    def show_basket(self, basket: Any, line_id: int | None) -> None:
        self.model.set_basket(basket)
        visit = self.services.selling.visit()
        customer = self.services.customers.attached() if visit.customer_id else None
        self.extras.show_visit(visit, customer)
        self.web_basket_slot.keep(visit.customer_id is not None)
        offered = self.web_basket.cart
        if offered is not None and offered.customer_id != visit.customer_id:
            self.web_basket.offer(None)  # the visit is no longer that customer's (detached, completed)
        balance = visit.totals().balance if visit.handovers or visit.returns else None
        handed_over = sum((h.quantity if h.unit == "pc" else Decimal(1) for h in visit.handovers), Decimal(0))
        payment = self.services.checkout.payment_in_progress()
        self.totals.show_basket(basket, payment, balance=balance, handed_over=handed_over)
        # F12 says which way the money goes: a visit that pays out is a refund, not a payment.
        refund = balance is not None and balance.amount_minor < 0
        pay_label = (
            QCoreApplication.translate("ActionBar", "Refund")
            if refund
            else QCoreApplication.translate("ActionBar", "Pay")
        )
        self.action_bar.buttons["pay"].set_label(pay_label)
        row = self.model.row_of(line_id)
        if row is None and self.selected_line() is None and self.model.rowCount():
            row = self.model.rowCount() - 1
        if row is not None:
            self.table.select_row(row)

    def selected_line(self) -> BasketLine | None:
        row = self.table.selected_row()
        return self.model.line_at(row) if row is not None else None

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
        self.show_result(result)
        return result

    def show_result(self, result: Any) -> None:
        if hasattr(result, "basket") and hasattr(result, "kind"):
            self.banner.clear_message()
            self.show_basket(result.basket, result.line_id)

    def attempt_approved(
        self, fn: Callable[..., Any], *args: Any, then: Callable[[Any], None] | None = None
    ) -> None:
        """`fn(*args, approval=...)`, asking a manager first when the service says so; rendered by
        `attempt`, then `then(result)` when it went through."""

        def done(thunk: Callable[[], Any]) -> None:
            self.dialog = None
            self.entry.setFocus()
            try:
                result = thunk()
            except TillError as exc:
                self.refuse(exc)
                return
            self.show_result(result)
            if then is not None:
                then(result)

        call = lambda approval: fn(*args, approval=approval)  # noqa: E731 (one line, named for clarity)
        self.dialog = ask_approval(self, self.services.staff, call, done)

    def open_dialog(self, dialog: QDialog, on_accepted: Callable[[], None]) -> None:
        """Show `dialog` window-modal; `on_accepted()` runs when the cashier accepts it."""
        self.dialog = dialog

        def on_finished(code: int) -> None:
            if self.dialog is dialog:
                self.dialog = None
            dialog.deleteLater()
            if code == QDialog.DialogCode.Accepted:
                on_accepted()
            if self.dialog is None:
                self.entry.setFocus()

        dialog.finished.connect(on_finished)
        dialog.open()

    # --- a basket begun online ---------------------------------------------------------------

    def offer_web_basket(self, customer_id: str) -> None:
        """Ask (off the UI thread) whether the customer has a saved cart; offer it with one button."""
        self.worker.submit(
            self.services.saved_carts.offer,
            customer_id,
            on_done=lambda cart: self.on_web_basket_found(customer_id, cart),
            on_error=self.on_web_basket_failed,
        )

    def on_web_basket_found(self, customer_id: str, cart: Any) -> None:
        if self.services.selling.visit().customer_id == customer_id:
            self.web_basket.offer(cart)

    def on_web_basket_failed(self, exc: BaseException) -> None:
        """Offline: the cashier hears that the web basket could not be checked; nothing changed."""
        self.web_basket.offer(None)
        self.banner.show_warning(message_for(exc, self.fmt))

    def on_web_basket_load_requested(self, cart: Any) -> None:
        """Add the cart's lines through the normal selling path; then say each difference."""
        if self.dialog is not None:
            return
        try:
            loaded = self.services.saved_carts.load(cart)
        except TillError as exc:
            self.web_basket.offer(None)
            self.refuse(exc)
            return
        self.web_basket.offer(None)
        self.show_basket(loaded.basket, loaded.line_id)
        report = load_report(loaded, self.fmt)
        if loaded.notes:
            self.banner.show_warning(report)
        else:
            self.banner.show_ok(report)
        self.sig_changed.emit(loaded)
        self.entry.setFocus()
        self.offer_web_basket(cart.customer_id)  # the customer's next one (a wish list besides), if any

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
        if self.route_code is not None and self.route_code(raw):  # another area's code (a receipt)
            self.entry.clear()
            return
        try:
            change = self.services.selling.scan(raw)
        except TillError as exc:
            self.refuse(exc, raw=raw)
            return
        self.entry.clear()
        self.banner.clear_message()
        self.show_basket(change.basket, change.line_id)

    def on_scanner_error_reported(self, code: str) -> None:
        """A scanner sent something that is not a code, or went offline: say so; the basket stays."""
        if not self.isVisible():
            return  # nobody is selling; the status bar still shows an offline scanner
        if self.dialog is None:
            self.refuse(TillError(code))
        else:  # the dialog keeps the focus; the banner waits behind it
            self.banner.show_error(message_for_code(code, self.fmt))
            QApplication.beep()

    def on_bridge_drawer_failed(self, reason: str) -> None:
        """The drawer kick could not reach the printer in time: say so (it will not pop open later)."""
        self.banner.show_error(message_for_code("drawer.failed", self.fmt, reason=reason))
        QApplication.beep()

    def on_scanner_state_changed(self, status: ScannerStatus) -> None:
        """A scanner is back: its "not connected" banner is no longer true."""
        offline = message_for_code("scanner.offline", self.fmt)
        if status.connected and self.banner.kind == "banner-error" and self.banner.text() == offline:
            self.banner.clear_message()

    def on_escape_activated(self) -> None:
        self.entry.clear()
        self.banner.clear_message()
        self.entry.setFocus()

    def on_action_bar_action_triggered(self, action: str) -> None:
        if self.dialog is not None:
            return  # one dialog at a time (a key pressed while one is opening)
        self.handlers[action]()
        if self.dialog is None:
            self.entry.setFocus()

    # --- actions (one service call each; a dialog's answer continues in a nested function) ----

    def on_payment_sale_completed(self, completed: object) -> None:
        self.sig_sale_completed.emit(completed)
        self.sig_changed.emit(completed)
