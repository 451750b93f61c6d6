"""The customer's timeline as a table: the day, what (store visit, web order, return, voucher), where,
its state (a voucher's with the balance left) and amount; the chosen row's time and details (its lines)
under the table. "Where" is the store's name as the till knows it (the chain's stores reach it through the
feed, ADR 0025; its own from its config otherwise), else its id. A
model reset per page and cells formatted on first paint, so 1,000 entries go on
screen in one reset (benchmarks/customer_timeline.py)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QEvent,
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


def two_lines(text: str) -> str:
    """The text broken at the space nearest its middle ("Baumarkt & Mehr\nBerlin-Mitte")."""
    spaces = [i for i, ch in enumerate(text) if ch == " "]
    if not spaces:
        return text
    cut = min(spaces, key=lambda i: abs(len(text) - 2 * i))
    return f"{text[:cut]}\n{text[cut + 1 :]}"


def _date(when: datetime, fmt: MoneyFormat) -> str:
    """The day in the store's language (the time of day is in the row's details)."""
    day = when.astimezone().date()
    return fmt.locale.toString(QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat)


class TimelineModel(QAbstractTableModel):
    COLUMNS = 5  # the details (`details(row)`) show under the table for the chosen row

    def __init__(
        self, fmt: MoneyFormat, parent: Any = None, *, store_names: Mapping[str, str] | None = None
    ) -> None:
        super().__init__(parent)
        self._fmt = fmt
        self._store_names = dict(store_names or {})  # a fallback: its own store's configured name
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
        """An entry's amount in its own currency (a Budapest purchase at a Berlin till: "1.595 HUF")."""
        return self._fmt.money(Money(amount_minor, currency))

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
                (e.store_name or self._store_names.get(e.store_id, e.store_id)) if e.store_id else "—",
                state,
                amount,
                details,
            )
            self._cells[row] = cells
        return cells[column]

    def shown(self, row: int, column: int) -> str:
        """A cell as painted: on two lines where it has words (a row is two lines high), so the
        five columns fit a 1024 px screen: "Web order" over "W-100001", a store's name broken."""
        if column == 1:
            e = self.entries[row]
            return f"{channel_name(e.channel)}\n{e.reference}"
        text = self.text(row, column)
        return two_lines(text) if column in (2, 3) else text

    def details(self, row: int) -> str:
        """The entry's lines in a few words, or a voucher's balance left."""
        return self.text(row, 5) if 0 <= row < len(self.entries) else ""

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.entries):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.shown(index.row(), index.column())
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
        self.verticalHeader().setDefaultSectionSize(64)  # two lines; set from the font once polished
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)  # the model breaks the lines itself
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # long cells elide
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # fit_columns sizes them
        header.setResizeContentsPrecision(0)  # columns sized from the rows on screen, not all 1,000
        model.modelReset.connect(self.fit_columns)
        model.rowsInserted.connect(self.fit_columns)

    def fit_columns(self) -> None:
        """Each column as wide as its cells; the room left goes to "What". Too narrow a screen
        takes the room from "Where" first (a store's name may elide before anything else)."""
        model = self.model()
        if model is None:
            return
        self.verticalHeader().setDefaultSectionSize(2 * self.fontMetrics().lineSpacing() + 12)
        header = self.horizontalHeader()
        widths = [
            max(self.sizeHintForColumn(c), header.sectionSizeFromContents(c).width())
            for c in range(model.columnCount())
        ]
        spare = self.viewport().width() - sum(widths)
        if spare >= 0:
            widths[1] += spare
        else:
            for column in (2, 1):
                give = min(-spare, max(0, widths[column] - 80))
                widths[column] -= give
                spare += give
        for column, width in enumerate(widths):
            header.resizeSection(column, width)

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self.fit_columns()

    def changeEvent(self, event: Any) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self.fit_columns()
