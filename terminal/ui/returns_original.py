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

NAME_SHARE = 0.4  # of the table's width kept for the article names before the figures' titles shrink
MIN_FIGURE_PX = 48
MIN_NAME_SHARE = 0.32  # what a narrow table keeps for the names at least
POLICY_PX = 100  # a narrow table's policy badge ("Final sale") in two lines


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
    header.setTextElideMode(Qt.TextElideMode.ElideRight)  # a narrow title "Visszah…", not cut both sides
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
    figures = [c for c in range(ReturnLinesModel.COLUMN_COUNT) if c != ReturnLinesModel.COLUMN_ITEM]
    content = {c: max(MIN_FIGURE_PX, table.sizeHintForColumn(c) + 8) for c in figures}
    titled = {
        c: max(
            content[c],
            titles.horizontalAdvance(
                str(model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole))
            )
            + 16,
        )
        for c in figures
    }
    # On a narrow screen (1024 px, Hungarian titles) whole titles left the names a few pixels
    # ("K…"). Then "Sold" (= returned + left) gives its room to the names, the policy badge wraps
    # onto two lines, and only the longest titles are shortened (tooltip whole) until the names
    # keep their share.
    room = table.viewport().width() or table.width()
    compact = room - sum(titled.values()) < room * NAME_SHARE
    table.setColumnHidden(ReturnLinesModel.COLUMN_SOLD, compact)
    widths = dict(titled)
    if compact:
        del widths[ReturnLinesModel.COLUMN_SOLD]
        widths[ReturnLinesModel.COLUMN_POLICY] = min(widths[ReturnLinesModel.COLUMN_POLICY], POLICY_PX)
        excess = sum(widths.values()) - room * (1 - MIN_NAME_SHARE)
        for column in sorted(widths, key=lambda c: content[c] - widths[c]):
            if excess <= 0:
                break
            cut = min(excess, max(0, widths[column] - content[column]))
            widths[column] -= int(cut)
            excess -= cut
    for column, wide in widths.items():
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
