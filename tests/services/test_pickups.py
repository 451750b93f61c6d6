"""Click-and-collect through the services on a real till (real migrations, orders from real feed pages):
the queue, finding an order by QR, code and name, picking with a scan check, ready once, and a
handover that becomes visit lines and a `pickup.handed_over` event in the visit's own transaction."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import text

from contract.pickup import CODE_ATTEMPTS, qr_payload
from terminal.domain.errors import TillError
from terminal.domain.money import Money
from terminal.services.pickup_handover import Collector
from tests.support.till import TickingClock, Till, open_till, product_named
from tests.support.web_orders import CODE, customer, feed, order_data

DRILL = product_named("Akku-Bohrschrauber")
MILK = product_named("Vollmilch")
NOW = datetime(2026, 11, 24, 9, 30, tzinfo=UTC)


@pytest.fixture
def till(tmp_path: Path) -> Iterator[Till]:
    t = open_till(tmp_path / "till.sqlite3", clock=TickingClock(NOW))
    t.services.staff.login("1111")
    feed(t.db, customer())
    yield t
    t.db.close()


def events(till: Till) -> list[tuple[int, str, dict]]:  # type: ignore[type-arg]
    """The queued events but the till's day (a till's first receipt opens it, ADR 0024)."""
    with till.db.read() as s:
        rows = s.execute(
            text("SELECT seq, type, payload FROM outbox WHERE type != 'till.opened' ORDER BY seq")
        ).all()
    return [(r[0], r[1], json.loads(r[2])) for r in rows]


def test_the_queue_has_views_with_counts_and_closed_orders_leave_it(till: Till) -> None:
    feed(
        till.db,
        order_data("W-1", [(DRILL, 1)]),
        order_data("W-2", [(MILK, 2)], status="picking"),
        order_data("W-3", [(MILK, 1)], status="ready", pickup_by=NOW + timedelta(days=3)),
        order_data("W-4", [(MILK, 1)], status="ready", pickup_by=NOW - timedelta(hours=1)),
        order_data("W-5", [(MILK, 1)], status="collected"),
    )
    view = till.services.pickups.queue("to_pick")
    assert [o.order_number for o in view.orders] == ["W-1", "W-2"]
    assert view.orders[0].customer_name == "Erika Mustermann"
    assert view.counts["to_pick"] == 2
    assert view.counts["ready"] == 1
    assert view.counts["overdue"] == 1
    feed(till.db, order_data("W-1", [(DRILL, 1)], status="cancelled"))
    assert [o.order_number for o in till.services.pickups.queue("to_pick").orders] == ["W-2"]
    with till.db.read() as s:
        assert s.execute(text("SELECT count(*) FROM web_order_line WHERE order_number = 'W-1'")).scalar() == 0


def test_an_older_version_never_undoes_a_newer_one(till: Till) -> None:
    feed(till.db, order_data("W-1", [(DRILL, 1)], status="ready"), version=5)
    feed(till.db, order_data("W-1", [(DRILL, 1)], status="placed"), version=4)
    assert till.services.pickups.order("W-1").state == "ready"


def test_a_head_without_lines_from_an_older_backend_is_shown() -> None:
    from contract.feed import ChangePage

    page = ChangePage.model_validate(
        {
            "changes": [
                {
                    "entity": "web_order",
                    "key": "W-9",
                    "version": 1,
                    "op": "upsert",
                    "data": {"order_number": "W-9", "status": "placed", "currency": "EUR", "paid": True,
                             "total_minor": 100},
                }
            ],
            "next_cursor": "c",
            "has_more": False,
        }
    )  # fmt: skip
    assert page.changes[0].data.lines == []  # type: ignore[union-attr]


def test_picking_counts_scans_refuses_a_wrong_article_by_name_and_is_ready_once(till: Till) -> None:
    feed(till.db, order_data("W-1", [(MILK, 2)]))
    pickups = till.services.pickups
    with pytest.raises(TillError) as wrong:
        pickups.pick_scan("W-1", DRILL.barcode)
    assert wrong.value.code == "pickup.not_in_order"
    assert wrong.value.params["name"] == DRILL.name
    pickups.pick_scan("W-1", MILK.barcode)
    with pytest.raises(TillError, match=r"pickup.not_all_picked"):
        pickups.mark_ready("W-1")
    change = pickups.mark_short("W-1", 1, Decimal(1))
    assert change.order.lines[0].short == 1
    ready = pickups.mark_ready("W-1")
    assert ready.order.state == "ready"
    with pytest.raises(TillError, match=r"pickup.already_ready"):
        pickups.mark_ready("W-1")  # a double tap does nothing twice
    types = [t for _, t, _ in events(till)]
    assert types == ["pickup.started", "pickup.picked", "pickup.picked", "pickup.ready"]
    ready_payload = events(till)[-1][2]
    assert ready_payload["lines"] == [{"order_line_no": 1, "sku": MILK.sku, "picked": "1", "short": "1"}]
    # the feed still reporting "placed" does not undo what this till did
    feed(till.db, order_data("W-1", [(MILK, 2)], status="placed"))
    assert pickups.order("W-1").state == "ready"


def test_find_by_qr_code_and_name_offline(till: Till) -> None:
    feed(till.db, order_data("W-1", [(MILK, 1)], status="ready"))
    pickups = till.services.pickups
    assert pickups.find_by_scan(qr_payload("W-1", CODE)).found_by == "qr"
    assert pickups.find_by_code("w-1", "4827 1930").order.order_number == "W-1"
    with pytest.raises(TillError) as wrong:
        pickups.find_by_code("W-1", "11112222")
    assert wrong.value.code == "pickup.wrong_code"
    assert wrong.value.params["attempts"] == 1
    with pytest.raises(TillError) as again:
        pickups.find_by_scan(qr_payload("W-1", "11112223"))
    assert again.value.params["attempts"] == 2
    with pytest.raises(TillError) as elsewhere:
        pickups.find_by_scan(qr_payload("W-777", CODE))
    assert elsewhere.value.code == "pickup.not_here"
    for text_ in ("Muster", "erika@", "1234567", "W-1"):
        assert [o.order_number for o in pickups.search(text_)] == ["W-1"], text_


def test_the_fifth_wrong_code_locks_the_code_at_the_till_too(till: Till) -> None:
    feed(till.db, order_data("W-1", [(MILK, 1)], status="ready"))
    pickups = till.services.pickups
    said = []
    for attempt in range(CODE_ATTEMPTS):
        with pytest.raises(TillError) as wrong:
            pickups.find_by_code("W-1", f"1111222{attempt}")
        said.append(wrong.value.code)
    assert said == ["pickup.wrong_code"] * (CODE_ATTEMPTS - 1) + ["pickup.code_locked"]
    with pytest.raises(TillError) as locked:
        pickups.find_by_code("W-1", CODE)  # the right code no longer opens it here
    assert locked.value.code == "pickup.code_locked"
    with pytest.raises(TillError) as by_qr:
        pickups.find_by_scan(qr_payload("W-1", CODE))
    assert by_qr.value.code == "pickup.code_locked"
    assert [o.order_number for o in pickups.search("Muster")] == ["W-1"]  # by name, with an ID check


def test_handover_goes_into_the_visit_and_its_event_into_the_visits_transaction(till: Till) -> None:
    feed(till.db, order_data("W-1", [(DRILL, 1), (MILK, 2)], status="ready", paid=False, picked=True))
    s = till.services
    found = s.pickups.find_by_scan(qr_payload("W-1", CODE))
    h = s.handover.start(found, CODE)
    with pytest.raises(TillError) as wrong:
        s.handover.scan(h, product_named("Schraubendreher").barcode)
    assert wrong.value.code == "pickup.not_in_order"
    h = s.handover.scan(h, DRILL.barcode)
    h = s.handover.scan(h, MILK.barcode)
    h, _ = h.refuse(2, Decimal(1), "damaged")
    change = s.handover.hand_over(
        h, collector=Collector(), claimed=False, handover_id="0" * 8 + "-0000-4000-8000-" + "0" * 12
    )
    assert [(x.sku, x.quantity) for x in change.visit.handovers] == [(DRILL.sku, 1), (MILK.sku, 1)]
    with pytest.raises(TillError, match=r"handover.already_in_visit"):  # a double tap
        s.handover.hand_over(
            h, collector=Collector(), claimed=False, handover_id="0" * 8 + "-0000-4000-8000-" + "0" * 11 + "1"
        )
    assert [t for _, t, _ in events(till)] == []  # nothing reported before the visit is completed
    due = s.checkout.begin().remaining
    assert due == Money(DRILL.price_minor + MILK.price_minor, "EUR")  # unpaid: paid here
    s.checkout.add_card(due)
    done = s.checkout.complete()
    (visit_seq, visit_type, _), (seq, kind, payload) = events(till)
    assert (visit_type, kind, seq) == ("visit.completed", "pickup.handed_over", visit_seq + 1)
    assert payload["receipt_number"] == done.receipt_number
    assert payload["claimed"] is False
    assert payload["lines"][1] == {
        "order_line_no": 2, "sku": MILK.sku, "collected": "1", "refused": "1", "missing": "0",
        "reason": "damaged", "confirmed_without_scan": False, "confirm_reason": None,
    }  # fmt: skip
    assert s.pickups.queue("ready").orders == []  # handed over here: out of the queue


def test_everything_missing_before_a_handover_is_said_at_once(till: Till) -> None:
    """Found under Xvfb: nothing scanned, no ID check, no collector came back one refusal at a time."""
    feed(till.db, order_data("W-1", [(MILK, 1)], status="ready", picked=True))
    s = till.services
    from terminal.services.pickup_handover import missing_for_handover
    from terminal.services.pickups import Found

    h = s.handover.start(Found(s.pickups.order("W-1"), "name"))
    nobody = Collector("")
    everything = ("pickup.nothing_collected", "pickup.id_check_needed", "pickup.collector_needed")
    assert missing_for_handover(h, nobody) == everything
    with pytest.raises(TillError) as refused:
        s.handover.claim(h, collector=nobody, handover_id="00000000-0000-4000-8000-000000000001")
    assert refused.value.code == "pickup.handover_incomplete"  # before any claim at the backend
    assert refused.value.params == {"order_number": "W-1", "missing": everything}
    h, _ = h.confirm_count(1, "no_barcode")
    with pytest.raises(TillError) as refused:
        s.handover.hand_over(h, collector=Collector("Max"), claimed=False,
                             handover_id="00000000-0000-4000-8000-000000000001")  # fmt: skip
    assert refused.value.code == "pickup.id_check_needed"  # one left: its own sentence
    assert missing_for_handover(h, Collector("Max", id_checked=True)) == ()
    by_qr = s.handover.start(Found(s.pickups.order("W-1"), "qr"), None)
    assert missing_for_handover(by_qr, Collector("", authorised=True)) == (
        "pickup.nothing_collected", "pickup.collector_needed")  # fmt: skip


def test_found_by_name_needs_an_id_check_and_a_collector(till: Till) -> None:
    feed(till.db, order_data("W-1", [(MILK, 1)], status="ready", picked=True))
    s = till.services
    (head,) = s.pickups.search("Erika")
    from terminal.services.pickups import Found

    h = s.handover.start(Found(s.pickups.order(head.order_number), "name"))
    h, _ = h.confirm_count(1, "no_barcode")
    with pytest.raises(TillError, match=r"pickup.id_check_needed"):
        s.handover.hand_over(
            h, collector=Collector("Max"), claimed=False, handover_id="00000000-0000-4000-8000-000000000001"
        )
    s.handover.hand_over(
        h, collector=Collector("Max Mustermann", authorised=True, id_checked=True), claimed=False,
        handover_id="00000000-0000-4000-8000-000000000001",
    )  # fmt: skip
    s.checkout.complete()
    payload = events(till)[-1][2]
    assert payload["collector"] == {"name": "Max Mustermann", "authorised": True, "id_checked": True}
    assert payload["found_by"] == "name"
    assert payload["lines"][0]["confirmed_without_scan"] is True


def test_a_handover_in_the_visit_survives_a_restart_and_completes_with_its_event(tmp_path: Path) -> None:
    path = tmp_path / "till.sqlite3"
    first = open_till(path, clock=TickingClock(NOW))
    first.services.staff.login("1111")
    feed(first.db, customer(), order_data("W-1", [(MILK, 1)], status="ready", picked=True))
    s = first.services
    h = s.handover.scan(s.handover.start(s.pickups.find_by_scan(qr_payload("W-1", CODE)), CODE), MILK.barcode)
    s.handover.hand_over(
        h, collector=Collector(), claimed=True, handover_id="00000000-0000-4000-8000-000000000009"
    )
    first.db.close()  # the till stops before the visit is paid (a crash, a power cut)
    again = open_till(path, seed=False, clock=TickingClock(NOW + timedelta(minutes=5)))
    try:
        again.services.staff.login("1111")
        assert [x.order_number for x in again.services.selling.visit().handovers] == ["W-1"]
        done = again.services.checkout.complete()
        (_, first_type, _), (_, kind, payload) = events(again)
        assert (first_type, kind) == ("visit.completed", "pickup.handed_over")
        assert payload["receipt_number"] == done.receipt_number
        assert payload["claimed"] is True
    finally:
        again.db.close()
