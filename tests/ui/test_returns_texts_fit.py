"""What the Returns area shows the cashier is whole at 1024x768 and 1366x768 in every language: each
visible figure column's title fits its section in the font Qt elides it with (was "Zur…", "O…" in
German), each article name fits its cell wrapped (was "Bohrschraube…"), the policy badge is shown whole,
and the reasons' and dispositions' words fit inside their buttons' padding (was "…eschriebe…")."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace

import pytest
from PySide6.QtCore import QRect, Qt, QTimer
from PySide6.QtWidgets import QApplication, QPushButton, QStyle, QStyleOptionButton, QTableView
from pytestqt.qtbot import QtBot

from terminal.ui.bridge import Bridge
from terminal.ui.main_window import MainWindow
from terminal.ui.returns_model import ReturnLinesModel
from terminal.ui.returns_original import fit_columns
from tests.support.qt import themed_application
from tests.support.returns_backend import FakeReturnsBackend, other_store_receipt
from tests.support.till import Till, closing, open_till

RECEIPT = "S002-T05-000123"
LONG_NAMES = ("Bosch Akku-Bohrschrauber GSR 12V-15 Professional", "Tchibo Kaffee Feine Milde gemahlen 500 g")
SECTION_PADDING_PX = 12  # till.qss: QHeaderView::section { padding: 6px }
CASES = [(w, lang) for w in (1024, 1366) for lang in ("de", "hu", "id", "en")]


@pytest.fixture
def till(tmp_path: Path) -> Iterator[Till]:
    """A receipt of another store with realistic long names: a drill, and coffee on final sale."""
    original = other_store_receipt(RECEIPT)
    lines = tuple(
        dataclasses.replace(line, name=name) for line, name in zip(original.lines, LONG_NAMES, strict=True)
    )
    backend = FakeReturnsBackend()
    backend.originals[RECEIPT] = dataclasses.replace(original, lines=lines)
    yield from closing(open_till(tmp_path / "till.sqlite3", returns_backend=backend))


def returns_area_at(qtbot: QtBot, till: Till, width: int, language: str) -> MainWindow:
    config = SimpleNamespace(language=language, currency="EUR", store_name="Baumarkt & Mehr Berlin-Mitte")
    window = MainWindow(till.services, Bridge(), config=config)
    qtbot.addWidget(window)
    window.setFixedSize(width, 768)
    window.show()
    till.services.staff.login("1111")
    window.on_login_staff_logged_in(till.services.staff.current)
    window.areas.show_area("returns")
    window.returns.look_up(RECEIPT)
    qtbot.waitUntil(lambda: window.returns.model.rowCount() == 2)
    QApplication.processEvents()
    return window


def cut_cells(table: QTableView) -> list[str]:
    """The cells whose text, wrapped at word boundaries in its column, is wider or higher than the cell."""
    metrics = table.fontMetrics()
    model = table.model()
    cut = []
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            text = str(model.index(row, column).data() or "")
            if table.isColumnHidden(column) or not text:
                continue
            room = QRect(0, 0, table.columnWidth(column) - 8, 10_000)  # the cell's text margins
            needed = metrics.boundingRect(room, Qt.TextFlag.TextWordWrap, text)
            if needed.width() > room.width() or needed.height() > table.rowHeight(row) - 1:  # a grid line
                cell = f"{table.columnWidth(column)}x{table.rowHeight(row)}"
                cut.append(f"{text!r}: {needed.size().toTuple()} in {cell}")
    return cut


def cut_titles(table: QTableView) -> list[str]:
    """The visible columns whose title, in the font QHeaderView elides it with, is wider than its section."""
    header = table.horizontalHeader()
    titles = header.fontMetrics()
    model = table.model()
    cut = []
    for column in range(ReturnLinesModel.COLUMN_COUNT):
        if table.isColumnHidden(column):
            continue
        title = str(model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole))
        needed = titles.horizontalAdvance(title) + SECTION_PADDING_PX
        if needed > header.sectionSize(column):
            cut.append(f"{title!r}: {needed} in {header.sectionSize(column)}")
    return cut


def text_room(button: QPushButton) -> int:
    """The width inside the button's border and padding (the style sheet's), where its text is drawn."""
    option = QStyleOptionButton()
    button.initStyleOption(option)
    return button.style().subElementRect(QStyle.SubElement.SE_PushButtonContents, option, button).width()


@pytest.mark.parametrize("case", CASES, ids=[f"{lang}-{w}" for w, lang in CASES])
def test_titles_names_badge_and_reasons_are_whole(
    qtbot: QtBot, qapp: QApplication, till: Till, case: tuple[int, str]
) -> None:
    width, language = case
    with themed_application(qapp, language):
        window = returns_area_at(qtbot, till, width, language)
        area = window.returns
        table, model = area.table, area.model
        assert cut_titles(table) == []
        assert cut_cells(table) == []
        badge = str(model.index(1, ReturnLinesModel.COLUMN_POLICY).data())
        assert badge  # the coffee is a final sale
        if table.isColumnHidden(ReturnLinesModel.COLUMN_POLICY):
            assert badge in str(model.index(1, ReturnLinesModel.COLUMN_ITEM).data())
        names = model.index(0, ReturnLinesModel.COLUMN_ITEM)
        assert names.data(Qt.ItemDataRole.ToolTipRole).startswith(LONG_NAMES[0])
        panel = area.panel
        area.choose_reason("not_as_described")  # checked: its border is thicker
        for button in (*panel.reason_buttons.values(), *panel.disposition_buttons.values()):
            widest = max(button.fontMetrics().horizontalAdvance(line) for line in button.text().split("\n"))
            assert widest <= text_room(button), (button.text(), widest, text_room(button))
            assert button.height() >= 56  # as finger-sized as before
        assert window.worker.wait_for_done()


@pytest.mark.parametrize("language", ["de", "hu"])
def test_columns_are_fitted_again_when_the_window_narrows(
    qtbot: QtBot, qapp: QApplication, till: Till, language: str
) -> None:
    """A receipt opened at 1366 px, then the window at 1024 (a till switching layout, a window dragged
    narrower): the columns were left sized for 1366 px, the names squeezed to a few pixels."""
    with themed_application(qapp, language):
        window = returns_area_at(qtbot, till, 1366, language)
        table = window.returns.table
        wide = {c: table.columnWidth(c) for c in range(ReturnLinesModel.COLUMN_COUNT)}
        assert not table.isColumnHidden(ReturnLinesModel.COLUMN_SOLD)  # all of them fit at 1366
        window.setFixedSize(1024, 768)
        qtbot.waitUntil(lambda: table.width() < 800)
        refit = table.findChild(QTimer, "refit_columns")
        assert refit is not None
        qtbot.waitUntil(lambda: not refit.isActive())  # once, after the resize settled
        QApplication.processEvents()
        assert cut_titles(table) == []
        assert cut_cells(table) == []
        narrow = {c: table.columnWidth(c) for c in wide}
        assert narrow != wide
        fit_columns(table, window.returns.model)  # as if the receipt were opened at 1024 px
        assert {c: table.columnWidth(c) for c in wide} == narrow
        assert window.worker.wait_for_done()
