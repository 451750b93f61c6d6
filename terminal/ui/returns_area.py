"""The Returns work area: find the original, choose what comes back, put it into the visit.

Takes receipt codes (the window routes them here from any area, also when typed at the sale screen),
and every other scan made while it shows stays here (but a customer card, which opens the customer's
purchases): an article scanned with nothing open offers the return without a receipt (its code waits
in the field for the reason), with a receipt open it chooses its line, and while an unverified receipt
or a return without a receipt is open it comes back; a code that is neither a receipt nor an article
is said so here. A big field
takes a receipt code or number, a web-order number or a pickup QR; the original's header says where
and when it was bought, for how much and how it was paid; its lines show what was sold, paid each,
returned, still left, chosen to come back, and the policy badge (final sale, window ended). The
cashier chooses per line a quantity (− / +), a reason and where the item goes (back to stock, write
off, inspect). "Add to visit" (F9) checks and claims off the UI thread (Worker), asks a manager when
a rule is overridden (the note field says why), puts the lines into the visit and asks the window
for the Sale area, where the visit is paid. "No receipt" (F7) takes articles back at their lowest
recent price, with a manager; Esc clears. No rule lives here: the returns service decides.

The choice panel is `returns_choice`, the original's header and lines table `returns_original` (its
model `returns_model`), the preparation with a manager's approval `returns_settle`.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any, ClassVar

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from terminal.domain.errors import TillError
from terminal.domain.returns import Original
from terminal.services.container import Services
from terminal.services.returns import Choice, Prepared
from terminal.ui.formatting import MoneyFormat
from terminal.ui.message_banner import MessageBanner
from terminal.ui.messages import message_for
from terminal.ui.returns_choice import LineChoice, ReturnChoicePanel, make_button
from terminal.ui.returns_model import ReturnLinesModel
from terminal.ui.returns_original import fit_columns, header_text, lines_table
from terminal.ui.returns_settle import prepare_approved
from terminal.ui.theme import set_role
from terminal.ui.worker import Worker

PANEL_MAX_PX = 370  # the choices in two columns; at 1024 px the names need the rest (was 420)


class ReturnsArea(QWidget):
    """Finding the original and choosing what comes back."""

    area_id: ClassVar[str] = "returns"
    scan_meanings: ClassVar[frozenset[str]] = frozenset({"receipt"})

    sig_returns_added = Signal(object)
    """Return lines went into the open visit (the VisitChange): the window shows the Sale area."""

    sig_changed = Signal(object)
    """A return line was taken out of the visit again (the VisitChange): every area redraws."""

    def __init__(
        self, services: Services, fmt: MoneyFormat, worker: Worker, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.fmt = fmt
        self.worker = worker
        self.original: Original | None = None
        self.no_receipt = False
        self.choices: dict[int, LineChoice] = {}
        self.article_choice = LineChoice(Decimal(1), "", "restock")  # unverified / no receipt
        root = QHBoxLayout(self)
        root.setContentsMargins(0, 0, 0, 0)
        left = QVBoxLayout()
        root.addLayout(left, 3)
        self.entry = QLineEdit(self)
        self.entry.setObjectName("return_entry")
        # Short enough to be whole at 1024 px in German; the hint under it says how in full.
        self.entry.setPlaceholderText(self.tr("Receipt or order no."))
        self.entry.setToolTip(self.tr("Scan or type the receipt or web-order number"))
        self.entry.returnPressed.connect(self.on_entry_return_pressed)
        self.entry.installEventFilter(self)
        self.clear_button = make_button(self.tr("Clear (Esc)"), self.clear, self)
        find_row = QHBoxLayout()
        find_row.addWidget(self.entry, 1)
        find_row.addWidget(self.clear_button)
        left.addLayout(find_row)
        self.banner = MessageBanner(self)
        left.addWidget(self.banner)
        self.header = QLabel(self)
        self.header.setObjectName("return_header")
        self.header.setWordWrap(True)
        set_role(self.header, "hint")
        left.addWidget(self.header)
        self.model = ReturnLinesModel(fmt, self)
        self.table = lines_table(self.model, self)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_line_choice())
        left.addWidget(self.table, 1)
        self.note = QLineEdit(self)
        self.note.setObjectName("return_note")
        self.note.setPlaceholderText(self.tr("Reason in words"))
        self.note.setToolTip(self.tr('Why ("other"), or the manager\'s reason'))
        self.remove_button = make_button(
            self.tr("Take out last (F4)"), self.do_remove_last, self, role="void"
        )
        self.remove_button.setObjectName("return_remove_last")
        note_row = QHBoxLayout()
        note_row.addWidget(self.note, 1)
        note_row.addWidget(self.remove_button)
        left.addLayout(note_row)
        self.panel = ReturnChoicePanel(
            fmt,
            change_quantity=self.change_quantity,
            choose_reason=self.choose_reason,
            choose_disposition=self.choose_disposition,
            add=self.do_add,
            no_receipt=self.do_no_receipt,
            parent=self,
        )
        self.panel.setMaximumWidth(PANEL_MAX_PX)
        root.addWidget(self.panel, 2)
        self.entry.textChanged.connect(lambda _text: self._show_line_choice() if self._by_article() else None)
        self._keys()
        self.clear()

    def _keys(self) -> None:
        keys = {Qt.Key.Key_F9: self.do_add, Qt.Key.Key_F7: self.do_no_receipt, Qt.Key.Key_Escape: self.clear}
        keys |= {Qt.Key.Key_F4: self.do_remove_last}
        keys |= {Qt.Key.Key_Plus: lambda: self.change_quantity(+1)}
        keys |= {Qt.Key.Key_Minus: lambda: self.change_quantity(-1)}
        for key, slot in keys.items():
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The keyboard stays in the entry field: ↑/↓ choose the line, + / − (in an empty field: a code
        never starts with them) change its quantity; a line edit would otherwise eat these keys."""
        if watched is self.entry and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key = event.key()
            if key in (Qt.Key.Key_Up, Qt.Key.Key_Down) and self.model.rowCount():
                step = -1 if key == Qt.Key.Key_Up else 1
                row = min(max(self.table.currentIndex().row() + step, 0), self.model.rowCount() - 1)
                self.table.selectRow(row)
                return True
            if key in (Qt.Key.Key_Plus, Qt.Key.Key_Minus) and not self.entry.text():
                self.change_quantity(+1 if key == Qt.Key.Key_Plus else -1)
                return True
        return super().eventFilter(watched, event)

    # ------------------------------------------------------------ the area

    def area_title(self) -> str:
        return self.tr("Returns")

    def takes_scan(self, meaning: str) -> bool:
        """A web order's pickup QR scanned here names the order that comes back (not a handover);
        articles and unknown codes (meaning "product") and badges are answered here, never at the
        sale screen. A customer card opens the customer (their purchases can be returned from there)."""
        return meaning in ("pickup", "product", "badge")

    def on_changed(self, _change: object) -> None:
        """The visit changed elsewhere (a line removed, a visit completed): what is held may differ."""
        self.remove_button.setEnabled(bool(self.services.selling.visit().returns))
        if self.original is not None and self.original.verified:
            self._show_original(self.original)

    def do_remove_last(self) -> None:
        """F4: the visit's last return line comes out again (its claim is released)."""
        returns = self.services.selling.visit().returns
        if not returns:
            return
        last = returns[-1]
        try:
            change = self.services.returns.remove(last.line_id)
        except TillError as exc:
            self.refuse(exc)
            return
        self.banner.show_ok(self.tr("{name} is no longer returned in this visit.").format(name=last.name))
        self.sig_changed.emit(change)

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self.entry.setFocus()

    def clear(self) -> None:
        """Esc: nothing open, ready for the next receipt."""
        self.original = None
        self.no_receipt = False
        self.choices = {}
        self.article_choice = LineChoice(Decimal(1), "", "restock")
        self.model.set_original(None, today=self.services.returns.today())
        fit_columns(self.table, self.model)
        self.entry.clear()
        self.note.clear()
        self.banner.clear_message()
        self.header.setText(
            self.tr("Scan the receipt or the web order's code, or type its number. No receipt: F7.")
        )
        self._show_line_choice()
        self.remove_button.setEnabled(bool(self.services.selling.visit().returns))
        self.entry.setFocus()

    def _by_article(self) -> bool:
        return self.no_receipt or (self.original is not None and not self.original.verified)

    # ------------------------------------------------------------ finding the original

    def on_scanner_scanned(self, code: str, _source: str = "") -> None:
        self.take_code(code, scanned=True)

    def on_entry_return_pressed(self) -> None:
        text = self.entry.text().strip()
        if text:
            self.take_code(text, scanned=False)

    def take_code(self, code: str, *, scanned: bool) -> None:
        """A scanned or typed code: a receipt or order is looked up, an article comes back or chooses
        its line; anything else is refused here in words (the area never hands a scan to the sale)."""
        meaning = self.services.scans.meaning(code)
        if meaning == "badge":
            self.refuse(TillError("scan.is_badge"))
            return
        if meaning != "product":  # a receipt code, a web order's QR
            self.look_up(code)
            return
        if self._by_article():
            self.add_article(code)
            return
        try:
            what = self.services.scans.identify(code)
        except TillError as exc:  # a misread barcode: scan it again
            self.refuse(exc)
            return
        if what.product is not None:
            if self.original is None:
                self.offer_no_receipt(code.strip(), what.product.name)
            else:
                self.choose_line_of(what.product.sku, what.product.name)
        elif what.kind == "voucher":
            self.refuse(TillError("scan.is_voucher"))
        elif what.kind == "unknown_article":
            self.refuse(TillError("return.unknown_scan", code=code.strip()))
        else:  # a receipt or web-order number without its prefix, or a code nobody knows
            self.look_up(code, unknown_scan=scanned)

    def offer_no_receipt(self, code: str, name: str) -> None:
        """An article scanned with nothing open: the return without a receipt (F7) begins, its code waits
        in the field; the reason chosen, Enter takes it back (a manager approves). A receipt scanned
        instead opens as always."""
        self.do_no_receipt()
        self.entry.setText(code)
        self.entry.selectAll()
        self.banner.show_warning(
            self.tr(
                "{name} is an article, not a receipt. Without a receipt: choose the reason, then Enter or "
                "F9 (a manager approves). Or scan the receipt."
            ).format(name=name)
        )

    def choose_line_of(self, sku: str, name: str) -> None:
        """An article scanned with a receipt open: its line is chosen and one more comes back."""
        lines = self.model.lines()
        row = next((i for i, ln in enumerate(lines) if ln.sku == sku and ln.returnable > 0), None)
        row = row if row is not None else next((i for i, ln in enumerate(lines) if ln.sku == sku), None)
        if row is None:
            reference = self.original.reference if self.original is not None else ""
            self.refuse(TillError("return.not_on_original", name=name, reference=reference))
            return
        self.table.selectRow(row)
        self.change_quantity(+1)
        self.banner.clear_message()
        self.entry.setFocus()

    def look_up(self, text: str, *, unknown_scan: bool = False) -> None:
        """Look the original up off the UI thread (the backend, else the till's own receipts). A scan
        that is no known receipt or order (`unknown_scan`) is refused as the unknown code it is."""
        self.banner.show_info(self.tr("Looking up {reference}…").format(reference=text.strip()))

        def refused(exc: BaseException) -> None:
            codes = ("return.unknown_order", "return.unknown_reference", "return.unknown_receipt")
            if unknown_scan and isinstance(exc, TillError) and exc.code in codes:
                exc = TillError("return.unknown_scan", code=text.strip())
            self.refuse(exc)

        self.worker.submit(self.services.returns.find, text, on_done=self.on_worker_found, on_error=refused)

    def on_worker_found(self, original: Original) -> None:
        self.no_receipt = False
        self.entry.clear()
        self.note.clear()
        self.banner.clear_message()
        self._show_original(original)
        if not original.verified:
            self.banner.show_warning(
                self.tr(
                    "{reference} cannot be checked now (offline). Scan each item that comes back; "
                    "a manager approves."
                ).format(reference=original.reference)
            )

    def _show_original(self, original: Original) -> None:
        self.original = original
        self.choices = {ln.line_no: self.choices.get(ln.line_no, LineChoice()) for ln in original.lines}
        held = self.services.returns.in_visit(original)
        self.model.set_original(original, today=self.services.returns.today(), held=held)
        for no, choice in self.choices.items():
            if choice.quantity:
                self.model.set_back(no, choice.quantity)
        self.header.setText(header_text(original, self.fmt))
        fit_columns(self.table, self.model)
        if original.lines:
            self.table.selectRow(0)
        self._show_line_choice()

    # ------------------------------------------------------------ choosing

    def _current(self) -> LineChoice | None:
        if self._by_article():
            return self.article_choice
        line = self.model.line_at(self.table.currentIndex().row())
        return None if line is None else self.choices.setdefault(line.line_no, LineChoice())

    def _show_line_choice(self) -> None:
        verified = self.original is not None and self.original.verified
        typed = self._by_article() and bool(self.entry.text().strip())  # an article waits in the field
        self.panel.show_choice(self._current(), verified or typed)

    def change_quantity(self, step: int) -> None:
        choice = self._current()
        if choice is None:
            return
        quantity = max(Decimal(0), choice.quantity + step)
        if not self._by_article():
            line = self.model.line_at(self.table.currentIndex().row())
            assert line is not None
            quantity = min(quantity, line.returnable)
            self.model.set_back(line.line_no, quantity)
        elif quantity < 1:
            quantity = Decimal(1)
        choice.quantity = quantity
        self._show_line_choice()

    def choose_reason(self, code: str) -> None:
        choice = self._current()
        if choice is not None:
            choice.reason = code
            if code == "damaged":
                choice.disposition = "damaged"
            if code == "other":
                self.note.setFocus()
        self._show_line_choice()

    def choose_disposition(self, code: str) -> None:
        choice = self._current()
        if choice is not None:
            choice.disposition = code
        self._show_line_choice()

    # ------------------------------------------------------------ into the visit

    def do_add(self, approval: Any = None) -> None:
        """The chosen lines: checked and claimed off the UI thread, then into the visit. Without a
        verified receipt: the article in the field comes back (as Enter does)."""
        if self._by_article() and self.entry.text().strip():
            self.add_article(self.entry.text().strip(), approval)
            return
        original = self.original
        if original is None or not original.verified:
            return
        note = self.note.text()
        choices = [
            Choice(no, c.quantity, c.reason, note if c.reason == "other" else "", c.disposition)
            for no, c in self.choices.items()
            if c.quantity > 0
        ]
        if not choices:
            self.refuse(TillError("return.nothing_chosen"))
            return
        self.panel.add_button.setEnabled(False)
        self._prepare(lambda a: self.services.returns.prepare(original, choices, a, note), approval)

    def do_no_receipt(self) -> None:
        """F7: articles without a receipt (a manager approves; refunded at the lowest recent price)."""
        self.clear()
        self.no_receipt = True
        self.header.setText(
            self.tr(
                "Without a receipt: choose the reason, then scan or type each article. It is refunded "
                "at its lowest price of the last 30 days, as store credit; a manager approves."
            )
        )
        self._show_line_choice()

    def add_article(self, raw: str, approval: Any = None) -> None:
        """An article of an unverified receipt or without a receipt."""
        choice = self.article_choice
        original = None if self.no_receipt else self.original
        note = self.note.text()

        def prepare(a: Any) -> Prepared:
            return self.services.returns.prepare_article(
                original, raw, quantity=choice.quantity, reason=choice.reason,
                reason_text=note if choice.reason == "other" else "", disposition=choice.disposition,
                approval=a, override_reason=note,
            )  # fmt: skip

        self._prepare(prepare, approval)

    def _prepare(self, prepare: Callable[[Any], Prepared], approval: Any) -> None:
        """Run `prepare` off the UI thread (a manager is asked when a rule is overridden); the prepared
        lines go into the visit here."""
        prepare_approved(
            self, self.services, self.worker, prepare, approval,
            on_prepared=self.on_worker_prepared, on_refused=self._refused,
        )  # fmt: skip

    def _refused(self, exc: BaseException) -> None:
        self._show_line_choice()
        self.refuse(exc)

    def on_worker_prepared(self, prepared: Prepared) -> None:
        try:
            change = self.services.returns.put(prepared)
        except TillError as exc:
            self._show_line_choice()
            self.refuse(exc)
            return
        self.clear()
        self.sig_returns_added.emit(change)

    def refuse(self, exc: BaseException) -> None:
        self.banner.show_error(message_for(exc, self.fmt))
        QApplication.beep()
        self.entry.selectAll()
        self.entry.setFocus()
