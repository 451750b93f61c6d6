"""The customer's timeline as a table: the day, what (store visit, web order, return, voucher), where,
its state (a voucher's with the balance left) and amount; the chosen row's time and details (its lines)
under the table. A model reset per page and cells formatted on first paint, so 1,000 entries go on
screen in one reset (benchmarks/customer_timeline.py)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from terminal.domain.customer import TimelineEntry
from terminal.domain.money import Money
from terminal.ui.formatting import MoneyFormat, format_datetime


def channel_name(channel: str) -> str:
    names = {
        "store": QCoreApplication.translate("CustomersArea", "Store purchase"),
        "web": QCoreApplication.translate("CustomersArea", "Web order"),
        "return": QCoreApplication.translate("CustomersArea", "Return"),
        "voucher": QCoreApplication.translate("CustomersArea", "Voucher"),
    }
    return names.get(channel, channel)


def status_name(status: str) -> str:
    names = {
        "completed": QCoreApplication.translate("CustomersArea", "completed"),
        "placed": QCoreApplication.translate("CustomersArea", "to pick"),
        "picking": QCoreApplication.translate("CustomersArea", "picking"),
        "ready": QCoreApplication.translate("CustomersArea", "ready for pickup"),
        "collected": QCoreApplication.translate("CustomersArea", "collected"),
        "partially_collected": QCoreApplication.translate("CustomersArea", "partly collected"),
        "cancelled": QCoreApplication.translate("CustomersArea", "cancelled"),
        "expired": QCoreApplication.translate("CustomersArea", "not collected"),
        "returned": QCoreApplication.translate("CustomersArea", "returned"),
        "active": QCoreApplication.translate("CustomersArea", "active"),
        "spent": QCoreApplication.translate("CustomersArea", "spent"),
        "voided": QCoreApplication.translate("CustomersArea", "voided"),
    }
    return names.get(status, status)


def _date(when: datetime, fmt: MoneyFormat) -> str:
    """The day in the store's language (the time of day is in the row's details)."""
    day = when.astimezone().date()
    return fmt.locale.toString(QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat)


class TimelineModel(QAbstractTableModel):
    COLUMNS = 5  # the details (`details(row)`) show under the table for the chosen row

    def __init__(self, fmt: MoneyFormat, parent: Any = None) -> None:
        super().__init__(parent)
        self._fmt = fmt
        self.entries: list[TimelineEntry] = []
        self._cells: dict[int, tuple[str, ...]] = {}

    def set_entries(self, entries: Sequence[TimelineEntry]) -> None:
        self.beginResetModel()
        self.entries = list(entries)
        self._cells = {}
        self.endResetModel()

    def add_entries(self, entries: Sequence[TimelineEntry]) -> None:
        """The next page, under the ones shown."""
        if not entries:
            return
        first = len(self.entries)
        self.beginInsertRows(QModelIndex(), first, first + len(entries) - 1)
        self.entries.extend(entries)
        self.endInsertRows()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        names = [
            QCoreApplication.translate("CustomersArea", "When"),
            QCoreApplication.translate("CustomersArea", "What"),
            QCoreApplication.translate("CustomersArea", "Where"),
            QCoreApplication.translate("CustomersArea", "State"),
            QCoreApplication.translate("CustomersArea", "Amount"),
        ]
        return names[section] if 0 <= section < len(names) else None

    def money(self, amount_minor: int, currency: str) -> str:
        if currency == self._fmt.currency:
            return self._fmt.money(Money(amount_minor, currency))
        return f"{amount_minor / 100:.2f} {currency}"

    def text(self, row: int, column: int) -> str:
        cells = self._cells.get(row)
        if cells is None:
            e = self.entries[row]
            amount = self.money(e.total_minor, e.currency)
            details = e.summary
            if e.channel == "voucher" and e.balance_minor is not None:
                details = QCoreApplication.translate("CustomersArea", "balance {amount}").format(
                    amount=self.money(e.balance_minor, e.currency)
                )
            elif e.channel == "return":
                amount = f"−{amount}"
            state = status_name(e.status)
            if e.channel == "voucher" and e.balance_minor is not None:
                state = f"{state} · {details}"  # the balance left, where the eye is
            details = (
                f"{format_datetime(e.occurred_at, self._fmt.locale)} · {details}"
                if details
                else (format_datetime(e.occurred_at, self._fmt.locale))
            )
            cells = (
                _date(e.occurred_at, self._fmt),
                f"{channel_name(e.channel)} {e.reference}",
                e.store_id or "—",
                state,
                amount,
                details,
            )
            self._cells[row] = cells
        return cells[column]

    def details(self, row: int) -> str:
        """The entry's lines in a few words, or a voucher's balance left."""
        return self.text(row, 5) if 0 <= row < len(self.entries) else ""

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.entries):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(index.row(), index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.details(index.row())
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 4:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return None


class TimelineView(QTableView):
    def __init__(self, model: TimelineModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("customer_timeline")
        self.setModel(model)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(44)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # long cells elide
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)  # what: the room that is left
        header.setResizeContentsPrecision(0)  # columns sized from the rows on screen, not all 1,000
