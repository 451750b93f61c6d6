"""The Stock area's Receive tab: goods transferred in from another store. Choose or type the store,
note the delivery note, scan each piece that arrived, then "Receive goods" books the transfer
(`StockDesk.receive_transfer`). Its texts keep the StockArea translation context."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from terminal.domain.errors import TillError
from terminal.services.container import Services
from terminal.services.stock_desk import BlindCount
from terminal.ui.formatting import MoneyFormat
from terminal.ui.message_banner import MessageBanner
from terminal.ui.messages import message_for
from terminal.ui.stock_tables import RowsModel, qty_text, rows_table, touch_combo
from terminal.ui.theme import set_role


class ReceiveTab(QWidget):
    """The sending store, the delivery note and the pieces scanned so far."""

    def __init__(self, services: Services, fmt: MoneyFormat, banner: MessageBanner, parent: QWidget) -> None:
        super().__init__(parent)
        self.services = services
        self.fmt = fmt
        self.banner = banner
        column = QVBoxLayout(self)
        self.received = BlindCount()
        row = QHBoxLayout()
        row.addWidget(QLabel(QCoreApplication.translate("StockArea", "From store"), self))
        self.from_store = touch_combo(self)  # its line edit is a touch target too
        self.from_store.setEditable(True)
        self.from_store.setObjectName("from_store")
        row.addWidget(self.from_store, 1)
        self.reference = QLineEdit(self)
        self.reference.setPlaceholderText(QCoreApplication.translate("StockArea", "Delivery note"))
        row.addWidget(self.reference, 1)
        column.addLayout(row)
        self.receive_model = RowsModel(
            [
                QCoreApplication.translate("StockArea", "Article"),
                QCoreApplication.translate("StockArea", "Product"),
                QCoreApplication.translate("StockArea", "Received"),
            ],
            numeric=(2,),
            parent=self,
        )
        column.addWidget(rows_table(self.receive_model, self, wide=(1,)), 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        clear = QPushButton(QCoreApplication.translate("StockArea", "Clear"), self)
        clear.clicked.connect(self.on_receive_clear_clicked)
        buttons.addWidget(clear)
        self.receive_button = QPushButton(QCoreApplication.translate("StockArea", "Receive goods"), self)
        set_role(self.receive_button, "primary")
        self.receive_button.clicked.connect(self.on_receive_clicked)
        buttons.addWidget(self.receive_button)
        column.addLayout(buttons)

    def fill_stores(self) -> None:
        """The chain's other stores to choose from, read the first time the tab is shown."""
        if self.from_store.count() == 0:
            self.from_store.addItems(self.services.stock_desk.other_stores())

    def scan(self, code: str) -> None:
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
            QCoreApplication.translate("StockArea", "Goods received from {store}: {n} pieces.").format(
                store=self.from_store.currentText(), n=qty_text(total)
            )
        )
        self.reference.clear()
        self.on_receive_clear_clicked()
