"""The theme reaches widgets whose role is set while they are on screen (terminal/ui/theme.py)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QPushButton
from pytestqt.qtbot import QtBot

from terminal.ui.message_banner import MessageBanner
from terminal.ui.theme import load_stylesheet, set_role


@pytest.fixture
def themed(qapp: QApplication) -> Iterator[QApplication]:
    font = qapp.font()
    qapp.setStyleSheet(load_stylesheet())
    yield qapp
    qapp.setStyleSheet("")
    qapp.setFont(font)


def test_a_banner_shown_after_the_screen_keeps_its_padding(qtbot: QtBot, themed: QApplication) -> None:
    """Found on the real display: the sale screen's red "not in the range" banner had its text on the
    red edge, the rounded corner clipping the first letter (till.qss gives banners 10 px 16 px)."""
    banner = MessageBanner()
    qtbot.addWidget(banner)
    banner.resize(900, banner.height())  # the message fits in the theme's size (a longer one is smaller)
    banner.show()  # polished without a role first, as on the sale screen
    banner.show_error("Barcode 4006381333931 ist nicht im Sortiment.")
    margins = banner.contentsMargins()
    assert (margins.left(), margins.top(), margins.right(), margins.bottom()) == (16, 10, 16, 10)
    assert banner.contentsRect().left() == 16


def test_a_role_without_padding_gives_the_box_back(qtbot: QtBot, themed: QApplication) -> None:
    label = QLabel("x")
    qtbot.addWidget(label)
    label.show()
    set_role(label, "banner-info")
    assert label.contentsMargins().left() == 16
    set_role(label, "hint")
    assert label.contentsMargins().left() == 0


@pytest.mark.parametrize("role", ["key-enter", "primary", "manager", "quick", "osk-on", "osk-enter", "pay"])
def test_a_disabled_button_looks_disabled_whatever_its_role(
    qtbot: QtBot, themed: QApplication, role: str
) -> None:
    """Found on the real display: after a payment the keypad's blue "OK" looked ready while every other
    key was greyed out (till.qss coloured the role after its :disabled rule)."""
    button = QPushButton()
    qtbot.addWidget(button)
    set_role(button, role)
    button.resize(120, 60)
    button.show()
    enabled = button.grab().toImage().pixelColor(60, 30).name()
    button.setEnabled(False)
    disabled = button.grab().toImage().pixelColor(60, 30).name()
    assert disabled == "#eceef1" != enabled


def test_a_dialog_has_an_edge_of_its_own(qtbot: QtBot, themed: QApplication) -> None:
    """Found under Xvfb (no window manager, as on a kiosk): a dialog had no visible edge, so the screen
    behind seemed to run on under it ("150,00 €" cut to "50,00 €")."""
    dialog = QDialog()
    qtbot.addWidget(dialog)
    dialog.resize(300, 200)
    image = dialog.grab().toImage()
    edges = {image.pixelColor(x, y).name() for x, y in ((0, 100), (299, 100), (150, 0), (150, 199))}
    assert edges == {"#4a5360"}
    assert image.pixelColor(150, 100).name() == "#f4f5f7"


def test_a_chosen_reason_is_plainly_chosen(qtbot: QtBot, themed: QApplication) -> None:
    """Found under Xvfb: a chosen cash-in reason looked like the others but for a faint inner bevel."""
    button = QPushButton()
    qtbot.addWidget(button)
    set_role(button, "quick")
    button.setCheckable(True)
    button.resize(200, 60)
    button.show()
    assert button.grab().toImage().pixelColor(100, 30).name() == "#e8f3ea"
    button.setChecked(True)
    assert button.grab().toImage().pixelColor(100, 30).name() == "#1e7d32"
