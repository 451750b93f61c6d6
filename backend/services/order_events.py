"""The one hook every change of a web order goes through: `order_changed(session, order, kind, data)`.

Kinds: placed, picking, ready, reminder, expired, cancelled, collected, partially_collected,
refund_requested, returned. For now it records the order's history entry; the notification outbox
(backend/services/notifications.py, another change) is wired in here, in the same transaction, so
every kind a customer hears about is recorded exactly once with the change that caused it.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from backend.models import WebOrder, WebOrderHistory

KINDS = frozenset(
    {
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
    }
)


def order_changed(session: Session, order: WebOrder, kind: str, data: dict[str, Any]) -> None:
    """Record that `order` changed in the way `kind` says; `data["note"]` is the history's text."""
    if kind not in KINDS:
        raise ValueError(f"unknown web order change {kind!r}")
    note = str(data.get("note", ""))[:200]
    session.add(WebOrderHistory(order_number=order.order_number, status=kind, note=note))
