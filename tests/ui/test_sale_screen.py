"""The sale screen: scanning adds and selects the line; a refusal shows, beeps and loses nothing."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from terminal.ui.formatting import MoneyFormat
from terminal.ui.sale_screen import SaleScreen
from terminal.ui.worker import Worker


def make_screen(qtbot: QtBot, services: Any) -> SaleScreen:
    screen = SaleScreen(services, MoneyFormat("de", "EUR"), Worker())
    qtbot.addWidget(screen)
    screen.show()
    screen.activateWindow()
    qtbot.waitUntil(screen.isActiveWindow)  # function keys are shortcuts: they need the active window
    screen.refresh()
    return screen


def scan_typed(qtbot: QtBot, screen: SaleScreen, code: str) -> None:
    qtbot.keyClicks(screen.entry, code)
    qtbot.keyClick(screen.entry, Qt.Key.Key_Return)


def test_scan_adds_selects_and_totals(qtbot: QtBot, logged_in: Any) -> None:
    screen = make_screen(qtbot, logged_in)
    scan_typed(qtbot, screen, "4006381333931")
    scan_typed(qtbot, screen, "4000000000017")
    assert screen.model.rowCount() == 2
    assert screen.selected_line().name == "Bread"
    assert screen.totals.total.text() == "3,78\xa0€"
    assert screen.entry.text() == ""
    assert screen.entry.hasFocus()


def test_multiplier_prefix(qtbot: QtBot, logged_in: Any) -> None:
    screen = make_screen(qtbot, logged_in)
    scan_typed(qtbot, screen, "3*4006381333931")
    assert screen.selected_line().quantity == 3


def test_wedge_scan_after_typed_multiplier(qtbot: QtBot, logged_in: Any) -> None:
    screen = make_screen(qtbot, logged_in)
    qtbot.keyClicks(screen.entry, "2*")
    screen.on_scanner_scanned("4000000000017", "wedge")
    assert screen.selected_line().quantity == 2


def test_unknown_barcode_is_refused_without_losing_the_basket(qtbot: QtBot, logged_in: Any) -> None:
    screen = make_screen(qtbot, logged_in)
    scan_typed(qtbot, screen, "4006381333931")
    scan_typed(qtbot, screen, "999")
    assert screen.model.rowCount() == 1
    assert screen.banner.isVisible()
    assert screen.banner.kind == "banner-error"
    assert "999" in screen.banner.text()
    assert screen.entry.selectedText() == "999"  # the next scan replaces it
    scan_typed(qtbot, screen, "4000000000017")
    assert not screen.banner.isVisible()
    assert screen.model.rowCount() == 2


def test_function_keys_void_the_selected_line(qtbot: QtBot, logged_in: Any) -> None:
    screen = make_screen(qtbot, logged_in)
    scan_typed(qtbot, screen, "4006381333931")
    scan_typed(qtbot, screen, "4000000000017")
    qtbot.keyClick(screen.entry, Qt.Key.Key_F7)
    assert logged_in.selling.basket().lines[1].voided
    assert screen.totals.total.text() == "1,29\xa0€"
    assert screen.action_bar.buttons["void_line"].text().startswith("F7\n")


def test_typed_number_then_f3_sets_the_quantity(qtbot: QtBot, logged_in: Any) -> None:
    screen = make_screen(qtbot, logged_in)
    scan_typed(qtbot, screen, "4006381333931")
    qtbot.keyClicks(screen.entry, "4")
    qtbot.keyClick(screen.entry, Qt.Key.Key_F3)
    assert logged_in.selling.basket().lines[0].quantity == 4
    assert screen.entry.text() == ""


def test_actions_without_a_line_say_so(qtbot: QtBot, logged_in: Any) -> None:
    screen = make_screen(qtbot, logged_in)
    screen.on_action_bar_action_triggered("void_line")
    assert "Select a line" in screen.banner.text()


def test_pay_on_an_empty_basket_is_refused(qtbot: QtBot, logged_in: Any) -> None:
    screen = make_screen(qtbot, logged_in)
    qtbot.keyClick(screen.entry, Qt.Key.Key_F12)
    assert "empty" in screen.banner.text()


def test_escape_clears_entry_and_banner(qtbot: QtBot, logged_in: Any) -> None:
    screen = make_screen(qtbot, logged_in)
    scan_typed(qtbot, screen, "999")
    qtbot.keyClick(screen.entry, Qt.Key.Key_Escape)
    assert screen.entry.text() == ""
    assert not screen.banner.isVisible()
