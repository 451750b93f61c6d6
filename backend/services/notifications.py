"""Notifications of web-order state changes: enqueue them in the change's transaction, list, retry.

`enqueue(session, order, kind)` is the one call the order's state machine makes: inside the caller's
transaction it writes one outbox row per channel that applies (a webhook per active subscription; an
e-mail when the customer has an address and the kind is meant for the customer), all under one new
event id. The delivery worker (`backend.notify.worker`) delivers them at least once; receivers dedupe
by the event id (docs/adr/0014-notification-outbox.md). Managers list dead rows and retry them here.
"""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from backend.errors import ApiError
from backend.models import Customer, Notification, Store, WebhookSubscription, WebOrder, utcnow
from backend.services.order_views import order_view

KINDS = (
    "placed",
    "picking",
    "ready",
    "reminder",
    "expired",
    "cancelled",
    "collected",
    "partially_collected",
    "refund_requested",
    "returned",
)
# What the customer hears about by e-mail; the web shop's webhook hears about every kind.
EMAIL_KINDS = ("ready", "reminder", "expired", "cancelled", "partially_collected", "refund_requested")
# Past this age a failed notification is dead (a manager's retry gives it the same time again).
MAX_AGE = timedelta(hours=24)
RETRYABLE = ("dead", "skipped")


def enqueue(
    session: Session,
    order: WebOrder,
    kind: str,
    data: dict[str, Any] | None = None,
    *,
    now: datetime | None = None,
) -> list[Notification]:
    """Record the notifications of `order` having become `kind` (ValueError for an unknown kind).

    The order view is taken now, as the change leaves it: a later delivery tells what happened then.
    `data`: kind-specific facts for the receivers (e.g. a refund's amount), sent as the body's `data`;
    plain JSON values only (amounts in minor units, quantities as strings). Returns the rows added.
    """
    if kind not in KINDS:
        raise ValueError(f"unknown notification kind {kind!r}")
    subscriptions = list(
        session.execute(
            select(WebhookSubscription.subscription_id)
            .where(WebhookSubscription.active.is_(True))
            .order_by(WebhookSubscription.subscription_id)
        ).scalars()
    )
    customer = session.get(Customer, order.customer_id) if order.customer_id else None
    mailed = kind in EMAIL_KINDS and customer is not None and bool(customer.email)
    if not subscriptions and not mailed:
        return []  # nobody to tell: no row, and no order view taken
    now = now or utcnow()
    event_id = str(uuid.uuid4())
    body = {
        "event_id": event_id,
        "type": f"web_order.{kind}",
        "occurred_at": now.isoformat(),
        "order": order_view(session, order, notifications=False, new=kind == "placed"),
        "data": data or {},
    }
    rows = [
        _row(event_id, order, kind, channel="webhook", payload=body, now=now, subscription_id=sub)
        for sub in subscriptions
    ]
    if mailed:
        assert customer is not None
        store = session.get(Store, order.pickup_store_id)
        assert store is not None  # a web order's store is a foreign key
        mail = {
            **body,
            "store": {"name": store.name, "address": store.address, "language": store.language},
            "customer": {"name": customer.name},
        }
        address = customer.email or ""
        rows.append(_row(event_id, order, kind, channel="email", payload=mail, now=now, recipient=address))
    session.add_all(rows)
    return rows


def _row(
    event_id: str,
    order: WebOrder,
    kind: str,
    *,
    channel: str,
    payload: dict[str, Any],
    now: datetime,
    subscription_id: int | None = None,
    recipient: str | None = None,
) -> Notification:
    return Notification(
        event_id=event_id,
        order_number=order.order_number,
        kind=kind,
        channel=channel,
        subscription_id=subscription_id,
        recipient=recipient,
        payload=payload,
        status="pending",
        attempts=0,
        created_at=now,
        next_attempt_at=now,
        give_up_at=now + MAX_AGE,
        last_error="",
    )


def view(row: Notification) -> dict[str, Any]:
    """A notification as managers and the web shop see it (never the payload: it holds the code)."""
    return {
        "notification_id": row.notification_id,
        "event_id": row.event_id,
        "order_number": row.order_number,
        "kind": row.kind,
        "channel": row.channel,
        "status": row.status,
        "attempts": row.attempts,
        "created_at": row.created_at,
        "next_attempt_at": row.next_attempt_at if row.status == "pending" else None,
        "last_error": row.last_error,
        "delivered_at": row.delivered_at,
    }


def list_notifications(
    session: Session, *, status: str | None = None, order_number: str | None = None, limit: int = 100
) -> list[dict[str, Any]]:
    """Newest first; `status="dead"` is the managers' list of what was given up."""
    query = select(Notification).order_by(Notification.notification_id.desc()).limit(limit)
    if status is not None:
        query = query.where(Notification.status == status)
    if order_number is not None:
        query = query.where(Notification.order_number == order_number)
    return [view(row) for row in session.execute(query).scalars()]


def retry(session: Session, notification_id: int, *, now: datetime | None = None) -> dict[str, Any]:
    """Give a dead (or skipped) notification a fresh start: attempts from zero, due now, MAX_AGE again."""
    row = session.execute(
        select(Notification).where(Notification.notification_id == notification_id).with_for_update()
    ).scalar_one_or_none()
    if row is None:
        raise ApiError(404, "notification.unknown", f"no notification {notification_id}")
    if row.status not in RETRYABLE:
        raise ApiError(409, "notification.not_retryable", f"notification {notification_id} is {row.status}")
    now = now or utcnow()
    row.status, row.attempts, row.next_attempt_at = "pending", 0, now
    row.give_up_at, row.claimed_until, row.claim_token = now + MAX_AGE, None, None
    return view(row)


def add_subscription(session: Session, url: str, secret: str) -> int:
    """A web shop's endpoint for every later event (ValueError for a URL that is not http(s))."""
    if not url.startswith(("http://", "https://")) or not secret:
        raise ValueError("a webhook needs an http(s) URL and a non-empty secret")
    sub = WebhookSubscription(url=url, secret=secret, active=True, created_at=utcnow())
    session.add(sub)
    session.flush()
    return sub.subscription_id


def list_subscriptions(session: Session) -> list[WebhookSubscription]:
    return list(
        session.execute(select(WebhookSubscription).order_by(WebhookSubscription.subscription_id)).scalars()
    )


def deactivate_subscription(session: Session, subscription_id: int) -> bool:
    """No more events to it; its pending rows are skipped by the worker. False when unknown."""
    sub = session.get(WebhookSubscription, subscription_id)
    if sub is None:
        return False
    sub.active = False
    return True
