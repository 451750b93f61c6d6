"""How a serial scanner's reports reach the cashier: its callbacks on the bridge, the bridge on the screen.

`SerialScanner` (hardware/scanner_serial.py) calls three plain callbacks on its reader thread. Here
they become bridge publications, so that everything after runs on the GUI thread:

    on_scan(code, source)   -> bridge.publish_scan: the code goes where scans go
    on_error(code)          -> bridge.publish_scanner_error, and for scanner.offline also
                               bridge.publish_scanner_state(connected=False): status bar "Scanner offline"
    on_connected()          -> bridge.publish_scanner_state(connected=True): "Scanner ready"

Garbage or an overlong line says nothing about the connection, so it leaves the status bar alone.
`show_scanner_problems` connects the bridge's scanner signals to the sale screen's red banner.
terminal/app.py calls both; nothing here starts a thread or opens a port.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple, Protocol

from terminal.ui.bridge import Bridge, ScannerStatus

OFFLINE = "scanner.offline"


class ScannerCallbacks(NamedTuple):
    """The three callbacks `SerialScanner(url, on_scan=..., on_error=..., on_connected=...)` takes."""

    on_scan: Callable[[str, str], None]
    on_error: Callable[[str], None]
    on_connected: Callable[[], None]


class ScannerProblemView(Protocol):
    """What shows scanner problems to the cashier (the sale screen)."""

    def on_scanner_error_reported(self, code: str) -> None: ...

    def on_scanner_state_changed(self, status: ScannerStatus) -> None: ...


def serial_scanner_callbacks(bridge: Bridge, *, name: str = "") -> ScannerCallbacks:
    """Callbacks for one serial scanner called `name` (its port URL), publishing through `bridge`."""

    def on_error(code: str) -> None:
        if code == OFFLINE:
            bridge.publish_scanner_state(connected=False, name=name)
        bridge.publish_scanner_error(code)

    def on_connected() -> None:
        bridge.publish_scanner_state(connected=True, name=name)

    return ScannerCallbacks(on_scan=bridge.publish_scan, on_error=on_error, on_connected=on_connected)


def show_scanner_problems(bridge: Bridge, view: ScannerProblemView) -> None:
    """Scanner errors in `view`'s red banner; a scanner coming back clears its offline message."""
    bridge.sig_scanner_error_reported.connect(view.on_scanner_error_reported)
    bridge.sig_scanner_state_changed.connect(view.on_scanner_state_changed)
