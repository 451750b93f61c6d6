"""A count holds for the moment it was taken: sales after it stay on top, sales before it are absorbed."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

from sqlalchemy import select

from backend.db import Database
from backend.models import StockMovement
from tests.backend.invariants import assert_ledger_matches_levels, level
from tests.backend.tills import Till


def _at(event: dict[str, object], moment: datetime) -> dict[str, object]:
    return {**event, "occurred_at": moment.isoformat()}


def test_an_offline_count_synced_later_holds_for_its_moment(db: Database, base_url: str, till: Till) -> None:
    other = Till.enrol(db, base_url, "S001", "T02")
    counted_at = datetime.now(UTC)  # T01 counts, offline; its count reaches the backend last
    before = other.sale(("SKU-4", "1"))  # sold before the count: the count already saw it gone
    after_1 = other.sale(("SKU-4", "2"))  # sold after the count: must come off the counted figure
    after_2 = other.sale(("SKU-4", "1"))
    answer = other.push(
        [
            _at(before, counted_at - timedelta(seconds=1)),
            _at(after_1, counted_at + timedelta(milliseconds=300)),
            _at(after_2, counted_at + timedelta(milliseconds=600)),
        ]
    )
    assert answer.status_code == 200, answer.text
    assert level(db, "S001", "SKU-4") == 10_000 - 4_000
    count = till.event(
        "stock.counted",
        {
            "count_id": str(uuid.uuid4()),
            "store_id": "S001",
            "terminal_id": "T01",
            "staff_id": "maria",
            "lines": [{"sku": "SKU-4", "counted": "5"}],  # 9 expected at that moment: 4 missing
        },
    )
    answer = till.push([_at(count, counted_at)])
    assert answer.status_code == 200, answer.text
    result = answer.json()["results"][0]["result"]
    assert result["adjusted_milli"] == {"SKU-4": 5_000 - 9_000}
    # 5 counted then, 3 sold since: 2 now (setting the level to the count at apply time would say 5).
    assert level(db, "S001", "SKU-4") == 2_000
    with db.read() as session:
        moves = session.execute(
            select(StockMovement.qty_milli, StockMovement.reason, StockMovement.occurred_at).where(
                StockMovement.sku == "SKU-4", StockMovement.reason == "count"
            )
        ).all()
    assert [(m.qty_milli, m.reason) for m in moves] == [(-4_000, "count")]
    assert moves[0].occurred_at == counted_at  # the movement carries the moment of the count
    assert_ledger_matches_levels(db)


def _ids(till: Till) -> dict[str, str]:
    return {"store_id": till.store_id, "terminal_id": till.terminal_id, "staff_id": "maria"}


def test_adjustments_and_a_transfer_in_are_ledger_movements(db: Database, base_url: str, till: Till) -> None:
    adjusted = till.event(
        "stock.adjusted",
        {
            "adjustment_id": str(uuid.uuid4()),
            **_ids(till),
            "lines": [
                {"sku": "SKU-2", "quantity": "2", "reason": "damaged", "direction": "out"},
                {"sku": "SKU-2", "quantity": "1", "reason": "theft", "direction": "out"},
                {"sku": "SKU-3", "quantity": "4", "reason": "found", "direction": "in"},
                {"sku": "SKU-3", "quantity": "1", "reason": "correction", "direction": "out"},
            ],
        },
    )
    transfer = till.event(
        "stock.transferred_in",
        {
            "transfer_id": str(uuid.uuid4()),
            **_ids(till),
            "from_store_id": "S002",
            "reference": "LS-4711",
            "lines": [{"sku": "SKU-5", "quantity": "6"}],
        },
    )
    answer = till.push([adjusted, transfer])
    assert answer.status_code == 200, answer.text
    assert level(db, "S001", "SKU-2") == 10_000 - 3_000
    assert level(db, "S001", "SKU-3") == 10_000 + 3_000
    assert level(db, "S001", "SKU-5") == 10_000 + 6_000
    assert level(db, "S002", "SKU-5") == -6_000  # off the sending store (a negative level raises a task)
    with db.read() as session:
        reasons = session.execute(
            select(StockMovement.store_id, StockMovement.reason, StockMovement.qty_milli)
            .where(StockMovement.source.like("event:%"))
            .order_by(StockMovement.movement_id)
        ).all()
    assert [tuple(r) for r in reasons] == [
        ("S001", "adjustment", -2_000),
        ("S001", "adjustment", -1_000),
        ("S001", "adjustment", 4_000),
        ("S001", "adjustment", -1_000),
        ("S001", "transfer", 6_000),
        ("S002", "transfer", -6_000),
    ]
    assert_ledger_matches_levels(db)

    # Bad input: a "found" that goes out is an invalid payload; goods from an unknown store are
    # refused with their own code; neither books anything.
    wrong_way = till.event(
        "stock.adjusted",
        {
            "adjustment_id": str(uuid.uuid4()),
            **_ids(till),
            "lines": [{"sku": "SKU-2", "quantity": "1", "reason": "found", "direction": "out"}],
        },
    )
    answer = till.push([wrong_way])
    assert answer.status_code == 422
    assert answer.json()["error"] == "event.invalid_payload"
    nowhere = till.event(
        "stock.transferred_in",
        {
            "transfer_id": str(uuid.uuid4()),
            **_ids(till),
            "from_store_id": "S999",
            "lines": [{"sku": "SKU-2", "quantity": "1"}],
        },
        seq=3,
    )
    answer = till.push([nowhere])
    assert answer.status_code == 422
    assert answer.json()["error"] == "stock.unknown_store"
    assert level(db, "S001", "SKU-2") == 7_000
