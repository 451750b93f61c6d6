"""The pickup queue: views by state with their counts, big touch rows, and the search field.

Renders what `PickupsService.queue` / `search` return through a model that is reset with the new
rows (a view of 500 orders is one reset, never 2,500 table items, and the columns are sized from the
rows on screen: benchmarks/pickups.py); a row tapped (or Enter on it) asks to open its order.
The search field takes what the cashier scans or types: a pickup QR, an order number
with its code ("W-100001 4827 1930"), or a part of the customer's name, e-mail or phone. Down and
Up in the field move a visible selection through the rows; Enter then opens the selected order
(typing again drops the selection, so Enter searches again). The view buttons name their F-keys.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from terminal.services.pickups import VIEWS
from terminal.ui.formatting import MoneyFormat, format_datetime
from terminal.ui.message_banner import MessageBanner


def state_name(state: str) -> str:
    """An order's state in the cashier's words."""
    names = {
        "placed": QCoreApplication.translate("PickupsQueue", "to pick"),
        "picking": QCoreApplication.translate("PickupsQueue", "picking"),
        "ready": QCoreApplication.translate("PickupsQueue", "ready"),
        "handed_over": QCoreApplication.translate("PickupsQueue", "handed over"),
    }
    return names.get(state, state)


class OrdersModel(QAbstractTableModel):
    """The rows of a queue view or of a search: order, customer, items, state, collect by."""

    def __init__(self, fmt: MoneyFormat, parent: Any = None) -> None:
        super().__init__(parent)
        self._fmt = fmt
        self.orders: list[Any] = []
        self._cells: dict[int, tuple[str, ...]] = {}  # formatted on first paint, per row

    def set_orders(self, orders: Sequence[Any]) -> None:
        self.beginResetModel()
        self.orders = list(orders)
        self._cells = {}
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.orders)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        names = [
            QCoreApplication.translate("PickupsQueue", "Order"),
            QCoreApplication.translate("PickupsQueue", "Customer"),
            QCoreApplication.translate("PickupsQueue", "Items"),
            QCoreApplication.translate("PickupsQueue", "State"),
            QCoreApplication.translate("PickupsQueue", "Collect by"),
        ]
        return names[section] if 0 <= section < len(names) else None

    def text(self, row: int, column: int) -> str:
        cells = self._cells.get(row)
        if cells is None:
            o = self.orders[row]
            cells = (
                o.order_number,
                o.customer_name or "—",
                str(o.item_count),
                state_name(o.state),
                format_datetime(o.pickup_by, self._fmt.locale) if o.pickup_by else "—",
            )
            self._cells[row] = cells
        return cells[column]

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.orders):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(index.row(), index.column())
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 2:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return None


class PickupsQueue(QWidget):
    """Tabs by state with counts, the orders of the chosen view, and the search field."""

    sig_view_chosen = Signal(str)
    """The cashier chose a view (to_pick, ready, overdue, expiring)."""

    sig_order_chosen = Signal(str)
    """A row was opened (its order number)."""

    sig_search_entered = Signal(str)
    """The search field's text was entered (a scan or typing)."""

    def __init__(self, fmt: MoneyFormat, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fmt = fmt
        self.view = "to_pick"
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        # The Pickups area's messages while the queue is on screen: on this page, not over the pages,
        # so that an open order (which has a bar of its own) keeps the whole height.
        self.banner = MessageBanner(self)
        column.addWidget(self.banner)
        self.search = QLineEdit(self)
        self.search.setObjectName("pickup_search")
        self.search.setPlaceholderText(
            self.tr("Scan the customer's code, or type order + code, name, e-mail, phone")
        )
        self.search.returnPressed.connect(self.on_search_return_pressed)
        self.search.textEdited.connect(self.on_search_text_edited)
        self.search.installEventFilter(self)  # Down / Up move through the rows from the field
        column.addWidget(self.search)
        tabs = QHBoxLayout()
        self.tabs: dict[str, QPushButton] = {}
        for view in VIEWS:
            button = QPushButton(self)
            button.setObjectName(f"view_{view}")
            button.setCheckable(True)
            button.setProperty("kind", "choice")
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(lambda _=False, v=view: self.sig_view_chosen.emit(v))
            tabs.addWidget(button)
            self.tabs[view] = button
            # F1..F4 while this queue has the keys (a button's own shortcut would be window-wide and
            # clash with the sale screen's F-keys; setText would also reset it)
            key = QShortcut(QKeySequence(f"F{len(self.tabs)}"), self)
            key.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            key.activated.connect(button.click)
        column.addLayout(tabs)
        self.model = OrdersModel(fmt, self)
        self.table = QTableView(self)
        self.table.setObjectName("pickup_queue")
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(60)  # a row a finger can hit
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setResizeContentsPrecision(0)  # size the columns from the rows on screen, not all 500
        self.table.clicked.connect(lambda index: self._choose(index.row()))
        self.table.activated.connect(lambda index: self._choose(index.row()))
        column.addWidget(self.table, 1)
        self.empty = QPushButton(self)  # a calm line when the view is empty (no table of nothing)
        self.empty.setEnabled(False)
        self.empty.hide()
        column.addWidget(self.empty)
        self.set_counts(dict.fromkeys(VIEWS, 0))

    def view_title(self, view: str) -> str:
        return {
            "to_pick": self.tr("To pick"),
            "ready": self.tr("Ready"),
            "overdue": self.tr("Overdue"),
            "expiring": self.tr("Expiring today"),
        }[view]

    def set_counts(self, counts: dict[str, int]) -> None:
        for view, button in self.tabs.items():
            key = list(self.tabs).index(view) + 1  # the F-key on its own line: German fits at 1024
            button.setText(f"{self.view_title(view)} ({counts.get(view, 0)})\n(F{key})")
            button.setChecked(view == self.view)

    def show_orders(self, orders: Sequence[Any], *, searching: bool = False) -> None:
        """Rows of `OrderHeadRow`s (a view, or search results); a selected order stays selected."""
        row = self.selected_row()
        kept = self.order_at(row) if row is not None else None
        self.model.set_orders(orders)
        numbers = [o.order_number for o in self.model.orders]
        if kept in numbers:
            self.table.selectRow(numbers.index(kept))
        if orders:
            self.empty.hide()
        else:
            self.empty.setText(
                self.tr("No orders found.") if searching else self.tr("No orders in this view.")
            )
            self.empty.show()
        for view, button in self.tabs.items():
            button.setChecked(not searching and view == self.view)

    def row_count(self) -> int:
        return self.model.rowCount()

    def text_at(self, row: int, column: int) -> str:
        """A cell's text as shown."""
        return self.model.text(row, column)

    def order_at(self, row: int) -> str | None:
        return self.model.orders[row].order_number if 0 <= row < len(self.model.orders) else None

    def selected_row(self) -> int | None:
        """The row chosen with Down / Up (or a tap), if any."""
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def move_selection(self, step: int) -> None:
        """Down (+1) / Up (-1): the next row selected and scrolled into sight; the field keeps the keys."""
        count = self.model.rowCount()
        if count == 0:
            return
        now = self.selected_row()
        row = 0 if now is None else max(0, min(count - 1, now + step))
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.search and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
                self.move_selection(1 if key == Qt.Key.Key_Down else -1)
                return True
        return super().eventFilter(watched, event)

    def on_search_text_edited(self, _text: str) -> None:
        """Typing again drops the selection: Enter then searches the new text."""
        self.table.clearSelection()

    def on_search_return_pressed(self) -> None:
        """Enter: the selected row's order opens; without a selection the text is searched."""
        row = self.selected_row()
        if row is not None:
            self._choose(row)
            return
        self.sig_search_entered.emit(self.search.text())

    def _choose(self, row: int) -> None:
        number = self.order_at(row)
        if number:
            self.sig_order_chosen.emit(number)

    def focus_search(self) -> None:
        self.search.selectAll()
        self.search.setFocus()
