"""The pickup schedule with a fake clock: a reminder once before the deadline, then expiry releases the
reservation (levels and the stock feed at once), asks a refund and tells the feed; passes running at
once never act twice; the app's own thread and `run-schedule --once` run the same pass."""

from __future__ import annotations

import threading
import time
from datetime import datetime, timedelta

import pytest
from sqlalchemy import func, select

from backend.app import create_app
from backend.cli import main
from backend.db import Database
from backend.models import ManagerTask, RefundRequest, WebOrder, WebOrderHistory
from backend.services.schedule import run_pass
from backend.settings import Settings
from tests.backend.invariants import assert_ledger_matches_levels
from tests.backend.pickups import (
    feed_orders,
    feed_stock,
    handed_over,
    handover_visit,
    level,
    place,
    push,
    ready,
    shown,
)
from tests.backend.tills import Till, web_order
from tests.support.server import serve_in_thread

GRACE = timedelta(hours=24)  # a store's default grace past the deadline


def _ready(till: Till, base_url: str, shop: dict[str, str], number: str, qty: str = "2") -> datetime:
    place(
        base_url, shop, web_order(number, lines=[{"sku": "SKU-2", "quantity": qty, "unit_price_minor": 299}])
    )
    answer = push(till, ready(till, number, (1, "SKU-2", qty, "0")))
    assert answer.status_code == 200, answer.text
    pickup_by = shown(base_url, shop, number)["pickup_by"]
    return datetime.fromisoformat(pickup_by)


def test_a_reminder_once_then_expiry_releases_the_stock(
    till: Till, db: Database, base_url: str, shop: dict[str, str]
) -> None:
    pickup_by = _ready(till, base_url, shop, "W-1")
    assert level(db, "S001", "SKU-2") == (10_000, 2000)
    assert run_pass(db, pickup_by - timedelta(days=3)) == {"reminded": 0, "expired": 0}
    assert run_pass(db, pickup_by - timedelta(days=1)) == {"reminded": 1, "expired": 0}
    assert run_pass(db, pickup_by - timedelta(hours=1)) == {"reminded": 0, "expired": 0}  # once
    assert shown(base_url, shop, "W-1")["status"] == "ready"

    # Past the deadline the order waits the store's grace (overdue at the till), then expires.
    assert run_pass(db, pickup_by + timedelta(minutes=1)) == {"reminded": 0, "expired": 0}
    assert shown(base_url, shop, "W-1")["status"] == "ready"
    assert datetime.fromisoformat(shown(base_url, shop, "W-1")["expire_at"]) == pickup_by + GRACE
    assert run_pass(db, pickup_by + GRACE + timedelta(minutes=1)) == {"reminded": 0, "expired": 1}
    assert run_pass(db, pickup_by + GRACE + timedelta(minutes=2)) == {"reminded": 0, "expired": 0}
    order = shown(base_url, shop, "W-1")
    assert order["status"] == "expired"
    assert [h["status"] for h in order["history"]] == [
        "placed",
        "ready",
        "reminder",
        "expired",
        "refund_requested",
    ]
    assert [(r["reason"], r["amount_minor"]) for r in order["refund_requests"]] == [("expired", 598)]
    with db.read() as session:  # the goods wait on the pickup shelf: someone must put them back
        (task,) = session.execute(select(ManagerTask).where(ManagerTask.kind == "pickup.expired")).scalars()
    assert task.store_id == "S001"
    assert "W-1" in task.summary
    assert level(db, "S001", "SKU-2") == (10_000, 0)
    assert feed_stock(till, "SKU-2")["available"] == "10"
    assert feed_orders(till, "W-1")[-1]["status"] == "expired"
    assert_ledger_matches_levels(db)


def test_a_store_with_other_pickup_days_and_lead(
    till: Till, db: Database, base_url: str, shop: dict[str, str]
) -> None:
    from backend.models import Store

    with db.write() as session:
        store = session.get(Store, "S001")
        assert store is not None
        store.pickup_days, store.reminder_lead_hours, store.grace_hours = 2, 6, 0
    pickup_by = _ready(till, base_url, shop, "W-2")
    ready_at = datetime.fromisoformat(shown(base_url, shop, "W-2")["ready_at"])
    assert pickup_by - ready_at == timedelta(days=2)
    assert datetime.fromisoformat(shown(base_url, shop, "W-2")["expire_at"]) == pickup_by  # no grace
    assert run_pass(db, pickup_by - timedelta(hours=7))["reminded"] == 0
    assert run_pass(db, pickup_by - timedelta(hours=5))["reminded"] == 1


def test_passes_at_once_never_expire_twice(
    till: Till, db: Database, base_url: str, shop: dict[str, str], backend_db_url: str
) -> None:
    deadlines = [_ready(till, base_url, shop, f"W-{n}", qty="1") for n in range(10, 18)]
    later = max(deadlines) + GRACE + timedelta(minutes=1)
    workers = [Database(backend_db_url) for _ in range(4)]
    barrier = threading.Barrier(len(workers))
    counts: list[dict[str, int]] = []

    def work(worker: Database) -> None:
        barrier.wait()
        counts.append(run_pass(worker, later))

    threads = [threading.Thread(target=work, args=(w,)) for w in workers]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    for worker in workers:
        worker.dispose()
    assert sum(c["expired"] for c in counts) == 8
    assert sum(c["reminded"] for c in counts) == 8
    with db.read() as session:
        per_order = session.execute(
            select(WebOrderHistory.order_number, func.count())
            .where(WebOrderHistory.status.in_(("expired", "reminder")))
            .group_by(WebOrderHistory.order_number)
        ).all()
        assert sorted(n for _, n in per_order) == [2] * 8  # one reminder and one expiry each
        assert session.scalar(select(func.count()).select_from(RefundRequest)) == 8
        assert set(session.scalars(select(WebOrder.status))) == {"expired"}
    assert level(db, "S001", "SKU-2") == (10_000, 0)
    assert_ledger_matches_levels(db)


def test_the_apps_thread_and_the_cli_run_the_schedule(
    till: Till,
    *,
    db: Database,
    base_url: str,
    shop: dict[str, str],
    backend_db_url: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    for number in ("W-40", "W-41"):
        _ready(till, base_url, shop, number)
    with db.write() as session:  # both deadlines passed a minute ago (the real clock)
        for number in ("W-40", "W-41"):
            order = session.get(WebOrder, number)
            assert order is not None
            assert order.pickup_by is not None
            order.pickup_by = order.remind_at = datetime.now(order.pickup_by.tzinfo) - timedelta(minutes=1)
            order.expire_at = order.pickup_by
    assert main(["--db", backend_db_url, "run-schedule", "--once"]) == 0
    assert "expired 2 web orders" in capsys.readouterr().out
    _ready(till, base_url, shop, "W-42")
    with db.write() as session:
        order = session.get(WebOrder, "W-42")
        assert order is not None
        assert order.pickup_by is not None
        order.pickup_by = order.expire_at = datetime.now(order.pickup_by.tzinfo) - timedelta(minutes=1)
    settings = Settings(db_url=backend_db_url, scheduler=True, scheduler_interval=0.05)
    with serve_in_thread(create_app(settings)):
        deadline = time.monotonic() + 10
        while shown(base_url, shop, "W-42")["status"] != "expired":
            assert time.monotonic() < deadline, "the app's scheduler did not expire the order"
            time.sleep(0.05)


def test_a_handover_racing_the_expiry_is_never_lost(
    till: Till, db: Database, base_url: str, shop: dict[str, str], backend_db_url: str
) -> None:
    """The till hands an order over just as its deadline passes: whichever commits first, the goods
    left the shelf once, nothing stays reserved, and an expiry that won makes the handover a task."""
    pickup_by = _ready(till, base_url, shop, "W-50")
    line = {"order_line_no": 1, "sku": "SKU-2", "collected": "2"}
    events = [handover_visit(till, "W-50", (1, "SKU-2", "2")), handed_over(till, "W-50", line, claimed=False)]
    worker = Database(backend_db_url)
    barrier = threading.Barrier(2)
    answers: list[int] = []

    def expire() -> None:
        barrier.wait()
        run_pass(worker, pickup_by + GRACE + timedelta(minutes=1))

    def hand_over() -> None:
        barrier.wait()
        answers.append(push(till, *events).status_code)

    threads = [threading.Thread(target=expire), threading.Thread(target=hand_over)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    worker.dispose()
    assert answers == [200]
    order = shown(base_url, shop, "W-50")
    assert order["status"] in ("collected", "expired")
    assert [ln["collected"] for ln in order["lines"]] == ["2"]
    assert level(db, "S001", "SKU-2") == (8000, 0)
    with db.read() as session:
        kinds = sorted(session.scalars(select(ManagerTask.kind)))
    expired_first = ["pickup.conflict", "pickup.expired", "visit.unmatched"]
    assert kinds == ([] if order["status"] == "collected" else expired_first)
    assert_ledger_matches_levels(db)
