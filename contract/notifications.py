"""Web-shop API: the notification outbox as the web shop and managers read it (issue 9).

A notification's `status` is its delivery's (pending, delivered, dead, skipped), never the order's.
The webhook body itself (`{event_id, type, occurred_at, order, data}`, signed) is described in
docs/adr/0014-notification-outbox.md.
"""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from contract.base import Outbound

NotificationStatus = Literal["pending", "delivered", "dead", "skipped"]


class NotificationView(Outbound):
    notification_id: int
    event_id: str
    order_number: str
    kind: str
    channel: Literal["webhook", "email"]
    status: NotificationStatus
    attempts: int
    created_at: datetime
    next_attempt_at: datetime | None
    last_error: str
    delivered_at: datetime | None


class NotificationList(Outbound):
    notifications: list[NotificationView]
