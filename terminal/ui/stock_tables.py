"""The Stock area's tables: rows of ready-made text under fixed headers, figures in fixed-width columns.

500 stores must reach the screen in one model reset without sizing columns from their contents
(benchmarks/stock_stores.py), so the figures get fixed widths and the names take what is left.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QStyledItemDelegate,
    QTableView,
    QWidget,
)

NUMBER_COLUMN_PX = 130
COMBO_HEIGHT_PX = 64  # the theme's line edits are 56 px high; an editable combo holds one


def touch_combo(parent: QWidget) -> QComboBox:
    """A drop-down a finger can use: the box as high as a line edit, and each choice of its list as
    high as till.qss says (the default delegate of a combo's list ignores the style sheet's height)."""
    box = QComboBox(parent)
    box.setMinimumHeight(COMBO_HEIGHT_PX)
    box.setItemDelegate(QStyledItemDelegate(box))
    return box


def qty_text(value: Decimal) -> str:
    """Whole pieces without decimals, weights with up to three."""
    if value == value.to_integral_value():
        return str(value.quantize(Decimal(1)))
    return f"{value.normalize():f}"


class RowsModel(QAbstractTableModel):
    """Rows of ready-made text under fixed headers (numbers right-aligned); reset all at once."""

    def __init__(self, headers: Sequence[str], numeric: Sequence[int] = (), parent: Any = None) -> None:
        super().__init__(parent)
        self.headers = list(headers)
        self.numeric = set(numeric)
        self.rows: list[tuple[str, ...]] = []
        self.bold_rows: set[int] = set()

    def set_rows(self, rows: Sequence[tuple[str, ...]], bold_rows: set[int] | None = None) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.bold_rows = bold_rows or set()
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in self.numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and index.row() in self.bold_rows:
            from PySide6.QtGui import QFont

            font = QFont()
            font.setBold(True)
            return font
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        return None


def rows_table(model: RowsModel, parent: QWidget, wide: Sequence[int] = (0,)) -> QTableView:
    view = QTableView(parent)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().setVisible(False)
    # The names take what is left; figures get fixed columns (never sized from 500 rows' contents).
    header = view.horizontalHeader()
    header.setMinimumSectionSize(60)
    header.setDefaultSectionSize(NUMBER_COLUMN_PX)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    header.setStretchLastSection(False)
    for column in wide:
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
    return view
