"""The visit in progress: its lines and the tenders taken so far, mirrored in `open_basket`.

Selling, returns, handovers and checkout share this one object (docs/adr/0002-open-basket-persisted.md):
every change is written in its own small transaction, so a crash or power cut restores the visit and
any card payment already approved, instead of making the cashier scan everything again.

The persisted form has a version: 2 is `{"version": 2, "visit": Visit.to_dict(), "tenders": [...]}`
with each tender's direction (and a voucher's `hold_id` or `offline` mark); version 1
(`{"basket": ..., "tenders": [...]}`, a sale before the visit existed) is read as a visit of sale
lines with tenders taken in.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from terminal.domain.basket import Basket
from terminal.domain.checkout import CheckoutEvent, CheckoutState, VisitFacts, transition
from terminal.domain.errors import TillError
from terminal.domain.money import Money
from terminal.domain.tenders import Direction, Settlement, Tender, TenderKind
from terminal.domain.visit import Visit
from terminal.services.context import TillContext
from terminal.services.ports import Clock
from terminal.storage import baskets
from terminal.storage.db import Database, Transaction


@dataclass(frozen=True)
class BasketChange:
    """What a selling call changed: the new basket, the line it touched, and what happened."""

    basket: Basket
    line_id: int | None
    kind: str  # added, merged, changed, voided, cleared, parked, resumed


STATE_VERSION = 2


class OpenVisit:
    """Holds the current visit and tenders in memory and keeps the database copy in step."""

    def __init__(self, *, db: Database, ctx: TillContext, clock: Clock) -> None:
        self._db = db
        self._ctx = ctx
        self._clock = clock
        self.visit = Visit.empty(ctx.currency)
        self.tenders: tuple[Tender, ...] = ()
        self.state = CheckoutState.SCANNING
        self.restore()

    @property
    def basket(self) -> Basket:
        """The visit's sale lines."""
        return self.visit.basket

    def restore(self) -> None:
        """Load the open visit left by the last run (after a crash or a restart), if any."""
        with self._db.read() as session:
            data = baskets.load_open_basket(session, self._ctx.terminal_id)
        if data is None:
            return
        self.visit, self.tenders = read_state(data)
        # A visit with tenders was being paid; without, the cashier is back at the visit.
        self.state = CheckoutState.PAYING if self.tenders else CheckoutState.SCANNING

    @property
    def payment_started(self) -> bool:
        return bool(self.tenders)

    def check(self, event: CheckoutEvent) -> CheckoutState:
        """The state `event` would lead to (terminal/domain/checkout.py); refusals in the till's words."""
        settlement = self.settlement() if self.state is CheckoutState.PAYING else None
        try:
            return transition(self.state, event, VisitFacts.of(self.visit, settlement))
        except TillError as exc:
            raise _in_till_words(exc, settlement) from None

    def advance(self, event: CheckoutEvent) -> CheckoutState:
        """Move the sale's state machine."""
        self.state = self.check(event)
        return self.state

    def settlement(self) -> Settlement:
        settlement = Settlement(balance=self.visit.totals().balance)
        for tender in self.tenders:
            settlement = settlement.add(tender)
        return settlement

    def to_dict(self) -> dict[str, Any]:
        return state_dict(self.visit, self.tenders)

    def write(self, session: Transaction) -> None:
        """Write the current state inside the caller's transaction (an empty visit deletes the row)."""
        if (
            self.visit.is_empty
            and not self.tenders
            and self.visit.customer_id is None
            and not self.visit.offers
        ):
            baskets.clear_open_basket(session, self._ctx.terminal_id)
        else:
            baskets.save_open_basket(session, self._ctx.terminal_id, self.to_dict(), at=self._clock())

    def commit_basket(self, basket: Basket, tenders: tuple[Tender, ...] | None = None) -> None:
        """New sale lines (and tenders), persisted in one small write transaction."""
        self.commit(self.visit.with_basket(basket), tenders)

    def commit(
        self,
        visit: Visit,
        tenders: tuple[Tender, ...] | None = None,
        *,
        also: Callable[[Transaction], None] | None = None,
    ) -> None:
        """Replace the state and persist it in one small write transaction (with what `also` writes)."""
        previous = (self.visit, self.tenders)
        self.visit = visit
        if tenders is not None:
            self.tenders = tenders
        try:
            with self._db.write() as session:
                self.write(session)
                if also is not None:
                    also(session)
        except BaseException:
            self.visit, self.tenders = previous
            raise

    def reset(self) -> None:
        """Forget the visit in memory (the caller deleted or completed it in its own transaction)."""
        self.visit = Visit.empty(self._ctx.currency)
        self.tenders = ()
        self.state = CheckoutState.SCANNING


def state_dict(visit: Visit, tenders: tuple[Tender, ...]) -> dict[str, Any]:
    """The persisted form of an open (or parked) visit: version 2."""
    return {
        "version": STATE_VERSION,
        "visit": visit.to_dict(),
        "tenders": [
            {
                "kind": str(t.kind),
                "direction": str(t.direction),
                "amount_minor": t.amount.amount_minor,
                "currency": t.amount.currency,
                "reference": t.reference,
                **({"hold_id": t.hold_id} if t.hold_id else {}),
                **({"offline": True} if t.offline else {}),
            }
            for t in tenders
        ],
    }


def read_state(data: dict[str, Any]) -> tuple[Visit, tuple[Tender, ...]]:
    """A visit and its tenders from version 2, or from version 1 (`{"basket": ..., "tenders": ...}`)."""
    if data.get("version") == STATE_VERSION:
        visit = Visit.from_dict(data["visit"])
    elif "basket" in data:
        visit = Visit(Basket.from_dict(data["basket"]))
    else:
        raise ValueError(f"unknown open visit format {data.get('version')!r}")
    tenders = tuple(
        Tender(
            TenderKind(t["kind"]),
            Money(int(t["amount_minor"]), t["currency"]),
            t.get("reference"),
            Direction(t.get("direction", "in")),
            t.get("hold_id"),
            bool(t.get("offline", False)),
        )
        for t in data.get("tenders", [])
    )
    return visit, tenders


_REASON_CODES = {
    "visit_empty": "checkout.empty_basket",
    "tenders_taken": "checkout.payment_in_progress",
    "settled": "tender.already_settled",
}


def _in_till_words(exc: TillError, settlement: Settlement | None) -> TillError:
    """The state machine's refusal as the specific code the cashier's message is written for."""
    reason = exc.params.get("reason")
    if reason == "not_settled" and settlement is not None:
        return TillError(
            "tender.short",
            remaining=settlement.remaining.amount_minor,
            currency=settlement.balance.currency,
        )
    if reason in _REASON_CODES:
        return TillError(_REASON_CODES[reason])
    if exc.params.get("state") == CheckoutState.PAYING:
        return TillError("checkout.payment_in_progress")
    return exc
