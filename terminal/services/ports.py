"""The ports the terminal declares; adapters in hardware/ and sync/ implement them.

Services depend on these small Protocols only, so each can be replaced by a real part in tests
(a Dummy printer, a loopback backend) or by a hand-written fake where the real part cannot express a case.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Protocol

from terminal.domain.receipt import Receipt
from terminal.domain.scan import Scan

Clock = Callable[[], datetime]
"""Returns the till's current time, timezone-aware."""

IdFactory = Callable[[], str]
"""Returns a fresh unique id (UUID text)."""


class BarcodeParser(Protocol):
    """Turns what a scanner (or the cashier) sent into a parsed Scan; raises TillError on bad codes."""

    def parse(self, raw: str) -> Scan: ...


class ReceiptRenderer(Protocol):
    """Builds the printer's bytes for a receipt, and decodes bytes back to text for the preview."""

    def render(self, receipt: Receipt, *, open_drawer: bool = False) -> bytes: ...

    def drawer_kick(self) -> bytes: ...

    def decode(self, data: bytes) -> list[str]: ...


class Waker(Protocol):
    """A background loop (print queue, sync engine) that can be told new work is waiting."""

    def wake(self) -> None: ...
