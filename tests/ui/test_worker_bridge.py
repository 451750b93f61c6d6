"""Background work and background loops reach the GUI thread through queued signals."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QThread
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from terminal.ui.bridge import Bridge, PrinterStatus, SyncStatus
from terminal.ui.worker import Worker


def test_result_arrives_on_the_gui_thread(qtbot: QtBot, qapp: QApplication) -> None:
    worker = Worker()
    seen: list[tuple[object, bool]] = []

    def work() -> int:
        assert QThread.currentThread() is not qapp.thread()
        return 42

    worker.submit(work, on_done=lambda r: seen.append((r, QThread.currentThread() is qapp.thread())))
    qtbot.waitUntil(lambda: bool(seen))
    assert worker.pending() == 0
    assert seen == [(42, True)]


def test_exception_arrives_as_a_signal(qtbot: QtBot) -> None:
    worker = Worker()
    errors: list[BaseException] = []

    def boom() -> None:
        raise ValueError("printer on fire")

    worker.submit(boom, on_error=errors.append)
    qtbot.waitUntil(lambda: bool(errors))
    assert isinstance(errors[0], ValueError)


@pytest.mark.parametrize("thread", [True, False])
def test_bridge_reemits_from_any_thread(qtbot: QtBot, qapp: QApplication, thread: bool) -> None:
    bridge = Bridge()
    received: list[tuple[object, bool]] = []
    bridge.sig_printer_state_changed.connect(
        lambda s: received.append((s, QThread.currentThread() is qapp.thread()))
    )

    def publish() -> None:
        bridge.publish_printer_state(ready=False, waiting=3, detail="paper out")

    with qtbot.waitSignal(bridge.sig_printer_state_changed):
        if thread:
            threading.Thread(target=publish).start()
        else:
            publish()
    assert received[0][0] == PrinterStatus(ready=False, waiting=3, detail="paper out")


def test_bridge_scan_and_sync(qtbot: QtBot) -> None:
    bridge = Bridge()
    with qtbot.waitSignal(bridge.sig_scan_received) as scanned:
        bridge.publish_scan("4006381333931", "serial")
    assert scanned.args == ["4006381333931", "serial"]
    with qtbot.waitSignal(bridge.sig_sync_state_changed) as synced:
        bridge.publish_sync_state(online=False, pending=7)
    assert synced.args[0] == SyncStatus(online=False, pending=7)
