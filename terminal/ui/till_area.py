"""The Till work area: the day's state (open since, by whom, the float), its figures so far, and the
day's actions: Open day (float by denomination), Cash in, Cash out, X report, Close day (Z).

Each button opens its dialog; the dialog's entry goes to one `TillDayService` call, whose refusal is
shown in the dialog (which stays open) and whose result redraws the area and is broadcast to the
other areas (`sig_day_changed`). Cash out above the cashier's limit asks for a manager's PIN. The Z is
two steps: the cash counted blind by denomination, then the other tenders with expected vs counted.
Keys: F5 open, F6 cash in, F7 cash out, F8 X report, F9 close (Z); F10 steps from the day's figures
through its Charts (day_charts_view.py: by hour, by tender, top products by revenue and by quantity)
and back; the charts are read on the worker and redrawn after every change broadcast while shown.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, ClassVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from terminal.domain.day_charts import DayCharts
from terminal.domain.errors import TillError
from terminal.domain.money import Money
from terminal.domain.till_day import MovementKind
from terminal.services.container import Services
from terminal.services.till_day import DayChange, DayState
from terminal.ui.approval_dialog import any_call, ask_approval
from terminal.ui.cash_count_dialog import CashCountDialog
from terminal.ui.cash_move_dialog import CashMoveDialog
from terminal.ui.close_day_dialog import CloseDayDialog
from terminal.ui.day_charts_view import DayChartsView
from terminal.ui.day_messages import tender_name
from terminal.ui.formatting import MoneyFormat, format_datetime
from terminal.ui.message_banner import MessageBanner
from terminal.ui.messages import message_for
from terminal.ui.theme import set_role
from terminal.ui.worker import Worker


class TillArea(QWidget):
    """The day of this till."""

    area_id: ClassVar[str] = "till"
    scan_meanings: ClassVar[frozenset[str]] = frozenset()

    sig_day_changed = Signal(object)
    """The day was opened, cash moved, an X printed or the day closed (the DayChange)."""

    def __init__(
        self, services: Services, fmt: MoneyFormat, worker: Worker, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.fmt = fmt
        self.worker = worker
        self._charts_asked = 0  # answers to older chart queries are dropped (they may arrive late)
        self.dialog: QDialog | None = None
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # its F-keys work while it is shown
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        self.banner = MessageBanner(self)
        column.addWidget(self.banner)
        self.state_label = QLabel("", self)
        self.state_label.setObjectName("day_state")
        self.state_label.setWordWrap(True)
        set_role(self.state_label, "title")
        column.addWidget(self.state_label)
        self.tabs = QTabWidget(self)
        self.tabs.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        figures_page = QWidget(self.tabs)
        page_column = QVBoxLayout(figures_page)
        self.figures = QGridLayout()
        self.figures.setHorizontalSpacing(24)
        page_column.addLayout(self.figures)
        page_column.addStretch(1)
        self.tabs.addTab(figures_page, self.tr("Day"))
        self.charts = DayChartsView(fmt, self.tabs)
        self.tabs.addTab(self.charts, self.tr("Charts (F10)"))
        self.tabs.currentChanged.connect(self.on_tabs_current_changed)
        column.addWidget(self.tabs, 1)
        toggle = QShortcut(QKeySequence("F10"), self)
        toggle.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        toggle.activated.connect(self.on_charts_key_pressed)
        bar = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        for key, text, shortcut, slot in (
            ("open", self.tr("Open day"), "F5", self.on_open_clicked),
            ("cash_in", self.tr("Cash in"), "F6", lambda: self.on_cash_clicked(MovementKind.CASH_IN)),
            ("cash_out", self.tr("Cash out"), "F7", lambda: self.on_cash_clicked(MovementKind.CASH_OUT)),
            ("x_report", self.tr("X report"), "F8", self.on_x_clicked),
            ("close", self.tr("Close day (Z)"), "F9", self.on_close_clicked),
        ):
            button = QPushButton(f"{text}\n{shortcut}", self)
            button.setObjectName(f"day_{key}")
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setMinimumHeight(72)
            button.clicked.connect(slot)
            set_role(button, "pay" if key in ("open", "close") else "primary")
            bar.addWidget(button)
            self.buttons[key] = button
            keys = QShortcut(QKeySequence(shortcut), self)
            keys.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            keys.activated.connect(slot)
        column.addLayout(bar)
        self.state: DayState | None = None

    def area_title(self) -> str:
        return self.tr("Till")

    def on_scanner_scanned(self, code: str, source: str = "") -> None:
        """The Till area takes no scans."""

    def on_changed(self, _change: object) -> None:
        """A sale elsewhere changes the day's figures."""
        if self.isVisible():
            self.refresh()

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self.setFocus()
        self.refresh()

    # ------------------------------------------------------------------ rendering

    def refresh(self) -> None:
        try:
            self.render_state(self.services.till_day.state())
        except TillError as exc:
            self.banner.show_error(message_for(exc, self.fmt))
        if self.tabs.currentWidget() is self.charts:
            self.load_charts()

    def on_charts_key_pressed(self) -> None:
        """F10: the day's figures, then each chart in turn, then the figures again."""
        if self.tabs.currentWidget() is not self.charts:
            self.tabs.setCurrentWidget(self.charts)
        elif not self.charts.step():
            self.tabs.setCurrentIndex(0)

    def on_tabs_current_changed(self, _index: int) -> None:
        if self.tabs.currentWidget() is self.charts:
            self.load_charts()

    def load_charts(self) -> None:
        """Read the day's charts on the worker; only the latest answer is drawn."""
        self._charts_asked += 1
        asked = self._charts_asked

        def done(charts: object) -> None:
            if asked == self._charts_asked and isinstance(charts, DayCharts):
                self.charts.show_charts(charts)

        def failed(exc: BaseException) -> None:  # e.g. a locked database: said, never lost in a thread
            self.banner.show_error(message_for(exc, self.fmt))

        self.worker.submit(self.services.day_charts.charts, on_done=done, on_error=failed)

    def render_state(self, state: DayState) -> None:
        self.state = state
        day = state.day
        if day is None:
            text = self.tr("No day opened at this till yet. Open the day with a counted float.")
        elif day.is_open and not day.float_counted:  # the till opened it for its first receipt (ADR 0024)
            text = self.tr(
                "Day open since {when}: opened by the first receipt ({name}). The float was not "
                "counted, so the difference at the Z includes any cash that was in the drawer."
            ).format(when=format_datetime(day.opened_at, self.fmt.locale), name=state.opened_by_name)
        elif day.is_open:
            text = self.tr("Day open since {when} by {name}. Float {amount}.").format(
                when=format_datetime(day.opened_at, self.fmt.locale),
                name=state.opened_by_name,
                amount=self.fmt.money(day.float_count.total),
            )
        else:
            text = self.tr("Day closed (Z {z}) at {when}. Open a new day to sell.").format(
                z=day.z_number, when=format_datetime(day.closed_at or day.opened_at, self.fmt.locale)
            )
        self.state_label.setText(text)
        is_open = state.is_open
        self.buttons["open"].setEnabled(not is_open)
        for key in ("cash_in", "cash_out", "x_report", "close"):
            self.buttons[key].setEnabled(is_open)
        self._render_figures(state if is_open else None)

    def _render_figures(self, state: DayState | None) -> None:
        while self.figures.count():
            item = self.figures.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.setParent(None)  # gone at once (a later look-up must not find it)
                widget.deleteLater()
        if state is None or state.figures is None:
            return
        day = state.figures
        rows: list[tuple[str, str]] = [
            (self.tr("Sales"), str(day.sales_count)),
            (self.tr("Gross"), self.fmt.money(day.gross)),
            (self.tr("Cash in / out"), f"{self.fmt.money(day.cash_in)} / {self.fmt.money(day.cash_out)}"),
        ]
        rows += [
            (
                tender_name(t.tender),
                self.tr("in {taken} · out {paid}").format(
                    taken=self.fmt.money(t.taken_in), paid=self.fmt.money(t.paid_out)
                ),
            )
            for t in day.tenders
        ]
        rows.append((self.tr("Expected cash in the drawer"), self.fmt.money(day.expected_cash)))
        for row, (caption, value) in enumerate(rows):
            left = QLabel(caption, self)
            right = QLabel(value, self)
            right.setObjectName(f"figure_{row}")
            right.setAlignment(Qt.AlignmentFlag.AlignRight)
            if row == len(rows) - 1:
                set_role(right, "total")
                right.setObjectName("expected_cash")
            self.figures.addWidget(left, row, 0)
            self.figures.addWidget(right, row, 1)

    def _done(self, change: DayChange, message: str) -> None:
        self.render_state(change.state)
        self.banner.show_ok(message)
        self.sig_day_changed.emit(change)

    def _attempt(self, dialog: Any, call: Callable[[], DayChange], message: str) -> None:
        try:
            change = call()
        except TillError as exc:
            dialog.show_error(message_for(exc, self.fmt))
            return
        dialog.accept()
        self._done(change, message)

    # ------------------------------------------------------------------ the actions

    def on_open_clicked(self) -> None:
        if self.state is not None and self.state.is_open:
            return
        dialog = CashCountDialog(
            self.fmt,
            title=self.tr("Open the day"),
            prompt=self.tr("Count the float in the drawer: how many of each note and coin."),
            ok_text=self.tr("Open day"),
            parent=self,
        )
        dialog.sig_count_entered.connect(
            lambda pieces: self._attempt(
                dialog, lambda: self.services.till_day.open_day(pieces), self.tr("The day is open.")
            )
        )
        self._show(dialog)

    def on_cash_clicked(self, kind: MovementKind) -> None:
        if self.state is None or not self.state.is_open:
            return
        dialog = CashMoveDialog(self.fmt, kind, parent=self)

        def record(amount: Money, reason: str, note: str) -> None:
            call = any_call(self.services.till_day.move_cash, kind, amount, reason=reason, note=note)

            def done(result: Callable[[], DayChange]) -> None:
                self._attempt(
                    dialog, result, self.tr("Recorded: {amount}.").format(amount=self.fmt.money(amount))
                )

            ask_approval(dialog, self.services.staff, call, done)

        dialog.sig_movement_entered.connect(record)
        self._show(dialog)

    def on_x_clicked(self) -> None:
        if self.state is None or not self.state.is_open:
            return
        try:
            change = self.services.till_day.x_report()
        except TillError as exc:
            self.banner.show_error(message_for(exc, self.fmt))
            return
        self._done(change, self.tr("The X report is printing."))

    def on_close_clicked(self) -> None:
        if self.state is None or not self.state.is_open:
            return
        count = CashCountDialog(
            self.fmt,
            title=self.tr("Close the day (Z): count the cash"),
            prompt=self.tr("Count all cash in the drawer: how many of each note and coin."),
            ok_text=self.tr("Next"),
            parent=self,
        )
        count.sig_count_entered.connect(lambda pieces: self._second_step(count, pieces))
        self._show(count)

    def _second_step(self, count: CashCountDialog, pieces: dict[int, int]) -> None:
        state = self.services.till_day.state()
        if state.figures is None:
            return
        count.accept()
        dialog = CloseDayDialog(self.fmt, state.figures, count.counted(), parent=self)
        dialog.sig_close_requested.connect(
            lambda other, reason: self._attempt(
                dialog,
                lambda: self.services.till_day.close_day(cash=pieces, other=other, reason=reason),
                self.tr("The day is closed. The Z report is printing."),
            )
        )
        self._show(dialog)

    def _show(self, dialog: QDialog) -> None:
        self.dialog = dialog
        dialog.finished.connect(dialog.deleteLater)
        dialog.finished.connect(lambda _code: self.setFocus())  # the F-keys work again
        dialog.open()
