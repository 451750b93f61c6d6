"""The Stock area's Low stock tab: this store's products below the store's threshold
(`StockDesk.low_stock`), read again each time the tab is shown or refreshed. Its texts keep the
StockArea translation context."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from terminal.services.container import Services
from terminal.ui.stock_tables import RowsModel, qty_text, rows_table


class LowStockTab(QWidget):
    """This store's products with fewer available than the store's threshold."""

    def __init__(self, services: Services, parent: QWidget) -> None:
        super().__init__(parent)
        self.services = services
        column = QVBoxLayout(self)
        row = QHBoxLayout()
        self.low_label = QLabel(self)
        row.addWidget(self.low_label, 1)
        refresh = QPushButton(QCoreApplication.translate("StockArea", "Refresh"), self)
        refresh.clicked.connect(self.reload_low)
        row.addWidget(refresh)
        column.addLayout(row)
        self.low = RowsModel(
            [
                QCoreApplication.translate("StockArea", "Article"),
                QCoreApplication.translate("StockArea", "Product"),
                QCoreApplication.translate("StockArea", "Available"),
            ],
            numeric=(2,),
            parent=self,
        )
        self.low_view = rows_table(self.low, self, wide=(1,))
        column.addWidget(self.low_view, 1)

    def reload_low(self) -> None:
        lines = self.services.stock_desk.low_stock()
        if lines:
            text = QCoreApplication.translate(
                "StockArea", "Products of this store with fewer than {n} available"
            )
        else:  # an empty table alone looks like a list that failed to load
            text = QCoreApplication.translate(
                "StockArea", "No product of this store has fewer than {n} available."
            )
        self.low_label.setText(text.format(n=qty_text(self.services.ctx.low_stock_below)))
        self.low.set_rows([(ln.sku, ln.name, qty_text(ln.available)) for ln in lines])
