"""Search as you type on a REAL till's catalogue: results arrive from the thread pool, one query per
pause in typing, and Enter chooses the highlighted product; an answer to an older query is dropped."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from terminal.ui.formatting import MoneyFormat
from terminal.ui.search_dialog import SearchDialog
from terminal.ui.worker import Worker
from tests.support.till import Till, product_named

DRILL = product_named("Akku-Bohrschrauber")


class Recording:
    """The real catalogue service, noting each query it is asked (to see the debounce)."""

    def __init__(self, catalogue: Any) -> None:
        self._catalogue = catalogue
        self.queries: list[str] = []

    def search(self, text: str, limit: int = 50) -> Any:
        self.queries.append(text)
        return self._catalogue.search(text, limit)


def test_type_wait_choose(qtbot: QtBot, till: Till) -> None:
    catalogue = Recording(till.services.catalogue)
    worker = Worker()
    dialog = SearchDialog(catalogue, MoneyFormat("en", "EUR"), worker)
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(dialog.sig_results_shown) as shown:
        qtbot.keyClicks(dialog.query, "bohrschr")
    assert shown.args[0] >= 1
    assert catalogue.queries == ["bohrschr"]  # one query for eight keystrokes (debounced)
    assert dialog.model.hits[0].sku == DRILL.sku
    with qtbot.waitSignal(dialog.sig_product_chosen) as chosen:
        qtbot.keyClick(dialog.query, Qt.Key.Key_Return)
    assert chosen.args == [DRILL.sku]
    assert worker.wait_for_done()


def test_stale_results_are_dropped(qtbot: QtBot, till: Till) -> None:
    worker = Worker()
    dialog = SearchDialog(till.services.catalogue, MoneyFormat("en", "EUR"), worker)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.sig_results_shown) as shown:
        dialog.query.setText("Vollmilch")
    assert shown.args[0] >= 1
    count = dialog.model.rowCount()
    dialog._show(dialog._generation - 1, [])  # an answer for a query older than the newest one
    assert dialog.model.rowCount() == count
    assert worker.wait_for_done()
