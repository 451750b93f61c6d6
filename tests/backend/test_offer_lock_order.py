"""Offers are locked in one order for the whole batch (docs/adr/0009-one-lock-order.md), like vouchers:
two tills whose batches redeem the same two offers in opposite orders never deadlock (PostgreSQL,
which counts its deadlocks in `pg_stat_database`; the backend retries them, so a client never sees one).

Before: each visit locked its own offers while the batch ran, so a batch of visits with O-B then O-A
held O-B and waited for O-A while the other till's batch held O-A and waited for O-B."""

from __future__ import annotations

import time
import uuid

import pytest

from backend.db import Database
from tests.backend.test_lock_order import _deadlocks, _run
from tests.backend.test_offers_redeemed_by_visits import _setup, offer_visit
from tests.backend.tills import Till


@pytest.mark.postgres
def test_two_tills_redeeming_offers_in_opposite_orders_never_deadlock(
    backend_db_url: str, db: Database, base_url: str, till: Till, shop: dict[str, str]
) -> None:
    if not backend_db_url.startswith("postgresql"):
        pytest.skip("row locks and deadlocks are PostgreSQL's")
    _setup(db, base_url, shop, "O-A", "O-B")
    other = Till.enrol(db, base_url, "S001", "T02")
    orders = {till.terminal_id: ("O-A", "O-B"), other.terminal_id: ("O-B", "O-A")}

    def batch(t: Till, _n: int) -> list[dict[str, object]]:
        return [offer_visit(t, offer_id, str(uuid.uuid4())) for offer_id in orders[t.terminal_id]]

    before = _deadlocks(backend_db_url)
    assert _run([till, other], batch, 3.0) > 0
    time.sleep(1.5)  # PostgreSQL reports a session's statistics within a second of its transaction
    assert _deadlocks(backend_db_url) == before
