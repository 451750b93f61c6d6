"""The strip at the top of the window: the work areas' mode bar, who works the till, printer, scanner,
sync, and the clock.

It only renders what it is told: the main window passes the staff member, the bridge's signals
pass printer, scanner and sync states. A problem (printer offline with receipts waiting, sync
offline or refused events) is shown in warning colours so it is seen from arm's length. Every text
is translated, counts use Qt's plural forms, and no internal code is shown. The labels elide: the
bar never makes the window wider than the screen, whatever the language or the count.

When the mode bar's names and the states do not fit one row whole (six areas in German at 1024 px),
the mode bar takes a row of its own above the states: "Best…" and "Kas…" are not names a cashier
should have to guess, and one row of height is cheaper than that. Where one row fits (1366 px), one
row it is. Only if even a row of its own is too narrow do the names elide (terminal/ui/mode_button.py).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDateTime, QEvent, QObject, QTimer
from PySide6.QtGui import QFont, QFontMetrics, QResizeEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from terminal.domain.staff import Role, StaffMember
from terminal.ui.bridge import PrinterStatus, ScannerStatus, SyncStatus
from terminal.ui.elided_label import ElidedLabel
from terminal.ui.formatting import locale_for
from terminal.ui.theme import set_role


def sync_state_text(status: SyncStatus | None) -> tuple[str, str]:
    """What the sync state is called, and its colour role; the sync screen says the same."""
    if status is None:
        return QCoreApplication.translate("StatusBar", "Sync: —"), "state-ok"
    if status.failed:
        return QCoreApplication.translate(
            "StatusBar", "Sync: %n refused — tell the manager", "", status.failed
        ), "state-bad"
    if not status.online:
        return QCoreApplication.translate(
            "StatusBar", "Offline — %n waiting", "", status.pending
        ), "state-warn"
    if status.pending:
        return QCoreApplication.translate("StatusBar", "Online — %n to send", "", status.pending), "state-ok"
    return QCoreApplication.translate("StatusBar", "Online"), "state-ok"


class StatusBar(QFrame):
    """Staff · printer · scanner · sync · clock."""

    def __init__(self, *, language: str = "en", store_name: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        set_role(self, "statusbar")
        self._locale = locale_for(language)
        column = QVBoxLayout(self)
        column.setContentsMargins(6, 3, 6, 3)
        column.setSpacing(3)
        self._column = column
        self._top = QHBoxLayout()  # the mode bar, when it needs a row of its own
        self._top.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        column.addLayout(self._top)
        column.addLayout(row)
        self._row = row
        self._leading: QWidget | None = None
        self.wrapped = False  # True while the mode bar has a row of its own
        self._row_font: QFont | None = None
        self.store = ElidedLabel(store_name, self)
        self.staff = ElidedLabel("", self)
        self.printer = ElidedLabel("", self)
        self.scanner = ElidedLabel("", self)
        self.sync = ElidedLabel("", self)
        self.clock = QLabel("", self)
        # The store's name takes only the room left over: the states matter more at the counter.
        self.store.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        row.addWidget(self.store, 1)
        row.addWidget(self.staff)
        for label in (self.printer, self.scanner, self.sync, self.clock):
            row.addWidget(label)
        self.set_staff(None)
        self.set_printer_status(PrinterStatus(ready=True))
        self.scanner.hide()  # a wedge scanner is a keyboard: only a serial scanner reports a state
        self.sync_status: SyncStatus | None = None  # the last state the engine reported
        self._state(self.sync, *sync_state_text(None))
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.on_timer_timeout)
        self._timer.start(1000)
        self.on_timer_timeout()

    def add_leading(self, widget: QWidget) -> None:
        """Put `widget` (the mode bar) at the start of the strip."""
        self._leading = widget
        self._row.insertWidget(0, widget)
        widget.installEventFilter(self)  # a name or a badge changed: one row may no longer do
        self._fit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._leading and event.type() == QEvent.Type.LayoutRequest:
            self._fit()
        return super().eventFilter(watched, event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _width_on_one_row(self, label: QLabel) -> int:
        """The label's width in the font it has on one row: measured while wrapped (a smaller font),
        its own size hint would say it fits and the strip would flip back and forth."""
        if not self.wrapped or self._row_font is None:
            return label.sizeHint().width()
        text = label.text()
        shown = QFontMetrics(label.font()).horizontalAdvance(text)
        return label.sizeHint().width() - shown + QFontMetrics(self._row_font).horizontalAdvance(text)

    def _fit(self) -> None:
        """One row if the mode bar's names and the states fit it whole, else the mode bar above."""
        leading = self._leading
        if leading is None or self.width() <= 0:
            return
        states = [
            w for w in (self.staff, self.printer, self.scanner, self.sync, self.clock) if not w.isHidden()
        ]
        if not self.wrapped:
            self._row_font = QFont(self.clock.font())  # the states' font on one row (the theme's)
        margins = self._column.contentsMargins()
        needed = leading.sizeHint().width() + sum(self._width_on_one_row(w) for w in states)
        needed += self._row.spacing() * len(states) + margins.left() + margins.right()
        wrap = needed > self.width()
        if wrap == self.wrapped:
            return
        self.wrapped = wrap
        self.setProperty("wrapped", "true" if wrap else "false")
        for widget in (self, *self.findChildren(QWidget)):  # the rules read the strip's property
            widget.style().unpolish(widget)
            widget.style().polish(widget)
            widget.updateGeometry()
        if wrap:
            self._row.removeWidget(leading)
            self._top.addWidget(leading)
        else:
            self._top.removeWidget(leading)
            self._row.insertWidget(0, leading)

    def set_staff(self, member: StaffMember | None) -> None:
        if member is None:
            self.staff.setText(self.tr("Not logged in"))
            return
        # The name only, a manager's with a star: the mode bar's area names need the room more.
        self.staff.setText(f"★ {member.name}" if member.role is Role.MANAGER else member.name)
        self._fit()

    def _state(self, label: ElidedLabel, text: str, role: str) -> None:
        label.setText(text)
        set_role(label, role)
        self._fit()

    def set_printer_status(self, status: PrinterStatus) -> None:
        n = status.waiting
        if status.ready and n == 0:
            self._state(self.printer, self.tr("Printer ready"), "state-ok")
        elif status.ready:
            self._state(self.printer, self.tr("Printer: %n receipt(s) waiting", "", n), "state-warn")
        elif n == 0 and status.detail == "printer.error":  # found by a probe while nothing waits
            self._state(self.printer, self.tr("Printer fault"), "state-bad")
        elif n == 0 and status.detail not in ("printer.paper_out", "printer.timeout"):
            self._state(self.printer, self.tr("Printer offline"), "state-bad")
        elif status.detail == "printer.paper_out":
            text = self.tr("Printer out of paper — %n receipt(s) waiting", "", n)
            self._state(self.printer, text, "state-bad")
        elif status.detail == "printer.timeout":
            text = self.tr("Printer not responding — %n receipt(s) waiting", "", n)
            self._state(self.printer, text, "state-bad")
        elif status.detail == "printer.error":
            self._state(self.printer, self.tr("Printer fault — %n receipt(s) waiting", "", n), "state-bad")
        else:
            self._state(self.printer, self.tr("Printer offline — %n receipt(s) waiting", "", n), "state-bad")

    def set_scanner_status(self, status: ScannerStatus) -> None:
        self.scanner.show()
        if status.connected:
            self._state(self.scanner, self.tr("Scanner ready"), "state-ok")
        else:
            self._state(self.scanner, self.tr("Scanner offline"), "state-bad")

    def set_sync_status(self, status: SyncStatus) -> None:
        self.sync_status = status
        self._state(self.sync, *sync_state_text(status))

    def on_timer_timeout(self) -> None:
        now = QDateTime.currentDateTime()
        self.clock.setText(self._locale.toString(now.time(), "HH:mm"))
