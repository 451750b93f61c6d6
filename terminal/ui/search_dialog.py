"""Find a product by name, brand or article number as the cashier types; Enter or a tap adds it.

Each keystroke restarts a one-frame timer; when it fires, the query runs on the thread pool
(`Worker`) and only the answer to the newest query is shown (older answers are dropped), so typing
never waits for the database. Results are a small list (the service caps it), shown in big rows.
An on-screen keyboard in the till's language (terminal/ui/touch_keyboard.py) types into the query,
so a till without a keyboard can search; its Enter adds the highlighted product.
"""

from __future__ import annotations

from typing import Any, Protocol

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from terminal.services.catalogue import ProductHit
from terminal.ui.formatting import MoneyFormat
from terminal.ui.messages import message_for
from terminal.ui.stock_line import StockLine, StockLookup
from terminal.ui.theme import set_role
from terminal.ui.touch_keyboard import TouchKeyboard
from terminal.ui.worker import Worker

DEBOUNCE_MS = 16  # one frame at 60 Hz
ROW_HEIGHT = 56


class ProductSearch(Protocol):
    def search(self, text: str, limit: int = 50) -> list[ProductHit]: ...


class HitsModel(QAbstractTableModel):
    """Search results: name, brand, article number, price."""

    def __init__(self, fmt: MoneyFormat, parent: Any = None) -> None:
        super().__init__(parent)
        self._fmt = fmt
        self.hits: list[ProductHit] = []

    def set_hits(self, hits: list[ProductHit]) -> None:
        self.beginResetModel()
        self.hits = hits
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.hits)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        names = [
            QCoreApplication.translate("HitsModel", "Product"),
            QCoreApplication.translate("HitsModel", "Brand"),
            QCoreApplication.translate("HitsModel", "Article no."),
            QCoreApplication.translate("HitsModel", "Price"),
        ]
        return names[section] if 0 <= section < len(names) else None

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.hits):
            return None
        hit = self.hits[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            price = self._fmt.money(hit.price) + (" / kg" if hit.unit == "kg" else "")
            return (hit.name, hit.brand, hit.sku, price)[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return hit.name
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 3:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class SearchDialog(QDialog):
    """Type to search; Enter/tap/double-click chooses the highlighted product."""

    sig_product_chosen = Signal(str)
    """The cashier chose a product (its SKU)."""

    sig_results_shown = Signal(int)
    """Results of the newest query are on screen (how many)."""

    def __init__(
        self,
        catalogue: ProductSearch,
        fmt: MoneyFormat,
        worker: Worker,
        parent: QWidget | None = None,
        *,
        stock: StockLookup | None = None,
        store_id: str = "",
        language: str = "en",
    ):
        super().__init__(parent)
        self._catalogue = catalogue
        self._worker = worker
        self._generation = 0
        self.chosen_sku: str | None = None
        self.setWindowTitle(self.tr("Search products"))
        self.resize(1200, 700)
        layout = QVBoxLayout(self)
        self.query = QLineEdit(self)
        self.query.setObjectName("query")
        self.query.setPlaceholderText(self.tr("Name, brand or article number"))
        self.query.setClearButtonEnabled(True)
        self.query.textChanged.connect(self.on_query_text_changed)
        self.query.returnPressed.connect(self.on_query_return_pressed)
        layout.addWidget(self.query)
        self.status = QLabel("", self)
        set_role(self.status, "hint")
        layout.addWidget(self.status)
        self.model = HitsModel(fmt, self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)  # article no., price in full
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.table.clicked.connect(self.on_table_clicked)
        layout.addWidget(self.table, 1)
        self.stock_line: StockLine | None = None
        if stock is not None:
            self.stock_line = StockLine(stock, worker, store_id=store_id, parent=self)
            layout.addWidget(self.stock_line)
            self.table.selectionModel().currentRowChanged.connect(self.on_table_current_row_changed)
        self.keyboard = TouchKeyboard(language, self, enter_text=self.tr("Add"))
        self.keyboard.set_target(self.query)
        self.keyboard.sig_enter_pressed.connect(self.on_query_return_pressed)
        layout.addWidget(self.keyboard)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.on_timer_timeout)
        self.query.setFocus()

    def on_table_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self.stock_line is not None:
            row = current.row()
            self.stock_line.show_for(self.model.hits[row].sku if 0 <= row < len(self.model.hits) else None)

    def on_query_text_changed(self, _text: str) -> None:
        self._timer.start()

    def on_timer_timeout(self) -> None:
        self._generation += 1
        generation = self._generation
        text = self.query.text()
        if not text.strip():
            self._show(generation, [])
            return
        self._worker.submit(
            self._catalogue.search,
            text,
            on_done=lambda hits: self._show(generation, hits),
            on_error=lambda exc: self._failed(generation, exc),
        )

    def _show(self, generation: int, hits: list[ProductHit]) -> None:
        if generation != self._generation:
            return  # an answer to an older query: the cashier typed on
        self.model.set_hits(hits)
        if hits:
            self.table.selectRow(0)
        self.status.setText("" if hits or not self.query.text().strip() else self.tr("No product found"))
        self.sig_results_shown.emit(len(hits))

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation == self._generation:
            self.status.setText(message_for(exc))

    def keyPressEvent(self, event: Any) -> None:
        # Up/Down move through the results while the cursor stays in the query field.
        if event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down) and self.model.hits:
            row = self.table.currentIndex().row()
            step = -1 if event.key() == Qt.Key.Key_Up else 1
            self.table.selectRow(max(0, min(len(self.model.hits) - 1, row + step)))
            return
        super().keyPressEvent(event)

    def on_query_return_pressed(self) -> None:
        if self._timer.isActive() or not self.model.hits:
            return  # the results on screen are not for what was typed yet
        row = max(self.table.currentIndex().row(), 0)
        self.choose(row)

    def on_table_clicked(self, index: QModelIndex) -> None:
        self.choose(index.row())

    def choose(self, row: int) -> None:
        if 0 <= row < len(self.model.hits):
            self.chosen_sku = self.model.hits[row].sku
            self.sig_product_chosen.emit(self.chosen_sku)
            self.accept()
