"""The first-run wizard, driven through its pages as a store would, against a real backend.

Real parts: the reference backend on a loopback port (enrolment through the existing path), the file
printer for the test print with its bytes decoded back, the keyboard-wedge filter fed synthesized key
events 2 ms apart. Offscreen at 1366x768 and 1024x768.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from backend.embedded import EmbeddedBackend
from hardware.escpos_decode import decode_lines
from hardware.printer import printer_from_config
from hardware.scanner_wedge import ScanWedge
from terminal.app import printer_settings
from terminal.config import load_config
from terminal.domain.first_run import STEPS, Step
from terminal.first_run_adapters import enrol_at_backend, print_test_page
from terminal.services.first_run import FirstRunSetup
from terminal.ui.first_run.wizard import FirstRunWizard
from tests.support.server import free_port

SCREENS = [(1366, 768), (1024, 768)]


class StepClock:
    """Each reading is `step` seconds after the previous one (one reading per key press)."""

    def __init__(self, step: float) -> None:
        self.step, self.now = step, 0.0

    def __call__(self) -> float:
        self.now += self.step
        return self.now


@pytest.fixture(scope="module")
def backend(tmp_path_factory: pytest.TempPathFactory) -> Iterator[EmbeddedBackend]:
    """The reference backend (demo chain, a small catalogue) on an ephemeral loopback port."""
    embedded = EmbeddedBackend(tmp_path_factory.mktemp("backend") / "backend.sqlite3")
    embedded.prepare(products=20)
    embedded.start()
    yield embedded
    embedded.stop()


Make = Callable[..., FirstRunWizard]


@pytest.fixture
def make_wizard(qtbot: QtBot, tmp_path: Path) -> Iterator[Make]:
    made: list[FirstRunWizard] = []

    def make(
        *, language: str = "en", size: tuple[int, int] = (1024, 768), key_gap: float = 0.002
    ) -> FirstRunWizard:
        setup = FirstRunSetup(
            path=tmp_path / "terminal.toml",
            enroller=enrol_at_backend,
            test_printer=lambda c: print_test_page(c, printer_from_config(printer_settings(c))),
            language=language,
        )
        wizard = FirstRunWizard(setup, scanner=ScanWedge(clock=StepClock(key_gap)))
        qtbot.addWidget(wizard)
        wizard.resize(*size)
        wizard.show()
        qtbot.waitExposed(wizard)
        made.append(wizard)
        return wizard

    yield make
    for wizard in made:
        if wizard.isVisible():
            wizard.reject()


def button(wizard: QWidget, name: str) -> QPushButton:
    found = wizard.findChild(QPushButton, name)
    assert found is not None, name
    return found


def edit(wizard: QWidget, name: str) -> QLineEdit:
    found = wizard.findChild(QLineEdit, name)
    assert found is not None, name
    return found


def type_into(qtbot: QtBot, field: QLineEdit, text: str) -> None:
    field.clear()
    field.setFocus()
    qtbot.keyClicks(field, text)


def banner(wizard: FirstRunWizard) -> tuple[str, str]:
    page = wizard.current_page()
    return page.banner.kind, page.banner.text()


def to_backend_page(qtbot: QtBot, wizard: FirstRunWizard, store: str = "S001", terminal: str = "T05") -> None:
    qtbot.mouseClick(button(wizard, "next"), Qt.MouseButton.LeftButton)
    type_into(qtbot, edit(wizard, "store_id"), store)
    type_into(qtbot, edit(wizard, "terminal_id"), terminal)
    qtbot.mouseClick(button(wizard, "next"), Qt.MouseButton.LeftButton)
    assert wizard.setup.flow.current is Step.BACKEND


def enrol(qtbot: QtBot, wizard: FirstRunWizard, url: str, code: str) -> tuple[str, str]:
    type_into(qtbot, edit(wizard, "backend_url"), url)
    type_into(qtbot, edit(wizard, "enrol_code"), code)
    qtbot.mouseClick(button(wizard, "enrol"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: banner(wizard)[0] in ("ok", "error"), timeout=15000)
    return banner(wizard)


def visible_outside(wizard: QWidget) -> list[str]:
    """Visible buttons and fields that do not lie wholly inside the wizard."""
    area = wizard.rect()
    outside = []
    for widget in wizard.findChildren(QWidget):
        if isinstance(widget, QPushButton | QLineEdit) and widget.isVisible():
            rect = widget.rect().translated(widget.mapTo(wizard, widget.rect().topLeft()))
            if not area.contains(rect):
                outside.append(f"{widget.objectName() or widget.text()} at {rect}")
    return outside


@pytest.mark.parametrize("size", SCREENS, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("language", ["en", "de", "hu", "id"])
def test_every_page_fits_the_screen(make_wizard: Make, size: tuple[int, int], language: str) -> None:
    wizard = make_wizard(language=language, size=size)
    for index, step in enumerate(STEPS):
        wizard.setup.flow = type(wizard.setup.flow)(current=step, done=frozenset(STEPS))
        wizard.show_step()
        QApplication.processEvents()
        assert wizard.stack.currentIndex() == index
        assert wizard.size().width() <= size[0]
        assert wizard.size().height() <= size[1]
        hint = wizard.minimumSizeHint()
        assert (hint.width() <= size[0], hint.height() <= size[1]) == (True, True), (step, hint)
        assert visible_outside(wizard) == [], step
    for kind in ("network", "usb", "serial", "file"):
        qtbot_click(button(wizard, f"choice-{kind}"))
        assert visible_outside(wizard) == [], kind


def qtbot_click(widget: QPushButton) -> None:
    widget.click()
    QApplication.processEvents()


def test_a_till_is_set_up_through_every_page(
    qtbot: QtBot, make_wizard: Make, backend: EmbeddedBackend, tmp_path: Path
) -> None:
    wizard = make_wizard(language="en", size=(1366, 768))
    assert button(wizard, "next").text() == "&Next"
    qtbot.mouseClick(button(wizard, "choice-de"), Qt.MouseButton.LeftButton)
    assert button(wizard, "next").text() == "&Weiter"  # the wizard speaks German from the tap on
    assert wizard.title.text() == "Sprache"

    qtbot.mouseClick(button(wizard, "next"), Qt.MouseButton.LeftButton)
    type_into(qtbot, edit(wizard, "store_id"), "s001")
    assert edit(wizard, "store_id").text() == "S001"
    type_into(qtbot, edit(wizard, "terminal_id"), "T05")
    type_into(qtbot, edit(wizard, "store_name"), "Baumarkt Berlin-Mitte")
    qtbot.mouseClick(button(wizard, "next"), Qt.MouseButton.LeftButton)

    assert not button(wizard, "next").isEnabled()  # not enrolled yet
    code = backend.enroll_code(store_id="S001", terminal_id="T05")
    kind, text = enrol(qtbot, wizard, backend.url, code)
    assert kind == "ok", text
    assert "T05" in text
    assert "S001" in text
    qtbot.mouseClick(button(wizard, "next"), Qt.MouseButton.LeftButton)

    receipt = tmp_path / "printer.bin"
    qtbot.mouseClick(button(wizard, "choice-file"), Qt.MouseButton.LeftButton)
    type_into(qtbot, edit(wizard, "printer_path"), str(receipt))
    qtbot.mouseClick(button(wizard, "test_print"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: banner(wizard)[0] in ("ok", "error"), timeout=10000)
    assert banner(wizard)[0] == "ok", banner(wizard)[1]
    printed = decode_lines(receipt.read_bytes())
    assert "*** TEST PRINT ***" in printed
    assert "S001 / T05" in printed
    assert "ÄÖÜ äöü ß 12,99 €" in printed  # the German code page, € included
    qtbot.mouseClick(button(wizard, "next"), Qt.MouseButton.LeftButton)

    assert wizard.setup.flow.current is Step.SCANNER
    qtbot.keyClicks(wizard.focusWidget() or wizard, "4006381333931")
    qtbot.keyClick(wizard.focusWidget() or wizard, Qt.Key.Key_Return)
    last = wizard.findChild(QWidget, "last_scan")
    assert last is not None
    assert last.text() == "4006381333931"

    qtbot.mouseClick(button(wizard, "next"), Qt.MouseButton.LeftButton)
    assert wizard.result() == wizard.DialogCode.Accepted
    config = load_config(tmp_path / "terminal.toml")
    assert (config.store.id, config.terminal.id, config.terminal.language) == ("S001", "T05", "de")
    assert (config.backend.url, bool(config.backend.token)) == (backend.url, True)
    assert (config.printer.type, config.printer.path) == ("file", str(receipt))


def test_wrong_ids_are_refused_in_words(qtbot: QtBot, make_wizard: Make) -> None:
    wizard = make_wizard()
    qtbot.mouseClick(button(wizard, "next"), Qt.MouseButton.LeftButton)
    type_into(qtbot, edit(wizard, "store_id"), "S-1")
    type_into(qtbot, edit(wizard, "terminal_id"), "T01")
    qtbot.mouseClick(button(wizard, "next"), Qt.MouseButton.LeftButton)
    assert wizard.setup.flow.current is Step.STORE
    assert banner(wizard) == ("error", "A store id is 1 to 10 capital letters or digits, for example S001.")


def test_a_bad_address_and_an_unreachable_backend_are_refused(qtbot: QtBot, make_wizard: Make) -> None:
    wizard = make_wizard()
    to_backend_page(qtbot, wizard)
    kind, text = enrol(qtbot, wizard, "backend:8765", "ABCD-EFGH-JKLM")
    assert kind == "error"
    assert text.startswith("The backend address must start with http://")
    dead = f"http://127.0.0.1:{free_port()}"
    kind, text = enrol(qtbot, wizard, dead, "ABCD-EFGH-JKLM")
    assert (kind, text) == (
        "error", f"The backend at {dead} does not answer. Check the address and the network cable."
    )  # fmt: skip
    assert not button(wizard, "next").isEnabled()


def test_a_used_code_and_another_store_s_code_are_refused_as_the_backend_says(
    qtbot: QtBot, make_wizard: Make, backend: EmbeddedBackend
) -> None:
    wizard = make_wizard()
    to_backend_page(qtbot, wizard, terminal="T06")
    code = backend.enroll_code(store_id="S001", terminal_id="T06")
    assert enrol(qtbot, wizard, backend.url, code)[0] == "ok"
    kind, text = enrol(qtbot, wizard, backend.url, code)  # the same code once more
    assert kind == "error"
    assert "refused this enrolment code" in text
    other = backend.enroll_code(store_id="S002", terminal_id="T06")
    kind, text = enrol(qtbot, wizard, backend.url, other)
    assert kind == "error"
    assert "for another store than S001" in text
    kind, text = enrol(qtbot, wizard, backend.url, "")
    assert (kind, text) == ("error", "Enter the enrolment code from the store office.")


def test_a_failed_test_print_says_so_and_selling_setup_goes_on(qtbot: QtBot, make_wizard: Make) -> None:
    wizard = make_wizard()
    wizard.setup.flow = type(wizard.setup.flow)(current=Step.PRINTER, done=frozenset(STEPS) - {Step.PRINTER})
    wizard.show_step()
    qtbot.mouseClick(button(wizard, "choice-network"), Qt.MouseButton.LeftButton)
    type_into(qtbot, edit(wizard, "printer_host"), "127.0.0.1")
    type_into(qtbot, edit(wizard, "printer_port"), str(free_port()))
    qtbot.mouseClick(button(wizard, "test_print"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: banner(wizard)[0] in ("ok", "error"), timeout=10000)
    kind, text = banner(wizard)
    assert kind == "error"
    assert text.startswith("The test print failed: the printer (network 127.0.0.1:")
    assert "does not answer" in text
    type_into(qtbot, edit(wizard, "printer_host"), "")
    qtbot.mouseClick(button(wizard, "next"), Qt.MouseButton.LeftButton)
    assert banner(wizard) == ("error", "This printer needs a host name or IP address.")


def test_typing_slowly_on_the_scanner_page_is_not_a_scan(qtbot: QtBot, make_wizard: Make) -> None:
    wizard = make_wizard(key_gap=0.2)
    wizard.setup.flow = type(wizard.setup.flow)(current=Step.PRINTER, done=frozenset(STEPS))
    wizard.show_step()
    wizard.go_next()
    assert wizard.setup.flow.current is Step.SCANNER
    qtbot.keyClicks(wizard, "12345678")
    qtbot.keyClick(wizard, Qt.Key.Key_Return)
    assert wizard.setup.last_scan == ""


def test_the_keyboard_alone_sets_up_the_first_steps(qtbot: QtBot, make_wizard: Make) -> None:
    wizard = make_wizard()
    qtbot.keyClick(wizard, Qt.Key.Key_Return)
    assert wizard.setup.flow.current is Step.STORE
    assert wizard.focusWidget() is edit(wizard, "store_id")
    qtbot.keyClicks(wizard.focusWidget(), "S001")
    qtbot.keyClick(wizard.focusWidget(), Qt.Key.Key_Tab)
    assert wizard.focusWidget() is edit(wizard, "terminal_id")
    qtbot.keyClicks(wizard.focusWidget(), "T01")
    qtbot.keyClick(wizard.focusWidget(), Qt.Key.Key_Return)
    assert wizard.setup.flow.current is Step.BACKEND
    qtbot.keyClick(wizard, Qt.Key.Key_Escape)
    assert wizard.isVisible()  # Escape never throws the set-up away


def test_quit_writes_nothing(qtbot: QtBot, make_wizard: Make, tmp_path: Path) -> None:
    wizard = make_wizard()
    qtbot.mouseClick(button(wizard, "quit"), Qt.MouseButton.LeftButton)
    assert wizard.result() == wizard.DialogCode.Rejected
    assert not (tmp_path / "terminal.toml").exists()


def test_next_looks_disabled_until_the_till_is_enrolled(qtbot: QtBot, make_wizard: Make) -> None:
    """till.qss paints primary buttons after its :disabled rule; the wizard's own sheet corrects it."""
    wizard = make_wizard()
    to_backend_page(qtbot, wizard)
    next_button = button(wizard, "next")
    assert not next_button.isEnabled()
    image = next_button.grab().toImage()
    fill = image.pixelColor(image.width() // 2, image.height() // 2 + 12)
    assert fill.name() == "#eceef1"  # the disabled grey, not the primary blue #2f5d9e
