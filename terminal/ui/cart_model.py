"""The basket as a table for the sale screen: #, item, quantity, unit price, total.

A `QAbstractTableModel` over the frozen domain `Basket`. The basket is small (tens of lines), but
the model still tells the view exactly what changed (one inserted row, one changed row) so a scan
repaints one row, not the table. Voided lines stay visible, struck through and greyed. A line's
discount is said on its second line under the name ("−10 % −13,00 €") and taken off its total: a
discount column appearing would make the columns jump and cut the names on a small screen.
"""

from __future__ import annotations

from typing import Any, ClassVar

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from terminal.domain.basket import Basket, BasketLine
from terminal.ui.formatting import MoneyFormat

Index = QModelIndex | QPersistentModelIndex

LINE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
"""data(index, LINE_ID_ROLE) -> the line's stable id."""

VOIDED_ROLE = Qt.ItemDataRole.UserRole + 2
"""data(index, VOIDED_ROLE) -> True for a voided line."""

DETAIL_ROLE = Qt.ItemDataRole.UserRole + 3
"""data(index, DETAIL_ROLE) on the item column -> the small second line (article no., weight x price)."""

DETAIL_SEPARATOR = " · "
"""Between the parts of the second line; a second line without one holds only the article number."""

_VOIDED_INK = QColor("#7a828c")
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


class CartModel(QAbstractTableModel):
    """Rows are the basket's lines in order; columns are fixed."""

    COLUMN_NO: ClassVar[int] = 0
    COLUMN_ITEM: ClassVar[int] = 1
    COLUMN_QTY: ClassVar[int] = 2
    COLUMN_PRICE: ClassVar[int] = 3
    COLUMN_TOTAL: ClassVar[int] = 4
    COLUMN_COUNT: ClassVar[int] = 5

    def __init__(self, fmt: MoneyFormat, parent: Any = None) -> None:
        super().__init__(parent)
        self._fmt = fmt
        self._lines: tuple[BasketLine, ...] = ()
        self._struck = QFont()
        self._struck.setStrikeOut(True)
        self._compact = False  # no unit-price column: a piece line's "2 × 1,49 €" goes on its second line

    # --- feeding ------------------------------------------------------------------------------

    def set_basket(self, basket: Basket) -> None:
        """Show `basket`; appends or updates rows in place when it can, resets otherwise."""
        old, new = self._lines, basket.lines
        if len(new) == len(old) + 1 and all(a.line_id == b.line_id for a, b in zip(old, new, strict=False)):
            row = len(old)
            self.beginInsertRows(QModelIndex(), row, row)
            self._lines = new
            self.endInsertRows()
            self._changed_rows(old, new)
        elif len(new) == len(old) and all(a.line_id == b.line_id for a, b in zip(old, new, strict=True)):
            self._lines = new
            self._changed_rows(old, new)
        else:
            self.beginResetModel()
            self._lines = new
            self.endResetModel()

    def _changed_rows(self, old: tuple[BasketLine, ...], new: tuple[BasketLine, ...]) -> None:
        last = self.COLUMN_COUNT - 1
        for row, (before, after) in enumerate(zip(old, new, strict=False)):
            if before != after:
                self.dataChanged.emit(self.index(row, 0), self.index(row, last))

    def set_compact(self, compact: bool) -> None:
        """The view hides the unit-price column (a narrow cart): say a line's quantity x price under its
        name instead, so nothing the column showed is lost."""
        if compact == self._compact:
            return
        self._compact = compact
        if self._lines:
            item = self.COLUMN_ITEM
            self.dataChanged.emit(self.index(0, item), self.index(len(self._lines) - 1, item), [DETAIL_ROLE])

    def row_of(self, line_id: int | None) -> int | None:
        """The row showing a line, or None."""
        for row, line in enumerate(self._lines):
            if line.line_id == line_id:
                return row
        return None

    def line_at(self, row: int) -> BasketLine | None:
        return self._lines[row] if 0 <= row < len(self._lines) else None

    # --- Qt model API -------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else self.COLUMN_COUNT

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers()[section] if 0 <= section < self.COLUMN_COUNT else None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(_LEFT if section == self.COLUMN_ITEM else _RIGHT)
        return None

    def _headers(self) -> list[str]:
        return [
            QCoreApplication.translate("CartModel", "#"),
            QCoreApplication.translate("CartModel", "Item"),
            QCoreApplication.translate("CartModel", "Qty"),
            QCoreApplication.translate("CartModel", "Unit price"),
            QCoreApplication.translate("CartModel", "Total"),
        ]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        line = self.line_at(index.row()) if index.isValid() else None
        if line is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(index.row(), column, line)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(_LEFT if column == self.COLUMN_ITEM else _RIGHT)
        if role == Qt.ItemDataRole.FontRole and line.voided:
            return self._struck
        if role == Qt.ItemDataRole.ForegroundRole and line.voided:
            return QBrush(_VOIDED_INK)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(line)
        if role == LINE_ID_ROLE:
            return line.line_id
        if role == VOIDED_ROLE:
            return line.voided
        if role == DETAIL_ROLE and column == self.COLUMN_ITEM:
            return self._detail(line)
        return None

    def _detail(self, line: BasketLine) -> str:
        """Article number, and what a weighed or repriced line is made of, for the second line."""
        fmt = self._fmt
        parts = [QCoreApplication.translate("CartModel", "Art. {sku}").format(sku=line.sku)]
        if self._compact and line.unit == "pc" and line.quantity != 1 and line.fixed_total is None:
            parts.append(f"{fmt.quantity(line.quantity, line.unit)} × {fmt.money(line.price_each)}")
        if line.unit == "kg" and line.fixed_total is None:
            parts.append(
                QCoreApplication.translate("CartModel", "{quantity} × {price}/kg").format(
                    quantity=fmt.quantity(line.quantity, line.unit), price=fmt.money(line.unit_price)
                )
            )
        if line.original_price is not None:
            parts.append(
                QCoreApplication.translate("CartModel", "was {price}").format(
                    price=fmt.money(line.original_price)
                )
            )
        if line.discount is not None:
            off = f"-{fmt.money(line.discount_amount)}"
            if line.discount.percent is not None:
                off = f"-{fmt.percent(line.discount.percent)} {off}"
            parts.append(QCoreApplication.translate("CartModel", "discount {amount}").format(amount=off))
        if line.voided:
            parts.append(QCoreApplication.translate("CartModel", "Voided"))
        return DETAIL_SEPARATOR.join(parts)

    def _text(self, row: int, column: int, line: BasketLine) -> str:
        fmt = self._fmt
        if column == self.COLUMN_NO:
            return str(row + 1)
        if column == self.COLUMN_ITEM:
            return line.name
        if column == self.COLUMN_QTY:
            return fmt.quantity(line.quantity, line.unit)
        if column == self.COLUMN_PRICE:
            price = fmt.money(line.price_each)
            return f"{price}*" if line.original_price is not None else price
        if column == self.COLUMN_TOTAL:
            return fmt.money(line.total)
        return ""

    def _tooltip(self, line: BasketLine) -> str:
        parts = [f"{line.name} · {line.sku}"]
        if line.voided:
            parts.append(QCoreApplication.translate("CartModel", "Voided"))
        if line.original_price is not None:
            parts.append(
                QCoreApplication.translate("CartModel", "Price changed from {price}").format(
                    price=self._fmt.money(line.original_price)
                )
            )
        if line.discount is not None and line.discount.percent is not None:
            parts.append(
                QCoreApplication.translate("CartModel", "Discount {percent}").format(
                    percent=self._fmt.percent(line.discount.percent)
                )
            )
        return "\n".join(parts)
