"""Batched ingest: mixed batches, many moves of one SKU, repeats inside a batch, the content hash."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import orjson
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import func, select

from backend.db import Database, FairLock, json_dumps, json_loads
from backend.models import TerminalEvent
from backend.services.events import content_hash
from contract.base import canonical_json
from contract.events import EventIn
from tests.backend.invariants import (
    assert_ledger_matches_levels,
    count_movements,
    count_sales,
    level,
    open_tasks,
)
from tests.backend.tills import Till


def test_batch_mixing_replays_and_new_events_applies_only_the_new(db: Database, till: Till) -> None:
    old = [till.sale(("SKU-2", "1")), till.sale(("SKU-3", "1"))]
    first = till.push(old)
    assert first.status_code == 200, first.text
    new = [till.sale(("SKU-2", "2")), till.sale(("SKU-4", "1"))]
    answer = till.push([*old, *new])
    assert answer.status_code == 200, answer.text
    body = answer.json()
    assert body["acked_through_seq"] == 4
    assert [r["status"] for r in body["results"]] == ["duplicate", "duplicate", "applied", "applied"]
    assert [r["result"] for r in body["results"][:2]] == [r["result"] for r in first.json()["results"]]
    assert count_sales(db) == 4
    assert level(db, "S001", "SKU-2") == 10_000 - 3_000
    assert_ledger_matches_levels(db)


def test_a_conflicting_event_after_new_ones_rolls_the_whole_batch_back(db: Database, till: Till) -> None:
    stored = till.sale(("SKU-2", "1"))
    assert till.push([stored]).status_code == 200
    movements = count_movements(db)
    fresh = till.sale(("SKU-3", "1"))
    tampered = {**stored, "payload": {**stored["payload"], "total_minor": 5}}
    answer = till.push([fresh, tampered])
    assert answer.status_code == 422
    assert answer.json()["error"] == "event.conflict"
    assert answer.json()["detail"]["stored_seq"] == 1
    assert count_sales(db) == 1
    assert count_movements(db) == movements
    retry = till.push([fresh])  # the good prefix goes through afterwards
    assert retry.status_code == 200, retry.text
    assert retry.json()["acked_through_seq"] == 2


def test_gap_after_new_events_is_409_and_applies_nothing(db: Database, till: Till) -> None:
    good = till.sale(("SKU-2", "1"))
    late = till.sale(("SKU-2", "1"))
    late["seq"] = 7
    answer = till.push([good, late])
    assert answer.status_code == 409
    assert answer.json()["detail"]["expected_seq"] == 2
    assert count_sales(db) == 0


def test_the_same_event_twice_in_one_batch_applies_once(db: Database, till: Till) -> None:
    sale = till.sale(("SKU-5", "1"))
    answer = till.push([sale, sale])
    assert answer.status_code == 200, answer.text
    results = answer.json()["results"]
    assert [r["status"] for r in results] == ["applied", "duplicate"]
    assert results[0]["result"] == results[1]["result"]
    assert count_sales(db) == 1
    assert level(db, "S001", "SKU-5") == 9_000
    other = {**sale, "payload": {**sale["payload"], "total_minor": 1}}
    assert till.push([till.sale(("SKU-5", "1")), other, other]).status_code == 422


def test_many_moves_of_one_sku_in_a_batch_sum_to_one_level_update(db: Database, till: Till) -> None:
    events = [till.sale(("SKU-3", "1"), ("SKU-3", "0.5"), ("SKU-4", "1")) for _ in range(300)]
    answer = till.push(events)
    assert answer.status_code == 200, answer.text
    assert level(db, "S001", "SKU-3") == 10_000 - 300 * 1_500
    assert level(db, "S001", "SKU-4") == 10_000 - 300 * 1_000
    assert_ledger_matches_levels(db)
    assert sorted(t.details["sku"] for t in open_tasks(db, "stock.negative")) == ["SKU-3", "SKU-4"]
    page = till.get("/v1/stores/S001/changes", cursor="v1.0.0", limit=5000).json()
    stock = [c for c in page["changes"] if c["entity"] == "stock" and c["key"] == "SKU-3"]
    assert stock[-1]["data"]["on_hand"] == "-440"


def test_sale_then_return_then_count_in_one_batch(db: Database, till: Till) -> None:
    sale = till.sale(("SKU-2", "3"))
    ret = till.event(
        "sale.returned",
        {
            "return_id": "5b9d7a1c-2e3f-4a5b-8c6d-7e8f9a0b1c2d",
            "receipt_number": sale["payload"]["receipt_number"],
            "store_id": "S001",
            "terminal_id": "T01",
            "staff_id": "anna",
            "currency": "EUR",
            "total_refund_minor": 199,
            "lines": [{"line_no": 1, "sku": "SKU-2", "quantity": "1", "refund_minor": 199}],
        },
    )
    count = till.event(
        "stock.counted",
        {
            "count_id": "6c0e8b2d-3f4a-4b6c-9d7e-8f9a0b1c2d3e",
            "store_id": "S001",
            "terminal_id": "T01",
            "staff_id": "anna",
            "lines": [{"sku": "SKU-2", "counted": "5"}, {"sku": "SKU-2", "counted": "4"}],
        },
    )
    answer = till.push([sale, ret, count])
    assert answer.status_code == 200, answer.text
    results = answer.json()["results"]
    assert results[1]["result"]["anomalies"] == []
    assert results[2]["result"]["adjusted_milli"] == {"SKU-2": -1_000}  # 8 on hand -> 5 -> 4
    assert level(db, "S001", "SKU-2") == 4_000
    receipt = till.get(f"/v1/receipts/{sale['payload']['receipt_number']}").json()
    assert receipt["lines"][0]["returned_quantity"] == "1"
    assert_ledger_matches_levels(db)


def test_reused_receipt_number_and_repeated_sale_id_raise_one_task_each(db: Database, till: Till) -> None:
    first = till.sale(("SKU-2", "1"))
    reused = till.sale(("SKU-2", "1"))
    reused["payload"]["receipt_number"] = first["payload"]["receipt_number"]
    again = till.sale(("SKU-2", "1"))
    again["payload"]["sale_id"] = first["payload"]["sale_id"]
    answer = till.push([first, reused, again])
    assert answer.status_code == 200, answer.text
    assert answer.json()["results"][2]["result"]["duplicate_sale"] is True
    assert len(open_tasks(db, "receipt.number_reused")) == 1
    assert len(open_tasks(db, "sale.duplicate")) == 1
    assert count_sales(db) == 2
    assert level(db, "S001", "SKU-2") == 8_000
    with db.read() as session:
        recorded = session.execute(select(func.count()).select_from(TerminalEvent)).scalar_one()
    assert recorded == 3


_OFFSETS = st.sampled_from([UTC, timezone(timedelta(hours=2)), timezone(timedelta(hours=-5, minutes=-30))])


@given(
    moment=st.datetimes(min_value=datetime(2, 1, 1), max_value=datetime(9998, 12, 31), timezones=_OFFSETS),
    seq=st.integers(min_value=1, max_value=2**62),
    amount=st.integers(min_value=-(10**13), max_value=10**13),
    note=st.text(max_size=20),
)
def test_content_hash_equals_the_hash_of_the_pydantic_json_dump(
    moment: datetime, seq: int, amount: int, note: str
) -> None:
    event = EventIn.model_validate(
        {
            "event_id": "1b4e28ba-2fa1-4d3b-9f5e-0c2d3e4f5a6b",
            "seq": seq,
            "type": "cash.movement",
            "occurred_at": moment.isoformat(),
            "payload": {"amount_minor": amount, "note": note, "nested": [1, 2.5, None, {"b": True}]},
        }
    )
    legacy = canonical_json(event.model_dump(mode="json", exclude={"event_id"}))
    import hashlib

    assert content_hash(event) == hashlib.sha256(legacy).hexdigest()


def test_json_columns_round_trip_what_orjson_refuses() -> None:
    value = {"big": 2**80, "small": 1, 3: "int key"}
    assert json_loads(json_dumps(value)) == {"big": 2**80, "small": 1, "3": "int key"}
    assert json_loads(orjson.dumps({"a": [1, "x"]})) == {"a": [1, "x"]}


def test_fair_lock_is_reentrant_and_hands_over_in_order() -> None:
    import threading
    import time

    lock, order = FairLock(), []
    with lock, lock:  # re-entrant for its owner
        threads = [threading.Thread(target=lambda n=n: _take(lock, order, n)) for n in range(5)]
        for t in threads:
            t.start()
            time.sleep(0.02)  # queue them in a known order
    for t in threads:
        t.join()
    assert order == [0, 1, 2, 3, 4]


def _take(lock: FairLock, order: list[int], n: int) -> None:
    with lock:
        order.append(n)
