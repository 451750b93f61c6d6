"""How the Returns area shows the original: its header (where and when it was bought, for how much,
how it was paid) and the table of its lines, whose figures' columns are as wide as their header or
widest figure and whose article names take the rest, fitted again when the table's width changes
(`RefitOnResize`). Texts keep the ReturnsArea translation context.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from terminal.domain.money import Money
from terminal.domain.returns import Original
from terminal.ui.formatting import MoneyFormat, format_datetime
from terminal.ui.return_names import tender_name
from terminal.ui.returns_model import ReturnLinesModel

NAME_SHARE = 0.4  # of the table's width kept for the article names (columns give way until they have it)
MIN_FIGURE_PX = 48
ROW_PX = 64  # a row is at least this high (two lines); a longer article name makes it higher
TITLE_PAD_PX = 16  # a header section's padding (till.qss) and a little air
REFIT_DELAY_MS = 60  # after the last resize of a drag: the columns are fitted once, not per pixel


def lines_table(model: ReturnLinesModel, parent: QWidget) -> QTableView:
    """The original's lines; the row selected is the line the buttons beside it change."""
    table = QTableView(parent)
    table.setObjectName("return_lines")
    table.setModel(model)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(ROW_PX)  # `fit_columns` makes a long name's row higher
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
    RefitOnResize(table, model)
    return table


def fit_columns(table: QTableView, model: ReturnLinesModel) -> None:
    """The figures' columns as wide as their header or widest figure, the article's name the rest, and
    each row as high as its wrapped name. Titles are measured in the header's own font, the one Qt
    elides them with (till.qss gives the header its sections' small font: measured in the table's big
    one, the numbers' columns took half the width; measured small but elided big, "Zur…")."""
    header = table.horizontalHeader()
    titles = header.fontMetrics()
    figures = [c for c in range(ReturnLinesModel.COLUMN_COUNT) if c != ReturnLinesModel.COLUMN_ITEM]
    content = {c: max(MIN_FIGURE_PX, table.sizeHintForColumn(c) + 8) for c in figures}
    titled = {
        c: max(
            content[c],
            titles.horizontalAdvance(
                str(model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole))
            )
            + TITLE_PAD_PX,
        )
        for c in figures
    }
    # On a narrow screen (1024 px, Hungarian titles) whole titles left the names a few pixels
    # ("K…"); shortened titles ("Zur…", "O…") could not be read either. So the titles stay whole; the
    # policy badge moves under the article's name, then "Sold" (= returned + left) gives its room to
    # the names, until they keep their share; a long name wraps onto more lines (`fit_rows`).
    room = table.viewport().width() or table.width()
    hidden: set[int] = set()
    for column in (ReturnLinesModel.COLUMN_POLICY, ReturnLinesModel.COLUMN_SOLD):
        if room - sum(w for c, w in titled.items() if c not in hidden) >= room * NAME_SHARE:
            break
        hidden.add(column)
    model.set_badge_under_name(ReturnLinesModel.COLUMN_POLICY in hidden)
    for column in figures:
        table.setColumnHidden(column, column in hidden)
        if column not in hidden:
            header.resizeSection(column, titled[column])
    fit_rows(table)


class RefitOnResize(QObject):
    """Fits the table's columns again when its width changes (a till switching from 1366 to 1024 px, a
    window dragged narrower): sized for the old width, titles and names were cut. A single-shot timer
    restarted by every resize fits them once the size has settled."""

    def __init__(self, table: QTableView, model: ReturnLinesModel) -> None:
        super().__init__(table)
        self.timer = QTimer(self)
        self.timer.setObjectName("refit_columns")
        self.timer.setSingleShot(True)
        self.timer.setInterval(REFIT_DELAY_MS)
        self.timer.timeout.connect(lambda: fit_columns(table, model))
        table.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(event, QResizeEvent) and event.size().width() != event.oldSize().width():
            self.timer.start()
        return False


def fit_rows(table: QTableView) -> None:
    """Each row as high as its article's name wrapped in the names' column (at least two lines): a long
    name ("Bosch Akku-Bohrschrauber GSR 12V-15 Professional") is read whole, not "Bohrschraube…"."""
    for row in range(table.model().rowCount()):
        table.setRowHeight(row, max(ROW_PX, table.sizeHintForRow(row)))


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
