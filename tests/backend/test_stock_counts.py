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
