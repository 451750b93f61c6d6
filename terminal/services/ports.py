"""The ports the terminal declares; adapters in hardware/ and sync/ implement them.

Services depend on these small Protocols only, so each can be replaced by a real part in tests
(a Dummy printer, a loopback backend) or by a hand-written fake where the real part cannot express a case.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Literal, Protocol, runtime_checkable

from terminal.domain.day_report import DayReport
from terminal.domain.handover_slip import HandoverSlip
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
    """Builds the printer's bytes for a receipt (and a handover slip), and decodes bytes back to text
    for the preview.

    A receipt's or slip's bytes never open the cash drawer: they may print much later, or as a reprint.
    """

    def render(self, receipt: Receipt) -> bytes: ...

    def render_slip(self, slip: HandoverSlip) -> bytes: ...

    def decode(self, data: bytes) -> list[str]: ...


class Drawer(Protocol):
    """The cash drawer. `open()` returns at once and never blocks on the printer; the drawer opens
    within a few seconds or not at all (the adapter reports a failure to the cashier), never later."""

    def open(self) -> None: ...


class Waker(Protocol):
    """A background loop (print queue, sync engine) that can be told new work is waiting."""

    def wake(self) -> None: ...


@dataclass(frozen=True)
class ClaimAnswer:
    """The backend's answer to a pickup claim: claimed (go), refused (its error code and details:
    `pickup.claimed`, `pickup.other_store`, `pickup.status`, `pickup.code_locked`, `pickup.unknown`),
    or offline (unreachable, timed out: the till may hand over what it has cached)."""

    outcome: Literal["claimed", "refused", "offline"]
    code: str | None = None
    detail: dict[str, Any] = field(default_factory=dict)


class PickupClaims(Protocol):
    """Claims a web order at the backend before its handover (two tills never hand over one order)."""

    def claim(
        self,
        order_number: str,
        *,
        code: str | None,
        found_by: str,
        id_checked: bool,
        staff_id: str,
        handover_id: str,
    ) -> ClaimAnswer: ...


@runtime_checkable
class DayReportRenderer(Protocol):
    """Builds the printer's bytes for an X or Z report of the till's day (never a drawer kick)."""

    def render_report(self, report: DayReport) -> bytes: ...
