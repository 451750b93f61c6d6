"""The Stock work area: a product's stock in this store and every other store, low stock, blind counts,
adjustments and goods received from another store.

The area is the search field over a message banner and five tabs, one module each: Levels
(`stock_levels_tab`), Low stock (`stock_low_tab`), Count (`stock_count_tab`), Adjust
(`stock_adjust_tab`) and Receive (`stock_receive_tab`); their tables are `stock_tables`. A scan, or a
product typed into the search, goes to the tab shown: counted, adjusted or received there, else looked
up on the Levels tab. The look-ups and the count's submission may go over the network, so they run on
the worker's "stock" lane.
"""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton, QTabWidget, QVBoxLayout, QWidget

from terminal.domain.errors import TillError
from terminal.services.container import Services
from terminal.services.stock_desk import ProductRef
from terminal.ui.formatting import MoneyFormat
from terminal.ui.message_banner import MessageBanner
from terminal.ui.messages import message_for
from terminal.ui.stock_adjust_tab import AdjustTab
from terminal.ui.stock_count_tab import CountTab
from terminal.ui.stock_levels_tab import LevelsTab
from terminal.ui.stock_low_tab import LowStockTab
from terminal.ui.stock_receive_tab import ReceiveTab
from terminal.ui.worker import Worker


class StockArea(QWidget):
    """Levels of a product everywhere, this store's low stock, blind counts, adjustments, goods in."""

    area_id: ClassVar[str] = "stock"
    scan_meanings: ClassVar[frozenset[str]] = frozenset()  # articles go to the sale unless shown here

    sig_shown = Signal(object)
    """A product's levels are on screen (the StockInfo): tests and the benchmark wait for it."""

    def __init__(
        self, services: Services, fmt: MoneyFormat, worker: Worker, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.fmt = fmt
        self._owner = worker
        self.worker = worker.lane("stock")  # the look-up may wait on the network
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        self.search = QLineEdit(self)
        self.search.setObjectName("stock_search")
        self.search.setPlaceholderText(self.tr("Scan or search a product"))
        self.search.returnPressed.connect(self.on_search_return_pressed)
        row.addWidget(self.search, 1)
        self.find_button = QPushButton(self.tr("Look up"), self)
        self.find_button.clicked.connect(self.on_search_return_pressed)
        row.addWidget(self.find_button)
        column.addLayout(row)
        self.banner = MessageBanner(self)
        column.addWidget(self.banner)
        self.tabs = QTabWidget(self)
        column.addWidget(self.tabs, 1)
        self.levels_tab = LevelsTab(services, fmt, self.banner, self.worker, self.tabs)
        self.levels_tab.sig_shown.connect(self.sig_shown)
        self.tabs.addTab(self.levels_tab, self.tr("Levels"))
        self.low_tab = LowStockTab(services, self.tabs)
        self.tabs.addTab(self.low_tab, self.tr("Low stock"))
        self.count_tab = CountTab(services, fmt, self.banner, self.worker, self.tabs)
        self.tabs.addTab(self.count_tab, self.tr("Count"))
        self.adjust_tab = AdjustTab(services, fmt, self.banner, self.tabs)
        self.tabs.addTab(self.adjust_tab, self.tr("Adjust"))
        self.receive_tab = ReceiveTab(services, fmt, self.banner, self.tabs)
        self.tabs.addTab(self.receive_tab, self.tr("Receive"))
        self.tabs.currentChanged.connect(self.on_tabs_current_changed)

    # ------------------------------------------------------------------ work area

    def area_title(self) -> str:
        return self.tr("Stock")

    def takes_scan(self, meaning: str) -> bool:
        """Article scans stay here while the Stock area is shown (a look-up, or one more counted)."""
        return meaning == "product"

    def on_changed(self, change: object) -> None:
        """A sale elsewhere may change this store's figures: the low-stock list is read when shown."""

    def on_scanner_scanned(self, code: str, source: str = "") -> None:
        page = self.tabs.currentWidget()
        if page is self.count_tab:
            self.count_tab.scan(code)
        elif page is self.adjust_tab:
            self.adjust_tab.scan(code)
        elif page is self.receive_tab:
            self.receive_tab.scan(code)
        else:
            self.search.setText(code.strip())
            self.on_search_return_pressed()

    def on_tabs_current_changed(self, _index: int) -> None:
        page = self.tabs.currentWidget()
        if page is self.low_tab:
            self.low_tab.reload_low()
        elif page is self.receive_tab:
            self.receive_tab.fill_stores()

    # ------------------------------------------------------------------ search

    def on_search_return_pressed(self) -> None:
        text = self.search.text().strip()
        if not text:
            return
        if self.tabs.currentWidget() in (self.count_tab, self.adjust_tab, self.receive_tab):
            self.on_scanner_scanned(text, "typed")
            self.search.clear()
            return
        self.banner.clear_message()
        hits = self.services.stock_desk.find(text)
        if not hits:
            self.banner.show_error(message_for(TillError("catalogue.unknown_barcode", code=text), self.fmt))
            return
        self.tabs.setCurrentWidget(self.levels_tab)
        self.levels_tab.show_hits(hits)

    def show_product(self, product: ProductRef) -> None:
        """The product's levels on the Levels tab (a scan or a chosen search hit)."""
        self.levels_tab.show_product(product)
