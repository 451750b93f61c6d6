"""Store-credit vouchers at the backend: look-ups, holds, and the vouchers a visit issues and redeems.

- A look-up reads a code forgivingly (`contract.vouchers.normalise`) and shows the balance, what live
  holds keep aside and what is available (`VoucherView`).
- A hold locks the voucher row (`FOR UPDATE`; SQLite serialises writers), marks its lapsed holds
  `expired`, and keeps the amount aside for `HOLD_MINUTES` if the balance less the live holds covers
  it; of two tills holding the last of a balance at once exactly one wins. The same hold id again is
  the same hold (200, the stored answer); with another amount or code it is 409.
- A visit (`visit.completed` schema 2) issues a voucher for a tender `voucher` paid out (the till made
  the code) and redeems one taken in: with its hold (the hold is spent), or offline. A fact is never
  refused: a balance that goes below zero, an unknown code, a code issued twice become manager tasks
  (one per kind and visit). Each tender moves a balance once (`voucher_movement` is unique by event
  and tender position).

Lock order (docs/adr/0009-one-lock-order.md): a batch locks the voucher rows its visits name, in code
order, after the web-order lines and before the stock levels (`lock_vouchers`); a hold takes its one
voucher row, then the hold rows.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from backend.errors import ApiError
from backend.models import Voucher, VoucherHold, VoucherMovement
from backend.services.handlers import ApplyContext
from backend.services.security import TerminalIdentity
from backend.services.stock import in_lock_order
from backend.services.tasks import chunked
from contract.events import EventIn
from contract.payloads.visit import VisitCompleted, VisitCompletedV2, VisitPaymentV2
from contract.vouchers import (
    HOLD_MINUTES,
    VoucherCodeError,
    VoucherHoldIn,
    VoucherHoldOut,
    VoucherView,
    normalise,
)

TENDER = "voucher"
_MESSAGES = {
    "voucher.malformed": "not a voucher code: 16 symbols and a check symbol (0-9, A-Z without I, L, O, U)",
    "voucher.check_character": "the check symbol does not match: a symbol is mistyped",
}


def read_code(typed: str) -> str:
    """The stored form of a typed code; 422 `voucher.malformed` / `voucher.check_character`."""
    try:
        return normalise(typed)
    except VoucherCodeError as exc:
        raise ApiError(422, exc.code, _MESSAGES[exc.code]) from None


def _code_or_none(typed: str | None) -> str | None:
    if not typed:
        return None
    try:
        return normalise(typed)
    except VoucherCodeError:
        return None


def held_minor(session: Session, code: str, now: datetime) -> int:
    """What live holds keep aside: held and not yet lapsed."""
    total = session.execute(
        select(func.coalesce(func.sum(VoucherHold.amount_minor), 0)).where(
            VoucherHold.code == code, VoucherHold.status == "held", VoucherHold.expires_at > now
        )
    ).scalar_one()
    return int(total)


def _view(session: Session, voucher: Voucher, now: datetime) -> VoucherView:
    held = held_minor(session, voucher.code, now)
    return VoucherView(
        code=voucher.code,
        currency=voucher.currency,
        issued_minor=voucher.issued_minor,
        balance_minor=voucher.balance_minor,
        held_minor=held,
        available_minor=max(voucher.balance_minor - held, 0),
        status=voucher.status,  # type: ignore[arg-type]  # one of VOUCHER_STATES
        issued_at=voucher.issued_at,
        issued_store_id=voucher.issued_store_id,
        issued_receipt=voucher.issued_receipt,
    )


def voucher_view(session: Session, typed: str, now: datetime) -> VoucherView:
    voucher = session.get(Voucher, read_code(typed))
    if voucher is None:
        raise ApiError(404, "voucher.unknown", "no voucher with this code (yet)")
    return _view(session, voucher, now)


def _hold_out(hold: VoucherHold) -> VoucherHoldOut:
    return VoucherHoldOut(
        hold_id=hold.hold_id,
        code=hold.code,
        amount_minor=hold.amount_minor,
        available_after_minor=hold.available_after_minor,
        status=hold.status,  # type: ignore[arg-type]  # one of HOLD_STATES
        expires_at=hold.expires_at,
    )


def place_hold(
    session: Session, who: TerminalIdentity, typed: str, body: VoucherHoldIn, now: datetime
) -> tuple[int, VoucherHoldOut]:
    """Hold `body.amount_minor` of a voucher for this till: 201 new, 200 the same hold again."""
    code = read_code(typed)
    locked = select(Voucher).where(Voucher.code == code).with_for_update()
    voucher = session.execute(locked).scalar_one_or_none()
    if voucher is None:
        raise ApiError(404, "voucher.unknown", "no voucher with this code (yet)")
    hold_id = str(body.hold_id)
    earlier = session.get(VoucherHold, hold_id)
    if earlier is not None:
        same = (earlier.code, earlier.amount_minor, earlier.store_id, earlier.terminal_id) == (
            code,
            body.amount_minor,
            who.store_id,
            who.terminal_id,
        )
        if not same:
            raise ApiError(
                409, "voucher.hold_conflict", f"hold {hold_id} was placed already with other content"
            )
        return 200, _hold_out(earlier)
    session.execute(
        update(VoucherHold)
        .where(VoucherHold.code == code, VoucherHold.status == "held", VoucherHold.expires_at <= now)
        .values(status="expired")
    )
    if body.currency != voucher.currency:
        raise ApiError(
            409,
            "voucher.currency",
            f"the voucher is in {voucher.currency}, not {body.currency}",
            {"currency": voucher.currency},
        )
    if voucher.status != "active" or voucher.balance_minor <= 0:
        raise ApiError(409, "voucher.spent", f"the voucher is {voucher.status}", {"status": voucher.status})
    available = voucher.balance_minor - held_minor(session, code, now)
    if body.amount_minor > available:
        raise ApiError(
            409,
            "voucher.insufficient",
            f"only {max(available, 0)} left on the voucher",
            {"available_minor": max(available, 0)},
        )
    hold = VoucherHold(
        hold_id=hold_id,
        code=code,
        amount_minor=body.amount_minor,
        available_after_minor=available - body.amount_minor,
        store_id=who.store_id,
        terminal_id=who.terminal_id,
        staff_id=body.staff_id,
        status="held",
        created_at=now,
        expires_at=now + timedelta(minutes=HOLD_MINUTES),
    )
    session.add(hold)
    session.flush()
    return 201, _hold_out(hold)


def release_hold(session: Session, who: TerminalIdentity, hold_id: str) -> None:
    """Give a held amount back (the tender was undone); anything else about the hold stays as it is.

    Only a till of the store that placed it may; an unknown, spent or lapsed hold is no error."""
    hold = session.get(VoucherHold, hold_id)
    if hold is None or hold.store_id != who.store_id:
        return
    session.execute(select(Voucher.code).where(Voucher.code == hold.code).with_for_update()).all()
    session.execute(
        update(VoucherHold)
        .where(VoucherHold.hold_id == hold_id, VoucherHold.status == "held")
        .values(status="released")
    )


# --- visits ---------------------------------------------------------------------------------------


def _voucher_payments(body: Any) -> list[tuple[int, VisitPaymentV2]]:
    if not isinstance(body, VisitCompletedV2):
        return []  # schema 1 knows no vouchers beyond recording the tender
    return [(i, p) for i, p in enumerate(body.payments) if p.tender == TENDER]


def lock_vouchers(ctx: ApplyContext, bodies: list[Any]) -> None:
    """Lock the stored vouchers the batch's visits issue or redeem, in code order (after the
    web-order lines, before the stock levels: docs/adr/0009-one-lock-order.md)."""
    codes = sorted({c for b in bodies for _, p in _voucher_payments(b) if (c := _code_or_none(p.reference))})
    for part in chunked(codes):
        ctx.session.execute(
            select(Voucher.code)
            .where(Voucher.code.in_(part))
            .order_by(in_lock_order(Voucher.code, ctx.session))
            .with_for_update()
        ).all()


@dataclass(slots=True)
class _Visit:
    """One visit being applied, and what went wrong with its vouchers (by task kind)."""

    ctx: ApplyContext
    event: EventIn
    body: VisitCompleted
    found: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))


def apply_visit(ctx: ApplyContext, event: EventIn, body: VisitCompleted) -> list[str]:
    """Issue and redeem the vouchers of one visit's tenders; returns what went wrong (also as tasks)."""
    visit = _Visit(ctx, event, body)
    for position, payment in _voucher_payments(body):
        done = ctx.session.execute(
            select(VoucherMovement.movement_id).where(
                VoucherMovement.source_event_id == str(event.event_id), VoucherMovement.position == position
            )
        ).first()
        if done:
            continue  # this tender moved its voucher already
        code = _code_or_none(payment.reference)
        if code is None:
            visit.found["voucher.bad_code"].append(
                f"tender {position}: {payment.reference!r} is not a voucher code"
            )
        elif payment.direction == "out":
            _issue(visit, position, payment, code)
        else:
            _redeem(visit, position, payment, code)
    for kind, notes in visit.found.items():
        ctx.tasks.raise_task(
            store_id=body.store_id,
            kind=kind,
            source=f"event:{event.event_id}",
            summary=f"receipt {body.receipt_number}: " + "; ".join(notes),
            details={"sale_id": str(body.sale_id), "receipt_number": body.receipt_number, "anomalies": notes},
        )
    return [note for notes in visit.found.values() for note in notes]


def _movement(
    visit: _Visit, position: int, payment: VisitPaymentV2, code: str, *, kind: str, amount: int
) -> None:
    body, event = visit.body, visit.event
    visit.ctx.session.add(
        VoucherMovement(
            code=code,
            kind=kind,
            amount_minor=amount,
            source_event_id=str(event.event_id),
            position=position,
            hold_id=str(payment.hold_id) if payment.hold_id else None,
            offline=payment.offline,
            store_id=body.store_id,
            terminal_id=body.terminal_id,
            receipt_number=body.receipt_number,
            occurred_at=event.occurred_at,
            recorded_at=visit.ctx.now,
        )
    )


def _status(balance: int) -> str:
    return "active" if balance > 0 else "spent"


def _issue(visit: _Visit, position: int, payment: VisitPaymentV2, code: str) -> None:
    session, body, event = visit.ctx.session, visit.body, visit.event
    if session.get(Voucher, code) is not None:  # keep the first; a manager sorts the second slip out
        visit.found["voucher.duplicate_code"].append(f"voucher {code} was issued already by another visit")
        return
    # Redemptions that reached the backend before their voucher (both tills offline) count already.
    earlier = session.execute(
        select(func.coalesce(func.sum(VoucherMovement.amount_minor), 0)).where(VoucherMovement.code == code)
    ).scalar_one()
    balance = payment.amount_minor + int(earlier)
    session.add(
        Voucher(
            code=code,
            currency=body.currency,
            issued_minor=payment.amount_minor,
            balance_minor=balance,
            status=_status(balance),
            issued_at=event.occurred_at,
            issued_store_id=body.store_id,
            issued_terminal_id=body.terminal_id,
            issued_receipt=body.receipt_number,
            issued_event_id=str(event.event_id),
        )
    )
    _movement(visit, position, payment, code, kind="issued", amount=payment.amount_minor)
    if balance < 0:
        visit.found["voucher.overspent"].append(f"voucher {code}: {-balance} more redeemed than issued")
    session.flush()


def _redeem(visit: _Visit, position: int, payment: VisitPaymentV2, code: str) -> None:
    session, body = visit.ctx.session, visit.body
    voucher = session.get(Voucher, code)
    if voucher is not None and voucher.currency != body.currency:
        visit.found["voucher.currency"].append(
            f"voucher {code} is in {voucher.currency}, redeemed in {body.currency}: balance not moved"
        )
        return
    _movement(visit, position, payment, code, kind="redeemed", amount=-payment.amount_minor)
    if payment.hold_id is not None:
        hold = session.get(VoucherHold, str(payment.hold_id))
        if hold is not None and hold.code == code:
            hold.status = "spent"
    if voucher is None:
        visit.found["voucher.unknown"].append(
            f"voucher {code} redeemed ({payment.amount_minor}) but not known (yet)"
        )
        session.flush()
        return
    voucher.balance_minor -= payment.amount_minor
    if voucher.balance_minor < 0:
        offline = " (offline)" if payment.offline else ""
        visit.found["voucher.overspent"].append(
            f"voucher {code}: {-voucher.balance_minor} more redeemed than was left{offline}"
        )
    if voucher.status == "active":
        voucher.status = _status(voucher.balance_minor)
    session.flush()


# --- managers -------------------------------------------------------------------------------------


def movements(session: Session, code: str) -> list[VoucherMovement]:
    return list(
        session.execute(
            select(VoucherMovement)
            .where(VoucherMovement.code == code)
            .order_by(VoucherMovement.occurred_at, VoucherMovement.movement_id)
        ).scalars()
    )


def list_vouchers(session: Session, *, status: str | None = None, limit: int = 100) -> list[Voucher]:
    query = select(Voucher).order_by(Voucher.issued_at.desc(), Voucher.code).limit(limit)
    if status:
        query = query.where(Voucher.status == status)
    return list(session.execute(query).scalars())
