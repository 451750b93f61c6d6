"""The Stock area's Adjust tab: scan an article, type a quantity, choose why (damaged, theft, found, a
correction either way) and book it as a stock adjustment (`StockDesk.adjust`, a ledger movement).
Its texts keep the StockArea translation context."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from terminal.domain.errors import TillError
from terminal.services.container import Services
from terminal.services.stock_desk import ProductRef
from terminal.ui.formatting import MoneyFormat
from terminal.ui.message_banner import MessageBanner
from terminal.ui.messages import message_for, message_for_code
from terminal.ui.stock_tables import qty_text, touch_combo
from terminal.ui.theme import set_role


class AdjustTab(QWidget):
    """The scanned article, the quantity and the reason of one adjustment."""

    def __init__(self, services: Services, fmt: MoneyFormat, banner: MessageBanner, parent: QWidget) -> None:
        super().__init__(parent)
        self.services = services
        self.fmt = fmt
        self.banner = banner
        column = QVBoxLayout(self)
        self.adjust_product: ProductRef | None = None
        self.adjust_label = QLabel(
            QCoreApplication.translate("StockArea", "Scan the article to adjust."), self
        )
        set_role(self.adjust_label, "title")
        self.adjust_label.setWordWrap(True)
        column.addWidget(self.adjust_label)
        row = QHBoxLayout()
        self.adjust_qty = QLineEdit(self)
        self.adjust_qty.setObjectName("adjust_quantity")
        self.adjust_qty.setPlaceholderText(QCoreApplication.translate("StockArea", "Quantity"))
        self.adjust_qty.returnPressed.connect(self.on_adjust_clicked)  # scan, type, Enter: booked
        row.addWidget(self.adjust_qty)
        self.adjust_reason = touch_combo(self)
        for text, reason, direction in (
            (QCoreApplication.translate("StockArea", "Damaged (off the shelf)"), "damaged", "out"),
            (QCoreApplication.translate("StockArea", "Theft (off the shelf)"), "theft", "out"),
            (QCoreApplication.translate("StockArea", "Found (onto the shelf)"), "found", "in"),
            (QCoreApplication.translate("StockArea", "Correction: fewer"), "correction", "out"),
            (QCoreApplication.translate("StockArea", "Correction: more"), "correction", "in"),
        ):
            self.adjust_reason.addItem(text, (reason, direction))
        row.addWidget(self.adjust_reason, 1)
        self.adjust_button = QPushButton(QCoreApplication.translate("StockArea", "Book adjustment"), self)
        set_role(self.adjust_button, "primary")
        self.adjust_button.clicked.connect(self.on_adjust_clicked)
        row.addWidget(self.adjust_button)
        column.addLayout(row)
        column.addStretch(1)

    def scan(self, code: str) -> None:
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
            QCoreApplication.translate("StockArea", "Adjustment booked: {qty} × {name} ({reason}).").format(
                qty=qty_text(quantity), name=product.name, reason=self.adjust_reason.currentText()
            )
        )
