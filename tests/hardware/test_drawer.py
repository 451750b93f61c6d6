"""The cash drawer: its kick bytes, the port's adapter, and old queued jobs that carried a kick."""

from __future__ import annotations

import pytest

from hardware.drawer import PrinterDrawer, drawer_kick, without_drawer_kick
from hardware.escpos_decode import decode_lines


class RecordingQueue:
    def __init__(self) -> None:
        self.kicks: list[bytes] = []

    def open_drawer(self, kick: bytes) -> None:
        self.kicks.append(kick)


def test_kick_bytes_per_pin() -> None:
    assert drawer_kick() == drawer_kick(2) == b"\x1bp\x0022"  # ESC p 0 50 50: pin 2, 100 ms
    assert drawer_kick(5) == b"\x1bp\x0122"
    assert decode_lines(drawer_kick()) == ["[DRAWER]"]
    with pytest.raises(ValueError, match="pin 2 or 5"):
        drawer_kick(3)


def test_the_adapter_hands_the_kick_to_the_queue_and_returns() -> None:
    queue = RecordingQueue()
    PrinterDrawer(queue, pin=5).open()
    assert queue.kicks == [b"\x1bp\x0122"]


def test_kicks_queued_by_earlier_versions_are_taken_out() -> None:
    receipt = b"\x1b@\x1bt\x13Beleg\n\x1dV\x00"
    legacy = b"\x1b@\x1bt\x13" + drawer_kick() + b"Beleg\n\x1dV\x00"  # render(..., open_drawer=True)
    assert without_drawer_kick(legacy) == receipt
    assert without_drawer_kick(receipt) == receipt
    assert without_drawer_kick(drawer_kick()) == b""  # the old "open drawer" job
    assert without_drawer_kick(drawer_kick(5)) == b""
    # Bytes that merely contain ESC p further on (an image, say) are left alone.
    assert without_drawer_kick(b"\x1b@\x1bt\x13x" + drawer_kick()) == b"\x1b@\x1bt\x13x" + drawer_kick()
