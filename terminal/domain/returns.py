"""Return rules at the till: the original and its lines, what may come back, at which refund, and when a
manager must say yes (DESIGN.md "Returns and exchanges").

An `Original` is a receipt or a web order with its lines, as the backend answered it (any store, any
till: `source="backend"`), as this till's own local history has it (offline, `source="own"`), or as
the cashier names it while the backend cannot be asked (another till's receipt, offline:
`source="unverified"`, no lines known; the cashier scans what comes back and a manager approves).

The rules are plain functions: `line_state` (final sale, window ended, nothing left), `check_reason`,
`check_quantity`, `refund_for` (the price actually paid, in proportion to the running total, so a line
returned piece by piece refunds exactly what it cost) and `suggested_refund` (which way the money goes
back). The constants mirror contract/returns.py (a test keeps them equal; the domain imports no contract).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Final, Literal

from terminal.domain.errors import TillError

REASONS: Final = ("changed_mind", "wrong_size", "defective", "not_as_described", "damaged", "other")
REASON_NEEDS_TEXT: Final = frozenset({"other"})
DISPOSITIONS: Final = ("restock", "damaged", "quarantine")
DEFAULT_RETURN_DAYS: Final = 30

OriginalKind = Literal["receipt", "web_order"]
Source = Literal["backend", "own", "unverified"]
LineState = Literal["ok", "final_sale", "window_ended", "nothing_left"]

# Why a manager approved a return line (the audit log's and the line's `override_reason` default).
OVERRIDE_WINDOW: Final = "window_ended"
OVERRIDE_UNVERIFIED: Final = "offline_unverified"
OVERRIDE_NO_RECEIPT: Final = "no_receipt"


@dataclass(frozen=True, slots=True)
class Policy:
    """A product group's return rules (or the default for an article without a group)."""

    group_id: str | None = None
    return_days: int = DEFAULT_RETURN_DAYS
    final_sale: bool = False


@dataclass(frozen=True, slots=True)
class OriginalLine:
    """One line of the original and what may still come back of it."""

    line_no: int
    sku: str
    name: str
    unit: str
    quantity: Decimal  # sold, or collected
    unit_price_minor: int  # list price per unit at the time
    paid_minor: int  # what the whole line cost after every discount
    vat_code: str
    vat_percent: Decimal
    returned: Decimal = Decimal(0)  # confirmed returned (through every channel the source knows)
    claimed: Decimal = Decimal(0)  # held by other visits right now (backend only)
    policy: Policy = field(default_factory=Policy)
    window_ends: date | None = None  # the last day it is taken back; None: no limit

    @property
    def returnable(self) -> Decimal:
        return max(Decimal(0), self.quantity - self.returned - self.claimed)

    @property
    def unit_paid_minor(self) -> int:
        """What one unit refunds (rounded down), for the screen."""
        if self.quantity <= 0:
            return 0
        return int(Decimal(self.paid_minor) / self.quantity)


@dataclass(frozen=True, slots=True)
class OriginalTender:
    """How the original was paid: the default way back for its refund."""

    tender: str
    amount_minor: int
    reference: str | None = None


@dataclass(frozen=True, slots=True)
class Original:
    """A receipt or a web order a customer brings back."""

    kind: OriginalKind
    reference: str  # the receipt number or the order number
    source: Source
    currency: str
    occurred_at: datetime | None = None  # sold or collected; None: unknown (unverified)
    store_id: str | None = None
    store_name: str | None = None
    terminal_id: str | None = None
    customer_id: str | None = None
    total_minor: int | None = None
    paid_online: bool = False  # a web order paid online: its refund goes back through the web shop
    lines: tuple[OriginalLine, ...] = ()
    tenders: tuple[OriginalTender, ...] = ()

    @property
    def verified(self) -> bool:
        return self.source != "unverified"

    def line(self, line_no: int) -> OriginalLine:
        for line in self.lines:
            if line.line_no == line_no:
                return line
        raise TillError("return.no_such_line", reference=self.reference, line_no=line_no)


@dataclass(frozen=True, slots=True)
class LowestPrice:
    """The refund per unit of a return without a receipt: the lowest recent price of the article."""

    sku: str
    name: str
    currency: str
    days: int
    lowest_minor: int
    current_minor: int


def window_end(sold: date, policy: Policy) -> date:
    """The last day a return of something sold on `sold` is taken."""
    return sold + timedelta(days=policy.return_days)


def line_state(line: OriginalLine, today: date) -> LineState:
    """What the screen's policy badge says: final sale and nothing left are refusals; a window that
    ended needs a manager's override."""
    if line.policy.final_sale:
        return "final_sale"
    if line.returnable <= 0:
        return "nothing_left"
    if line.window_ends is not None and today > line.window_ends:
        return "window_ended"
    return "ok"


def check_reason(reason: str, reason_text: str) -> None:
    """A reason from the list; "other" needs a text."""
    if reason not in REASONS:
        raise TillError("return.reason_needed", reason=reason)
    if reason in REASON_NEEDS_TEXT and not reason_text.strip():
        raise TillError("return.reason_needed", reason=reason)


def check_disposition(disposition: str) -> None:
    if disposition not in DISPOSITIONS:
        raise TillError("return.bad_disposition", disposition=disposition)


def check_quantity(line: OriginalLine, quantity: Decimal, *, in_visit: Decimal = Decimal(0)) -> None:
    """Refuse a final-sale line, and more than is still returnable (less what the visit holds)."""
    if line.policy.final_sale:
        raise TillError("return.final_sale", name=line.name)
    if quantity <= 0:
        raise TillError("return.bad_quantity", name=line.name)
    left = max(Decimal(0), line.returnable - in_visit)
    if quantity > left:
        raise TillError(
            "return.over_returnable", name=line.name, returnable=_text(left), line_no=line.line_no
        )


def to_milli(quantity: Decimal) -> int:
    return int((quantity * 1000).to_integral_value())


def refund_for(paid_minor: int, quantity_milli: int, already_milli: int, now_milli: int) -> int:
    """The refund of `now_milli` more units of a line that cost `paid_minor` for `quantity_milli`, of
    which `already_milli` came back before (the same rule as contract.returns.refund_for)."""
    if quantity_milli <= 0:
        return 0
    after = min(already_milli + now_milli, quantity_milli)
    before = min(already_milli, quantity_milli)
    return paid_minor * after // quantity_milli - paid_minor * before // quantity_milli


def line_refund(line: OriginalLine, quantity: Decimal) -> int:
    """The refund (minor units) of `quantity` more units of `line`."""
    return refund_for(line.paid_minor, to_milli(line.quantity), to_milli(line.returned), to_milli(quantity))


RefundWay = Literal["original", "web", "voucher"]


def suggested_refund(paid_online: Iterable[bool], has_origin: Iterable[bool]) -> RefundWay:
    """Which way a visit's refund goes back by default: through the web shop when an original was a
    web order paid online, to store credit when nothing came with a receipt, else to the original's
    tenders (cash or card)."""
    if any(paid_online):
        return "web"
    if not any(has_origin):
        return "voucher"
    return "original"


def _text(quantity: Decimal) -> str:
    return format(quantity.normalize(), "f")
