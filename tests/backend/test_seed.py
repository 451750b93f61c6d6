"""The demo chain's web orders at S001: one per state of the till's pickup queue, each got there through
the web shop and the pickup event handlers (history, feed), with demo customers to find by name."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import select

from backend.db import Database
from backend.migrate import upgrade
from backend.models import Customer, WebOrder, WebOrderHistory, WebOrderLine
from backend.services.seed import seed_demo


def test_demo_chain_has_web_orders_in_every_queue_state(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'backend.sqlite3'}"
    upgrade(url)
    db = Database(url)
    before = datetime.now(UTC)
    seed_demo(db, products=200, stocked=100)
    after = datetime.now(UTC)
    local = after.astimezone()
    day_end = datetime.combine(local.date() + timedelta(days=1), datetime.min.time(), tzinfo=local.tzinfo)
    try:
        with db.read() as session:
            orders = {o.order_number: o for o in session.scalars(select(WebOrder))}
            entries = session.scalars(select(WebOrderHistory).order_by(WebOrderHistory.entry_id))
            history: dict[str, list[str]] = {}
            for entry in entries:
                history.setdefault(entry.order_number, []).append(entry.status)
            lines = {
                n: list(session.scalars(select(WebOrderLine).where(WebOrderLine.order_number == n)))
                for n in orders
            }
            names = {c.customer_id: c.name for c in session.scalars(select(Customer))}
        assert {n: o.status for n, o in orders.items()} == {
            "W-100001": "placed",
            "W-100002": "placed",
            "W-100003": "placed",
            "W-100004": "picking",
            "W-100005": "ready",
            "W-100006": "ready",
        }
        assert all(o.pickup_store_id == "S001" for o in orders.values())
        assert history["W-100002"] == ["placed"]
        assert history["W-100004"] == ["placed", "picking"]
        assert history["W-100005"] == ["placed", "ready"]
        picking = lines["W-100004"]
        assert picking[0].picked_milli == picking[0].quantity_milli
        assert all(ln.picked_milli == 0 for ln in picking[1:])
        assert all(ln.picked_milli == ln.quantity_milli for ln in lines["W-100005"])
        today, overdue = orders["W-100005"], orders["W-100006"]
        assert today.pickup_by is not None
        assert overdue.pickup_by is not None
        assert before < today.pickup_by.replace(tzinfo=UTC) <= day_end  # expiring today
        assert overdue.pickup_by.replace(tzinfo=UTC) < after  # overdue
        assert not today.paid  # to be paid at the counter
        assert overdue.paid
        for order in orders.values():  # every order can be handed over offline with its code
            assert len(order.pickup_code) == 8  # the code the customer shows (QR or read out)
            assert order.customer_id in names
        assert names[orders["W-100006"].customer_id] == "Anna Wagner"
    finally:
        db.dispose()
