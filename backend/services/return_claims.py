"""Claims on returnable quantities: a till holds units of original lines while its visit is open.

`claim` grants all lines or none (409 `return.over_returnable`), in one writing transaction that
first locks the original lines (`sale_line` in (sale, line) order, then `web_order_line` in (order,
line) order: docs/adr/0009-one-lock-order.md), so of two tills claiming the last unit at once one
is granted and the other counts the first's claim. The claim id is the till's: the same id with the
same lines answers the stored claim (200), with other lines 409 `return.claim_conflict`. A claim is
held `CLAIM_MINUTES`; nothing has to run when it lapses: only held, unexpired claims count, and a
lapsed one is marked `expired` when next touched. `visit.completed` confirms it (`confirm`): its
units count as returned from then on (`returned_milli`), never also as claimed. docs/adr/0015.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from datetime import datetime, timedelta
from typing import Any, NoReturn

from sqlalchemy import select, tuple_, update
from sqlalchemy.orm import Session

from backend.errors import ApiError
from backend.models import ReturnClaim, ReturnClaimLine, SaleLine, WebOrder, WebOrderLine
from backend.services.returnable import claimed_milli, find_sale
from backend.services.security import TerminalIdentity
from backend.services.stock import in_lock_order
from backend.services.tasks import chunked
from contract.base import quantity_str, to_milli
from contract.returns import CLAIM_MINUTES, ClaimLine, ReturnClaimIn

LineKey = tuple[str, str, int]  # (origin kind, reference, line no)


def normalise_id(claim_id: str) -> str:
    """A claim id as stored: the UUID's canonical text (a till may send upper case or no dashes)."""
    try:
        return str(uuid.UUID(claim_id))
    except ValueError:
        return claim_id


def _lock_sale_lines(session: Session, receipts: Iterable[str]) -> dict[tuple[str, int], SaleLine]:
    """The sale lines of these receipts (each number's first recorded sale), locked in (sale, line)
    order; keyed by (receipt number, line no)."""
    sales = {
        number: sale for number in sorted(set(receipts)) if (sale := find_sale(session, number)) is not None
    }
    by_id = {sale.sale_id: number for number, sale in sales.items()}
    found: dict[tuple[str, int], SaleLine] = {}
    for part in chunked(sorted(by_id)):
        for line in session.execute(
            select(SaleLine)
            .where(SaleLine.sale_id.in_(part))
            .order_by(SaleLine.sale_id, SaleLine.line_no)
            .with_for_update()
            .execution_options(populate_existing=True)
        ).scalars():
            found[(by_id[line.sale_id], line.line_no)] = line
    return found


def _lock_web_lines(session: Session, keys: Iterable[tuple[str, int]]) -> dict[tuple[str, int], WebOrderLine]:
    found: dict[tuple[str, int], WebOrderLine] = {}
    for part in chunked(sorted(set(keys))):
        for line in session.execute(
            select(WebOrderLine)
            .where(tuple_(WebOrderLine.order_number, WebOrderLine.line_no).in_(part))
            .order_by(in_lock_order(WebOrderLine.order_number, session), WebOrderLine.line_no)
            .with_for_update()
            .execution_options(populate_existing=True)
        ).scalars():
            found[(line.order_number, line.line_no)] = line
    return found


def _key(line: ClaimLine) -> LineKey:
    return (line.origin_kind, line.origin_reference, line.origin_line_no)


def _same_lines(session: Session, claim_id: str, body: ReturnClaimIn) -> bool:
    stored = {
        (kind, ref, int(no)): int(milli)
        for kind, ref, no, milli in session.execute(
            select(
                ReturnClaimLine.origin_kind,
                ReturnClaimLine.origin_reference,
                ReturnClaimLine.origin_line_no,
                ReturnClaimLine.quantity_milli,
            ).where(ReturnClaimLine.claim_id == claim_id)
        )
    }
    return stored == {_key(ln): to_milli(ln.quantity) for ln in body.lines}


def _replay(
    session: Session, stored: ReturnClaim, body: ReturnClaimIn, now: datetime
) -> tuple[int, dict[str, Any]]:
    if not _same_lines(session, stored.claim_id, body):
        raise ApiError(
            409,
            "return.claim_conflict",
            f"claim {stored.claim_id} was made with other lines",
            {"claim_id": stored.claim_id},
        )
    if stored.status == "held" and stored.expires_at <= now:
        stored.status = "expired"
    return 200, {**stored.answer, "status": stored.status}


def _expire_lapsed(session: Session, keys: list[LineKey], now: datetime) -> None:
    """Mark the lapsed claims on these lines `expired` (they stopped counting when they lapsed)."""
    for part in chunked(keys):
        lapsed = select(ReturnClaimLine.claim_id).where(
            tuple_(
                ReturnClaimLine.origin_kind, ReturnClaimLine.origin_reference, ReturnClaimLine.origin_line_no
            ).in_(part)
        )
        session.execute(
            update(ReturnClaim)
            .where(
                ReturnClaim.claim_id.in_(lapsed), ReturnClaim.status == "held", ReturnClaim.expires_at <= now
            )
            .values(status="expired")
        )


def claim(
    session: Session, who: TerminalIdentity, body: ReturnClaimIn, now: datetime
) -> tuple[int, dict[str, Any]]:
    """(201, the granted claim), (200, the stored one) for a retry; else an ApiError (nothing held)."""
    claim_id = str(body.claim_id)
    receipts = [ln.origin_reference for ln in body.lines if ln.origin_kind == "receipt"]
    web_keys = [
        (ln.origin_reference, ln.origin_line_no) for ln in body.lines if ln.origin_kind == "web_order"
    ]
    sold = _lock_sale_lines(session, receipts)  # the lock order: sale lines, then web-order lines
    ordered = _lock_web_lines(session, web_keys)
    # Read after the locks: a concurrent retry of this claim that committed meanwhile is seen now.
    stored = session.get(ReturnClaim, claim_id, populate_existing=True)
    if stored is not None:
        return _replay(session, stored, body, now)
    held = {
        "receipt": claimed_milli(
            session, "receipt", [(r, n) for k, r, n in map(_key, body.lines) if k == "receipt"], now
        ),
        "web_order": claimed_milli(session, "web_order", web_keys, now),
    }
    over: list[dict[str, Any]] = []
    granted: list[dict[str, Any]] = []
    for line in body.lines:
        kind, ref, no = _key(line)
        if kind == "receipt":
            origin = sold.get((ref, no))
            if origin is None:
                _unknown(kind, ref, no, known=any(r == ref for r, _ in sold))
            quantity, returned = origin.quantity_milli, origin.returned_milli
        else:
            web = ordered.get((ref, no))
            if web is None:
                _unknown(kind, ref, no, known=_order_exists(session, ref))
            quantity, returned = web.collected_milli, web.returned_milli
        returnable = max(quantity - returned - held[kind].get((ref, no), 0), 0)
        wanted = to_milli(line.quantity)
        if wanted > returnable:
            over.append(
                {
                    "origin_kind": kind,
                    "origin_reference": ref,
                    "origin_line_no": no,
                    "wanted": quantity_str(wanted),
                    "returnable": quantity_str(returnable),
                }
            )
        granted.append(
            {
                "origin_kind": kind,
                "origin_reference": ref,
                "origin_line_no": no,
                "quantity": quantity_str(wanted),
                "returnable_after": quantity_str(max(returnable - wanted, 0)),
            }
        )
    if over:
        first = over[0]
        raise ApiError(
            409,
            "return.over_returnable",
            f"{first['origin_kind']} {first['origin_reference']} line {first['origin_line_no']}: "
            f"{first['returnable']} returnable, {first['wanted']} claimed",
            {"lines": over},
        )
    _expire_lapsed(session, sorted({_key(ln) for ln in body.lines}), now)
    expires = now + timedelta(minutes=CLAIM_MINUTES)
    answer = {"claim_id": claim_id, "status": "held", "expires_at": expires.isoformat(), "lines": granted}
    session.add(
        ReturnClaim(
            claim_id=claim_id,
            store_id=who.store_id,
            terminal_id=who.terminal_id,
            staff_id=body.staff_id,
            status="held",
            created_at=now,
            expires_at=expires,
            answer=answer,
        )
    )
    session.flush()
    session.add_all(
        ReturnClaimLine(
            claim_id=claim_id,
            origin_kind=ln.origin_kind,
            origin_reference=ln.origin_reference,
            origin_line_no=ln.origin_line_no,
            quantity_milli=to_milli(ln.quantity),
        )
        for ln in body.lines
    )
    return 201, answer


def _order_exists(session: Session, number: str) -> bool:
    return session.get(WebOrder, number) is not None


def _unknown(kind: str, ref: str, line_no: int, *, known: bool) -> NoReturn:
    detail = {"origin_kind": kind, "origin_reference": ref, "origin_line_no": line_no}
    if known:
        raise ApiError(404, "return.unknown_line", f"{ref} has no line {line_no}", detail)
    if kind == "receipt":
        raise ApiError(404, "return.unknown_receipt", f"no sale with receipt number {ref}", detail)
    raise ApiError(404, "return.unknown_order", f"no web order {ref}", detail)


def release(session: Session, claim_id: str) -> None:
    """The visit dropped its return: a held claim stops counting. Confirmed, lapsed or unknown: no-op."""
    session.execute(
        update(ReturnClaim)
        .where(ReturnClaim.claim_id == normalise_id(claim_id), ReturnClaim.status == "held")
        .values(status="released")
    )


def confirm(session: Session, claim_ids: Iterable[str]) -> None:
    """A visit's return lines name these claims: their units now count as returned, not claimed."""
    ids = sorted({normalise_id(c) for c in claim_ids})
    for part in chunked(ids):
        session.execute(
            update(ReturnClaim)
            .where(ReturnClaim.claim_id.in_(part), ReturnClaim.status != "confirmed")
            .values(status="confirmed")
        )
