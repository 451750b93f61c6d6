"""A till killed while selling (SIGKILL, several times) syncs every committed sale exactly once.

The child process sells on a real till database until it is killed; then a sync engine pushes the
outbox to the real backend on loopback, and a replay of everything (as after a lost acknowledgement)
changes nothing: the server has each receipt once, the till's outbox is drained, the ledger adds up.
"""

from __future__ import annotations

import random
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import func, select, text

from backend.db import Database as BackendDb
from backend.embedded import EmbeddedBackend
from backend.models import Sale, StockLevel, StockMovement
from sync.client import BackendClient
from sync.engine import SyncEngine
from terminal.storage.feed_apply import FeedScope
from tests.services.test_crash_mid_sale import _run_and_kill
from tests.support.till import open_till


def test_sales_of_a_killed_till_reach_the_server_exactly_once(tmp_path: Path) -> None:
    db_path = tmp_path / "till.sqlite3"
    open_till(db_path).db.close()
    rng = random.Random(11)
    for _ in range(3):
        _run_and_kill(db_path, rng)

    backend = EmbeddedBackend(tmp_path / "backend.sqlite3")
    backend.prepare(products=300)
    url = backend.start()
    till = open_till(db_path)
    client = BackendClient(url, read_timeout=20)
    try:
        client.token = client.enroll(backend.enroll_code(store_id="S001", terminal_id="T01")).token
        engine = SyncEngine(
            db=till.db,
            client=client,
            terminal_id="T01",
            scope=FeedScope("S001", "DE", "EUR"),
            clock=lambda: datetime.now(UTC),
            first_retry=0.01,
            max_retry=0.05,
            rng=random.Random(1),
        )
        assert engine.step()
        with till.db.read() as s:
            local = s.execute(text("SELECT receipt_number FROM sale ORDER BY seq")).scalars().all()
            assert len(local) > 3
            assert s.execute(text("SELECT count(*) FROM outbox WHERE status != 'acked'")).scalar_one() == 0
        # The till forgets its acknowledgements (as if it died before writing them) and pushes again.
        with till.db.write() as s:
            s.execute(text("UPDATE outbox SET status = 'pending', acked_at = NULL"))
        assert engine.step()
        assert engine.status.pending == 0
        bdb = BackendDb(f"sqlite:///{tmp_path / 'backend.sqlite3'}")
        try:
            with bdb.read() as s:
                server = s.scalars(select(Sale.receipt_number).where(Sale.terminal_id == "T01")).all()
                assert sorted(server) == sorted(local)  # each sale once, none missing
                levels = s.execute(
                    select(StockLevel.store_id, StockLevel.sku, StockLevel.on_hand_milli)
                ).all()
                moved = {
                    (store, sku): total
                    for store, sku, total in s.execute(
                        select(StockMovement.store_id, StockMovement.sku, func.sum(StockMovement.qty_milli))
                        .where(StockMovement.bucket == "on_hand")
                        .group_by(StockMovement.store_id, StockMovement.sku)
                    ).all()
                }
                assert levels
                assert all(level == moved.get((store, sku), 0) for store, sku, level in levels)
        finally:
            bdb.dispose()
    finally:
        client.close()
        till.db.close()
        backend.stop()
