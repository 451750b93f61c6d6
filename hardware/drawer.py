"""The cash drawer, opened through the receipt printer's drawer-kick connector (DESIGN.md: Hardware).

`PrinterDrawer` implements the terminal's `Drawer` port. Its `open()` never waits and never writes:
it hands the kick (`ESC p`) to the print queue, which sends it before the next receipt within a few
seconds, or drops it and says so (`hardware.print_queue.DrawerOutcome`). The kick is never part of
a receipt's bytes, so a receipt that waited for a printer, or a reprint, can never open the drawer.
"""

from __future__ import annotations

from typing import Protocol

from escpos.constants import CD_KICK_2, CD_KICK_5


def drawer_kick(pin: int = 2) -> bytes:
    """The bytes that pulse the drawer on kick-connector pin 2 or 5 (python-escpos' `cashdraw`:
    `ESC p m 50 50`, 100 ms on and off)."""
    if pin not in (2, 5):
        raise ValueError(f"a drawer is kicked on pin 2 or 5, not {pin}")
    return bytes(CD_KICK_2 if pin == 2 else CD_KICK_5)


class DrawerKicker(Protocol):
    """Who sends a kick to the printer (`hardware.print_queue.PrintQueue`)."""

    def open_drawer(self, kick: bytes) -> None: ...


class PrinterDrawer:
    """The `Drawer` port: a kick through the printer's queue, in memory and only for a few seconds."""

    def __init__(self, queue: DrawerKicker, *, pin: int = 2) -> None:
        self._queue = queue
        self._kick = drawer_kick(pin)

    def open(self) -> None:
        """Ask for the drawer to open now; returns at once (the queue's thread talks to the printer)."""
        self._queue.open_drawer(self._kick)


_LEGACY_PREFIX_LENGTH = 5  # ESC @, then ESC t n


def without_drawer_kick(data: bytes) -> bytes:
    """`data` without the kick that versions before the `Drawer` port put into a receipt's bytes,
    right after its `ESC @ ESC t n` (a job for the drawer alone becomes empty). Such jobs may still
    wait in a till's queue after the upgrade; printed as they are, they would open the drawer."""
    for pin in (2, 5):
        kick = drawer_kick(pin)
        if data == kick:
            return b""
        if data.startswith(b"\x1b@\x1bt") and data[_LEGACY_PREFIX_LENGTH:].startswith(kick):
            return data[:_LEGACY_PREFIX_LENGTH] + data[_LEGACY_PREFIX_LENGTH + len(kick) :]
    return data
