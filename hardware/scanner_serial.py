"""Serial (and virtual COM) barcode scanners: read lines from a pyserial port URL, off the UI thread.

`SerialScanner.run(stop_event)` is a long-lived loop for a plain thread: it opens the port
(`/dev/ttyACM0`, `socket://host:port`, `loop://`), splits the byte stream on CR, LF or CRLF, and calls
`on_scan(code, "serial")` per good line (and `on_connected()` each time the port opens). It never
crashes on bad input; it calls `on_error(code)`:

    scanner.garbage    a line with bytes that are not printable ASCII (GS, 0x1D, is allowed: GS1)
    scanner.overlong   more than `max_length` bytes without a terminator (the rest up to the next
                       terminator is dropped; the buffer never grows beyond the limit)
    scanner.offline    the port cannot be opened or disappeared; it is reopened with backoff

The callbacks run on the reader's thread; the app bridges them to Qt signals.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

import serial

log = logging.getLogger(__name__)

_TERMINATORS = b"\r\n"
_GS = 0x1D


class LineAssembler:
    """Pure: bytes in, complete codes and error codes out (no I/O, testable byte by byte)."""

    def __init__(self, *, max_length: int = 256) -> None:
        self.max_length = max_length
        self._buffer = bytearray()
        self._discarding = False

    def feed(self, data: bytes) -> list[tuple[str, str]]:
        """Events for `data`: ("scan", code) or ("error", error_code), in order."""
        events: list[tuple[str, str]] = []
        for byte in data:
            if byte in _TERMINATORS:
                if not self._discarding and self._buffer:
                    events.append(self._finish())
                self._buffer.clear()
                self._discarding = False
            elif self._discarding:
                continue
            elif len(self._buffer) >= self.max_length:
                events.append(("error", "scanner.overlong"))
                self._buffer.clear()
                self._discarding = True
            else:
                self._buffer.append(byte)
        return events

    def _finish(self) -> tuple[str, str]:
        line = bytes(self._buffer)
        if all(0x20 <= b < 0x7F or b == _GS for b in line):
            code = line.decode("ascii").strip()
            if code:
                return ("scan", code)
        return ("error", "scanner.garbage")


class SerialScanner:
    """Reads one serial scanner until stopped; reconnects with backoff when the port goes away."""

    def __init__(
        self,
        url: str,
        *,
        on_scan: Callable[[str, str], None],
        on_error: Callable[[str], None],
        on_connected: Callable[[], None] = lambda: None,
        baudrate: int = 9600,
        read_timeout: float = 0.1,
        max_length: int = 256,
        first_retry: float = 0.5,
        max_retry: float = 10.0,
    ) -> None:
        self.url = url
        self._on_scan = on_scan
        self._on_error = on_error
        self._on_connected = on_connected
        self._baudrate = baudrate
        self._read_timeout = read_timeout
        self._max_length = max_length
        self._first_retry = first_retry
        self._max_retry = max_retry

    def run(self, stop_event: threading.Event) -> None:
        """Read until `stop_event` is set (noticed within `read_timeout`)."""
        retry = self._first_retry
        offline_reported = False
        while not stop_event.is_set():
            try:
                port = serial.serial_for_url(self.url, baudrate=self._baudrate, timeout=self._read_timeout)
            except (serial.SerialException, OSError, ValueError) as exc:
                if not offline_reported:
                    log.warning("scanner %s cannot be opened: %s", self.url, exc)
                    self._safe_error("scanner.offline")
                    offline_reported = True
                stop_event.wait(retry)
                retry = min(retry * 2, self._max_retry)
                continue
            retry, offline_reported = self._first_retry, False
            self._safe(self._on_connected)
            try:
                self._read(port, stop_event)
            except (serial.SerialException, OSError) as exc:
                log.warning("scanner %s went away: %s", self.url, exc)
                self._safe_error("scanner.offline")
                offline_reported = True
                stop_event.wait(retry)
            finally:
                port.close()

    def _read(self, port: Any, stop_event: threading.Event) -> None:
        assembler = LineAssembler(max_length=self._max_length)
        while not stop_event.is_set():
            chunk = port.read(max(1, port.in_waiting))
            for kind, value in assembler.feed(chunk):
                if kind == "scan":
                    self._safe(self._on_scan, value, "serial")
                else:
                    self._safe_error(value)

    def _safe_error(self, code: str) -> None:
        self._safe(self._on_error, code)

    @staticmethod
    def _safe(callback: Callable[..., None], *args: str) -> None:
        try:
            callback(*args)
        except Exception:  # a consumer's bug must not stop the scanner
            log.exception("scanner callback failed")
