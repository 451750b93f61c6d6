"""The one door from long-lived background loops into the GUI thread.

The print queue, the serial scanner reader and the sync engine run in their own threads
(`run(stop_event)`, terminal/app.py starts them). They call the plain `publish_*` methods of this
bridge from their thread; the bridge lives in the GUI thread, so each signal reaches its GUI
receivers through a queued connection and every handler runs on the GUI thread. Values are plain
Python types, so the UI does not depend on the adapters' classes.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal


@dataclass(frozen=True)
class PrinterStatus:
    """What the status bar shows about the receipt printer."""

    ready: bool
    waiting: int = 0
    detail: str = ""  # the adapter's reason code (printer.offline, .timeout, .paper_out, .error)


@dataclass(frozen=True)
class ScannerStatus:
    """A scanner's connection (the wedge scanner is always "connected": it is a keyboard)."""

    connected: bool
    name: str = ""


@dataclass(frozen=True)
class SyncStatus:
    """The sync engine's view: online or not, events waiting, events refused, last success."""

    online: bool
    pending: int = 0
    failed: int = 0
    last_success: str = ""  # ISO time text; the status bar shows it as is
    held_back: object | None = None  # what waits until the backend accepts its version (seq, type, …)


class Bridge(QObject):
    """Re-emits what background loops report as signals on the GUI thread."""

    sig_printer_state_changed = Signal(object)
    """The printer became ready/offline or its queue length changed (a PrinterStatus)."""

    sig_scan_received = Signal(str, str)
    """A scanner read a code: (code, source) — source e.g. "wedge" or "serial"."""

    sig_scanner_state_changed = Signal(object)
    """A scanner connected or disconnected (a ScannerStatus)."""

    sig_scanner_error_reported = Signal(str)
    """A scanner reported a problem (its code: scanner.garbage, scanner.overlong or scanner.offline)."""

    sig_sync_state_changed = Signal(object)
    """The sync engine's state changed (a SyncStatus)."""

    sig_drawer_failed = Signal(str)
    """The cash drawer did not open within seconds and will not open later (a printer.* code)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # The latest state of each device: the loops start reporting before the window exists, and
        # they report a state only when it changes, so a window built later starts from these.
        self.printer_state: PrinterStatus | None = None
        self.scanner_state: ScannerStatus | None = None
        self.sync_state: SyncStatus | None = None

    def publish_printer_state(self, *, ready: bool, waiting: int = 0, detail: str = "") -> None:
        """Called from the print queue's thread."""
        self.printer_state = PrinterStatus(ready=ready, waiting=waiting, detail=detail)
        self.sig_printer_state_changed.emit(self.printer_state)

    def publish_scan(self, code: str, source: str = "serial") -> None:
        """Called from a scanner's thread (or connected to the wedge filter's sig_scanned)."""
        self.sig_scan_received.emit(code, source)

    def publish_scanner_state(self, *, connected: bool, name: str = "") -> None:
        """Called from a scanner's thread when its port opens or goes away."""
        self.scanner_state = ScannerStatus(connected=connected, name=name)
        self.sig_scanner_state_changed.emit(self.scanner_state)

    def publish_scanner_error(self, code: str) -> None:
        """Called from a scanner's thread with one of hardware/scanner_serial.py's error codes."""
        self.sig_scanner_error_reported.emit(code)

    def publish_drawer_failed(self, reason: str) -> None:
        """Called from the print queue's thread when it dropped a drawer kick."""
        self.sig_drawer_failed.emit(reason)

    def publish_sync_state(
        self,
        *,
        online: bool,
        pending: int = 0,
        failed: int = 0,
        last_success: str = "",
        held_back: object | None = None,
    ) -> None:
        """Called from the sync engine's thread."""
        self.sync_state = SyncStatus(
            online=online, pending=pending, failed=failed, last_success=last_success, held_back=held_back
        )
        self.sig_sync_state_changed.emit(self.sync_state)
