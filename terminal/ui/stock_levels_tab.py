"""The Stock area's Levels tab: a product's stock in this store and every other store of the chain.

This store's on hand, reserved for web orders and available come first, then every other store by
name, each with when the backend confirmed it ("live", or "as of 10:42, offline" from the till's
feed-confirmed level when the backend cannot be reached). The look-up may go over the network, so it
runs on the worker's "stock" lane; a newer request drops older answers. The stores are one model reset
(500 stores: benchmarks/stock_stores.py). Its texts keep the StockArea translation context.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QHeaderView, QLabel, QListWidget, QVBoxLayout, QWidget

from terminal.services.container import Services
from terminal.services.stock_desk import ProductRef
from terminal.ui.formatting import MoneyFormat, format_time
from terminal.ui.message_banner import MessageBanner
from terminal.ui.messages import message_for
from terminal.ui.stock_tables import RowsModel, qty_text, rows_table
from terminal.ui.theme import set_role
from terminal.ui.worker import Worker


class LevelsTab(QWidget):
    """The search's hits to choose from, and the chosen product's levels in every store."""

    sig_shown = Signal(object)
    """A product's levels are on screen (the StockInfo)."""

    def __init__(
        self, services: Services, fmt: MoneyFormat, banner: MessageBanner, worker: Worker, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.fmt = fmt
        self.banner = banner
        self.worker = worker
        self._generation = 0
        self.hits: list[ProductRef] = []
        column = QVBoxLayout(self)
        self.product_label = QLabel(
            QCoreApplication.translate("StockArea", "Scan an article or type its name."), self
        )
        set_role(self.product_label, "title")
        self.product_label.setWordWrap(True)  # a long product name never widens the window
        column.addWidget(self.product_label)
        self.hit_list = QListWidget(self)
        self.hit_list.setVisible(False)
        self.hit_list.itemActivated.connect(lambda _item: self.on_hit_chosen())
        self.hit_list.itemClicked.connect(lambda _item: self.on_hit_chosen())
        column.addWidget(self.hit_list)
        self.levels = RowsModel(
            [
                QCoreApplication.translate("StockArea", "Store"),
                QCoreApplication.translate("StockArea", "On hand"),
                QCoreApplication.translate("StockArea", "Reserved"),
                QCoreApplication.translate("StockArea", "Available"),
                QCoreApplication.translate("StockArea", "Confirmed"),
            ],
            numeric=(1, 2, 3),
            parent=self,
        )
        self.levels_view = rows_table(self.levels, self)
        # The figures and "Confirmed" ("live", "as of 10:42, offline") as wide as they are (one value
        # for every row; the rows on screen measured, not 500), the store names get the rest.
        header = self.levels_view.horizontalHeader()
        header.setResizeContentsPrecision(0)
        for figure in (1, 2, 3, 4):
            header.setSectionResizeMode(figure, QHeaderView.ResizeMode.ResizeToContents)
        # A name longer than its column (at 1024 px) goes on to a second line instead of "…": this
        # store's own row is sized to its contents after each look-up. Only that one: sizing all 500
        # rows cost 70 ms a look-up (p50 15 -> 84 ms, benchmarks/stock_stores.py).
        self.levels_view.setWordWrap(True)
        column.addWidget(self.levels_view, 1)

    def show_hits(self, hits: list[ProductRef]) -> None:
        """One hit is looked up at once; more are listed to choose from."""
        self.hits = hits
        if len(hits) == 1:
            self.hit_list.setVisible(False)
            self.show_product(hits[0])
            return
        self.hit_list.clear()
        self.hit_list.addItems([f"{h.name}  ·  {h.sku}" for h in hits])
        self.hit_list.setVisible(True)
        self.hit_list.setCurrentRow(0)
        self.hit_list.setFocus()

    def on_hit_chosen(self) -> None:
        row = self.hit_list.currentRow()
        if 0 <= row < len(self.hits):
            self.hit_list.setVisible(False)
            self.show_product(self.hits[row])

    def show_product(self, product: ProductRef) -> None:
        """Look the product's levels up off the UI thread; a newer request drops this one's answer."""
        self._generation += 1
        generation = self._generation
        self.product_label.setText(
            QCoreApplication.translate("StockArea", "{name} ({sku}): looking it up …").format(
                name=product.name, sku=product.sku
            )
        )
        self.worker.submit(
            self.services.stock.stock_for,
            product.sku,
            on_done=lambda info: self._show_levels(generation, product, info),
            on_error=lambda exc: self._show_failed(generation, exc),
        )

    def _show_failed(self, generation: int, exc: BaseException) -> None:
        if generation == self._generation:
            self.banner.show_error(message_for(exc, self.fmt))

    def _show_levels(self, generation: int, product: ProductRef, info: Any) -> None:
        if generation != self._generation:
            return  # the manager moved on to another product
        store_id = self.services.ctx.store_id
        if info.source == "live":
            confirmed = QCoreApplication.translate("StockArea", "live")
        elif info.as_of is not None:
            confirmed = QCoreApplication.translate("StockArea", "as of {time}, offline").format(
                time=format_time(info.as_of)
            )
        else:
            confirmed = QCoreApplication.translate("StockArea", "never confirmed")
        here = [lv for lv in info.levels if lv.store_id == store_id]
        others = sorted(
            (lv for lv in info.levels if lv.store_id != store_id), key=lambda lv: lv.name or lv.store_id
        )
        rows: list[tuple[str, ...]] = []
        for lv in here + others:
            name = lv.name or (self.services.ctx.store_name if lv.store_id == store_id else "") or lv.store_id
            label = (
                QCoreApplication.translate("StockArea", "{name} (this store)").format(name=name)
                if lv.store_id == store_id
                else name
            )
            rows.append(
                (label, qty_text(lv.on_hand), qty_text(lv.reserved), qty_text(lv.available), confirmed)
            )
        self.levels.set_rows(rows, bold_rows={0} if here else set())
        if rows:
            self.levels_view.resizeRowToContents(0)
        if not info.levels:
            text = QCoreApplication.translate("StockArea", "{name} ({sku}): no figure for this product yet")
            self.product_label.setText(text.format(name=product.name, sku=product.sku))
        else:
            self.product_label.setText(f"{product.name} ({product.sku})")
        self.sig_shown.emit(info)
