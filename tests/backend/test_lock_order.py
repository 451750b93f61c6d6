"""One lock order for every writer: four tills mixing stock counts and sales never deadlock (PostgreSQL).

Before: a count locked its levels while the batch ran, then the flush locked all of the batch's levels
in sku order; two such batches deadlocked and PostgreSQL's detector (1 s each) cut throughput from
about 1,000 batches to 15 in 15 s. The deadlocks are counted by PostgreSQL itself
(`pg_stat_database.deadlocks`), since the backend retries them and a client would never see one.
"""

from __future__ import annotations

import threading
import time
import uuid
from collections.abc import Callable

import psycopg
import pytest
from sqlalchemy.engine import make_url

from backend.app import create_app
from backend.db import Database
from backend.settings import Settings
from tests.backend.invariants import assert_ledger_matches_levels
from tests.backend.tills import Till
from tests.support.server import serve_in_thread

SKUS = [f"SKU-{i}" for i in range(1, 6)]


def _deadlocks(url: str) -> int:
    parts = make_url(url)
    dsn = f"host={parts.host} port={parts.port or 5432} user={parts.username} dbname={parts.database}"
    with psycopg.connect(dsn, autocommit=True) as conn:
        row = conn.execute(
            "SELECT deadlocks FROM pg_stat_database WHERE datname = current_database()"
        ).fetchone()
    assert row is not None
    return int(row[0])


def _run(tills: list[Till], batch: Callable[[Till, int], list[dict[str, object]]], seconds: float) -> int:
    done = [0] * len(tills)
    stop = time.monotonic() + seconds

    def work(index: int, till: Till) -> None:
        n = 0
        while time.monotonic() < stop:
            answer = till.push(batch(till, n))
            assert answer.status_code == 200, answer.text
            n += 1
        done[index] = n

    threads = [threading.Thread(target=work, args=(i, t)) for i, t in enumerate(tills)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return sum(done)


def _sales(till: Till, n: int) -> list[dict[str, object]]:
    first, second = SKUS[n % 5], SKUS[(n + 2) % 5]
    return [till.sale((first, "1"), (second, "1")) for _ in range(5)]


def _counts_and_sales(till: Till, n: int) -> list[dict[str, object]]:
    # A count of one sku then sales of others, each till in a different order: the pattern that deadlocked.
    counted = SKUS[(n + int(till.terminal_id[1:])) % 5]
    count = till.event(
        "stock.counted",
        {
            "count_id": str(uuid.uuid4()),
            "store_id": "S001",
            "terminal_id": till.terminal_id,
            "staff_id": "maria",
            "lines": [{"sku": counted, "counted": "500"}],
        },
    )
    others = [sku for sku in reversed(SKUS) if sku != counted]
    return [count, *(till.sale((sku, "1")) for sku in others)]


@pytest.mark.postgres
def test_four_tills_mixing_counts_and_sales_never_deadlock(backend_db_url: str, db: Database) -> None:
    if not backend_db_url.startswith("postgresql"):
        pytest.skip("row locks and deadlocks are PostgreSQL's")
    before = _deadlocks(backend_db_url)
    settings = Settings(db_url=backend_db_url, max_body_bytes=1024 * 1024)
    with serve_in_thread(create_app(settings)) as url:
        tills = [Till.enrol(db, url, "S001", f"T{n}") for n in range(1, 5)]
        sales_alone = _run(tills, _sales, 4.0)
        mixed = _run(tills, _counts_and_sales, 4.0)
    # The server's connections are closed now: PostgreSQL has flushed their statistics.
    time.sleep(0.5)
    assert _deadlocks(backend_db_url) == before
    assert mixed * 2 >= sales_alone, (mixed, sales_alone)
    assert_ledger_matches_levels(db)
