"""A mode-bar button elides its name only while it is narrower than the name, and shows it whole
again once it has the room: with the till's theme (Fusion widens a short-texted button to 80 px) the
elided "Sto…" once made the button think its padding was 40 px, and "Stock" never came back."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication, QFrame
from pytestqt.qtbot import QtBot

from terminal.ui.mode_button import ModeButton
from terminal.ui.theme import set_role
from tests.support.qt import themed_application


@pytest.fixture
def themed(qapp: QApplication) -> Iterator[None]:
    with themed_application(qapp, "en"):
        yield


_STRIPS: list[QFrame] = []  # kept alive for the test (the button's parent)


def _in_the_strip(qtbot: QtBot, name: str) -> ModeButton:
    """A mode button in the top strip, styled as the till styles it there (narrow padding)."""
    strip = QFrame()
    _STRIPS.append(strip)
    set_role(strip, "statusbar")
    qtbot.addWidget(strip)
    button = ModeButton(name, strip)
    set_role(button, "mode")
    strip.show()
    return button


@pytest.mark.parametrize("name", ["Stock", "Customers", "Bestand"])
def test_a_name_elided_when_narrow_is_whole_again_with_room(qtbot: QtBot, themed: None, name: str) -> None:
    button = _in_the_strip(qtbot, name)
    button.resize(button.minimumSizeHint().width(), 44)  # squeezed: the first letters and "…"
    QApplication.processEvents()
    assert button.shown_text().endswith("…")
    button.resize(button.sizeHint().width(), 44)  # its whole name's width
    QApplication.processEvents()
    assert button.shown_text() == name
    assert button.toolTip() == ""


def test_the_badge_stays_whole_and_the_name_gives_way(qtbot: QtBot, themed: None) -> None:
    button = _in_the_strip(qtbot, "Pickups")
    button.set_badge("(12)")
    button.resize(button.minimumSizeHint().width(), 44)
    QApplication.processEvents()
    assert button.shown_text().endswith("… (12)")
    assert button.text() == "Pickups (12)"  # whole for the tooltip and the accessible name
    button.resize(button.sizeHint().width(), 44)
    QApplication.processEvents()
    assert button.shown_text() == "Pickups (12)"
