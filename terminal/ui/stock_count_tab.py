"""The Stock area's Count tab: a blind count of the shelf.

Each scan counts one more of its article, a typed quantity replaces an article's count; the expected
figures stay hidden until "Submit count", then expected and difference show per article. The count is
submitted on the worker's "stock" lane. Its texts keep the StockArea translation context.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from terminal.domain.errors import TillError
from terminal.services.container import Services
from terminal.services.stock_desk import BlindCount, CountResult, ProductRef
from terminal.ui.formatting import MoneyFormat
from terminal.ui.message_banner import MessageBanner
from terminal.ui.messages import message_for, message_for_code
from terminal.ui.stock_tables import RowsModel, qty_text, rows_table
from terminal.ui.theme import set_role
from terminal.ui.worker import Worker


class CountTab(QWidget):
    """The articles counted so far (blind), then counted, expected and difference once submitted."""

    def __init__(
        self, services: Services, fmt: MoneyFormat, banner: MessageBanner, worker: Worker, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.fmt = fmt
        self.banner = banner
        self.worker = worker
        self.count = BlindCount()
        self.results: list[CountResult] | None = None
        column = QVBoxLayout(self)
        self.count_hint = QLabel(
            QCoreApplication.translate(
                "StockArea",
                "Blind count: scan each article on the shelf (one scan, one piece),"
                " or pick a line and type its quantity.",
            ),
            self,
        )
        self.count_hint.setWordWrap(True)
        column.addWidget(self.count_hint)
        self.count_model = RowsModel(
            [
                QCoreApplication.translate("StockArea", "Article"),
                QCoreApplication.translate("StockArea", "Product"),
                QCoreApplication.translate("StockArea", "Counted"),
            ],
            numeric=(2,),
            parent=self,
        )
        self.count_view = rows_table(self.count_model, self, wide=(1,))
        column.addWidget(self.count_view, 1)
        row = QHBoxLayout()
        self.qty_field = QLineEdit(self)
        self.qty_field.setObjectName("count_quantity")
        self.qty_field.setPlaceholderText(QCoreApplication.translate("StockArea", "Quantity"))
        self.qty_field.returnPressed.connect(self.on_set_quantity_clicked)
        self.qty_field.installEventFilter(self)
        row.addWidget(self.qty_field)
        self.set_button = QPushButton(QCoreApplication.translate("StockArea", "Set quantity"), self)
        self.set_button.clicked.connect(self.on_set_quantity_clicked)
        row.addWidget(self.set_button)
        row.addStretch(1)
        self.new_button = QPushButton(QCoreApplication.translate("StockArea", "New count"), self)
        self.new_button.clicked.connect(self.on_new_count_clicked)
        row.addWidget(self.new_button)
        self.submit_button = QPushButton(QCoreApplication.translate("StockArea", "Submit count"), self)
        self.submit_button.setObjectName("submit_count")
        set_role(self.submit_button, "primary")
        self.submit_button.clicked.connect(self.on_submit_count_clicked)
        row.addWidget(self.submit_button)
        column.addLayout(row)

    def scan(self, code: str) -> None:
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
        self.qty_field.setFocus()  # scan, then type the shelf's quantity and Enter

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """↑/↓ in the quantity field choose the line it sets, so the count needs no pointer."""
        if watched is self.qty_field and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            rows = self.count_model.rowCount()
            if event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down) and rows:
                step = -1 if event.key() == Qt.Key.Key_Up else 1
                self.count_view.selectRow(min(max(self.count_view.currentIndex().row() + step, 0), rows - 1))
                return True
        return super().eventFilter(watched, event)

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
        self.submit_button.setEnabled(True)
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
        self.results = results  # "Submit" stays off until the next count begins (it would do nothing)
        self._show_count()
        missing = sum(1 for r in results if r.difference != 0)
        self.banner.show_ok(
            QCoreApplication.translate(
                "StockArea", "Count submitted: {n} articles, {d} with a difference."
            ).format(n=len(results), d=missing)
        )

    def _show_count(self, select: str | None = None) -> None:
        rows: list[tuple[str, ...]]
        if self.results is None:
            self.count_model.headers = [
                QCoreApplication.translate("StockArea", "Article"),
                QCoreApplication.translate("StockArea", "Product"),
                QCoreApplication.translate("StockArea", "Counted"),
            ]
            self.count_model.numeric = {2}
            rows = [(sku, self.count.names[sku], qty_text(q)) for sku, q in self.count.counted.items()]
        else:
            self.count_model.headers = [
                QCoreApplication.translate("StockArea", "Article"),
                QCoreApplication.translate("StockArea", "Product"),
                QCoreApplication.translate("StockArea", "Counted"),
                QCoreApplication.translate("StockArea", "Expected"),
                QCoreApplication.translate("StockArea", "Difference"),
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
