"""The status bar's texts: translated, counted with Qt's plural forms, never an internal code, and
never wider than the room it has (issue 6.4)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from terminal.ui.bridge import PrinterStatus, SyncStatus
from terminal.ui.i18n import install_translators, remove_translators
from terminal.ui.status_bar import StatusBar


@pytest.fixture
def bar(qtbot: QtBot, request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[StatusBar]:
    translators = install_translators(qapp, request.param)
    widget = StatusBar(language=request.param, store_name="Baumarkt & Mehr Berlin-Mitte")
    qtbot.addWidget(widget)
    yield widget
    remove_translators(qapp, translators)


@pytest.mark.parametrize(
    ("bar", "waiting", "detail", "expected"),
    [
        ("en", 1, "printer.offline", "Printer offline — 1 receipt waiting"),
        ("en", 3, "printer.offline", "Printer offline — 3 receipts waiting"),
        ("en", 2, "printer.paper_out", "Printer out of paper — 2 receipts waiting"),
        ("de", 1, "printer.offline", "Drucker offline — 1 Beleg wartet"),
        ("de", 4, "printer.timeout", "Drucker antwortet nicht — 4 Belege warten"),
        ("hu", 2, "printer.error", "Nyomtatóhiba — 2 blokk vár"),
        ("id", 5, "printer.offline", "Printer offline — 5 struk menunggu"),
    ],
    indirect=["bar"],
)
def test_printer_states_are_translated_with_plural_forms(
    bar: StatusBar, waiting: int, detail: str, expected: str
) -> None:
    bar.set_printer_status(PrinterStatus(ready=False, waiting=waiting, detail=detail))
    assert bar.printer.text() == expected
    assert "printer." not in bar.printer.text()


@pytest.mark.parametrize("bar", ["en"], indirect=True)
def test_sync_states_count_in_words(bar: StatusBar) -> None:
    bar.set_sync_status(SyncStatus(online=False, pending=1))
    assert bar.sync.text() == "Offline — 1 waiting"
    bar.set_sync_status(SyncStatus(online=True, pending=0, failed=2))
    assert bar.sync.text() == "Sync: 2 refused — tell the manager"


@pytest.mark.parametrize("bar", ["de"], indirect=True)
def test_a_long_state_is_elided_not_widening(qtbot: QtBot, bar: StatusBar) -> None:
    bar.resize(400, 40)
    bar.show()
    bar.set_printer_status(PrinterStatus(ready=False, waiting=123, detail="printer.timeout"))
    bar.set_sync_status(SyncStatus(online=False, pending=4567))
    QApplication.processEvents()
    assert bar.minimumSizeHint().width() <= 400
    assert bar.width() == 400
    shown = [bar.printer, bar.sync]
    assert any(label.is_elided() for label in shown)
    assert all(label.toolTip() == label.text() for label in shown if label.is_elided())
    assert bar.printer.text() == "Drucker antwortet nicht — 123 Belege warten"  # the whole text is kept
