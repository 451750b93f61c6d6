"""Several worker processes against one PostgreSQL: every sale applied exactly once across them.

`store-backend serve --workers 2` (two uvicorn worker processes behind one port, as in production
behind a reverse proxy) and a second `store-backend serve` on another port, both on one fresh
PostgreSQL database. The same batch is sent through both at once; replays go through the other one;
a response is lost after the commit on one and the retry goes to the other; a server killed before
its commit leaves nothing and the retry through the others applies once. Real processes, real
requests, real database. Runs when STORE_TEST_PG_URL names a PostgreSQL server.
"""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import psycopg
import pytest
import requests
from sqlalchemy import func, select, text
from sqlalchemy.engine import make_url

from backend.db import Database
from backend.migrate import upgrade
from backend.models import Sale
from backend.services.catalogue import ProductRow, ensure_store, upsert_products
from backend.services.feed import FeedWriter
from backend.services.security import create_api_key
from backend.services.stock import StockLedger
from tests.backend.invariants import assert_ledger_matches_levels, level
from tests.backend.tills import Till
from tests.support.faultproxy import FaultProxy
from tests.support.server import free_port

ROOT = Path(__file__).resolve().parents[2]
PG_URL = os.environ.get("STORE_TEST_PG_URL")
pytestmark = [pytest.mark.postgres, pytest.mark.slow]


@pytest.fixture
def pg_url() -> Iterator[str]:
    if not PG_URL:
        pytest.skip("needs PostgreSQL (STORE_TEST_PG_URL)")
    url = make_url(PG_URL)
    name = f"store_workers_{uuid.uuid4().hex[:10]}"
    admin = (
        f"host={url.host or '127.0.0.1'} port={url.port or 5432} user={url.username} dbname={url.database}"
    )
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    test_url = url.set(database=name).render_as_string(hide_password=False)
    upgrade(test_url)
    db = Database(test_url)
    with db.write() as session:
        ensure_store(session, store_id="S001", name="S", country="DE", currency="EUR", price_list="DE")
        upsert_products(
            session, [ProductRow(sku=f"SKU-{i}", name=f"P{i}", vat_code="A") for i in range(1, 6)], None
        )
        ledger = StockLedger(session)
        for i in range(1, 6):
            ledger.move(
                store_id="S001",
                sku=f"SKU-{i}",
                qty_milli=100_000,
                reason="adjustment",
                source="t",
                source_line=i,
            )
        ledger.flush(FeedWriter(session), source="t")
    db.dispose()
    yield test_url
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@contextmanager
def serve(
    url: str, *, workers: int = 1, fault: str | None = None
) -> Iterator[tuple[subprocess.Popen[bytes], str]]:
    port = free_port()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("STORE_BACKEND_FAULT", None)
    if fault:
        env["STORE_BACKEND_FAULT"] = fault
    command = [sys.executable, "-m", "backend.cli", "--db", url, "serve", "--port", str(port)]
    proc = subprocess.Popen(
        [*command, "--workers", str(workers)], env=env, cwd=ROOT, stderr=subprocess.DEVNULL
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while True:
        try:
            requests.get(f"{base}/openapi.json", timeout=2)
            break
        except requests.ConnectionError:
            if time.monotonic() > deadline or proc.poll() is not None:
                proc.kill()
                raise RuntimeError("backend did not start") from None
            time.sleep(0.1)
    try:
        yield proc, base
    finally:
        if proc.poll() is None:
            proc.terminate()
        proc.wait(20)


def _workers_of(pid: int) -> list[int]:
    """Child processes of `pid` that are multiprocessing workers (not its resource tracker)."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
            cmdline = (entry / "cmdline").read_bytes().replace(b"\0", b" ")
        except OSError:
            continue
        ppid = int(stat.rsplit(")", 1)[1].split()[1])
        if ppid == pid and b"spawn_main" in cmdline:
            found.append(int(entry.name))
    return found


def _sales(db: Database) -> int:
    with db.read() as session:
        return int(session.execute(select(func.count()).select_from(Sale)).scalar_one())


def test_two_workers_and_a_second_server_apply_every_sale_exactly_once(pg_url: str) -> None:
    db = Database(pg_url)
    try:
        with serve(pg_url, workers=2) as (main, pair), serve(pg_url) as (_other, single):
            assert len(_workers_of(main.pid)) == 2  # --workers 2 really runs two processes
            till = Till.enrol(db, pair, "S001", "T01")
            till2 = Till.enrol(db, single, "S001", "T02")

            # 1. The same batch through both servers at once, on many connections.
            batch = [till.sale(("SKU-2", "1"), ("SKU-3", "1")) for _ in range(30)]
            answers: list[requests.Response] = []
            gate = threading.Barrier(8)

            def push(url: str) -> None:
                with requests.Session() as http:
                    gate.wait()
                    answers.append(
                        http.post(
                            f"{url}/v1/terminals/T01/events",
                            json={"events": batch},
                            headers=till.headers,
                            timeout=60,
                        )
                    )

            threads = [threading.Thread(target=push, args=(pair if i % 2 else single,)) for i in range(8)]
            for t in threads:
                t.start()
            for t in threads:
                t.join()
            assert [a.status_code for a in answers] == [200] * 8
            assert sum(r["status"] == "applied" for a in answers for r in a.json()["results"]) == 30
            with db.read() as session:
                names = session.execute(
                    text(
                        "SELECT count(DISTINCT application_name) FROM pg_stat_activity"
                        " WHERE datname = current_database() AND application_name LIKE 'store-backend/%'"
                        " AND application_name != :own"
                    ),
                    {"own": f"store-backend/{os.getpid()}"},
                ).scalar_one()
            assert names >= 2  # connections of at least two server processes

            # 2. Replays through the other server answer the stored results.
            replay = till.push(batch, url=single)
            assert {r["status"] for r in replay.json()["results"]} == {"duplicate"}

            # 3. A response lost after the commit on one server; the retry goes to the other.
            more = [till2.sale(("SKU-4", "2")) for _ in range(5)]
            host, port = single.removeprefix("http://").split(":")
            with FaultProxy(host, int(port)) as proxy:
                proxy.drop_responses = 1
                with pytest.raises(requests.ConnectionError):
                    till2.push(more, url=proxy.url)
            retry = till2.push(more, url=pair)
            assert [r["status"] for r in retry.json()["results"]] == ["duplicate"] * 5

            # 4. A server killed before its commit leaves nothing; the retry through the pair applies once.
            last = [till2.sale(("SKU-5", "1")) for _ in range(4)]
            with serve(pg_url, fault="exit_before_commit") as (doomed, doomed_url):
                with pytest.raises(requests.ConnectionError):
                    till2.push(last, url=doomed_url)
                doomed.wait(20)
            assert _sales(db) == 35
            applied = till2.push(last, url=pair)
            assert [r["status"] for r in applied.json()["results"]] == ["applied"] * 4

            # 5. One web order number placed through both servers at once.
            with db.write() as session:
                shop = {"X-Api-Key": create_api_key(session, "shop")}
            order = {
                "order_number": "W-1",
                "pickup_store_id": "S001",
                "currency": "EUR",
                "paid": True,
                "customer": {"customer_id": "C1", "name": "Julia"},
                "lines": [{"sku": "SKU-1", "quantity": "3", "unit_price_minor": 999}],
            }
            placed: list[int] = []
            gate = threading.Barrier(6)

            def place(url: str) -> None:
                gate.wait()
                placed.append(
                    requests.post(f"{url}/v1/web-orders", json=order, headers=shop, timeout=30).status_code
                )

            threads = [threading.Thread(target=place, args=(pair if i % 2 else single,)) for i in range(6)]
            for t in threads:
                t.start()
            for t in threads:
                t.join()
            assert sorted(placed) == [200] * 5 + [201]
        assert _sales(db) == 39
        assert level(db, "S001", "SKU-2") == 100_000 - 30_000
        assert level(db, "S001", "SKU-4") == 100_000 - 10_000
        assert level(db, "S001", "SKU-5") == 100_000 - 4_000
        assert_ledger_matches_levels(db)
    finally:
        db.dispose()
