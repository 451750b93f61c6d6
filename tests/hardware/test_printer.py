"""Printer transports: real loopback sockets, pty pairs, files; every failure a PrinterError code."""

from __future__ import annotations

import os
import socket
import threading
import time
import tty
from pathlib import Path

import pytest

from hardware.printer import (
    FilePrinter,
    NetworkPrinter,
    PreviewPrinter,
    PrinterError,
    SerialPrinter,
    UsbPrinter,
    printer_from_config,
)

RECEIPT = b"\x1b@\x1bt\x13Gr\x81\xe1e\n\x1bd\x06\x1dV\x00"


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_network_printer_delivers_bytes_to_a_loopback_printer() -> None:
    server = socket.create_server(("127.0.0.1", 0))
    received = bytearray()

    def serve() -> None:
        conn, _ = server.accept()
        with conn:
            while chunk := conn.recv(4096):
                received.extend(chunk)

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    NetworkPrinter("127.0.0.1", port=server.getsockname()[1], timeout=2).send(RECEIPT)
    thread.join(timeout=5)
    server.close()
    assert bytes(received) == RECEIPT


def test_network_printer_on_a_closed_port_fails_fast_as_offline() -> None:
    printer = NetworkPrinter("127.0.0.1", port=_closed_port(), timeout=2)
    started = time.monotonic()
    with pytest.raises(PrinterError) as info:
        printer.send(RECEIPT)
    assert info.value.code == "printer.offline"
    assert time.monotonic() - started < 1.5
    assert printer.describe().startswith("network 127.0.0.1:")


def test_serial_printer_writes_to_a_pty() -> None:
    master, slave = os.openpty()
    tty.setraw(master)
    try:
        SerialPrinter(os.ttyname(slave), timeout=2).send(RECEIPT)
        assert os.read(master, 1024) == RECEIPT
    finally:
        os.close(master)
        os.close(slave)


def test_serial_printer_missing_port_is_offline() -> None:
    with pytest.raises(PrinterError) as info:
        SerialPrinter("/dev/does-not-exist-printer").send(RECEIPT)
    assert info.value.code == "printer.offline"


def test_file_printer_appends_and_missing_device_is_offline(tmp_path: Path) -> None:
    target = tmp_path / "receipts.bin"
    printer = FilePrinter(target)
    printer.send(RECEIPT)
    printer.send(b"second")
    assert target.read_bytes() == RECEIPT + b"second"
    with pytest.raises(PrinterError) as info:
        FilePrinter("/dev/usb/lp-does-not-exist").send(RECEIPT)
    assert info.value.code == "printer.offline"


def test_file_printer_times_out_on_a_device_that_takes_nothing(tmp_path: Path) -> None:
    fifo = tmp_path / "lp0"
    os.mkfifo(fifo)
    reader = os.open(fifo, os.O_RDONLY | os.O_NONBLOCK)  # a printer that never reads
    try:
        with pytest.raises(PrinterError) as info:
            FilePrinter(fifo, timeout=0.2, create=False).send(b"x" * 1_000_000)
        assert info.value.code == "printer.timeout"
    finally:
        os.close(reader)


def test_usb_printer_without_device_or_pyusb_is_refused_with_a_code() -> None:
    printer = UsbPrinter(0x04B8, 0x0E15, timeout_ms=500)
    assert printer.describe() == "usb 04b8:0e15"
    with pytest.raises(PrinterError) as info:
        printer.send(RECEIPT)
    assert info.value.code in ("printer.offline", "printer.error")


def test_preview_printer_keeps_the_last_receipts() -> None:
    preview = PreviewPrinter(keep=2)
    assert preview.last() is None
    for data in (b"1", b"2", b"3"):
        preview.send(data)
    assert preview.receipts() == [b"2", b"3"]
    assert preview.last() == b"3"


def test_printer_from_config(tmp_path: Path) -> None:
    network = printer_from_config({"type": "network", "host": "10.0.0.5", "timeout": 3})
    assert isinstance(network, NetworkPrinter)
    assert (network.port, network.timeout) == (9100, 3.0)
    usb = printer_from_config({"type": "usb", "vendor_id": "0x04b8", "product_id": 3605})
    assert isinstance(usb, UsbPrinter)
    assert (usb.id_vendor, usb.id_product, usb.timeout_ms) == (0x04B8, 0x0E15, 5000)
    assert isinstance(printer_from_config({"type": "serial", "url": "loop://"}), SerialPrinter)
    assert isinstance(printer_from_config({"type": "file", "path": str(tmp_path / "x")}), FilePrinter)
    assert isinstance(printer_from_config({"type": "preview"}), PreviewPrinter)
    with pytest.raises(ValueError, match="unknown printer type"):
        printer_from_config({"type": "cups"})
