"""The main window wires login, sale screen, status bar and the bridge's signals."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

from pytestqt.qtbot import QtBot

from terminal.ui.bridge import Bridge
from terminal.ui.main_window import MainWindow, UiSettings

CONFIG = SimpleNamespace(language="en", currency="EUR", store_name="Demo Store")


def make_window(qtbot: QtBot, services: Any, bridge: Bridge) -> MainWindow:
    window = MainWindow(services, bridge, config=CONFIG)
    qtbot.addWidget(window)
    window.show()
    return window


def test_login_then_sell_then_logout(qtbot: QtBot, services: Any, bridge: Bridge) -> None:
    window = make_window(qtbot, services, bridge)
    assert window.stack.currentWidget() is window.login
    bridge.publish_scan("BADGE-ANNA", "wedge")
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.sale)
    assert "Anna" in window.status.staff.text()
    bridge.publish_scan("4006381333931", "wedge")
    qtbot.waitUntil(lambda: window.sale.model.rowCount() == 1)
    window.sale.logout_button.click()
    assert window.stack.currentWidget() is window.login
    assert services.staff.current is None


def test_status_bar_renders_bridge_states(qtbot: QtBot, services: Any, bridge: Bridge) -> None:
    window = make_window(qtbot, services, bridge)
    with qtbot.waitSignal(bridge.sig_printer_state_changed):
        bridge.publish_printer_state(ready=False, waiting=2)
    assert "2" in window.status.printer.text()
    assert window.status.printer.property("role") == "state-bad"
    with qtbot.waitSignal(bridge.sig_sync_state_changed):
        bridge.publish_sync_state(online=False, pending=5)
    assert "5" in window.status.sync.text()


def test_settings_from_till_config() -> None:
    from terminal.config import TillConfig

    assert UiSettings.from_config(TillConfig()) == UiSettings("de", "EUR", "Demo Store")
