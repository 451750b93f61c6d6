"""The ports the terminal declares; adapters in hardware/ and sync/ implement them.

Services depend on these small Protocols only, so each can be replaced by a real part in tests
(a Dummy printer, a loopback backend) or by a hand-written fake where the real part cannot express a case.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from typing import Any, Literal, Protocol, runtime_checkable

from terminal.domain.customer import Customer, Offer, Timeline
from terminal.domain.day_report import DayReport
from terminal.domain.errors import TillError
from terminal.domain.handover_slip import HandoverSlip
from terminal.domain.receipt import Receipt
from terminal.domain.returns import LowestPrice, Original
from terminal.domain.saved_cart import SavedCart
from terminal.domain.scan import Scan
from terminal.domain.voucher_slip import VoucherSlip

Clock = Callable[[], datetime]
"""Returns the till's current time, timezone-aware."""

IdFactory = Callable[[], str]
"""Returns a fresh unique id (UUID text)."""


class BarcodeParser(Protocol):
    """Turns what a scanner (or the cashier) sent into a parsed Scan; raises TillError on bad codes."""

    def parse(self, raw: str) -> Scan: ...


class ReceiptRenderer(Protocol):
    """Builds the printer's bytes for a receipt (and a handover or voucher slip), and decodes bytes
    back to text for the preview.

    A receipt's or slip's bytes never open the cash drawer: they may print much later, or as a reprint.
    """

    def render(self, receipt: Receipt) -> bytes: ...

    def render_slip(self, slip: HandoverSlip) -> bytes: ...

    def render_voucher_slip(self, slip: VoucherSlip) -> bytes: ...

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
    """Claims a web order at the backend before its handover (two tills never hand over one order).
    `release` gives an abandoned handover's claim back (network: the services hand it to `Releases`)
    and raises when it could not (nothing of this handover held there any more is released already)."""

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

    def release(self, order_number: str, handover_id: str) -> None: ...


class ReturnsOfflineError(TillError):
    """The backend cannot be asked now (unreachable, timed out, a server error): the returns use case
    falls back to the till's own receipts, or a manager's approval."""

    def __init__(self, detail: str = "") -> None:
        super().__init__("return.offline", detail=detail)


@dataclass(frozen=True)
class ClaimRequest:
    """Units of one original line a visit is about to take back (contract/returns.py `ClaimLine`)."""

    origin_kind: Literal["receipt", "web_order"]
    origin_reference: str
    origin_line_no: int
    quantity: Decimal


class ReturnsBackend(Protocol):
    """The backend's returns calls. Look-ups and claims raise `TillError` (`return.unknown_receipt`,
    `return.unknown_order`, `return.over_returnable` with `returnable`, `return.claim_conflict`) or
    `ReturnsOfflineError`; `release` sends the release (network: the services hand it to `Releases`)
    and raises when it could not (a claim unknown to the backend is released already)."""

    def receipt(self, receipt_number: str) -> Original: ...

    def web_order(self, order_number: str) -> Original: ...

    def lowest_price(self, sku: str) -> LowestPrice: ...

    def claim(self, claim_id: str, staff_id: str, lines: Sequence[ClaimRequest]) -> None: ...

    def release(self, claim_id: str) -> None: ...


@dataclass(frozen=True)
class VoucherBalance:
    """A voucher as the backend holds it: what a till may take now (`available_minor`: the balance
    less live holds) and whether it can be spent at all (`status` active, spent or void)."""

    code: str
    currency: str
    balance_minor: int
    available_minor: int
    status: str


@dataclass(frozen=True)
class VoucherHold:
    """An amount of a voucher held at the backend for this visit (contract.vouchers.VoucherHoldOut)."""

    hold_id: str
    code: str
    amount_minor: int
    available_after_minor: int


class Vouchers(Protocol):
    """Store-credit vouchers at the backend (contract/vouchers.py). Every call raises `TillError`:
    `voucher.unknown`, `voucher.malformed`, `voucher.check_character`, `voucher.insufficient` (with
    `balance_minor` and `currency`), `voucher.currency`, `voucher.spent`; `voucher.offline` when the
    backend cannot be reached (the till may then redeem up to its offline limit)."""

    def balance(self, code: str) -> VoucherBalance: ...

    def hold(
        self, code: str, *, hold_id: str, amount_minor: int, currency: str, staff_id: str
    ) -> VoucherHold: ...

    def release(self, hold_id: str) -> None:
        """Give the hold back (network: the services hand it to `Releases`); raises when it could not."""


ReleaseSend = Callable[[], None]
"""Sends one release to the backend (a DELETE); raises when it could not."""


class Releases(Protocol):
    """Gives claims and holds back at the backend without the caller waiting (sync/releases.py).

    `release` returns at once, never raises: the till's UI thread calls it while a visit is voided
    or completed. The adapter sends `send()` on a thread of its own and tries a failed one again
    until the hold would lapse anyway (`HOLD_MINUTES` at the backend), logging each failure and what
    it left to lapse. `what` names the release in the log ("offer claim <id>")."""

    def release(self, what: str, send: ReleaseSend) -> None: ...


@runtime_checkable
class DayReportRenderer(Protocol):
    """Builds the printer's bytes for an X or Z report of the till's day (never a drawer kick)."""

    def render_report(self, report: DayReport) -> bytes: ...


class CustomersOfflineError(TillError):
    """The backend cannot be asked about customers now: the till answers from what it knows."""

    def __init__(self, detail: str = "") -> None:
        super().__init__("customer.offline", detail=detail)


class SavedCartsOfflineError(TillError):
    """The backend cannot be asked for the customer's saved carts now; nothing at the till changed."""

    def __init__(self, detail: str = "") -> None:
        super().__init__("saved_cart.offline", detail=detail)


class SavedCartSource(Protocol):
    """The customer's saved carts at the backend (sync/saved_carts.py), newest first, priced for this
    store today; SavedCartsOfflineError when it cannot be asked."""

    def carts(self, customer_id: str) -> list[SavedCart]: ...


class CustomerDirectory(Protocol):
    """The backend's customer look-ups (sync/customers.py); CustomersOfflineError when unreachable,
    TillError("customer.unknown") for an id the backend does not know."""

    def search(self, query: str) -> list[Customer]: ...

    def timeline(self, customer_id: str, *, offset: int, limit: int) -> Timeline: ...

    def offers(self, customer_id: str) -> list[Offer]: ...

    def claim_offer(self, offer_id: str, *, claim_id: str, staff_id: str) -> None:
        """Hold the offer for this visit; TillError `offer.held` / `offer.redeemed` / `offer.expired`."""

    def release_offer(self, claim_id: str) -> None:
        """Give the offer's hold back (network: the services hand it to `Releases`); raises
        CustomersOfflineError when it could not."""
