"""The pickup schedule: reminders before the deadline and expiry after it, one pass at a time.

`run_pass(db, now)` sends each due reminder once (`reminded_at`) and expires each `ready` order past
its `expire_at` (its `pickup_by` plus the store's grace hours, in which a till shows it overdue):
what is still reserved is released through the ledger (the store's stock feed changes at once), the
order becomes `expired` through the state machine (history, feed) and, when it was paid online, owes
a refund. All state is in the database, so a restart just runs the next pass. Several passes at once
(worker processes, `run-schedule` next to `serve`) never remind or expire an order twice: on
PostgreSQL each batch locks its orders `FOR UPDATE SKIP LOCKED` and filters on their status again;
SQLite serialises writers. `now` comes in as an argument: tests pass a fake clock and never sleep.
"""

from __future__ import annotations

from datetime import datetime
from functools import partial
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from backend.db import Database
from backend.models import WebOrder
from backend.services import order_states
from backend.services.feed import FeedWriter
from backend.services.order_views import order_lines
from backend.services.refunds import request_refund
from backend.services.stock import StockLedger, in_lock_order
from backend.services.tasks import raise_task

BATCH = 200


def _due(session: Session, *conditions: Any) -> list[WebOrder]:
    return list(
        session.execute(
            select(WebOrder)
            .where(WebOrder.status == "ready", *conditions)
            .order_by(in_lock_order(WebOrder.order_number, session))
            .limit(BATCH)
            .with_for_update(skip_locked=True)
        ).scalars()
    )


def remind(session: Session, now: datetime) -> int:
    """Remind the customers of up to BATCH ready orders whose reminder time has come; how many."""
    orders = _due(session, WebOrder.reminded_at.is_(None), WebOrder.remind_at <= now)
    for order in orders:
        order.reminded_at = now
        assert order.pickup_by is not None
        order_states.record(
            session,
            None,
            order,
            "reminder",
            note=f"reminder: pickup by {order.pickup_by.isoformat(timespec='minutes')}",
            data={"pickup_by": order.pickup_by.isoformat(), "pickup_code": order.pickup_code},
        )
    return len(orders)


def expire(session: Session, now: datetime) -> int:
    """Expire up to BATCH ready orders past their deadline and grace; how many."""
    orders = _due(session, WebOrder.expire_at <= now)
    if not orders:
        return 0
    ledger, feed = StockLedger(session), FeedWriter(session)
    owed = {}
    for order in orders:
        lines = order_lines(session, order.order_number)
        owed[order.order_number] = [
            (ln, ln.quantity_milli - ln.collected_milli - ln.refused_milli, "expired") for ln in lines
        ]
        order_states.release_rest(
            ledger, order, lines, reason="release", source=f"web:{order.order_number}:expiry"
        )
    ledger.flush(feed, source="schedule:expiry")
    for order in orders:
        assert order.pickup_by is not None
        note = f"not collected by {order.pickup_by.isoformat(timespec='minutes')}: reservation released"
        order_states.move(session, feed, order, "expired", note=note)
        raise_task(
            session,
            store_id=order.pickup_store_id,
            kind="pickup.expired",
            summary=f"web order {order.order_number} was not collected by "
            f"{order.pickup_by.isoformat(timespec='minutes')}: put its goods back on the shelf",
            details={"order_number": order.order_number},
            source="schedule:expiry",
        )
        request_refund(
            session,
            feed,
            order,
            request_id=f"expiry:{order.order_number}",
            owed=owed[order.order_number],
            reason="expired",
            source="schedule:expiry",
        )
    feed.flush()
    return len(orders)


def run_pass(db: Database, now: datetime) -> dict[str, int]:
    """One pass: every due reminder, then every due expiry, in transactions of up to BATCH orders."""
    counts = {"reminded": 0, "expired": 0}
    for name, step in (("reminded", remind), ("expired", expire)):
        while True:
            done = db.run_write(partial(step, now=now))
            counts[name] += done
            if done < BATCH:
                break
    return counts
