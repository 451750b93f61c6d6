"""How the Returns area shows the original: its header (where and when it was bought, for how much,
how it was paid) and the table of its lines, whose figures' columns are as wide as their header or
widest figure and whose article names take the rest. Texts keep the ReturnsArea translation context.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from terminal.domain.money import Money
from terminal.domain.returns import Original
from terminal.ui.formatting import MoneyFormat, format_datetime
from terminal.ui.return_names import tender_name
from terminal.ui.returns_model import ReturnLinesModel


def lines_table(model: ReturnLinesModel, parent: QWidget) -> QTableView:
    """The original's lines; the row selected is the line the buttons beside it change."""
    table = QTableView(parent)
    table.setObjectName("return_lines")
    table.setModel(model)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(64)  # a long article name takes two lines
    table.setWordWrap(True)
    table.setTextElideMode(Qt.TextElideMode.ElideRight)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    header = table.horizontalHeader()
    header.setMinimumSectionSize(40)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # `fit_columns`
    header.setSectionResizeMode(ReturnLinesModel.COLUMN_ITEM, QHeaderView.ResizeMode.Stretch)
    return table


def fit_columns(table: QTableView, model: ReturnLinesModel) -> None:
    """The figures' columns as wide as their header or widest figure, the article's name the rest.
    (ResizeToContents sizes the header in the table's big font although the theme paints it small:
    the numbers' columns took half the width and the names were cut after a word.)"""
    header = table.horizontalHeader()
    small = QFont(table.font())
    small.setPointSize(12)
    small.setWeight(QFont.Weight.DemiBold)
    titles = QFontMetrics(small)
    for column in range(ReturnLinesModel.COLUMN_COUNT):
        if column == ReturnLinesModel.COLUMN_ITEM:
            continue
        title = str(model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole))
        wide = max(titles.horizontalAdvance(title) + 16, table.sizeHintForColumn(column) + 8)
        header.resizeSection(column, wide)


def header_text(o: Original, fmt: MoneyFormat) -> str:
    """The header line: kind, reference, store, when, total and how it was paid (or "not checked")."""
    if o.kind == "receipt":
        kind = QCoreApplication.translate("ReturnsArea", "Receipt")
    else:
        kind = QCoreApplication.translate("ReturnsArea", "Web order")
    if not o.verified:
        return QCoreApplication.translate("ReturnsArea", "{kind} {reference}: not checked").format(
            kind=kind, reference=o.reference
        )
    where = o.store_name or o.store_id or ""
    when = format_datetime(o.occurred_at, fmt.locale) if o.occurred_at else "—"
    total = fmt.money(Money(o.total_minor or 0, o.currency))
    if o.paid_online:
        paid = QCoreApplication.translate("ReturnsArea", "paid online")
    else:
        paid = ", ".join(
            f"{tender_name(t.tender)} {fmt.money(Money(t.amount_minor, o.currency))}" for t in o.tenders
        )
    return QCoreApplication.translate(
        "ReturnsArea", "{kind} {reference} · {where} · {when} · {total} · {paid}"
    ).format(kind=kind, reference=o.reference, where=where, when=when, total=total, paid=paid or "—")
