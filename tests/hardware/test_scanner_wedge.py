"""The keyboard-wedge filter: bursts become scans, people typing are left alone."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton
from pytestqt.qtbot import QtBot

from hardware.scanner_wedge import ScanWedge
from tests.support.keyboard import GERMAN, GERMAN_WINDOWS, US, Layout, type_like_a_scanner


class StepClock:
    """Each reading is `step` seconds after the previous one (one reading per key press)."""

    def __init__(self, step: float) -> None:
        self.step = step
        self.now = 0.0

    def __call__(self) -> float:
        self.now += self.step
        return self.now


@pytest.fixture
def line_edit(qtbot: QtBot) -> QLineEdit:
    edit = QLineEdit()
    qtbot.addWidget(edit)
    edit.show()
    edit.setFocus()
    return edit


def _wedge(**kwargs: object) -> Iterator[ScanWedge]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    wedge = ScanWedge(**kwargs)  # type: ignore[arg-type]
    wedge.install(app)
    yield wedge
    wedge.uninstall(app)


@pytest.fixture
def fast_wedge() -> Iterator[ScanWedge]:
    yield from _wedge(clock=StepClock(0.005))


@pytest.fixture
def slow_wedge() -> Iterator[ScanWedge]:
    yield from _wedge(clock=StepClock(0.2))


def test_a_burst_is_consumed_and_emitted(qtbot: QtBot, line_edit: QLineEdit, fast_wedge: ScanWedge) -> None:
    with qtbot.waitSignal(fast_wedge.sig_scanned, timeout=1000) as blocker:
        qtbot.keyClicks(line_edit, "4006381333931")
        qtbot.keyClick(line_edit, Qt.Key.Key_Return)
    assert blocker.args == ["4006381333931", "wedge"]
    assert line_edit.text() == ""


def test_tab_also_ends_a_scan(qtbot: QtBot, line_edit: QLineEdit, fast_wedge: ScanWedge) -> None:
    with qtbot.waitSignal(fast_wedge.sig_scanned, timeout=1000) as blocker:
        qtbot.keyClicks(line_edit, "R:S001-T01-000042")
        qtbot.keyClick(line_edit, Qt.Key.Key_Tab)
    assert blocker.args == ["R:S001-T01-000042", "wedge"]


def test_slow_typing_reaches_the_field_untouched(
    qtbot: QtBot, line_edit: QLineEdit, slow_wedge: ScanWedge
) -> None:
    with qtbot.assertNotEmitted(slow_wedge.sig_scanned):
        qtbot.keyClicks(line_edit, "Musli 12")
        qtbot.waitUntil(lambda: line_edit.text() == "Musli 12", timeout=1000)
        qtbot.keyClick(line_edit, Qt.Key.Key_Backspace)
        assert line_edit.text() == "Musli 1"


def test_a_short_fast_burst_is_given_back(qtbot: QtBot, line_edit: QLineEdit, fast_wedge: ScanWedge) -> None:
    with qtbot.assertNotEmitted(fast_wedge.sig_scanned):
        qtbot.keyClicks(line_edit, "ab")
        qtbot.waitUntil(lambda: line_edit.text() == "ab", timeout=1000)  # the flush timer replays
        qtbot.keyClicks(line_edit, "12")
        qtbot.keyClick(line_edit, Qt.Key.Key_Return)  # too short for a scan: Enter reaches the field
    assert line_edit.text() == "ab12"


def test_prefix_and_suffix_mode_accepts_slow_scanners(qtbot: QtBot, line_edit: QLineEdit) -> None:
    for wedge in _wedge(prefix="§", suffix="~", clock=StepClock(0.2)):
        with qtbot.waitSignal(wedge.sig_scanned, timeout=1000) as blocker:
            qtbot.keyClicks(line_edit, "§4006381333931~")
        assert blocker.args == ["4006381333931", "wedge"]
        assert line_edit.text() == ""
        with qtbot.assertNotEmitted(wedge.sig_scanned):
            qtbot.keyClicks(line_edit, "abc")  # no prefix: straight through
        assert line_edit.text() == "abc"


def test_prefix_mode_with_enter_terminator(qtbot: QtBot, line_edit: QLineEdit) -> None:
    for wedge in _wedge(prefix="]", clock=StepClock(0.01)):
        with qtbot.waitSignal(wedge.sig_scanned, timeout=1000) as blocker:
            qtbot.keyClicks(line_edit, "]E04006381333931")
            qtbot.keyClick(line_edit, Qt.Key.Key_Enter)
        assert blocker.args == ["E04006381333931", "wedge"]


def test_replayed_keys_keep_their_order_across_a_scan(
    qtbot: QtBot, line_edit: QLineEdit, slow_wedge: ScanWedge
) -> None:
    qtbot.keyClicks(line_edit, "x")
    slow_wedge.max_gap = 1.0  # from now on every key counts as fast
    with qtbot.waitSignal(slow_wedge.sig_scanned, timeout=1000) as blocker:
        qtbot.keyClicks(line_edit, "96385074")
        qtbot.keyClick(line_edit, Qt.Key.Key_Return)
    assert blocker.args[0] == "x96385074"  # a fast key right before the scan belongs to it
    assert line_edit.text() == ""


# --- Shift and AltGr inside a scan (issue 6.1) --------------------------------------------------


@pytest.fixture
def scanner_speed_wedge() -> Iterator[ScanWedge]:
    """A wedge in timing mode reading a key every 2 ms, as a USB scanner types."""
    yield from _wedge(clock=StepClock(0.002))


@pytest.mark.parametrize("layout", [US, GERMAN, GERMAN_WINDOWS], ids=lambda layout: layout.name)
@pytest.mark.parametrize("code", ["B:STAFF-0002", "R:S001-T01-000001", "P:WEB-4711@S001"])
def test_a_scan_with_shift_and_altgr_arrives_whole(
    qtbot: QtBot, line_edit: QLineEdit, scanner_speed_wedge: ScanWedge, layout: Layout, code: str
) -> None:
    with qtbot.waitSignal(scanner_speed_wedge.sig_scanned, timeout=1000) as blocker:
        type_like_a_scanner(code, layout=layout)
    assert blocker.args == [code, "wedge"]
    assert line_edit.text() == ""  # nothing of the scan leaked into the field


def test_a_person_typing_capitals_keeps_every_character(
    qtbot: QtBot, line_edit: QLineEdit, slow_wedge: ScanWedge
) -> None:
    with qtbot.assertNotEmitted(slow_wedge.sig_scanned):
        type_like_a_scanner("Bosch: Akku", layout=GERMAN, enter=False)
        qtbot.waitUntil(lambda: line_edit.text() == "Bosch: Akku", timeout=1000)


# --- nothing withheld when something acts on the field (issue 6.2) ------------------------------


class PersonClock:
    """Key presses at the given times (seconds); a person types "20" 50 ms apart."""

    def __init__(self, *times: float) -> None:
        self.times = list(times)

    def __call__(self) -> float:
        return self.times.pop(0) if len(self.times) > 1 else self.times[0]


def test_a_tap_gets_the_whole_typed_amount(qtbot: QtBot) -> None:
    """Typed "20", then a button tapped within 100 ms: the button reads "20", never "2"."""
    from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

    panel = QWidget()
    qtbot.addWidget(panel)
    edit = QLineEdit(panel)
    button = QPushButton("Cash", panel)
    layout = QVBoxLayout(panel)
    layout.addWidget(edit)
    layout.addWidget(button)
    seen: list[str] = []
    button.clicked.connect(lambda: seen.append(edit.text()))
    panel.show()
    edit.setFocus()
    for _ in _wedge(clock=PersonClock(0.0, 0.05)):
        qtbot.keyClicks(edit, "20")  # '2' given back at the gap; '0' is still withheld
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert seen == ["20"]


def test_a_shortcut_gets_the_whole_typed_amount(qtbot: QtBot, line_edit: QLineEdit) -> None:
    from PySide6.QtGui import QKeySequence, QShortcut

    seen: list[str] = []
    shortcut = QShortcut(QKeySequence(Qt.Key.Key_F12), line_edit)
    shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
    shortcut.activated.connect(lambda: seen.append(line_edit.text()))
    for _ in _wedge(clock=PersonClock(0.0, 0.05, 0.1)):
        qtbot.keyClicks(line_edit, "800")
        qtbot.keyClick(line_edit, Qt.Key.Key_F12)
    assert seen == ["800"]


def test_space_on_a_focused_button_clicks_it(qtbot: QtBot, slow_wedge: ScanWedge) -> None:
    """Found under Xvfb in the Returns area: Space's press was withheld (it types a character) while its
    release went through, so the replayed press left the button down and it never clicked."""
    button = QPushButton("Wrong size")
    qtbot.addWidget(button)
    button.show()
    button.setFocus()
    with qtbot.waitSignal(button.clicked, timeout=1000):
        qtbot.keyClick(button, Qt.Key.Key_Space)
    assert not button.isDown()


def test_the_releases_of_a_scan_go_with_it(qtbot: QtBot, line_edit: QLineEdit, fast_wedge: ScanWedge) -> None:
    seen: list[int] = []
    line_edit.keyReleaseEvent = lambda event: seen.append(event.key())  # type: ignore[method-assign]
    with qtbot.waitSignal(fast_wedge.sig_scanned, timeout=1000):
        qtbot.keyClicks(line_edit, "4006381333931")
        qtbot.keyClick(line_edit, Qt.Key.Key_Return)
    assert line_edit.text() == ""
    assert seen == [Qt.Key.Key_Return]  # only the terminator's release, which follows the scan
