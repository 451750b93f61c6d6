"""Vouchers as tenders: redeeming one (in) against a hold at the backend, or offline up to a limit,
and releasing the hold again when the tender is undone or the visit is voided.

A code is read forgivingly and checked before anyone asks the backend (contract/vouchers.py
`normalise`): a wrong check symbol is a typing error the cashier hears about at once. Online, the
till asks the balance and holds min(available, what is owed) — or the amount typed — under a fresh
hold id; the tender carries the code (`reference`) and that hold (`hold_id`), and the visit's event
spends it. When the backend cannot be reached (or the till has none), a voucher pays at most the
store's offline limit (`[store] offline_voucher_limit`) and the tender is marked `offline`: the
backend books it later, and a voucher overspent that way becomes a manager's task. Releasing a hold
is best effort, through the `Releases` port (sent off the caller's thread, retried): a hold the
backend never hears about again expires (`HOLD_MINUTES`).

The contract's code helpers load with pydantic on the first voucher, not at the till's start.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import partial

from terminal.domain.errors import TillError
from terminal.domain.money import Money
from terminal.domain.tenders import Direction, Settlement, Tender, TenderKind
from terminal.services.context import TillContext
from terminal.services.ports import IdFactory, Releases, Vouchers
from terminal.services.releases import SendNow


def normalised_code(typed: str) -> str:
    """The stored form of a typed or scanned code (`V:` prefix, dashes, case do not matter), or
    `TillError("voucher.malformed" | "voucher.check_character")`."""
    from contract.vouchers import VoucherCodeError, normalise

    try:
        return normalise(typed)
    except VoucherCodeError as exc:
        raise TillError(exc.code) from None


def new_voucher_code() -> str:
    """A fresh code for store credit, made at the till (so it issues offline too)."""
    from contract.vouchers import new_code

    return new_code()


class VoucherTenders:
    """Turns a voucher the customer hands over into a tender, holding its amount at the backend."""

    def __init__(
        self,
        *,
        ctx: TillContext,
        vouchers: Vouchers | None,
        new_id: IdFactory,
        releases: Releases | None = None,
    ) -> None:
        self._ctx = ctx
        self._vouchers = vouchers
        self._new_id = new_id
        self._releases: Releases = releases or SendNow()

    def redeem(self, settlement: Settlement, typed: str, amount: Money | None, *, staff_id: str) -> Tender:
        """A voucher tender for `settlement` (which must be owed by the customer), held online or
        marked offline. The amount is the one typed, or what the voucher can pay of what is owed."""
        code = normalised_code(typed)
        if settlement.is_settled:
            raise TillError("tender.already_settled")
        if settlement.direction is not Direction.IN:
            raise TillError("tender.wrong_direction", direction=str(Direction.IN))
        owed = settlement.remaining
        if amount is not None:
            settlement.add(Tender(TenderKind.VOUCHER, amount, code, Direction.IN))  # refused here if wrong
        if any(t.kind is TenderKind.VOUCHER and t.reference == code for t in settlement.tenders):
            raise TillError("voucher.already_taken")
        try:
            if self._vouchers is None:
                raise TillError("voucher.offline")
            balance = self._vouchers.balance(code)
        except TillError as exc:
            if exc.code != "voucher.offline":
                raise
            return self._offline(code, amount or owed)
        if balance.currency != owed.currency:
            raise TillError("voucher.currency", currency=balance.currency, expected=owed.currency)
        if balance.status != "active" or balance.available_minor <= 0:
            raise TillError(
                "voucher.insufficient", balance_minor=max(balance.available_minor, 0), currency=owed.currency
            )
        take = amount or Money(min(balance.available_minor, owed.amount_minor), owed.currency)
        if take.amount_minor > balance.available_minor:
            raise TillError(
                "voucher.insufficient", balance_minor=balance.available_minor, currency=owed.currency
            )
        hold_id = self._new_id()
        try:
            hold = self._vouchers.hold(
                code,
                hold_id=hold_id,
                amount_minor=take.amount_minor,
                currency=take.currency,
                staff_id=staff_id,
            )
        except TillError as exc:
            if exc.code != "voucher.offline":
                raise
            # The balance was read a moment ago; the hold's answer was lost. Release what may have
            # been held and go on offline, within the limit.
            self.release_ids((hold_id,))
            return self._offline(code, take)
        return Tender(TenderKind.VOUCHER, take, code, Direction.IN, hold_id=hold.hold_id)

    def _offline(self, code: str, amount: Money) -> Tender:
        limit = Money(self._ctx.offline_voucher_limit_minor, amount.currency)
        if amount > limit:
            raise TillError(
                "voucher.offline_limit",
                amount_minor=amount.amount_minor,
                limit_minor=limit.amount_minor,
                currency=amount.currency,
            )
        return Tender(TenderKind.VOUCHER, amount, code, Direction.IN, offline=True)

    def visit_voided(self, _visit: object, tenders: Iterable[Tender]) -> None:
        """The visit was thrown away: the holds of its voucher tenders go back (best effort)."""
        self.release(tenders)

    def release(self, tenders: Iterable[Tender]) -> None:
        """Give back the holds of these tenders (undone, or the visit voided); best effort."""
        self.release_ids(t.hold_id for t in tenders if t.kind is TenderKind.VOUCHER and t.hold_id)

    def release_ids(self, hold_ids: Iterable[str]) -> None:
        """Queued, never waited for (a void must not freeze the counter on a slow backend)."""
        if self._vouchers is None:
            return
        for hold_id in hold_ids:
            self._releases.release(f"voucher hold {hold_id}", partial(self._vouchers.release, hold_id))
