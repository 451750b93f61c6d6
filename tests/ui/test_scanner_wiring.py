"""A real serial scanner's problems reach the cashier: a pty pair (and a socket scanner that goes away
and comes back) feeding a real `SerialScanner` on its own thread, wired by terminal/ui/scanner_wiring.py
to the bridge, the main window and a REAL till (tests/support/till.py). Garbage shows in the red banner
and leaves the basket alone; the next good code sells; offline and back show in the status bar."""

from __future__ import annotations

import os
import socket
import threading
import tty
from collections.abc import Iterator
from types import SimpleNamespace

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from hardware.scanner_serial import SerialScanner
from terminal.ui.bridge import Bridge, ScannerStatus
from terminal.ui.i18n import install_translators, remove_translators
from terminal.ui.main_window import MainWindow
from terminal.ui.messages import message_for_code
from terminal.ui.scanner_wiring import serial_scanner_callbacks, show_scanner_problems
from tests.support.till import Till, product_named

DRILL = product_named("Akku-Bohrschrauber")
MILK = product_named("Vollmilch")
CONFIG = SimpleNamespace(language="en", currency="EUR", store_name="Baumarkt & Mehr Berlin-Mitte")


@pytest.fixture
def window(qtbot: QtBot, till: Till, bridge: Bridge) -> Iterator[MainWindow]:
    """The till's window on the sale screen (Anna logged in), scanner problems wired as app.py does."""
    till.services.staff.login("1111")
    win = MainWindow(till.services, bridge, config=CONFIG)
    show_scanner_problems(bridge, win.sale)
    qtbot.addWidget(win)
    win.show()
    assert win.showing(win.sale)
    yield win
    # The login asked the pool how many receipts wait; that query must end before the till's
    # database closes (a query on a closed SQLite connection crashes the interpreter).
    assert win.worker.wait_for_done()


class ScannerThread:
    """One `SerialScanner` on `url`, its callbacks from scanner_wiring, running until `stop()`."""

    def __init__(self, url: str, bridge: Bridge, **options: float) -> None:
        callbacks = serial_scanner_callbacks(bridge, name=url)
        scanner = SerialScanner(
            url,
            on_scan=callbacks.on_scan,
            on_error=callbacks.on_error,
            on_connected=callbacks.on_connected,
            **options,  # type: ignore[arg-type]
        )
        self.stop_event = threading.Event()
        self.thread = threading.Thread(target=scanner.run, args=(self.stop_event,), daemon=True)

    def start(self) -> None:
        self.thread.start()

    def stop(self) -> None:
        self.stop_event.set()
        self.thread.join(timeout=5)
        assert not self.thread.is_alive()


@pytest.fixture
def pty_scanner(qtbot: QtBot, bridge: Bridge, window: MainWindow) -> Iterator[int]:
    """The master end of a pty whose slave end a running serial scanner reads."""
    master, slave = os.openpty()
    tty.setraw(master)
    tty.setraw(slave)
    scanner = ScannerThread(os.ttyname(slave), bridge)
    with qtbot.waitSignal(bridge.sig_scanner_state_changed) as connected:  # pyserial flushes on open
        scanner.start()
    assert connected.args == [ScannerStatus(connected=True, name=os.ttyname(slave))]
    try:
        yield master
    finally:
        scanner.stop()
        os.close(master)
        os.close(slave)


def basket_names(till: Till) -> list[str]:
    return [line.name for line in till.services.selling.basket().lines]


def test_garbage_shows_in_the_banner_and_the_next_good_code_sells(
    qtbot: QtBot, till: Till, bridge: Bridge, window: MainWindow, pty_scanner: int
) -> None:
    sale = window.sale
    os.write(pty_scanner, DRILL.barcode.encode() + b"\r\n")
    qtbot.waitUntil(lambda: sale.model.rowCount() == 1)

    with qtbot.waitSignal(bridge.sig_scanner_error_reported) as reported:
        os.write(pty_scanner, b"40\xff\x00\x1b63\r\n")  # line noise from a loose cable
    assert reported.args == ["scanner.garbage"]
    assert sale.banner.isVisible()
    assert sale.banner.kind == "banner-error"
    assert sale.banner.text() == "The scanner sent something unreadable. Scan again."
    assert basket_names(till) == [DRILL.name]
    assert sale.model.rowCount() == 1
    assert window.status.scanner.text() == "Scanner ready"  # garbage says nothing about the cable

    with qtbot.waitSignal(bridge.sig_scanner_error_reported) as reported:
        os.write(pty_scanner, b"9" * 300 + b"\r\n")
    assert reported.args == ["scanner.overlong"]
    assert sale.banner.text() == message_for_code("scanner.overlong")
    assert "too long" in sale.banner.text()
    assert basket_names(till) == [DRILL.name]

    os.write(pty_scanner, MILK.barcode.encode() + b"\r")
    qtbot.waitUntil(lambda: sale.model.rowCount() == 2)
    assert basket_names(till) == [DRILL.name, MILK.name]
    assert not sale.banner.isVisible()


def test_a_socket_scanner_going_offline_and_back(
    qtbot: QtBot, till: Till, bridge: Bridge, window: MainWindow
) -> None:
    sale = window.sale
    server = socket.create_server(("127.0.0.1", 0))
    port = server.getsockname()[1]
    scanner = ScannerThread(f"socket://127.0.0.1:{port}", bridge, first_retry=0.05, max_retry=0.1)
    try:
        with qtbot.waitSignal(bridge.sig_scanner_state_changed):
            scanner.start()
            first, _ = server.accept()
        first.sendall(DRILL.barcode.encode() + b"\r\n")
        qtbot.waitUntil(lambda: sale.model.rowCount() == 1)

        server.close()  # nothing listens any more: the scanner stays away until a new server is up
        with qtbot.waitSignal(bridge.sig_scanner_error_reported) as reported:
            first.close()  # the scanner's network adapter restarts
        assert reported.args == ["scanner.offline"]
        assert window.status.scanner.text() == "Scanner offline"
        assert window.status.scanner.property("role") == "state-bad"
        assert sale.banner.text() == message_for_code("scanner.offline")
        assert "not connected" in sale.banner.text()
        assert basket_names(till) == [DRILL.name]

        server = socket.create_server(("127.0.0.1", port))
        with qtbot.waitSignal(bridge.sig_scanner_state_changed, timeout=10_000) as back:
            second, _ = server.accept()
        assert back.args[0].connected
        assert window.status.scanner.text() == "Scanner ready"
        assert window.status.scanner.property("role") == "state-ok"
        assert not sale.banner.isVisible()  # the offline message is no longer true
        second.sendall(MILK.barcode.encode() + b"\r\n")
        qtbot.waitUntil(lambda: sale.model.rowCount() == 2)
        second.close()
    finally:
        scanner.stop()
        server.close()


def test_a_refusal_banner_is_not_cleared_by_a_scanner_coming_back(
    qtbot: QtBot, bridge: Bridge, window: MainWindow
) -> None:
    window.sale.submit_code("4000000000000")
    unknown = window.sale.banner.text()
    with qtbot.waitSignal(bridge.sig_scanner_state_changed):
        bridge.publish_scanner_state(connected=True)
    assert window.sale.banner.isVisible()
    assert window.sale.banner.text() == unknown


def test_scanner_problems_wait_while_nobody_sells(qtbot: QtBot, bridge: Bridge, window: MainWindow) -> None:
    window.sale.logout_button.click()
    assert window.showing(window.login)
    with qtbot.waitSignal(bridge.sig_scanner_error_reported):
        serial_scanner_callbacks(bridge).on_error("scanner.offline")
    assert window.status.scanner.text() == "Scanner offline"
    assert window.sale.banner.text() == ""


@pytest.mark.parametrize(("language", "words"), [("de", "Scanner"), ("hu", "olvasó"), ("id", "pemindai")])
def test_scanner_messages_are_translated(qapp: QApplication, language: str, words: str) -> None:
    english = {
        code: message_for_code(code) for code in ("scanner.garbage", "scanner.overlong", "scanner.offline")
    }
    translators = install_translators(qapp, language)
    try:
        translated = {code: message_for_code(code) for code in english}
    finally:
        remove_translators(qapp, translators)
    for code, text in translated.items():
        assert text != english[code]
        assert words.lower() in text.lower()
