"""The pickup queue: views by state with their counts, big touch rows, and the search field.

Renders what `PickupsService.queue` / `search` return; a row tapped (or Enter on it) asks to open
its order. The search field takes what the cashier scans or types: a pickup QR, an order number
with its code ("W-100001 4827 1930"), or a part of the customer's name, e-mail or phone.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from terminal.services.pickups import VIEWS
from terminal.ui.formatting import MoneyFormat, format_datetime


def state_name(state: str) -> str:
    """An order's state in the cashier's words."""
    from PySide6.QtCore import QCoreApplication

    names = {
        "placed": QCoreApplication.translate("PickupsQueue", "to pick"),
        "picking": QCoreApplication.translate("PickupsQueue", "picking"),
        "ready": QCoreApplication.translate("PickupsQueue", "ready"),
        "handed_over": QCoreApplication.translate("PickupsQueue", "handed over"),
    }
    return names.get(state, state)


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
        self.search = QLineEdit(self)
        self.search.setObjectName("pickup_search")
        self.search.setPlaceholderText(
            self.tr("Scan the customer's code, or type order + code, name, e-mail, phone")
        )
        self.search.returnPressed.connect(lambda: self.sig_search_entered.emit(self.search.text()))
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
        self.table = QTableWidget(0, 5, self)
        self.table.setObjectName("pickup_queue")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Order"), self.tr("Customer"), self.tr("Items"), self.tr("State"), self.tr("Collect by")]
        )
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(60)  # a row a finger can hit
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.cellClicked.connect(lambda row, _col: self._choose(row))
        self.table.cellActivated.connect(lambda row, _col: self._choose(row))
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
            button.setText(f"{self.view_title(view)} ({counts.get(view, 0)})")
            button.setChecked(view == self.view)

    def show_orders(self, orders: Sequence[Any], *, searching: bool = False) -> None:
        """Rows of `OrderHeadRow`s (a view, or search results)."""
        self.table.setRowCount(len(orders))
        for row, o in enumerate(orders):
            cells = [
                o.order_number,
                o.customer_name or "—",
                str(o.item_count),
                state_name(o.state),
                format_datetime(o.pickup_by, self.fmt.locale) if o.pickup_by else "—",
            ]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col == 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, col, item)
        if orders:
            self.empty.hide()
        else:
            self.empty.setText(
                self.tr("No orders found.") if searching else self.tr("No orders in this view.")
            )
            self.empty.show()
        for view, button in self.tabs.items():
            button.setChecked(not searching and view == self.view)

    def order_at(self, row: int) -> str | None:
        item = self.table.item(row, 0)
        return item.text() if item is not None else None

    def _choose(self, row: int) -> None:
        number = self.order_at(row)
        if number:
            self.sig_order_chosen.emit(number)

    def focus_search(self) -> None:
        self.search.selectAll()
        self.search.setFocus()
