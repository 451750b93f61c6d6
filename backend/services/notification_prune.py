"""Pruning the notification outbox: delivered and skipped rows past the retention are deleted.

`delivered` rows age from their delivery (`delivered_at`), `skipped` ones (no SMTP server, a removed
subscription) from when they were written (`created_at`). `pending` rows are still to be sent and
`dead` ones wait for a manager (`notifications list --status dead`, `retry`): both are never touched.
The delete runs in batches of `BATCH` rows, each its own short transaction, so it never holds a long
lock next to the delivery workers; a row that a manager's retry made pending again between a batch's
select and its delete is kept (the delete repeats the condition).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ColumnElement, and_, delete, or_, select

from backend.db import Database
from backend.models import Notification

BATCH = 1000
PRUNED_STATES = ("delivered", "skipped")


def _old(older_than: datetime) -> ColumnElement[bool]:
    return or_(
        and_(Notification.status == "delivered", Notification.delivered_at < older_than),
        and_(Notification.status == "skipped", Notification.created_at < older_than),
    )


def prune(db: Database, older_than: datetime, *, batch: int = BATCH) -> int:
    """Delete delivered notifications delivered before `older_than` and skipped ones written before
    it, `batch` rows per transaction; how many were deleted."""
    removed = 0
    while True:
        with db.write() as session:
            ids = list(
                session.scalars(
                    select(Notification.notification_id)
                    .where(_old(older_than))
                    .order_by(Notification.notification_id)
                    .limit(batch)
                )
            )
            if ids:
                result = session.execute(
                    delete(Notification)
                    .where(Notification.notification_id.in_(ids), _old(older_than))
                    .execution_options(synchronize_session=False)
                )
                removed += int(getattr(result, "rowcount", 0) or 0)
        if len(ids) < batch:
            return removed
