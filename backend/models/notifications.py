"""The notification outbox of click-and-collect: webhook subscriptions and one row per delivery.

A web order's state change becomes one `Notification` row per channel that applies (a webhook per
active subscription, an e-mail to the customer), written in the transaction of the change itself, so a
change is never committed without its notifications (docs/adr/0014-notification-outbox.md). The
delivery worker claims due rows, delivers them and records the outcome on the row. A notification has
its own status (`pending`, `delivered`, `dead`, `skipped`); it never says anything about the order's.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, BigInteger, Boolean, ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from backend.models.base import Base, UtcDateTime, utcnow

NOTIFICATION_STATES = ("pending", "delivered", "dead", "skipped")
CHANNELS = ("webhook", "email")


class WebhookSubscription(Base):
    """A web shop's endpoint for order events; `secret` signs each body (HMAC-SHA256)."""

    __tablename__ = "webhook_subscription"
    subscription_id: Mapped[int] = mapped_column(
        BigInteger().with_variant(Integer, "sqlite"), primary_key=True
    )
    url: Mapped[str] = mapped_column(String(500))
    secret: Mapped[str] = mapped_column(String(200))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)


class Notification(Base):
    """One delivery of one event over one channel, with its attempts (the outbox row).

    `event_id` names the state change (shared by its rows on every channel; receivers dedupe by it).
    `claimed_until` is the lease of the worker delivering it now; `claim_token` tells that worker's
    claim from a later one, so only the current claimant may record the outcome.
    """

    __tablename__ = "notification"
    notification_id: Mapped[int] = mapped_column(
        BigInteger().with_variant(Integer, "sqlite"), primary_key=True
    )
    event_id: Mapped[str] = mapped_column(String(36), index=True)
    order_number: Mapped[str] = mapped_column(ForeignKey("web_order.order_number"), index=True)
    kind: Mapped[str] = mapped_column(String(32))
    channel: Mapped[str] = mapped_column(String(16))
    subscription_id: Mapped[int | None] = mapped_column(
        ForeignKey("webhook_subscription.subscription_id"), nullable=True
    )
    recipient: Mapped[str | None] = mapped_column(String(200), nullable=True)  # the e-mail address
    # The webhook body ({event_id, type, occurred_at, order}); e-mail rows add the store and customer.
    payload: Mapped[dict[str, Any]] = mapped_column(JSON)
    status: Mapped[str] = mapped_column(String(16), default="pending")
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    next_attempt_at: Mapped[datetime] = mapped_column(UtcDateTime)
    # Past this moment a failed attempt makes the row dead (created_at + max age; a manager's retry
    # moves it on).
    give_up_at: Mapped[datetime] = mapped_column(UtcDateTime)
    claimed_until: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    claim_token: Mapped[str | None] = mapped_column(String(36), nullable=True)
    last_attempt_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    last_error: Mapped[str] = mapped_column(String(500), default="")
    delivered_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)


Index("ix_notification_due", Notification.status, Notification.next_attempt_at)
