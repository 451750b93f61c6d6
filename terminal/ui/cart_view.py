"""The cart table of the sale screen: the item name gets the width, the numbers only what they need.

The item column stretches and shows the full product name on the first line with a small grey
second line (article number, `1,234 kg × 1,99 €/kg` for a weighed line); the name is elided only when
even the stretched column is too narrow (the tooltip still has it). Numeric columns are sized to
their content, but never narrower than a typical amount (`999,99 €`), so they do not jump while the
cashier scans. There is no discount column (it would make the columns jump): a line's discount is on
its second line and in its total. In a cart narrower than `COMPACT_BELOW` (a 1024-px screen) the
unit-price column gives its room to the names, and a piece line's "2 × 1,49 €" moves to its second line.
"""

from __future__ import annotations

import re
from decimal import Decimal

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from terminal.domain.money import Money
from terminal.ui.cart_model import DETAIL_ROLE, DETAIL_SEPARATOR, CartModel
from terminal.ui.formatting import MoneyFormat

ROW_HEIGHT = 62
COMPACT_BELOW = 760  # px of cart width below which the unit-price column is folded into the names
PADDING = 10  # left/right inside a cell
DETAIL_SCALE = 0.68  # the second line's size relative to the table font
NAME_WRAP_SCALE = 0.85  # a name too long for one line is shown in two lines of this size
NUMBER_SCALE = 0.85  # quantities and amounts: still large, and the name keeps the room
_DETAIL_INK = QColor("#5a6470")

Index = QModelIndex | QPersistentModelIndex


def _scaled(font: QFont, factor: float, *, strike: bool | None = None) -> QFont:
    """`font` at `factor` of its size (QSS may give points or pixels)."""
    out = QFont(font)
    if font.pointSizeF() > 0:
        out.setPointSizeF(max(8.0, font.pointSizeF() * factor))
    else:
        out.setPixelSize(max(10, round(font.pixelSize() * factor)))
    if strike is not None:
        out.setStrikeOut(strike)
    return out


def _two_lines(text: str, metrics: QFontMetrics, width: int) -> list[str]:
    """Break `text` after a space or a hyphen into a first line that fits and the rest (elided when
    painted): "Bosch Akku-" / "Bohrschrauber GSR 12V-15"."""
    first = ""
    for piece in re.findall(r"[^ -]+[ -]*|[ -]+", text):
        candidate = first + piece
        if first and metrics.horizontalAdvance(candidate.rstrip()) > width:
            return [first.rstrip(), text[len(first) :].strip()]
        first = candidate
    return [first.rstrip()]


def item_lines(
    name: str, detail: str, font: QFont, detail_font: QFont, width: int
) -> list[tuple[str, QFont]]:
    """What the item cell shows, line by line: the name (smaller, or broken in two, when it is long)
    and the detail line. A detail that says more than the article number (a weight, a unit price, a
    discount, a void) is never given up for the second half of a long name: the name is elided
    instead (its tooltip has it whole)."""
    smaller = _scaled(font, NAME_WRAP_SCALE)
    second = [(detail, detail_font)] if detail else []
    if QFontMetrics(font).horizontalAdvance(name) < width:
        return [(name, font), *second]
    if QFontMetrics(smaller).horizontalAdvance(name) < width or DETAIL_SEPARATOR in detail:
        return [(name, smaller), *second]
    # A long name: two lines of a slightly smaller font instead of "Bosch Akku-…"
    return [(text, smaller) for text in _two_lines(name, QFontMetrics(smaller), width)]


class CartDelegate(QStyledItemDelegate):
    """Paints the item cell in two lines; gives numeric cells a stable minimum width."""

    def __init__(self, minimum_text: dict[int, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.minimum_text = minimum_text  # column -> widest text it should fit without resizing

    def initStyleOption(self, option: QStyleOptionViewItem, index: Index) -> None:
        super().initStyleOption(option, index)
        if index.column() != CartModel.COLUMN_ITEM:
            option.font = _scaled(option.font, NUMBER_SCALE)

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        size = super().sizeHint(option, index)
        sample = self.minimum_text.get(index.column())
        if sample:
            width = QFontMetrics(_scaled(option.font, NUMBER_SCALE)).horizontalAdvance(sample) + 2 * PADDING
            size.setWidth(max(size.width() + PADDING, width))
        return size

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        if index.column() != CartModel.COLUMN_ITEM:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        name, detail = opt.text, str(index.data(DETAIL_ROLE) or "")
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        rect = opt.rect.adjusted(PADDING, 4, -PADDING, -4)
        group = QPalette.ColorGroup.Normal
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        ink = opt.palette.color(
            group, QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        foreground = index.data(Qt.ItemDataRole.ForegroundRole)
        if foreground is not None:
            ink = foreground.color()
        muted = ink if selected else _DETAIL_INK
        detail_font = _scaled(opt.font, DETAIL_SCALE, strike=False)
        lines = [
            (text, font, muted if font is detail_font else ink)
            for text, font in item_lines(name, detail, opt.font, detail_font, rect.width() - 2)
        ]
        heights = [QFontMetrics(font).height() for _text, font, _ink in lines]
        top = rect.top() + max(0, (rect.height() - sum(heights)) // 2)
        painter.save()
        for (text, font, pen), height in zip(lines, heights, strict=True):
            painter.setFont(font)
            painter.setPen(pen)
            shown = QFontMetrics(font).elidedText(text, Qt.TextElideMode.ElideRight, rect.width())
            painter.drawText(QRect(rect.left(), top, rect.width(), height), Qt.AlignmentFlag.AlignLeft, shown)
            top += height
        painter.restore()


class CartView(QTableView):
    """The basket table: the item column takes the room the numbers leave."""

    def __init__(self, model: CartModel, fmt: MoneyFormat, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cart")
        self.setModel(model)
        self._model = model
        typical = fmt.money(Money(99999, fmt.currency))  # 999,99 €: the columns do not jump below it
        total = fmt.money(Money(999999, fmt.currency))  # 9.999,99 €
        self.setItemDelegate(
            CartDelegate(
                {
                    CartModel.COLUMN_NO: "99",
                    CartModel.COLUMN_QTY: fmt.quantity(Decimal("12.345"), "kg"),
                    CartModel.COLUMN_PRICE: typical,
                    CartModel.COLUMN_TOTAL: total,
                },
                self,
            )
        )
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the scan field keeps the focus
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setShowGrid(False)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        vertical = self.verticalHeader()
        vertical.hide()
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # uniform rows, no per-row sizing
        vertical.setDefaultSectionSize(ROW_HEIGHT)
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(CartModel.COLUMN_ITEM, QHeaderView.ResizeMode.Stretch)
        # Widths follow the contents: after the theme's font arrives (polish) and whenever lines
        # change; coalesced to one pass per event-loop turn, after the row is painted.
        self._fit_pending = False
        for signal in (model.rowsInserted, model.modelReset, model.dataChanged):
            signal.connect(self._schedule_fit)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._schedule_fit()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._schedule_fit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        compact = event.size().width() < COMPACT_BELOW
        if compact != self.isColumnHidden(CartModel.COLUMN_PRICE):
            self.setColumnHidden(CartModel.COLUMN_PRICE, compact)
            self._model.set_compact(compact)
            self._schedule_fit()

    def _schedule_fit(self, *_args: object) -> None:
        if not self._fit_pending:
            self._fit_pending = True
            QTimer.singleShot(0, self, self.fit_columns)

    def fit_columns(self) -> None:
        """Size the number columns to their contents (never below the typical figures)."""
        self._fit_pending = False
        for column in range(self._model.columnCount()):
            if column != CartModel.COLUMN_ITEM:
                self.resizeColumnToContents(column)

    def clipped_cells(self) -> list[tuple[int, int]]:
        """(row, column) of the amounts and quantities that do not fit their column (none should)."""
        delegate = self.itemDelegate()
        assert isinstance(delegate, CartDelegate)
        clipped = []
        for row in range(self._model.rowCount()):
            for column in range(self._model.columnCount()):
                if column == CartModel.COLUMN_ITEM or self.isColumnHidden(column):
                    continue
                option = QStyleOptionViewItem()
                option.initFrom(self)
                index = self._model.index(row, column)
                delegate.initStyleOption(option, index)
                needed = QFontMetrics(option.font).horizontalAdvance(option.text) + 2 * PADDING
                if needed > self.columnWidth(column):
                    clipped.append((row, column))
        return clipped

    def select_row(self, row: int) -> None:
        self.selectRow(row)
        self.scrollTo(self._model.index(row, 0))

    def selected_row(self) -> int | None:
        rows = self.selectionModel().selectedRows()
        return rows[0].row() if rows else None
