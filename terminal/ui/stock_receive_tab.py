"""The Stock area's Receive tab: goods transferred in from another store. Choose the store (the chain's
other stores by name, sorted; typing a part of the name or the id narrows the list, a finger picks from
it), note the delivery note, scan each piece that arrived, then "Receive goods" books the transfer
(`StockDesk.receive_transfer`, with the store's id). Its texts keep the StockArea translation context."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCompleter,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyledItemDelegate,
    QVBoxLayout,
    QWidget,
)

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
        self.from_store.setInsertPolicy(self.from_store.InsertPolicy.NoInsert)  # typing never adds a store
        self.from_store.setObjectName("from_store")
        row.addWidget(self.from_store, 1)
        self.reference = QLineEdit(self)
        self.reference.setPlaceholderText(QCoreApplication.translate("StockArea", "Delivery note"))
        self._edit_from_store()
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

    def _edit_from_store(self) -> None:
        """Typing "mitte" or "S002" offers the matching stores; nothing is chosen before the manager does."""
        completer = QCompleter(self.from_store.model(), self.from_store)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.from_store.setCompleter(completer)
        popup = completer.popup()  # as high per choice as the combo's own list (till.qss), for a finger
        assert popup is not None  # QCompleter makes its list on first ask
        popup.setObjectName("from_store_choices")
        popup.setItemDelegate(QStyledItemDelegate(popup))
        edit = self.from_store.lineEdit()
        assert edit is not None  # the combo is editable
        edit.setPlaceholderText(QCoreApplication.translate("StockArea", "Choose the sending store"))
        edit.returnPressed.connect(self.reference.setFocus)  # Enter: on to the delivery note

    def showEvent(self, event: QShowEvent) -> None:
        """Shown again (its tab chosen, or the Stock area opened on it): the stores as the feed has them."""
        super().showEvent(event)
        self.fill_stores()

    def fill_stores(self) -> None:
        """The chain's other stores to choose from, read each time the tab is shown (a store opened or
        renamed meanwhile reaches the till through the feed); what was chosen stays chosen."""
        stores = self.services.stock_desk.other_stores()
        shown = [
            (self.from_store.itemData(i), self.from_store.itemText(i)) for i in range(self.from_store.count())
        ]
        if shown == [(s.store_id, s.label) for s in stores]:
            return
        chosen = self.sender_store_id()
        typed = self.from_store.currentText()
        self.from_store.clear()
        for store in stores:
            self.from_store.addItem(store.label, store.store_id)
        index = self.from_store.findData(chosen) if chosen else -1
        self.from_store.setCurrentIndex(index)
        if index < 0:
            self.from_store.setEditText(typed)

    def sender_store_id(self) -> str:
        """The chosen store's id: a store of the list by its label, its name or its id (any case), else
        what was typed (a store the till does not know by name yet)."""
        text = self.from_store.currentText().strip()
        wanted = text.casefold()
        for i in range(self.from_store.count()):
            store_id, label = str(self.from_store.itemData(i)), self.from_store.itemText(i)
            if wanted and wanted in (label.casefold(), store_id.casefold(), _name_of(label)):
                return store_id
        return text

    def _sender_label(self, store_id: str) -> str:
        index = self.from_store.findData(store_id)
        return self.from_store.itemText(index) if index >= 0 else store_id

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
            sender = self.sender_store_id()
            self.services.stock_desk.receive_transfer(sender, self.received, self.reference.text())
        except TillError as exc:
            self.banner.show_error(message_for(exc, self.fmt))
            return
        total = sum(self.received.counted.values(), Decimal(0))
        self.banner.show_ok(
            QCoreApplication.translate("StockArea", "Goods received from {store}: {n} pieces.").format(
                store=self._sender_label(sender), n=qty_text(total)
            )
        )
        self.reference.clear()
        self.on_receive_clear_clicked()


def _name_of(label: str) -> str:
    """The name part of a label "Berlin-Mitte (S002)", case-folded."""
    name, _, _ = label.rpartition(" (")
    return (name or label).casefold()
