"""The manager's sync screen: online or not, last successful sync, pending and refused events with
their payload, and "resubmit" for refused ones.

Reads through `SyncAdminService` (terminal/services/sync_admin.py): one small read per refresh (at
most 200 rows per list). The connection state comes from the sync engine through the bridge's
`sig_sync_state_changed`; connect it to `on_bridge_sync_state_changed`. The screen opens with the
state the status bar shows, in the same words, so the two never disagree. A state that carries
`held_back` (the engine's `SyncReport`) also shows the events held back until the head office accepts
their version (docs/adr/0010-versioned-contract.md). Times are in the store's
language; event types have names, not wire codes.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from terminal.ui.formatting import format_datetime
from terminal.ui.status_bar import sync_state_text
from terminal.ui.theme import set_role


def event_type_name(event_type: str) -> str:
    """A wire event type as staff call it ("sale.completed" -> "Sale")."""
    names = {
        "sale.completed": QCoreApplication.translate("SyncScreen", "Sale"),
        "sale.returned": QCoreApplication.translate("SyncScreen", "Return"),
        "pickup.handed_over": QCoreApplication.translate("SyncScreen", "Web order handed over"),
        "cash.movement": QCoreApplication.translate("SyncScreen", "Cash in or out"),
        "stock.counted": QCoreApplication.translate("SyncScreen", "Stock count"),
        "stock.adjusted": QCoreApplication.translate("SyncScreen", "Stock adjustment"),
        "stock.transferred_in": QCoreApplication.translate("SyncScreen", "Goods received from a store"),
        "till.closed": QCoreApplication.translate("SyncScreen", "Till closed"),
        "audit.recorded": QCoreApplication.translate("SyncScreen", "Audit entry"),
    }
    return names.get(event_type, event_type)


class SyncScreen(QDialog):
    """Pending and refused outbox events of this till; a manager can resubmit refused ones."""

    sig_events_resubmitted = Signal(int)
    """Refused events were put back in the queue (how many)."""

    def __init__(self, admin: Any, parent: QWidget | None = None, *, status: Any = None) -> None:
        super().__init__(parent)
        self._admin = admin
        self.setWindowTitle(self.tr("Synchronisation"))
        self.resize(960, 680)
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Synchronisation with the head office"), self)
        set_role(title, "title")
        layout.addWidget(title)
        self.online_label = QLabel("", self)
        self.held_label = QLabel("", self)
        self.held_label.setWordWrap(True)
        self.on_bridge_sync_state_changed(status)
        self.last_label = QLabel(self, text="")
        layout.addWidget(self.online_label)
        layout.addWidget(self.held_label)
        layout.addWidget(self.last_label)
        self.tabs = QTabWidget(self)
        self.pending_list = self._list()
        self.failed_list = self._list()
        self.tabs.addTab(self.pending_list, self.tr("Waiting"))
        self.tabs.addTab(self.failed_list, self.tr("Refused"))
        self.payload = QPlainTextEdit(self)
        self.payload.setReadOnly(True)
        self.payload.setPlaceholderText(self.tr("Choose an event to see its content"))
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(self.tabs)
        split.addWidget(self.payload)
        split.setSizes([420, 540])
        layout.addWidget(split, 1)
        row = QHBoxLayout()
        close = QPushButton(self.tr("Close (Esc)"), self)
        close.clicked.connect(self.reject)
        row.addWidget(close)
        refresh = QPushButton(self.tr("Refresh"), self)
        refresh.clicked.connect(self.refresh)
        row.addWidget(refresh)
        self.resubmit_button = QPushButton(self.tr("Resubmit refused event"), self)
        set_role(self.resubmit_button, "manager")
        self.resubmit_button.clicked.connect(self.on_resubmit_clicked)
        row.addWidget(self.resubmit_button)
        layout.addLayout(row)
        self.tabs.currentChanged.connect(self.on_tabs_current_changed)
        self.refresh()

    def _list(self) -> QListWidget:
        widget = QListWidget(self)
        widget.setUniformItemSizes(True)
        widget.currentItemChanged.connect(self.on_list_current_item_changed)
        return widget

    def refresh(self) -> None:
        """Read the queue again and render it."""
        view = self._admin.overview()
        self.tabs.setTabText(0, self.tr("Waiting ({count})").format(count=view.pending_count))
        self.tabs.setTabText(1, self.tr("Refused ({count})").format(count=view.failed_count))
        if view.last_success is None:
            self.last_label.setText(self.tr("Last successful sync: never"))
        else:
            when = format_datetime(view.last_success)
            self.last_label.setText(self.tr("Last successful sync: {when}").format(when=when))
        for widget, events in ((self.pending_list, view.pending), (self.failed_list, view.failed)):
            widget.clear()
            for event in events:
                text = self.tr("#{seq}  {type}  {when}  attempts: {attempts}").format(
                    seq=event.seq,
                    type=event_type_name(event.type),
                    when=format_datetime(event.occurred_at),
                    attempts=event.attempts,
                )
                item = QListWidgetItem(text, widget)
                item.setData(Qt.ItemDataRole.UserRole, event)
            if not events:
                widget.addItem(self.tr("Nothing here"))
        self.payload.clear()
        self.resubmit_button.setEnabled(False)

    def on_bridge_sync_state_changed(self, status: Any) -> None:
        """The engine's state (a bridge SyncStatus or the engine's SyncReport, which also says what is held
        back), in the status bar's words; None: not known yet."""
        text, role = sync_state_text(status)
        if status is not None and not status.online:
            text = self.tr("{state} — sales are kept and sent later").format(state=text)
        self.online_label.setText(text)
        set_role(self.online_label, role)
        held = getattr(status, "held_back", None)
        self.held_label.setVisible(held is not None)
        if held is not None:
            self.held_label.setText(
                self.tr(
                    "Held back: %n event(s) from #{seq}, {type} in version {schema}; the head office "
                    "takes version(s) {accepted} of it. They are kept and sent once it accepts them.",
                    "",
                    held.count,
                ).format(
                    seq=held.seq,
                    type=event_type_name(held.type),
                    schema=held.schema,
                    accepted=", ".join(map(str, held.accepted)) or "—",
                )
            )
            set_role(self.held_label, "state-warn")

    def on_tabs_current_changed(self, _index: int) -> None:
        current = self.tabs.currentWidget()
        self.on_list_current_item_changed(current.currentItem() if isinstance(current, QListWidget) else None)

    def on_list_current_item_changed(self, item: QListWidgetItem | None, _previous: Any = None) -> None:
        event = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if event is None:
            self.payload.clear()
            self.resubmit_button.setEnabled(False)
            return
        error = self.tr("Refused by the head office: {error}").format(error=event.last_error)
        self.payload.setPlainText((error + "\n\n" if event.last_error else "") + event.payload)
        self.resubmit_button.setEnabled(self.tabs.currentWidget() is self.failed_list)

    def on_resubmit_clicked(self) -> None:
        item = self.failed_list.currentItem()
        event = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if event is None:
            return
        count = self._admin.resubmit([event.event_id])
        self.sig_events_resubmitted.emit(count)
        self.refresh()
