"""The one hook every change of a web order goes through: `order_changed(session, order, kind, data)`.

Kinds: placed, picking, ready, reminder, expired, cancelled, collected, partially_collected,
refund_requested, returned. It records the order's history entry and the change's notifications
(backend/services/notifications.py) in the same transaction, so every change a web shop or customer
hears about is recorded exactly once with the change that caused it, and delivered at least once.
"""

from __future__ import annotations

from typing import Any, NamedTuple

from sqlalchemy.orm import Session

from backend.models import Notification, WebOrder, WebOrderHistory
from backend.services import notifications

KINDS = frozenset(notifications.KINDS)


class Recorded(NamedTuple):
    """What one change added: its history entry and its notifications (pending until flushed)."""

    entry: WebOrderHistory
    notifications: list[Notification]


def order_changed(session: Session, order: WebOrder, kind: str, data: dict[str, Any]) -> Recorded:
    """Record that `order` changed in the way `kind` says; `data["note"]` is the history's text."""
    if kind not in KINDS:
        raise ValueError(f"unknown web order change {kind!r}")
    note = str(data.get("note", ""))[:200]
    entry = WebOrderHistory(order_number=order.order_number, status=kind, note=note)
    session.add(entry)
    rows = notifications.enqueue(session, order, kind, {k: v for k, v in data.items() if k != "note"})
    return Recorded(entry, rows)
