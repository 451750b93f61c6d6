"""One web order on screen: picking it (scan to pick, Short, Ready) or handing it over (scan each
item, Confirm count or Refuse with a reason, ID check and collector, Hand over).

The screen holds no rule: picking calls `PickupsService` and renders the order it returns; the
handover in progress is the domain's `Handover` value, changed through `HandoverService` and the
value's own methods, and shown line by line. The area (terminal/ui/pickups_area.py) claims the
order off the UI thread and puts the handover into the visit.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from terminal.domain.errors import TillError
from terminal.domain.pickup import Handover, WebOrder
from terminal.services.container import Services
from terminal.services.pickup_handover import CONFIRM_REASONS, REFUSE_REASONS, Collector
from terminal.ui.formatting import MoneyFormat, format_datetime
from terminal.ui.message_banner import MessageBanner
from terminal.ui.messages import message_for
from terminal.ui.pickup_offers import PickupOffers
from terminal.ui.pickups_queue import state_name
from terminal.ui.stock_tables import touch_combo
from terminal.ui.theme import set_role
from terminal.ui.worker import Worker

ROW_PX = 56  # a line's row at least (one line of the name); a longer name makes it higher


def reason_name(code: str) -> str:
    names = {
        "no_barcode": QCoreApplication.translate("PickupOrder", "no barcode"),
        "label_damaged": QCoreApplication.translate("PickupOrder", "label damaged"),
        "bulky": QCoreApplication.translate("PickupOrder", "too bulky to scan"),
        "damaged": QCoreApplication.translate("PickupOrder", "damaged"),
        "wrong_item": QCoreApplication.translate("PickupOrder", "wrong item"),
        "not_wanted": QCoreApplication.translate("PickupOrder", "no longer wanted"),
        "other": QCoreApplication.translate("PickupOrder", "other"),
    }
    return names.get(code, code)


class PickupOrderScreen(QWidget):
    """Picking or handing over one order."""

    sig_back_requested = Signal()
    """The cashier left the order (Esc or Back)."""

    sig_hand_over_requested = Signal(object, object)
    """Hand over was pressed: the Handover and the Collector (the area claims, then records)."""

    sig_changed = Signal(object)
    """Picking changed the order (a PickChange): the queue's counts may change."""

    def __init__(
        self,
        services: Services,
        fmt: MoneyFormat,
        parent: QWidget | None = None,
        worker: Worker | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.fmt = fmt
        self.mode = "pick"
        self.order: WebOrder | None = None
        self.handover: Handover | None = None
        root = QHBoxLayout(self)
        root.setContentsMargins(0, 0, 0, 0)
        left = QVBoxLayout()
        root.addLayout(left, 3)
        self.title = QLabel(self)
        self.title.setWordWrap(True)  # a long customer name wraps instead of widening the window
        set_role(self.title, "title")
        left.addWidget(self.title)
        self.info = QLabel(self)
        self.info.setWordWrap(True)
        set_role(self.info, "hint")
        left.addWidget(self.info)
        self.entry = QLineEdit(self)
        self.entry.setObjectName("pickup_scan")
        self.entry.setPlaceholderText(self.tr("Scan each item"))
        self.entry.returnPressed.connect(self.on_entry_return_pressed)
        left.addWidget(self.entry)
        self.banner = MessageBanner(self)
        left.addWidget(self.banner)
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("pickup_lines")
        rows = self.table.verticalHeader()
        rows.hide()
        # A row as high as its article's name wrapped in the names' column, at least one finger high:
        # a long name ("Bosch Akku-Bohrschrauber GSR 12V-15 Professional") was "Bosch Akk…" at 1024 px.
        rows.setMinimumSectionSize(ROW_PX)
        rows.setDefaultSectionSize(ROW_PX)
        rows.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setWordWrap(True)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        # The figures as wide as their titles, measured in the header's own small font (till.qss).
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        left.addWidget(self.table, 1)
        left.addLayout(self._build_collector())
        self.offers = PickupOffers(services, worker, self)  # the customer's personal offers
        actions = QWidget(self)
        actions.setLayout(self._build_actions())
        actions.setMaximumWidth(460)  # the lines keep the room: the article names must be readable
        root.addWidget(actions, 2)

    def _build_collector(self) -> QVBoxLayout:
        """Under the lines: who collects (the buttons' column has no room left). The name has the
        whole width (beside the two checks it was "Abgehol…" at 1024 px), the checks go under it, one
        above the other (side by side they are wider than the column in German at 1024 px)."""
        who = QVBoxLayout()
        self.collector = QLineEdit(self)
        self.collector.setObjectName("collector")
        self.collector.setPlaceholderText(self.tr("Collected by (name)"))
        self.id_checked = QCheckBox(self.tr("ID checked (no number noted)"), self)
        self.authorised = QCheckBox(self.tr("Sent by the customer"), self)
        who.addWidget(self.collector)
        who.addWidget(self.id_checked)
        who.addWidget(self.authorised)
        return who

    def _build_actions(self) -> QVBoxLayout:
        """The buttons beside the lines: picking's, the handover's, and Back."""
        right = QVBoxLayout()
        self.short_button = self._button(self.tr("Short (F6)"), self.do_short)
        self.ready_button = self._button(self.tr("Ready (F9)"), self.do_ready, role="pay")
        grid = QGridLayout()
        self.confirm_reason = self._reasons(CONFIRM_REASONS)
        self.confirm_button = self._button(self.tr("Confirm count (F6)"), self.do_confirm)
        self.refuse_reason = self._reasons(REFUSE_REASONS)
        self.refuse_button = self._button(self.tr("Refuse 1 (F7)"), self.do_refuse, role="void")
        grid.addWidget(self.confirm_button, 0, 0)
        grid.addWidget(self.confirm_reason, 1, 0)  # each reason under its button: both readable
        grid.addWidget(self.refuse_button, 2, 0)
        grid.addWidget(self.refuse_reason, 3, 0)
        self.hand_over_button = self._button(self.tr("Hand over (F9)"), self.do_hand_over, role="pay")
        self.back_button = self._button(self.tr("Back (Esc)"), self.sig_back_requested.emit)
        # One key per action for both modes (a hidden button's own shortcut would make F6 and F9
        # ambiguous); they work while the scan field has the keys.
        keys = {
            Qt.Key.Key_F6: lambda: self.do_short() if self.mode == "pick" else self.do_confirm(),
            Qt.Key.Key_F7: self.do_refuse,
            Qt.Key.Key_F9: lambda: self.do_ready() if self.mode == "pick" else self.do_hand_over(),
            Qt.Key.Key_Escape: self.sig_back_requested.emit,
        }
        for key, slot in keys.items():
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        right.addWidget(self.short_button)
        right.addLayout(grid)
        right.addWidget(self.offers)
        right.addStretch(1)
        right.addWidget(self.ready_button)
        right.addWidget(self.hand_over_button)
        right.addWidget(self.back_button)
        return right

    def _button(self, text: str, slot: Any, role: str = "") -> QPushButton:
        button = QPushButton(text, self)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.clicked.connect(lambda _=False: slot())
        if role:
            set_role(button, role)
        return button

    def _reasons(self, codes: tuple[str, ...]) -> QComboBox:
        box = touch_combo(self)  # its list's choices finger-high too (they were 34 px)
        for code in codes:
            box.addItem(reason_name(code), code)
        return box

    # ------------------------------------------------------------ showing

    def show_picking(self, order: WebOrder) -> None:
        self.mode, self.order, self.handover = "pick", order, None
        self.offers.load(None)
        self._set_mode_widgets()
        self.banner.clear_message()
        self.redraw()

    def show_handover(self, handover: Handover) -> None:
        self.mode, self.order, self.handover = "handover", handover.order, handover
        self.collector.clear()
        self.id_checked.setChecked(False)
        self.authorised.setChecked(False)
        self._set_mode_widgets()
        self.banner.clear_message()
        if handover.found_by == "name":
            self.banner.show_warning(self.tr("Found by name: check the customer's ID and note who collects."))
        self.offers.load(handover.order.customer_id)
        self.redraw()

    def _set_mode_widgets(self) -> None:
        picking = self.mode == "pick"
        for button in (self.short_button, self.ready_button):
            button.setVisible(picking)
        handover: tuple[QWidget, ...] = (self.confirm_button, self.confirm_reason, self.refuse_button)
        handover += (
            self.refuse_reason,
            self.collector,
            self.id_checked,
            self.authorised,
            self.hand_over_button,
        )
        for widget in handover:
            widget.setVisible(not picking)
        self.hand_over_button.setEnabled(True)
        self.entry.clear()
        self.entry.setFocus()

    def redraw(self) -> None:
        order = self.order
        if order is None:
            return
        self.title.setText(self.tr("Order {number} — {customer}").format(
            number=order.order_number, customer=order.customer_name or "—"))  # fmt: skip
        deadline = format_datetime(order.pickup_by, self.fmt.locale) if order.pickup_by else "—"
        paid = self.tr("paid online") if order.nothing_to_pay else self.tr("to pay here")
        self.info.setText(self.tr("{state} · collect by {deadline} · {paid}").format(
            state=state_name(order.state), deadline=deadline, paid=paid))  # fmt: skip
        row_now = max(self.table.currentRow(), 0)
        rows: list[tuple[Any, ...]]
        q = self.fmt.quantity
        if self.mode == "pick":  # "picked" reads "1 / 2": one of two picked
            self.table.setHorizontalHeaderLabels(
                [self.tr("Article"), self.tr("Picked"), self.tr("Short"), ""]
            )
            rows = [
                (
                    ln.name or ln.sku,
                    f"{q(ln.picked)} / {q(ln.quantity)}",
                    ln.short,
                    "✓" if ln.open == 0 else "",
                )
                for ln in order.lines
            ]
            self.ready_button.setEnabled(order.state in ("placed", "picking"))
        else:
            assert self.handover is not None
            labels = [self.tr("Article"), self.tr("Taken"), self.tr("Refused"), self.tr("Missing")]
            self.table.setHorizontalHeaderLabels(labels)
            rows = [
                (h.line.name or h.line.sku, f"{q(h.collected)} / {q(h.due)}", h.refused, h.missing)
                for h in self.handover.lines
            ]
        self.table.setRowCount(len(rows))
        for r, values in enumerate(rows):
            for c, value in enumerate(values):
                text = self.fmt.quantity(value) if isinstance(value, Decimal) else str(value)
                item = QTableWidgetItem(text)
                if c == 0:  # the whole name also as tooltip, should a cell ever cut it
                    item.setToolTip(text)
                if c > 0:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(r, c, item)
        if rows:
            self.table.selectRow(min(row_now, len(rows) - 1))

    def refuse_with(self, exc: BaseException) -> None:
        self.banner.show_error(message_for(exc, self.fmt))
        QApplication.beep()
        self.entry.selectAll()
        self.entry.setFocus()

    # ------------------------------------------------------------ actions

    def on_scanner_scanned(self, code: str, _source: str = "") -> None:
        self.scan(code)

    def on_entry_return_pressed(self) -> None:
        text = self.entry.text().strip()
        if text:
            self.scan(text)

    def scan(self, code: str) -> None:
        if self.order is None:
            return
        try:
            if self.mode == "pick":
                change = self.services.pickups.pick_scan(self.order.order_number, code)
                self.order = change.order
                self.sig_changed.emit(change)
                line = next(ln for ln in change.order.lines if ln.line_no == change.line_no)
                picked, ordered = self.fmt.quantity(line.picked), self.fmt.quantity(line.quantity)
                self.banner.show_ok(
                    self.tr("{name}: {picked} of {ordered} picked").format(
                        name=line.name, picked=picked, ordered=ordered
                    )
                )
                self._select_line(line.line_no)
            else:
                assert self.handover is not None
                self.handover = self.services.handover.scan(self.handover, code)
                self.banner.clear_message()
        except TillError as exc:
            self.refuse_with(exc)
            return
        self.entry.clear()
        self.redraw()

    def _select_line(self, line_no: int) -> None:
        if self.order is not None:
            for r, ln in enumerate(self.order.lines):
                if ln.line_no == line_no:
                    self.table.selectRow(r)

    def _selected_line_no(self) -> int | None:
        row = self.table.currentRow()
        if self.order is None or not (0 <= row < len(self.order.lines)):
            if self.order is not None and len(self.order.lines) == 1:
                return self.order.lines[0].line_no
            self.refuse_with(TillError("ui.no_line"))
            return None
        return self.order.lines[row].line_no

    def do_short(self) -> None:
        """The selected line's units not picked yet are not there: marked short."""
        if self.mode != "pick" or self.order is None:
            return
        line_no = self._selected_line_no()
        if line_no is None:
            return
        line = next(ln for ln in self.order.lines if ln.line_no == line_no)
        try:
            change = self.services.pickups.mark_short(
                self.order.order_number, line_no, line.quantity - line.picked
            )
        except TillError as exc:
            self.refuse_with(exc)
            return
        self.order = change.order
        self.sig_changed.emit(change)
        self.redraw()

    def do_ready(self) -> None:
        if self.mode != "pick" or self.order is None or not self.ready_button.isEnabled():
            return
        try:
            change = self.services.pickups.mark_ready(self.order.order_number)
        except TillError as exc:
            self.refuse_with(exc)
            return
        self.order = change.order
        self.ready_button.setEnabled(False)  # once ready, a second tap does nothing
        self.sig_changed.emit(change)
        self.redraw()
        self.banner.show_ok(self.tr("Order {number} is ready; the customer is told.").format(
            number=change.order.order_number))  # fmt: skip

    def do_confirm(self) -> None:
        if self.mode != "handover" or self.handover is None:
            return
        line_no = self._selected_line_no()
        if line_no is None:
            return
        try:
            self.handover, _ = self.handover.confirm_count(line_no, str(self.confirm_reason.currentData()))
        except TillError as exc:
            self.refuse_with(exc)
            return
        self.redraw()

    def do_refuse(self) -> None:
        """One more unit of the selected line refused, with the chosen reason."""
        if self.mode != "handover" or self.handover is None:
            return
        line_no = self._selected_line_no()
        if line_no is None:
            return
        current = next(h for h in self.handover.lines if h.line.line_no == line_no)
        try:
            self.handover, _ = self.handover.refuse(
                line_no, current.refused + 1, str(self.refuse_reason.currentData())
            )
        except TillError as exc:
            self.refuse_with(exc)
            return
        self.redraw()

    def do_hand_over(self) -> None:
        if self.mode != "handover" or self.handover is None or not self.hand_over_button.isEnabled():
            return
        collector = Collector(
            name=self.collector.text().strip(),
            authorised=self.authorised.isChecked(),
            id_checked=self.id_checked.isChecked(),
        )
        self.hand_over_button.setEnabled(False)  # until the area says how it went: no second tap
        self.sig_hand_over_requested.emit(self.handover, collector)
