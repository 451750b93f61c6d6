"""Touch search (issue 6.9): a till without a keyboard finds "Müsli" by tapping, in its language layout."""

from __future__ import annotations

from collections.abc import Iterator
from types import SimpleNamespace

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from terminal.ui.bridge import Bridge
from terminal.ui.main_window import MainWindow
from terminal.ui.search_dialog import SearchDialog
from terminal.ui.touch_keyboard import TouchKeyboard, layout_for
from tests.support.till import Till, product_named
from tests.ui.layout_checks import close_dialogs

MUESLI = product_named("Kölln Müsli")


@pytest.fixture
def window(qtbot: QtBot, till: Till, bridge: Bridge) -> Iterator[MainWindow]:
    config = SimpleNamespace(language="de", currency="EUR", store_name="Baumarkt & Mehr Berlin-Mitte")
    win = MainWindow(till.services, bridge, config=config)
    qtbot.addWidget(win)
    win.resize(1024, 768)
    win.show()
    till.services.staff.login("1111")
    win.on_login_staff_logged_in(till.services.staff.current)
    yield win
    close_dialogs()
    assert win.worker.wait_for_done()


def tap(qtbot: QtBot, keyboard: TouchKeyboard, keys: list[str]) -> None:
    for key in keys:
        qtbot.mouseClick(keyboard.buttons[key], Qt.MouseButton.LeftButton)


def test_tapping_muesli_with_the_umlaut_finds_it_and_adds_it(
    qtbot: QtBot, window: MainWindow, till: Till
) -> None:
    window.sale.on_action_bar_action_triggered("search")
    dialog = window.sale.dialog
    assert isinstance(dialog, SearchDialog)
    with qtbot.waitSignal(dialog.sig_results_shown, timeout=3000):
        tap(qtbot, dialog.keyboard, ["shift", "k", "ö", "l", "l", "n", "space", "m", "ü", "s"])
    assert dialog.query.text() == "Kölln müs"
    qtbot.waitUntil(lambda: any(hit.sku == MUESLI.sku for hit in dialog.model.hits))
    row = next(i for i, hit in enumerate(dialog.model.hits) if hit.sku == MUESLI.sku)
    dialog.table.selectRow(row)
    tap(qtbot, dialog.keyboard, ["enter"])
    qtbot.waitUntil(lambda: window.sale.dialog is None)
    assert [line.sku for line in till.services.selling.basket().lines] == [MUESLI.sku]


@pytest.mark.parametrize(
    ("language", "letters"),
    [("de", "äöüß"), ("hu", "öüóőúéáűí"), ("id", "qwerty"), ("en", "qwerty")],
)
def test_each_language_has_its_letters(qtbot: QtBot, language: str, letters: str) -> None:
    keyboard = TouchKeyboard(language)
    qtbot.addWidget(keyboard)
    assert set(letters) <= set(keyboard.buttons)
    assert layout_for(language)[1].startswith("qwertz" if language in ("de", "hu") else "qwerty")


def test_hungarian_long_vowels_and_backspace(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QLineEdit

    field = QLineEdit()
    keyboard = TouchKeyboard("hu")
    keyboard.set_target(field)
    qtbot.addWidget(field)
    qtbot.addWidget(keyboard)
    keyboard.show()
    tap(qtbot, keyboard, ["t", "ű", "z", "ő", "back", "ő", "shift", "ü"])
    assert field.text() == "tűzőÜ"
    tap(qtbot, keyboard, ["clear"])
    assert field.text() == ""
