"""Settling a visit: taking payment or paying out, cash (quick amounts or typed), card, vouchers and
refunds, split tenders.

Which way it goes is the visit's balance: positive, the customer pays (cash, card, a voucher scanned
as `V:` or typed into the voucher field); negative, the dialog says "Refund … to the customer" and
offers cash out, a card refund (confirmed like a card payment), back to the web payment (only for
return lines of a web order paid online) and store credit (a voucher slip prints with the receipt);
the original tender is suggested first. Zero is an even exchange: nothing to pay, just Complete.

A card tender is the cashier confirming that the external card terminal approved the amount. When
the tenders settle the sale the dialog completes it at once (one service call, which records and
queues the receipt) and shows the change very large; Enter or "Next customer" closes it. A short
tender is refused in plain words. Esc goes back to the basket while no tender was taken. Any other
scan is said in words, never dropped without a word: an article or a customer card scanned before a
tender was taken is kept (`held`) and goes into the basket when the cashier goes back; after a tender,
the cashier is told to finish the payment first; a receipt, a pickup code or a badge is named. The quick
cash buttons are `QuickAmounts` (terminal/ui/quick_amounts.py); a manager's approval to take back a
card tender opens with `ask_approval` (no nested event loop).
"""

from __future__ import annotations

import logging
from typing import Any, Protocol

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from terminal.domain.errors import TillError
from terminal.domain.money import Money
from terminal.domain.tenders import Direction, Settlement
from terminal.ui.approval_dialog import ApprovalDialog, Approver, ask_approval
from terminal.ui.formatting import MoneyFormat
from terminal.ui.keypad import Keypad
from terminal.ui.message_banner import MessageBanner
from terminal.ui.messages import message_for
from terminal.ui.payment_scans import ScanReader, answer_scan
from terminal.ui.payment_texts import suggestion, tender_name
from terminal.ui.quick_amounts import QuickAmounts
from terminal.ui.theme import set_role

log = logging.getLogger(__name__)


class Checkout(Protocol):
    """The part of services.checkout this dialog uses."""

    def begin(self) -> Settlement: ...
    def add_cash(self, amount: Money) -> Settlement: ...
    def add_card(self, amount: Money, reference: str | None = None) -> Settlement: ...
    def remove_last_tender(self) -> Settlement: ...
    def cancel(self) -> None: ...
    def complete(self) -> Any: ...
    def add_voucher(self, typed: str, amount: Money | None = None) -> Settlement: ...
    def issue_store_credit(self, amount: Money | None = None) -> Settlement: ...
    def add_web_refund(self, order_number: str | None = None, amount: Money | None = None) -> Settlement: ...
    def refund_options(self) -> Any: ...


class PaymentDialog(QDialog):
    """One payment, from the first tender to the change handed back."""

    sig_sale_completed = Signal(object)
    """The sale was recorded (the service's CompletedSale)."""

    def __init__(
        self,
        checkout: Checkout,
        payment: Settlement,
        fmt: MoneyFormat,
        *,
        scans: ScanReader,
        approver: Approver | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._checkout = checkout
        self._scans = scans
        self.held: list[tuple[str, str]] = []  # (code, what it is) scanned here, for the basket on "Back"
        self._approver = approver
        self._fmt = fmt
        self.payment = payment
        self.completed: Any = None
        self._pending_card: Money | None = None
        self._options: Any = checkout.refund_options() if payment.direction is Direction.OUT else None
        self._completing_key = False
        self.approval_dialog: ApprovalDialog | None = None  # open while a manager is asked
        self.setWindowTitle(self.tr("Payment"))
        self.resize(1100, 700)  # fitted to a smaller screen by the main window (kiosk_windows.py)
        root = QHBoxLayout(self)
        left = QVBoxLayout()
        root.addLayout(left, 3)
        right = QVBoxLayout()
        root.addLayout(right, 2)

        self.total_label = self._label(left, "pay-total")
        self.due_label = self._label(left, "remaining")
        self.hint_label = self._label(left, "")
        self.change_label = self._label(left, "change")
        self.quick = QuickAmounts(fmt, self)
        self.quick.sig_amount_chosen.connect(self.take_cash)
        left.addWidget(self.quick)
        self.tenders = QListWidget(self)
        self.tenders.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        left.addWidget(self.tenders, 1)
        self.undo_button = self._button(self.tr("Take back last tender"), "void", self.on_undo_clicked, left)
        # Shown only with a refusal in it; its slot stays, so "Take back last tender" above it and the
        # buttons under it never move when a refusal comes or goes.
        self.error = MessageBanner(self)
        left.addWidget(self.error)
        left.addWidget(self._card_confirm_row())
        bottom = QHBoxLayout()
        self.back_button = self._button(self.tr("Back to basket (Esc)"), "", self.on_back_clicked, bottom)
        self.complete_button = self._button(self.tr("Complete sale"), "pay", self.on_complete_clicked, bottom)
        left.addLayout(bottom)

        self._build_tender_side(right)
        complete_key = QShortcut(QKeySequence(Qt.Key.Key_F12), self)
        complete_key.activated.connect(self.on_complete_clicked)
        self.entry.setFocus()
        self.show_payment()

    def _card_confirm_row(self) -> QWidget:
        """Approved / Not approved while a card tender waits for the cashier. The question is asked in
        the message slot above (a warning: it stays); the row's slot stays too, so the question and its
        buttons coming and going move neither "Take back last tender" nor the buttons under them (the
        row, question beside its buttons, used to be inserted)."""
        self.card_confirm = QWidget(self)
        confirm_row = QHBoxLayout(self.card_confirm)
        confirm_row.setContentsMargins(0, 0, 0, 0)
        self.card_approved = self._button(
            self.tr("Approved"), "pay", self.on_card_approved_clicked, confirm_row
        )
        self.card_declined = self._button(
            self.tr("Not approved"), "void", self.on_card_declined_clicked, confirm_row
        )
        policy = self.card_confirm.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        policy.setHorizontalPolicy(QSizePolicy.Policy.Ignored)  # its buttons never widen the column
        policy.setVerticalPolicy(QSizePolicy.Policy.Fixed)
        self.card_confirm.setSizePolicy(policy)
        self.card_question = ""  # the question while a card tender waits, else ""
        return self.card_confirm

    def _build_tender_side(self, right: QVBoxLayout) -> None:
        fmt = self._fmt
        self.entry = QLineEdit(self)
        self.entry.setObjectName("amount")
        self.entry.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.entry.setPlaceholderText(self.tr("Amount given"))
        self.entry.returnPressed.connect(self.on_cash_clicked)
        right.addWidget(self.entry)
        self.keypad = Keypad(self, decimal_point=fmt.decimal_point() if fmt.exponent else None)
        self.keypad.set_target(self.entry)
        self.keypad.sig_enter_pressed.connect(self.on_cash_clicked)
        right.addWidget(self.keypad, 1)
        # Cash and card side by side; paying out, one above the other ("Visszatérítés kártyára"
        # beside "Készpénz kifizetés" is wider than a small screen): see show_payment.
        self.tender_grid = QGridLayout()
        self.cash_button = self._button(self.tr("Cash"), "pay", self.on_cash_clicked, None)
        self.card_button = self._button(self.tr("Card"), "primary", self.on_card_clicked, None)
        self.tender_grid.addWidget(self.cash_button, 0, 0)
        self.tender_grid.addWidget(self.card_button, 0, 1)
        right.addLayout(self.tender_grid)
        voucher_row = QHBoxLayout()
        self.voucher_entry = QLineEdit(self)
        self.voucher_entry.setObjectName("voucher_code")
        self.voucher_entry.setPlaceholderText(self.tr("Voucher code"))
        self.voucher_entry.returnPressed.connect(self.on_voucher_clicked)
        voucher_row.addWidget(self.voucher_entry, 2)
        self.voucher_button = self._button(
            self.tr("Voucher"), "primary", self.on_voucher_clicked, voucher_row
        )
        right.addLayout(voucher_row)
        # One per row: "Zurück auf Online-Zahlung" beside another button is wider than a small screen.
        self.web_button = self._button(self.tr("Back to web payment"), "primary", self.on_web_clicked, right)
        self.credit_button = self._button(self.tr("Store credit"), "primary", self.on_credit_clicked, right)
        self.next_button = self._button(self.tr("Next customer (Enter)"), "pay", self.accept, right)

    def _label(self, layout: QVBoxLayout, role: str) -> QLabel:
        label = QLabel("", self)
        label.setWordWrap(True)  # "Change 1.234,56 €" in 52 pt wraps on a small screen
        set_role(label, role)
        layout.addWidget(label)
        return label

    def _button(self, text: str, role: str, slot: Any, layout: Any) -> QPushButton:
        button = QPushButton(text, self)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.setAutoDefault(False)  # Enter belongs to the amount field, never to a button
        if role:
            set_role(button, role)
        button.clicked.connect(slot)
        if layout is not None:
            layout.addWidget(button)
        return button

    # --- rendering ----------------------------------------------------------------------------

    def show_payment(self) -> None:
        fmt, payment = self._fmt, self.payment
        done = self.completed is not None
        out = payment.direction is Direction.OUT
        even = payment.direction is None and not payment.tenders
        if out:
            self.total_label.setText(
                self.tr("Refund {amount} to the customer").format(amount=fmt.money(payment.owed))
            )
            self.due_label.setText(
                self.tr("Still to refund {amount}").format(amount=fmt.money(payment.cash_due))
            )
        elif even:
            self.total_label.setText(self.tr("Even exchange — nothing to pay"))
            self.due_label.setText("")
        else:
            self.total_label.setText(self.tr("Total {amount}").format(amount=fmt.money(payment.balance)))
            self.due_label.setText(self.tr("To pay {amount}").format(amount=fmt.money(payment.cash_due)))
        self.due_label.setVisible(not done and not even)
        self.change_label.setVisible(done and not out)
        self.change_label.setText(self.tr("Change {amount}").format(amount=fmt.money(payment.change)))
        self.tenders.clear()
        for tender in payment.tenders:
            self.tenders.addItem(f"{tender_name(tender)}\t{fmt.money(tender.amount)}")
        if payment.rounding.amount_minor:
            self.tenders.addItem(self.tr("Rounding\t{amount}").format(amount=fmt.money(payment.rounding)))
        asking = self._pending_card is not None and not done
        self.card_confirm.setVisible(asking)
        if asking and self.error.kind != "banner-error":  # a refusal is read first, the question after
            self.error.show_warning(self.card_question)
        elif not asking and self.card_question:
            if self.error.text() == self.card_question:
                self.error.clear_message()
            self.card_question = ""
        self.tender_grid.addWidget(self.card_button, 1 if out else 0, 0 if out else 1)  # moves it
        self.cash_button.setText(self.tr("Cash out") if out else self.tr("Cash"))
        self.card_button.setText(self.tr("Card refund") if out else self.tr("Card"))
        self.complete_button.setText(self.tr("Complete") if even or out else self.tr("Complete sale"))
        self.entry.setPlaceholderText(self.tr("Amount") if out else self.tr("Amount given"))
        self.hint_label.setText(suggestion(self._options) if out and not done and not payment.tenders else "")
        self.hint_label.setVisible(bool(self.hint_label.text()))
        for widget in (
            self.entry,
            self.keypad,
            self.cash_button,
            self.card_button,
            self.voucher_entry,
            self.voucher_button,
            self.web_button,
            self.credit_button,
            self.undo_button,
            self.back_button,
            self.complete_button,
        ):
            widget.setEnabled(not done)
        self.undo_button.setEnabled(not done and bool(payment.tenders))
        self.cash_button.setVisible(not done and not even)
        self.card_button.setVisible(not done and not even)
        self.voucher_entry.setVisible(not done and payment.direction is Direction.IN)
        self.voucher_button.setVisible(not done and payment.direction is Direction.IN)
        self.web_button.setVisible(not done and out and self._options is not None and self._options.web)
        self.credit_button.setVisible(not done and out)
        for widget in (self.back_button, self.undo_button, self.complete_button):
            widget.setVisible(not done)  # the sale is done: only "Next customer" is left to do
        self.next_button.setVisible(done)
        self.quick.setVisible(not out and not even)
        self.quick.show_due(None if done or out else payment.cash_due)

    def _refuse(self, exc: BaseException) -> None:
        self.error.show_error(message_for(exc, self._fmt))
        QApplication.beep()
        self.entry.selectAll()
        self.entry.setFocus()

    def _typed(self) -> Money | None:
        text = self.entry.text().strip()
        if not text:
            return None
        amount = self._fmt.parse_money(text)
        if amount is None:
            raise TillError("ui.bad_number")
        return amount

    # --- tenders ------------------------------------------------------------------------------

    def on_cash_clicked(self) -> None:
        if self.completed is not None:
            self.accept()
            return
        if self.payment.direction is None and not self.payment.tenders:  # even exchange: Enter completes
            self.on_complete_clicked()
            return
        if self.entry.text().strip().upper().startswith("V:"):  # a voucher's QR code, scanned
            self.voucher_entry.setText(self.entry.text().strip())
            self.entry.clear()
            self.on_voucher_clicked()
            return
        try:
            amount = self._typed()
        except TillError as exc:
            self._refuse(exc)
            return
        self.take_cash(amount or self.payment.cash_due)

    def take_cash(self, amount: Money) -> None:
        self._apply(lambda: self._checkout.add_cash(amount))

    def on_card_clicked(self) -> None:
        try:
            amount = self._typed() or self.payment.remaining
        except TillError as exc:
            self._refuse(exc)
            return
        self._pending_card = amount
        if self.payment.direction is Direction.OUT:
            question = self.tr("Card refund of {amount}: did the card terminal confirm the refund?")
        else:
            question = self.tr("Card payment of {amount}: did the card terminal approve it?")
        self.error.clear_message()  # the question takes the message slot
        self.card_question = question.format(amount=self._fmt.money(amount))
        self.show_payment()

    def on_scanner_scanned(self, code: str, _source: str = "") -> None:
        """A scan while paying (the main window routes it here): a voucher's `V:` QR code is taken
        as a voucher tender; anything else is said in words (see the module's docstring)."""
        code = code.strip()
        if self.completed is not None:
            self._tell(self.tr("This sale is complete. Next customer (Enter), then scan again."))
            return
        if code.upper().startswith("V:"):
            self.voucher_entry.setText(code)
            self.on_voucher_clicked()
            return
        answer = answer_scan(self._scans, code, can_go_back=not self.payment.tenders)
        if answer.refusal is not None:
            self._refuse(answer.refusal)
            return
        if answer.hold:
            self.held.append((code, answer.name))
        self._tell(answer.text, kind="banner-warn" if answer.hold else "banner-error")

    def _tell(self, text: str, *, kind: str = "banner-error") -> None:
        """A scan that is no tender, said where refusals are said (with a beep)."""
        if kind == "banner-warn":
            self.error.show_warning(text)
        else:
            self.error.show_error(text)
        QApplication.beep()
        self.entry.setFocus()

    def on_voucher_clicked(self) -> None:
        """A voucher taken in: the code scanned or typed, the amount typed (or what it can pay)."""
        code = self.voucher_entry.text().strip()
        if not code:
            self.voucher_entry.setFocus()
            return
        try:
            amount = self._typed()
        except TillError as exc:
            self._refuse(exc)
            return
        self._apply(lambda: self._checkout.add_voucher(code, amount))
        if self.error.isHidden():
            self.voucher_entry.clear()

    def on_web_clicked(self) -> None:
        try:
            amount = self._typed()
        except TillError as exc:
            self._refuse(exc)
            return
        self._apply(lambda: self._checkout.add_web_refund(None, amount))

    def on_credit_clicked(self) -> None:
        """Store credit: a voucher issued for the amount typed, or for all that is still owed."""
        try:
            amount = self._typed()
        except TillError as exc:
            self._refuse(exc)
            return
        self._apply(lambda: self._checkout.issue_store_credit(amount))

    def on_card_approved_clicked(self) -> None:
        amount, self._pending_card = self._pending_card, None
        if amount is not None:
            self._apply(lambda: self._checkout.add_card(amount))

    def on_card_declined_clicked(self) -> None:
        self._pending_card = None
        self.show_payment()

    def on_undo_clicked(self) -> None:
        def call(approval: Any) -> Settlement:
            if approval is None:
                return self._checkout.remove_last_tender()
            return self._checkout.remove_last_tender(approval=approval)  # type: ignore[call-arg]

        if self._approver is None:
            self._apply(self._checkout.remove_last_tender, complete=False)
            return

        def done(thunk: Any) -> None:
            self.approval_dialog = None
            self._apply(thunk, complete=False)

        self.approval_dialog = ask_approval(self, self._approver, call, done)

    def _apply(self, call: Any, *, complete: bool = True) -> None:
        try:
            self.payment = call()
        except TillError as exc:
            self._refuse(exc)
            return
        self.error.clear_message()
        self.entry.clear()
        if self._options is not None:  # what may still go back to a web payment has changed
            self._options = self._checkout.refund_options()
        if complete and self.payment.is_settled:
            self.on_complete_clicked()
            return
        self.show_payment()

    def on_complete_clicked(self) -> None:
        if self.completed is not None:
            return
        try:
            self.completed = self._checkout.complete()
        except TillError as exc:
            self._refuse(exc)
            return
        except Exception as exc:  # a bug must say so on screen; the visit and its tenders stay as they are
            log.exception("completing the visit failed")
            self._refuse(exc)
            return
        self.error.clear_message()
        self._completing_key = True  # the Enter that completed the sale must not also close the dialog
        QTimer.singleShot(0, self._end_completing_key)
        self.show_payment()
        self.sig_sale_completed.emit(self.completed)

    def _end_completing_key(self) -> None:
        self._completing_key = False

    def on_back_clicked(self) -> None:
        self.reject()

    def reject(self) -> None:
        """Esc: back to the basket, allowed only while no tender was taken (the service decides)."""
        if self.completed is not None:
            self.accept()
            return
        try:
            self._checkout.cancel()
        except TillError as exc:
            self._refuse(exc)
            return
        super().reject()

    def keyPressEvent(self, event: Any) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self.completed is not None and not self._completing_key:
                self.accept()
            return  # Enter never presses a dialog button by accident
        super().keyPressEvent(event)
