"""The serial scanner reader through a real pty pair and pyserial's loop:// port."""

from __future__ import annotations

import os
import queue
import socket
import threading
import tty
from collections.abc import Iterator
from dataclasses import dataclass, field

import pytest
import serial

from hardware.scanner_serial import LineAssembler, SerialScanner


@dataclass
class Received:
    events: queue.Queue[tuple[str, str]] = field(default_factory=queue.Queue)

    def on_scan(self, code: str, source: str) -> None:
        self.events.put(("scan", f"{code}|{source}"))

    def on_connected(self) -> None:
        self.events.put(("connected", ""))

    def on_error(self, code: str) -> None:
        self.events.put(("error", code))

    def next(self) -> tuple[str, str]:
        return self.events.get(timeout=5)


@dataclass
class Running:
    received: Received
    stop: threading.Event
    thread: threading.Thread


def _start(url: str, **kwargs: object) -> Running:
    received = Received()
    scanner = SerialScanner(
        url,
        on_scan=received.on_scan,
        on_error=received.on_error,
        on_connected=received.on_connected,
        **kwargs,
    )  # type: ignore[arg-type]
    stop = threading.Event()
    thread = threading.Thread(target=scanner.run, args=(stop,), daemon=True)
    thread.start()
    return Running(received, stop, thread)


def _stop(running: Running) -> None:
    running.stop.set()
    running.thread.join(timeout=5)
    assert not running.thread.is_alive()


@pytest.fixture
def pty_scanner() -> Iterator[tuple[int, Received]]:
    master, slave = os.openpty()
    tty.setraw(master)
    tty.setraw(slave)
    running = _start(os.ttyname(slave), max_length=32)
    assert running.received.next() == ("connected", "")  # pyserial flushes input when it opens
    try:
        yield master, running.received
    finally:
        _stop(running)
        os.close(master)
        os.close(slave)


def test_cr_lf_and_crlf_lines_arrive_as_scans(pty_scanner: tuple[int, Received]) -> None:
    master, received = pty_scanner
    os.write(master, b"4006381333931\r96385074\n]E0036000291452\r\n")
    assert received.next() == ("scan", "4006381333931|serial")
    assert received.next() == ("scan", "96385074|serial")
    assert received.next() == ("scan", "]E0036000291452|serial")


def test_a_line_split_across_writes_is_one_scan(pty_scanner: tuple[int, Received]) -> None:
    master, received = pty_scanner
    os.write(master, b"]C101040063")
    os.write(master, b"81333931\x1d10AB")
    os.write(master, b"C\r\n")
    assert received.next() == ("scan", "]C10104006381333931\x1d10ABC|serial")


def test_garbage_and_overlong_lines_are_reported_not_fatal(pty_scanner: tuple[int, Received]) -> None:
    master, received = pty_scanner
    os.write(master, b"40\xff\x0063\r\n")
    os.write(master, b"9" * 100)
    os.write(master, b"still the same long line\r\n4006381333931\r\n")
    assert received.next() == ("error", "scanner.garbage")
    assert received.next() == ("error", "scanner.overlong")
    assert received.next() == ("scan", "4006381333931|serial")


def test_loop_port_echoes_through_the_reader() -> None:
    # loop:// is a port of its own per open, so feed the reader's assembler the way run() does.
    port = serial.serial_for_url("loop://", timeout=0.2)
    port.write(b"2212345012992\r\nP:ABC123\r")
    assembler = LineAssembler()
    events = assembler.feed(port.read(64))
    port.close()
    assert events == [("scan", "2212345012992"), ("scan", "P:ABC123")]


def test_line_assembler_bounds_its_buffer() -> None:
    assembler = LineAssembler(max_length=4)
    assert assembler.feed(b"12345678") == [("error", "scanner.overlong")]
    assert assembler.feed(b"9\rab\r\n\r\n") == [("scan", "ab")]
    assert len(assembler._buffer) == 0


def test_missing_port_is_reported_and_retried_without_crashing(tmp_path: object) -> None:
    running = _start("/dev/does-not-exist-scanner", first_retry=0.01, max_retry=0.02)
    try:
        assert running.received.next() == ("error", "scanner.offline")
        assert running.thread.is_alive()
    finally:
        _stop(running)


def test_unplugging_a_pty_scanner_is_reported() -> None:
    master, slave = os.openpty()
    tty.setraw(master)
    running = _start(os.ttyname(slave), first_retry=0.01, max_retry=0.05)
    try:
        assert running.received.next() == ("connected", "")
        os.write(master, b"96385074\r")
        assert running.received.next() == ("scan", "96385074|serial")
        os.close(master)  # the scanner is unplugged: reads on the slave now fail
        assert running.received.next() == ("error", "scanner.offline")
    finally:
        _stop(running)
        os.close(slave)


def test_reconnects_when_a_socket_scanner_comes_back() -> None:
    server = socket.create_server(("127.0.0.1", 0))
    port = server.getsockname()[1]
    running = _start(f"socket://127.0.0.1:{port}", first_retry=0.01, max_retry=0.05)
    try:
        first, _ = server.accept()
        assert running.received.next() == ("connected", "")
        first.sendall(b"96385074\r\n")
        assert running.received.next() == ("scan", "96385074|serial")
        first.close()  # the scanner's network adapter restarts
        assert running.received.next() == ("error", "scanner.offline")
        second, _ = server.accept()
        assert running.received.next() == ("connected", "")
        second.sendall(b"4006381333931\r\n")
        assert running.received.next() == ("scan", "4006381333931|serial")
        second.close()
    finally:
        _stop(running)
        server.close()
