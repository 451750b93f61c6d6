"""Receipt printer transports: send already rendered ESC/POS bytes, with a timeout on every connection.

One small port, `ReceiptPrinter` (`send(bytes)`, `describe()`), and its transports: network (raw
TCP 9100), serial (pyserial with a write timeout; python-escpos'
`Serial` has none), USB (python-escpos `Usb`, keyword arguments only, needs pyusb), a file (a device
such as /dev/usb/lp0, opened non-blocking, or a plain file) and `PreviewPrinter` in memory.
Each send opens, writes and closes, so a printer switched off and on again needs no reconnect logic.
Transports that can tell whether their printer is there without printing anything also have `probe()`
(network: connect and close; serial: open and close; a device file: open and close); the print queue
asks it while it has nothing to print, so a printer that is off shows before the first receipt fails.
Every failure becomes `PrinterError` with a stable code: printer.offline (cannot connect or the device
is missing), printer.timeout (connected but it stopped taking data), printer.paper_out (only where a
transport can tell; status replies are unreliable in python-escpos 3.1), printer.error (anything else).
These calls block up to their timeout: run them off the UI thread (`hardware.print_queue`).
"""

from __future__ import annotations

import errno
import os
import socket
import time
from collections import deque
from collections.abc import Mapping
from pathlib import Path
from typing import Any, Protocol

from terminal.domain.errors import TillError

PROBE_TIMEOUT = 2.0  # seconds: a probe runs only while nothing waits to print, but it must not linger


class PrinterError(TillError):
    """The printer did not take the job; `code` says why (printer.offline, .timeout, .paper_out, .error)."""


class ReceiptPrinter(Protocol):
    """Where receipt bytes go."""

    def send(self, data: bytes) -> None: ...

    def describe(self) -> str: ...


class NetworkPrinter:
    """A printer on raw TCP (port 9100, "JetDirect"), connected per job with a timeout.

    A plain socket rather than python-escpos `Network`: 3.1's `Network.open` leaves the socket open
    when the connect fails and folds "refused" and "timed out" into one exception; the bytes sent are
    the same either way.
    """

    def __init__(self, host: str, *, port: int = 9100, timeout: float = 5.0) -> None:
        self.host, self.port, self.timeout = host, port, timeout

    def describe(self) -> str:
        return f"network {self.host}:{self.port}"

    def probe(self) -> None:
        """Connect and close without sending a byte; PrinterError("printer.offline") when it cannot."""
        try:
            socket.create_connection((self.host, self.port), timeout=min(self.timeout, PROBE_TIMEOUT)).close()
        except OSError as exc:
            raise PrinterError("printer.offline", printer=self.describe(), reason=str(exc)) from exc

    def send(self, data: bytes) -> None:
        try:
            connection = socket.create_connection((self.host, self.port), timeout=self.timeout)
        except OSError as exc:  # refused, unreachable, or no answer within the timeout
            raise PrinterError("printer.offline", printer=self.describe(), reason=str(exc)) from exc
        with connection:
            try:
                connection.sendall(data)
                connection.shutdown(socket.SHUT_WR)
            except TimeoutError as exc:
                raise PrinterError("printer.timeout", printer=self.describe()) from exc
            except OSError as exc:
                raise PrinterError("printer.offline", printer=self.describe(), reason=str(exc)) from exc


class SerialPrinter:
    """A printer on a serial port or pyserial URL (/dev/ttyS0, /dev/ttyUSB0, socket://, loop://)."""

    def __init__(self, url: str, *, baudrate: int = 9600, timeout: float = 5.0, rtscts: bool = False) -> None:
        self.url, self.baudrate, self.timeout, self.rtscts = url, baudrate, timeout, rtscts

    def describe(self) -> str:
        return f"serial {self.url} @ {self.baudrate}"

    def probe(self) -> None:
        """Open and close the port; PrinterError("printer.offline") when it is missing or busy."""
        import serial

        try:
            serial.serial_for_url(self.url, baudrate=self.baudrate, timeout=PROBE_TIMEOUT).close()
        except (serial.SerialException, OSError, ValueError) as exc:
            raise PrinterError("printer.offline", printer=self.describe(), reason=str(exc)) from exc

    def send(self, data: bytes) -> None:
        import serial

        try:
            port = serial.serial_for_url(
                self.url,
                baudrate=self.baudrate,
                timeout=self.timeout,
                write_timeout=self.timeout,
                rtscts=self.rtscts,
            )
        except (serial.SerialException, OSError, ValueError) as exc:
            raise PrinterError("printer.offline", printer=self.describe(), reason=str(exc)) from exc
        try:
            port.write(data)
            port.flush()
        except serial.SerialTimeoutException as exc:
            raise PrinterError("printer.timeout", printer=self.describe()) from exc
        except (serial.SerialException, OSError) as exc:
            raise PrinterError("printer.offline", printer=self.describe(), reason=str(exc)) from exc
        finally:
            port.close()


class UsbPrinter:
    """A printer on USB through libusb (python-escpos `Usb`, which needs the pyusb package)."""

    def __init__(
        self,
        id_vendor: int,
        id_product: int,
        *,
        timeout_ms: int = 5000,
        in_ep: int = 0x82,
        out_ep: int = 0x01,
    ) -> None:
        self.id_vendor, self.id_product = id_vendor, id_product
        self.timeout_ms, self.in_ep, self.out_ep = timeout_ms, in_ep, out_ep

    def describe(self) -> str:
        return f"usb {self.id_vendor:04x}:{self.id_product:04x}"

    def send(self, data: bytes) -> None:
        from escpos.exceptions import DeviceNotFoundError
        from escpos.printer import Usb

        if not Usb.is_usable():
            raise PrinterError("printer.error", printer=self.describe(), reason="pyusb is not installed")
        # Keyword arguments only: 3.x moved the positional parameters (DESIGN.md); timeout=0 would
        # mean "block forever" to pyusb.
        printer = Usb(
            idVendor=self.id_vendor,
            idProduct=self.id_product,
            timeout=self.timeout_ms,
            in_ep=self.in_ep,
            out_ep=self.out_ep,
        )
        try:
            printer.open()
            printer._raw(data)  # pre-rendered bytes
        except DeviceNotFoundError as exc:
            raise PrinterError("printer.offline", printer=self.describe(), reason=str(exc)) from exc
        except Exception as exc:  # pyusb raises USBError/USBTimeoutError; escpos adds its own
            code = "printer.timeout" if "timeout" in type(exc).__name__.lower() else "printer.error"
            raise PrinterError(code, printer=self.describe(), reason=str(exc)) from exc
        finally:
            printer.close()


class FilePrinter:
    """A printer device file (/dev/usb/lp0, kernel usblp) or a plain file that collects the bytes."""

    def __init__(self, path: Path | str, *, timeout: float = 5.0, create: bool | None = None) -> None:
        self.path = Path(path)
        self.timeout = timeout
        self.create = create if create is not None else not str(self.path).startswith("/dev/")

    def describe(self) -> str:
        return f"file {self.path}"

    def probe(self) -> None:
        """A device file must open for writing (the printer is plugged in and on); a plain file's
        folder must exist."""
        if self.create:
            if not self.path.parent.is_dir():
                raise PrinterError("printer.offline", printer=self.describe(), reason="no such folder")
            return
        try:
            os.close(os.open(self.path, os.O_WRONLY | os.O_NONBLOCK))
        except OSError as exc:
            raise PrinterError("printer.offline", printer=self.describe(), reason=exc.strerror) from exc

    def send(self, data: bytes) -> None:
        flags = os.O_WRONLY | os.O_APPEND | os.O_NONBLOCK | (os.O_CREAT if self.create else 0)
        try:
            fd = os.open(self.path, flags, 0o644)
        except OSError as exc:
            raise PrinterError("printer.offline", printer=self.describe(), reason=exc.strerror) from exc
        deadline = time.monotonic() + self.timeout
        view = memoryview(data)
        try:
            while view:
                try:
                    view = view[os.write(fd, view) :]
                except BlockingIOError:
                    if time.monotonic() > deadline:
                        raise PrinterError("printer.timeout", printer=self.describe()) from None
                    time.sleep(0.02)  # a device that is busy printing; poll until the deadline
        except OSError as exc:
            code = (
                "printer.offline" if exc.errno in (errno.ENODEV, errno.ENXIO, errno.EIO) else "printer.error"
            )
            raise PrinterError(code, printer=self.describe(), reason=exc.strerror) from exc
        finally:
            os.close(fd)


class PreviewPrinter:
    """Keeps the last `keep` receipts' bytes in memory for the on-screen preview (no paper)."""

    def __init__(self, *, keep: int = 20) -> None:
        self._receipts: deque[bytes] = deque(maxlen=keep)

    def describe(self) -> str:
        return "preview (screen only)"

    def send(self, data: bytes) -> None:
        self._receipts.append(bytes(data))

    def receipts(self) -> list[bytes]:
        """The kept receipts, oldest first."""
        return list(self._receipts)

    def last(self) -> bytes | None:
        return self._receipts[-1] if self._receipts else None


def _int(value: Any) -> int:
    return int(value, 0) if isinstance(value, str) else int(value)


def printer_from_config(config: Mapping[str, Any]) -> ReceiptPrinter:
    """Build the printer a till's `[devices.printer]` config describes; ValueError when it cannot.

    `type` is one of network (host, port, timeout), serial (url, baudrate, timeout, rtscts),
    usb (vendor_id, product_id as ints or "0x04b8", timeout_ms, in_ep, out_ep), file (path, timeout)
    or preview (keep).
    """
    kind = str(config.get("type", "")).lower()
    if kind == "network":
        return NetworkPrinter(
            str(config["host"]), port=int(config.get("port", 9100)), timeout=float(config.get("timeout", 5.0))
        )
    if kind == "serial":
        return SerialPrinter(
            str(config["url"]),
            baudrate=int(config.get("baudrate", 9600)),
            timeout=float(config.get("timeout", 5.0)),
            rtscts=bool(config.get("rtscts", False)),
        )
    if kind == "usb":
        return UsbPrinter(
            _int(config["vendor_id"]),
            _int(config["product_id"]),
            timeout_ms=_int(config.get("timeout_ms", 5000)),
            in_ep=_int(config.get("in_ep", 0x82)),
            out_ep=_int(config.get("out_ep", 0x01)),
        )
    if kind == "file":
        return FilePrinter(str(config["path"]), timeout=float(config.get("timeout", 5.0)))
    if kind == "preview":
        return PreviewPrinter(keep=int(config.get("keep", 20)))
    raise ValueError(f"unknown printer type {kind!r} (network, serial, usb, file or preview)")
