"""The original's lines as a table for the Returns area: article, sold, paid each, returned, left,
back (what the cashier chose), and the policy badge.

A `QAbstractTableModel` over the domain `Original` and the chosen quantities; it holds no rule: the
badge is `terminal/domain/returns.py` `line_state` in words. A row the cashier cannot take back
(final sale, nothing left) is greyed. On a narrow screen the badge also stands under the article's
name (`set_badge_under_name`), where it has the names' width, and its own column is hidden.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any, ClassVar

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from terminal.domain import returns as rules
from terminal.domain.money import Money
from terminal.domain.returns import Original, OriginalLine
from terminal.ui.formatting import MoneyFormat
from terminal.ui.return_names import state_badge

Index = QModelIndex | QPersistentModelIndex
_GREY = QColor("#7a828c")
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class ReturnLinesModel(QAbstractTableModel):
    """Rows are the original's lines in order."""

    COLUMN_ITEM: ClassVar[int] = 0
    COLUMN_SOLD: ClassVar[int] = 1
    COLUMN_PAID: ClassVar[int] = 2
    COLUMN_RETURNED: ClassVar[int] = 3
    COLUMN_LEFT: ClassVar[int] = 4
    COLUMN_BACK: ClassVar[int] = 5
    COLUMN_POLICY: ClassVar[int] = 6
    COLUMN_COUNT: ClassVar[int] = 7

    def __init__(self, fmt: MoneyFormat, parent: Any = None) -> None:
        super().__init__(parent)
        self._fmt = fmt
        self._original: Original | None = None
        self._back: dict[int, Decimal] = {}
        self._held: dict[int, Decimal] = {}
        self._today = date.today()
        self._badge_under_name = False

    def set_badge_under_name(self, under: bool) -> None:
        """Whether the article's cell shows the policy badge on a line of its own under the name."""
        if under != self._badge_under_name:
            self._badge_under_name = under
            if self.rowCount():
                self.dataChanged.emit(self.index(0, self.COLUMN_ITEM), self.index(self.rowCount() - 1, 0))

    def set_original(
        self, original: Original | None, *, today: date, held: dict[int, Decimal] | None = None
    ) -> None:
        self.beginResetModel()
        self._original = original
        self._today = today
        self._held = dict(held or {})
        self._back = {}
        self.endResetModel()

    def set_back(self, line_no: int, quantity: Decimal) -> None:
        self._back[line_no] = quantity
        for row, line in enumerate(self.lines()):
            if line.line_no == line_no:
                index = self.index(row, self.COLUMN_BACK)
                self.dataChanged.emit(index, index)

    def back(self) -> dict[int, Decimal]:
        """The chosen quantities (> 0) per line number."""
        return {no: q for no, q in self._back.items() if q > 0}

    def lines(self) -> tuple[OriginalLine, ...]:
        return () if self._original is None else self._original.lines

    def line_at(self, row: int) -> OriginalLine | None:
        lines = self.lines()
        return lines[row] if 0 <= row < len(lines) else None

    def state(self, line: OriginalLine) -> str:
        if line.line_no in self._held:
            return "nothing_left"  # already in this visit
        return rules.line_state(line, self._today)

    # --- Qt ---------------------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's own signature)
        return 0 if parent.isValid() else len(self.lines())

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMN_COUNT

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,  # the whole title where a narrow column shortens it
        ):
            return None
        titles = [
            QCoreApplication.translate("Returns", "Article"),
            QCoreApplication.translate("Returns", "Sold"),
            QCoreApplication.translate("Returns", "Paid each"),
            QCoreApplication.translate("Returns", "Returned"),
            QCoreApplication.translate("Returns", "Left"),
            QCoreApplication.translate("Returns", "Back"),
            QCoreApplication.translate("Returns", "Policy"),
        ]
        return titles[section] if 0 <= section < len(titles) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        line = self.line_at(index.row())
        if line is None or self._original is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(line, column)
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(line, column).replace("\n", " · ") or None  # whole, if a cell cuts it
        if role == Qt.ItemDataRole.TextAlignmentRole and column not in (self.COLUMN_ITEM, self.COLUMN_POLICY):
            return _RIGHT
        if role == Qt.ItemDataRole.ForegroundRole and self.state(line) in ("final_sale", "nothing_left"):
            return QBrush(_GREY)
        return None

    def _text(self, line: OriginalLine, column: int) -> str:
        assert self._original is not None
        q = self._fmt.quantity
        if column == self.COLUMN_ITEM:
            badge = state_badge(self.state(line)) if self._badge_under_name else ""
            return f"{line.name or line.sku}\n{badge}" if badge else line.name or line.sku
        if column == self.COLUMN_SOLD:
            return q(line.quantity, line.unit)
        if column == self.COLUMN_PAID:
            return self._fmt.money(Money(line.unit_paid_minor, self._original.currency))
        if column == self.COLUMN_RETURNED:
            return q(line.returned, line.unit) if line.returned else "0"
        if column == self.COLUMN_LEFT:
            return q(max(Decimal(0), line.returnable - self._held.get(line.line_no, Decimal(0))), line.unit)
        if column == self.COLUMN_BACK:
            back = self._back.get(line.line_no, Decimal(0))
            return q(back, line.unit) if back else ""
        if column == self.COLUMN_POLICY:
            return state_badge(self.state(line))
        return ""
