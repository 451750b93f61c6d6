"""Search as you type: results arrive from the thread pool; Enter chooses the highlighted product."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from terminal.ui.formatting import MoneyFormat
from terminal.ui.search_dialog import SearchDialog
from terminal.ui.worker import Worker


def test_type_wait_choose(qtbot: QtBot, services: Any) -> None:
    dialog = SearchDialog(services.catalogue, MoneyFormat("en", "EUR"), Worker())
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(dialog.sig_results_shown) as shown:
        qtbot.keyClicks(dialog.query, "dri")
    assert shown.args == [1]
    assert services.catalogue.queries == ["dri"]  # one query for three keystrokes (debounced)
    with qtbot.waitSignal(dialog.sig_product_chosen) as chosen:
        qtbot.keyClick(dialog.query, Qt.Key.Key_Return)
    assert chosen.args == ["1003"]


def test_stale_results_are_dropped(qtbot: QtBot, services: Any) -> None:
    dialog = SearchDialog(services.catalogue, MoneyFormat("en", "EUR"), Worker())
    qtbot.addWidget(dialog)
    dialog._show(0, [])  # an answer for a query older than the newest one
    dialog.query.setText("milk")
    with qtbot.waitSignal(dialog.sig_results_shown) as shown:
        pass
    assert shown.args == [1]
    generation = dialog._generation
    dialog._show(generation - 1, [])
    assert dialog.model.rowCount() == 1
