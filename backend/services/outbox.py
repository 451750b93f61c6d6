"""Claiming and settling outbox rows: the database half of the delivery worker.

A worker claims due rows in one short transaction: on PostgreSQL `SELECT ... FOR UPDATE SKIP LOCKED`
(concurrent workers take disjoint rows without waiting on each other), then on both databases a
conditional UPDATE that sets a lease (`claimed_until`) and a fresh `claim_token` only where no live
lease exists (on SQLite, whose writers run one at a time under BEGIN IMMEDIATE, that condition is
the whole guard). It delivers outside any transaction and settles each row in another one, only if
its token still holds. While the lease lives no other worker takes the row, and a worker starts a
delivery only while the lease outlasts the channel's time-out, so one row is not delivered twice at
once; a worker that dies mid-delivery leaves the lease to expire and the row is delivered again (at
least once).

Failed attempts back off exponentially with jitter: `BASE_S * 2**(n-1)` capped at `CAP_S`, of which a
random half is kept (`delay/2 + rng()*delay/2`). A failure at or beyond the attempt limit or past the
row's `give_up_at` makes it dead.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, and_, or_, select, update
from sqlalchemy.orm import Session

from backend.models import Notification, WebhookSubscription

BASE_S = 30
CAP_S = 3600
MAX_ERROR = 500


@dataclass(frozen=True, slots=True)
class Claimed:
    """One claimed row with what its delivery needs (the subscription read in the claim's snapshot)."""

    notification_id: int
    token: str
    lease_until: datetime
    event_id: str
    kind: str
    channel: str
    payload: dict[str, Any]
    recipient: str | None
    url: str | None
    secret: str | None
    subscription_active: bool


def backoff(attempts: int, rng: Callable[[], float]) -> timedelta:
    """The wait after the `attempts`-th failure (1-based): 15-30 s, 30-60 s, ... up to 30-60 min."""
    delay = min(CAP_S, BASE_S * 2 ** min(attempts - 1, 20))
    return timedelta(seconds=delay / 2 + rng() * delay / 2)


def _due(now: datetime) -> ColumnElement[bool]:
    free = or_(Notification.claimed_until.is_(None), Notification.claimed_until < now)
    return and_(Notification.status == "pending", Notification.next_attempt_at <= now, free)


def any_due(session: Session, *, now: datetime) -> bool:
    """Whether a row is due (a read, so an idle worker's poll takes no write lock)."""
    return session.execute(select(Notification.notification_id).where(_due(now)).limit(1)).first() is not None


def claim(session: Session, *, now: datetime, lease: timedelta, limit: int) -> list[Claimed]:
    """Lease up to `limit` due rows to this caller; empty when none is due."""
    due = (
        select(Notification.notification_id)
        .where(_due(now))
        .order_by(Notification.next_attempt_at, Notification.notification_id)
        .limit(limit)
    )
    if session.get_bind().dialect.name == "postgresql":
        due = due.with_for_update(skip_locked=True)
    ids = list(session.execute(due).scalars())
    if not ids:
        return []
    token = str(uuid.uuid4())
    session.execute(
        update(Notification)
        .where(Notification.notification_id.in_(ids), _due(now))
        .values(claimed_until=now + lease, claim_token=token)
    )
    rows = session.execute(
        select(Notification, WebhookSubscription)
        .outerjoin(WebhookSubscription, WebhookSubscription.subscription_id == Notification.subscription_id)
        .where(Notification.claim_token == token)
        .order_by(Notification.notification_id)
    ).all()
    return [
        Claimed(
            notification_id=row.notification_id,
            token=token,
            lease_until=now + lease,
            event_id=row.event_id,
            kind=row.kind,
            channel=row.channel,
            payload=row.payload,
            recipient=row.recipient,
            url=sub.url if sub else None,
            secret=sub.secret if sub else None,
            subscription_active=bool(sub and sub.active),
        )
        for row, sub in rows
    ]


def settle(
    session: Session,
    claimed: Claimed,
    *,
    now: datetime,
    error: str | None,
    max_attempts: int,
    rng: Callable[[], float],
    skip: bool = False,
) -> str | None:
    """Record one attempt's outcome; the row's new status, None when the claim was lost meanwhile."""
    row = session.execute(
        select(Notification)
        .where(
            Notification.notification_id == claimed.notification_id,
            Notification.claim_token == claimed.token,
        )
        .with_for_update()
    ).scalar_one_or_none()
    if row is None:
        return None
    row.claimed_until, row.claim_token = None, None
    if skip:
        row.status, row.last_error = "skipped", (error or "")[:MAX_ERROR]
        return row.status
    row.attempts += 1
    row.last_attempt_at = now
    if error is None:
        row.status, row.delivered_at = "delivered", now
    else:
        row.last_error = error[:MAX_ERROR]
        if row.attempts >= max_attempts or now >= row.give_up_at:
            row.status = "dead"
        else:
            row.next_attempt_at = now + backoff(row.attempts, rng)
    return row.status


def release(session: Session, claimed: Claimed) -> None:
    """Give a claimed row back undelivered (its lease ran too short to start a delivery)."""
    session.execute(
        update(Notification)
        .where(
            Notification.notification_id == claimed.notification_id,
            Notification.claim_token == claimed.token,
        )
        .values(claimed_until=None, claim_token=None)
    )
