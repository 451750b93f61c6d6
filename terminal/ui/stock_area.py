"""The Stock work area: a product's stock in this store and every other store, low stock, blind counts.

Levels: scan or search a product; this store's on hand, reserved for web orders and available come
first, then every other store of the chain by name, each with when the backend confirmed it ("live",
or "as of 10:42, offline" from the till's feed-confirmed level when the backend cannot be reached).
The look-up may go over the network, so it runs on the worker's "stock" lane; a newer request drops
older answers. The stores are one model reset (500 stores: benchmarks/stock_stores.py).

Low stock: this store's products below the store's threshold (`StockDesk.low_stock`).

Count: each scan counts one more of its article, a typed quantity replaces an article's count; the
expected figures stay hidden until "Submit count", then expected and difference show per article.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import Any, ClassVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from terminal.domain.errors import TillError
from terminal.services.container import Services
from terminal.services.stock_desk import BlindCount, CountResult, ProductRef
from terminal.ui.formatting import MoneyFormat, format_time
from terminal.ui.message_banner import MessageBanner
from terminal.ui.messages import message_for, message_for_code
from terminal.ui.stock_tables import (
    COMBO_HEIGHT_PX,
    CONFIRMED_COLUMN_PX,
    RowsModel,
    qty_text,
    rows_table,
)
from terminal.ui.theme import set_role
from terminal.ui.worker import Worker


class StockArea(QWidget):
    """Levels of a product everywhere, this store's low stock, and blind counts."""

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
        self._generation = 0
        self.count = BlindCount()
        self.results: list[CountResult] | None = None
        self.hits: list[ProductRef] = []
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
        self._build_levels()
        self._build_low()
        self._build_count()
        self._build_adjust()
        self._build_receive()
        self.tabs.currentChanged.connect(self.on_tabs_current_changed)

    # ------------------------------------------------------------------ building

    def _build_levels(self) -> None:
        page = QWidget(self.tabs)
        column = QVBoxLayout(page)
        self.product_label = QLabel(self.tr("Scan an article or type its name."), page)
        set_role(self.product_label, "title")
        self.product_label.setWordWrap(True)  # a long product name never widens the window
        column.addWidget(self.product_label)
        self.hit_list = QListWidget(page)
        self.hit_list.setVisible(False)
        self.hit_list.itemActivated.connect(lambda _item: self.on_hit_chosen())
        self.hit_list.itemClicked.connect(lambda _item: self.on_hit_chosen())
        column.addWidget(self.hit_list)
        self.levels = RowsModel(
            [
                self.tr("Store"),
                self.tr("On hand"),
                self.tr("Reserved"),
                self.tr("Available"),
                self.tr("Confirmed"),
            ],
            numeric=(1, 2, 3),
            parent=self,
        )
        self.levels_view = rows_table(self.levels, page)
        self.levels_view.horizontalHeader().resizeSection(4, CONFIRMED_COLUMN_PX)  # "Stand 10:42, offline"
        column.addWidget(self.levels_view, 1)
        self.tabs.addTab(page, self.tr("Levels"))

    def _build_low(self) -> None:
        page = QWidget(self.tabs)
        column = QVBoxLayout(page)
        row = QHBoxLayout()
        self.low_label = QLabel(page)
        row.addWidget(self.low_label, 1)
        refresh = QPushButton(self.tr("Refresh"), page)
        refresh.clicked.connect(self.reload_low)
        row.addWidget(refresh)
        column.addLayout(row)
        self.low = RowsModel(
            [self.tr("Article"), self.tr("Product"), self.tr("Available")], numeric=(2,), parent=self
        )
        self.low_view = rows_table(self.low, page, wide=(1,))
        column.addWidget(self.low_view, 1)
        self.tabs.addTab(page, self.tr("Low stock"))

    def _build_count(self) -> None:
        page = QWidget(self.tabs)
        column = QVBoxLayout(page)
        self.count_hint = QLabel(
            self.tr(
                "Blind count: scan each article on the shelf (one scan, one piece),"
                " or pick a line and type its quantity."
            ),
            page,
        )
        self.count_hint.setWordWrap(True)
        column.addWidget(self.count_hint)
        self.count_model = RowsModel(
            [self.tr("Article"), self.tr("Product"), self.tr("Counted")], numeric=(2,), parent=self
        )
        self.count_view = rows_table(self.count_model, page, wide=(1,))
        column.addWidget(self.count_view, 1)
        row = QHBoxLayout()
        self.qty_field = QLineEdit(page)
        self.qty_field.setObjectName("count_quantity")
        self.qty_field.setPlaceholderText(self.tr("Quantity"))
        self.qty_field.returnPressed.connect(self.on_set_quantity_clicked)
        row.addWidget(self.qty_field)
        self.set_button = QPushButton(self.tr("Set quantity"), page)
        self.set_button.clicked.connect(self.on_set_quantity_clicked)
        row.addWidget(self.set_button)
        row.addStretch(1)
        self.new_button = QPushButton(self.tr("New count"), page)
        self.new_button.clicked.connect(self.on_new_count_clicked)
        row.addWidget(self.new_button)
        self.submit_button = QPushButton(self.tr("Submit count"), page)
        self.submit_button.setObjectName("submit_count")
        set_role(self.submit_button, "primary")
        self.submit_button.clicked.connect(self.on_submit_count_clicked)
        row.addWidget(self.submit_button)
        column.addLayout(row)
        self.count_page = page
        self.tabs.addTab(page, self.tr("Count"))

    def _build_adjust(self) -> None:
        page = QWidget(self.tabs)
        column = QVBoxLayout(page)
        self.adjust_product: ProductRef | None = None
        self.adjust_label = QLabel(self.tr("Scan the article to adjust."), page)
        set_role(self.adjust_label, "title")
        self.adjust_label.setWordWrap(True)
        column.addWidget(self.adjust_label)
        row = QHBoxLayout()
        self.adjust_qty = QLineEdit(page)
        self.adjust_qty.setObjectName("adjust_quantity")
        self.adjust_qty.setPlaceholderText(self.tr("Quantity"))
        row.addWidget(self.adjust_qty)
        self.adjust_reason = QComboBox(page)
        self.adjust_reason.setMinimumHeight(COMBO_HEIGHT_PX)
        for text, reason, direction in (
            (self.tr("Damaged (off the shelf)"), "damaged", "out"),
            (self.tr("Theft (off the shelf)"), "theft", "out"),
            (self.tr("Found (onto the shelf)"), "found", "in"),
            (self.tr("Correction: fewer"), "correction", "out"),
            (self.tr("Correction: more"), "correction", "in"),
        ):
            self.adjust_reason.addItem(text, (reason, direction))
        row.addWidget(self.adjust_reason, 1)
        self.adjust_button = QPushButton(self.tr("Book adjustment"), page)
        set_role(self.adjust_button, "primary")
        self.adjust_button.clicked.connect(self.on_adjust_clicked)
        row.addWidget(self.adjust_button)
        column.addLayout(row)
        column.addStretch(1)
        self.adjust_page = page
        self.tabs.addTab(page, self.tr("Adjust"))

    def _build_receive(self) -> None:
        page = QWidget(self.tabs)
        column = QVBoxLayout(page)
        self.received = BlindCount()
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("From store"), page))
        self.from_store = QComboBox(page)
        self.from_store.setEditable(True)
        self.from_store.setObjectName("from_store")
        self.from_store.setMinimumHeight(COMBO_HEIGHT_PX)  # its line edit is a touch target too
        row.addWidget(self.from_store, 1)
        self.reference = QLineEdit(page)
        self.reference.setPlaceholderText(self.tr("Delivery note"))
        row.addWidget(self.reference, 1)
        column.addLayout(row)
        self.receive_model = RowsModel(
            [self.tr("Article"), self.tr("Product"), self.tr("Received")], numeric=(2,), parent=self
        )
        column.addWidget(rows_table(self.receive_model, page, wide=(1,)), 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        clear = QPushButton(self.tr("Clear"), page)
        clear.clicked.connect(self.on_receive_clear_clicked)
        buttons.addWidget(clear)
        self.receive_button = QPushButton(self.tr("Receive goods"), page)
        set_role(self.receive_button, "primary")
        self.receive_button.clicked.connect(self.on_receive_clicked)
        buttons.addWidget(self.receive_button)
        column.addLayout(buttons)
        self.receive_page = page
        self.tabs.addTab(page, self.tr("Receive"))

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
        if page is self.count_page:
            self.count_scan(code)
        elif page is self.adjust_page:
            self.adjust_scan(code)
        elif page is self.receive_page:
            self.receive_scan(code)
        else:
            self.search.setText(code.strip())
            self.on_search_return_pressed()

    def on_tabs_current_changed(self, _index: int) -> None:
        if self.tabs.currentIndex() == 1:
            self.reload_low()
        elif self.tabs.currentWidget() is self.receive_page and self.from_store.count() == 0:
            self.from_store.addItems(self.services.stock_desk.other_stores())

    # ------------------------------------------------------------------ levels

    def on_search_return_pressed(self) -> None:
        text = self.search.text().strip()
        if not text:
            return
        if self.tabs.currentWidget() in (self.count_page, self.adjust_page, self.receive_page):
            self.on_scanner_scanned(text, "typed")
            self.search.clear()
            return
        self.banner.clear_message()
        self.hits = self.services.stock_desk.find(text)
        if not self.hits:
            self.banner.show_error(message_for(TillError("catalogue.unknown_barcode", code=text), self.fmt))
            return
        self.tabs.setCurrentIndex(0)
        if len(self.hits) == 1:
            self.hit_list.setVisible(False)
            self.show_product(self.hits[0])
            return
        self.hit_list.clear()
        self.hit_list.addItems([f"{h.name}  ·  {h.sku}" for h in self.hits])
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
            self.tr("{name} ({sku}): looking it up …").format(name=product.name, sku=product.sku)
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
            confirmed = self.tr("live")
        elif info.as_of is not None:
            confirmed = self.tr("as of {time}, offline").format(time=format_time(info.as_of))
        else:
            confirmed = self.tr("never confirmed")
        here = [lv for lv in info.levels if lv.store_id == store_id]
        others = sorted(
            (lv for lv in info.levels if lv.store_id != store_id), key=lambda lv: lv.name or lv.store_id
        )
        rows: list[tuple[str, ...]] = []
        for lv in here + others:
            name = lv.name or (self.services.ctx.store_name if lv.store_id == store_id else "") or lv.store_id
            label = self.tr("{name} (this store)").format(name=name) if lv.store_id == store_id else name
            rows.append(
                (label, qty_text(lv.on_hand), qty_text(lv.reserved), qty_text(lv.available), confirmed)
            )
        self.levels.set_rows(rows, bold_rows={0} if here else set())
        if not info.levels:
            self.product_label.setText(
                self.tr("{name} ({sku}): no figure for this product yet").format(
                    name=product.name, sku=product.sku
                )
            )
        else:
            self.product_label.setText(f"{product.name} ({product.sku})")
        self.sig_shown.emit(info)

    # ------------------------------------------------------------------ low stock

    def reload_low(self) -> None:
        lines = self.services.stock_desk.low_stock()
        self.low_label.setText(
            self.tr("Products of this store with fewer than {n} available").format(
                n=qty_text(self.services.ctx.low_stock_below)
            )
        )
        self.low.set_rows([(ln.sku, ln.name, qty_text(ln.available)) for ln in lines])

    # ------------------------------------------------------------------ count

    def count_scan(self, code: str) -> None:
        """One more of the scanned article (a new count starts after a submitted one)."""
        try:
            product = self.services.stock_desk.require_product(code)
            if self.results is not None:
                self.on_new_count_clicked()
            self.count.add(product)
        except TillError as exc:
            self.banner.show_error(message_for(exc, self.fmt))
            return
        self._show_count(select=product.sku)

    def on_set_quantity_clicked(self) -> None:
        row = self.count_view.currentIndex().row()
        skus = list(self.count.counted)
        if self.results is not None or not 0 <= row < len(skus):
            self.banner.show_error(message_for_code("ui.no_count_line"))
            return
        try:
            quantity = Decimal(self.qty_field.text().strip().replace(",", "."))
        except InvalidOperation:
            self.banner.show_error(message_for_code("ui.bad_number", text=self.qty_field.text()))
            return
        sku = skus[row]
        try:
            self.count.set(ProductRef(sku, self.count.names[sku]), quantity)
        except TillError as exc:
            self.banner.show_error(message_for(exc, self.fmt))
            return
        self.qty_field.clear()
        self._show_count(select=sku)

    def on_new_count_clicked(self) -> None:
        self.count = BlindCount()
        self.results = None
        self._show_count()

    def on_submit_count_clicked(self) -> None:
        if self.results is not None:
            return
        count = self.count
        self.submit_button.setEnabled(False)
        self.worker.submit(
            self.services.stock_desk.submit_count,
            count,
            on_done=self._count_submitted,
            on_error=self._count_failed,
        )

    def _count_failed(self, exc: BaseException) -> None:
        self.submit_button.setEnabled(True)
        self.banner.show_error(message_for(exc, self.fmt))

    def _count_submitted(self, results: list[CountResult]) -> None:
        self.submit_button.setEnabled(True)
        self.results = results
        self._show_count()
        missing = sum(1 for r in results if r.difference != 0)
        self.banner.show_ok(
            self.tr("Count submitted: {n} articles, {d} with a difference.").format(n=len(results), d=missing)
        )

    def _show_count(self, select: str | None = None) -> None:
        rows: list[tuple[str, ...]]
        if self.results is None:
            self.count_model.headers = [self.tr("Article"), self.tr("Product"), self.tr("Counted")]
            self.count_model.numeric = {2}
            rows = [(sku, self.count.names[sku], qty_text(q)) for sku, q in self.count.counted.items()]
        else:
            self.count_model.headers = [
                self.tr("Article"),
                self.tr("Product"),
                self.tr("Counted"),
                self.tr("Expected"),
                self.tr("Difference"),
            ]
            self.count_model.numeric = {2, 3, 4}
            rows = [
                (
                    r.sku,
                    r.name,
                    qty_text(r.counted),
                    qty_text(r.expected),
                    ("+" if r.difference > 0 else "") + qty_text(r.difference),
                )
                for r in self.results
            ]
        self.count_model.set_rows(rows)
        self.count_model.headerDataChanged.emit(
            Qt.Orientation.Horizontal, 0, len(self.count_model.headers) - 1
        )
        if select is not None:
            skus = list(self.count.counted)
            if select in skus:
                self.count_view.selectRow(skus.index(select))

    # ------------------------------------------------------------------ adjust and receive

    def adjust_scan(self, code: str) -> None:
        try:
            self.adjust_product = self.services.stock_desk.require_product(code)
        except TillError as exc:
            self.banner.show_error(message_for(exc, self.fmt))
            return
        product = self.adjust_product
        self.adjust_label.setText(f"{product.name} ({product.sku})")
        self.adjust_qty.setFocus()

    def on_adjust_clicked(self) -> None:
        product = self.adjust_product
        if product is None:
            self.banner.show_error(message_for_code("ui.no_count_line"))
            return
        try:
            quantity = Decimal(self.adjust_qty.text().strip().replace(",", "."))
        except InvalidOperation:
            self.banner.show_error(message_for_code("ui.bad_number", text=self.adjust_qty.text()))
            return
        reason, direction = self.adjust_reason.currentData()
        try:
            self.services.stock_desk.adjust(product, quantity, reason, direction)
        except TillError as exc:
            self.banner.show_error(message_for(exc, self.fmt))
            return
        self.adjust_qty.clear()
        self.banner.show_ok(
            self.tr("Adjustment booked: {qty} × {name} ({reason}).").format(
                qty=qty_text(quantity), name=product.name, reason=self.adjust_reason.currentText()
            )
        )

    def receive_scan(self, code: str) -> None:
        try:
            product = self.services.stock_desk.require_product(code)
            self.received.add(product)
        except TillError as exc:
            self.banner.show_error(message_for(exc, self.fmt))
            return
        self._show_received()

    def _show_received(self) -> None:
        self.receive_model.set_rows(
            [(sku, self.received.names[sku], qty_text(q)) for sku, q in self.received.counted.items()]
        )

    def on_receive_clear_clicked(self) -> None:
        self.received = BlindCount()
        self._show_received()

    def on_receive_clicked(self) -> None:
        try:
            self.services.stock_desk.receive_transfer(
                self.from_store.currentText(), self.received, self.reference.text()
            )
        except TillError as exc:
            self.banner.show_error(message_for(exc, self.fmt))
            return
        total = sum(self.received.counted.values(), Decimal(0))
        self.banner.show_ok(
            self.tr("Goods received from {store}: {n} pieces.").format(
                store=self.from_store.currentText(), n=qty_text(total)
            )
        )
        self.reference.clear()
        self.on_receive_clear_clicked()
