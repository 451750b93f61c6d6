"""Change feed and snapshot: paging, 410 after retention, consistent snapshot cursor, late commits."""

from __future__ import annotations

import random
import threading
import time
import uuid
from datetime import timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from backend.db import Database
from backend.models import utcnow
from backend.services import feed
from backend.services.catalogue import ProductRow, upsert_customer, upsert_products
from backend.services.stock import StockLedger
from tests.backend.tills import Till


def follow(till: Till, cursor: str | None, limit: int) -> tuple[list[dict[str, object]], str]:
    seen: list[dict[str, object]] = []
    while True:
        page = till.get("/v1/stores/S001/changes", cursor=cursor, limit=limit)
        assert page.status_code == 200, page.text
        body = page.json()
        seen.extend(body["changes"])
        cursor = body["next_cursor"]
        if not body["has_more"]:
            return seen, str(cursor)


def test_feed_pages_through_every_change_once(db: Database, till: Till) -> None:
    start = till.get("/v1/stores/S001/snapshot").json()["cursor"]
    assert till.push([till.sale(("SKU-2", "1")), till.sale(("SKU-3", "1")), till.sale(("SKU-4", "1"))]).ok
    with db.write() as session:
        writer = feed.FeedWriter(session)
        upsert_customer(session, customer_id="C9", name="Eva", email=None, phone=None, feed=writer)
        writer.flush()
    changes, cursor = follow(till, start, limit=2)
    assert sorted((c["entity"], c["key"]) for c in changes) == [
        ("customer", "C9"),
        ("stock", "SKU-2"),
        ("stock", "SKU-3"),
        ("stock", "SKU-4"),
    ]
    stock = next(c for c in changes if c["key"] == "SKU-3")
    assert stock["data"] == {"sku": "SKU-3", "on_hand": "9", "reserved": "0", "available": "9"}
    again, same = follow(till, cursor, limit=100)
    assert again == []
    assert same == cursor
    assert till.get("/v1/stores/S001/changes", cursor="garbage").status_code == 400
    assert till.get("/v1/stores/S001/changes", limit=0).status_code == 422


def test_cursor_older_than_retention_answers_410(db: Database, till: Till) -> None:
    old = "v1.0.0"
    assert till.push([till.sale(("SKU-2", "1"))]).ok
    with db.write() as session:
        assert feed.prune(session, utcnow() + timedelta(seconds=1)) > 0
    gone = till.get("/v1/stores/S001/changes", cursor=old)
    assert gone.status_code == 410
    assert gone.json()["error"] == "feed.cursor_expired"
    fresh = till.get("/v1/stores/S001/snapshot").json()["cursor"]
    assert till.get("/v1/stores/S001/changes", cursor=fresh).status_code == 200


def test_snapshot_pages_rows_and_gives_the_cursor_to_continue_from(db: Database, till: Till) -> None:
    manifest = till.get("/v1/stores/S001/snapshot").json()
    assert "products" in manifest["entities"]
    rows, after = [], None
    while True:
        page = till.get(
            "/v1/stores/S001/snapshot", entity="products", limit=2, **({"after": after} if after else {})
        )
        body = page.json()
        rows.extend(body["rows"])
        after = body["next_after"]
        if after is None:
            break
    assert [r[0] for r in rows] == [f"SKU-{i}" for i in range(1, 6)]
    assert rows[0][body["columns"].index("list_price_minor")] == 199
    stock = till.get("/v1/stores/S001/snapshot", entity="stock").json()
    assert {r[0]: r[1] for r in stock["rows"]}["SKU-1"] == 1000
    assert till.get("/v1/stores/S001/snapshot", entity="nope").status_code == 422
    assert till.push([till.sale(("SKU-5", "1"))]).ok
    changes, _ = follow(till, manifest["cursor"], limit=50)
    assert [c["key"] for c in changes] == ["SKU-5"]


@pytest.mark.postgres
@settings(max_examples=6, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    writers=st.lists(
        st.tuples(st.floats(0, 0.05), st.floats(0, 0.05), st.booleans()), min_size=4, max_size=14
    )
)
def test_reader_following_the_cursor_misses_nothing_under_concurrent_writers(
    backend_db_url: str, db: Database, till: Till, writers: list[tuple[float, float, bool]]
) -> None:
    if not backend_db_url.startswith("postgresql"):
        pytest.skip("the concurrent-writer property runs on PostgreSQL")
    run = uuid.uuid4().hex[:8]
    cursor = till.get("/v1/stores/S001/snapshot").json()["cursor"]
    written: list[tuple[str, str]] = []
    lock = threading.Lock()

    def write(index: int, before: float, holding: float, chain: bool) -> None:
        with db.write() as session:
            time.sleep(before)  # the transaction is open, doing other work
            writer = feed.FeedWriter(session)
            ledger = StockLedger(session)
            ledger.move(
                store_id="S001",
                sku=f"P-{run}-{index}",
                qty_milli=1000,
                reason="adjustment",
                source=f"prop:{run}",
                source_line=index,
            )
            ledger.flush(writer, source=f"prop:{run}")
            if chain:
                upsert_customer(
                    session, customer_id=f"C-{run}-{index}", name="x", email=None, phone=None, feed=writer
                )
            writer.flush()
            time.sleep(holding * random.random())  # positions taken, commit comes late
        with lock:
            written.append(("stock", f"P-{run}-{index}"))
            if chain:
                written.append(("customer", f"C-{run}-{index}"))

    threads = [threading.Thread(target=write, args=(i, *w)) for i, w in enumerate(writers)]
    for t in threads:
        t.start()
    seen: list[tuple[str, str]] = []
    while any(t.is_alive() for t in threads):
        changes, cursor = follow(till, cursor, limit=3)
        seen.extend((str(c["entity"]), str(c["key"])) for c in changes)
    for t in threads:
        t.join()
    changes, cursor = follow(till, cursor, limit=3)
    seen.extend((str(c["entity"]), str(c["key"])) for c in changes)
    assert sorted(seen) == sorted(written)
    assert len(seen) == len(set(seen))


def test_a_products_page_can_carry_its_barcodes_and_popularity(db: Database, till: Till) -> None:
    with db.write() as session:
        row = ProductRow(sku="SKU-3", name="Product 3", vat_code="A", popularity=77)
        upsert_products(session, [row], None)
    seen: dict[str, list[str]] = {}
    after = None
    while True:
        page = till.get(
            "/v1/stores/S001/snapshot",
            entity="products",
            limit=2,
            include="barcodes",
            **({"after": after} if after else {}),
        )
        assert page.status_code == 200
        assert "db;dur=" in page.headers["Server-Timing"]
        body = page.json()
        skus = {row[0] for row in body["rows"]}
        assert {sku for _code, sku in body["barcodes"]} == skus  # exactly this page's products
        for code, sku in body["barcodes"]:
            seen.setdefault(sku, []).append(code)
        popularity = {row[0]: row[body["columns"].index("popularity")] for row in body["rows"]}
        if "SKU-3" in popularity:
            assert popularity["SKU-3"] == 77
        after = body["next_after"]
        if after is None:
            break
    assert seen == {f"SKU-{i}": [f"400000000000{i}"] for i in range(1, 6)}
    plain = till.get("/v1/stores/S001/snapshot", entity="products").json()
    assert "barcodes" not in plain
    refused = till.get("/v1/stores/S001/snapshot", entity="stock", include="barcodes")
    assert refused.status_code == 422
    assert refused.json()["error"] == "snapshot.unknown_include"
