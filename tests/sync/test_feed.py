"""Pulling: the snapshot bootstrap, feed pages applied with their cursor in one transaction, 410."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import text

from backend.services.catalogue import PriceRow, ProductRow, upsert_prices, upsert_products
from backend.services.feed import FeedWriter, prune
from backend.services.stock import StockLedger
from contract.feed import Change, ChangePage
from sync.client import BackendClient
from terminal.storage import catalogue
from terminal.storage.feed_apply import apply_page
from terminal.storage.sync_state import read_cursor
from tests.support.till import SEED_PRODUCTS, open_till
from tests.sync.conftest import SCOPE, Backend, make_engine
from tests.sync.sales import PRODUCTS, outbox_counts, queue_sales


def local(db, sql: str):  # type: ignore[no-untyped-def]
    with db.read() as session:
        return session.execute(text(sql)).all()


def test_empty_till_bootstraps_from_the_snapshot(tmp_path: Path, client: BackendClient) -> None:
    till = open_till(tmp_path / "empty.sqlite3", seed=False)
    try:
        sync, _ = make_engine(till, client, snapshot_limit=70)  # several pages per entity
        assert sync.step()
        assert local(till.db, "SELECT count(*) FROM product")[0][0] == SEED_PRODUCTS
        with till.db.read() as session:
            found = catalogue.find_by_barcode(session, PRODUCTS[5].barcode)
            hits = catalogue.search_products(session, PRODUCTS[5].name.split()[0])
        assert found is not None
        assert found.price_minor == PRODUCTS[5].price_minor
        assert found.active
        assert hits
        assert (
            local(till.db, "SELECT count(*) FROM stock_level WHERE store_id = 'S001'")[0][0] == SEED_PRODUCTS
        )
        assert local(till.db, "SELECT count(*) FROM customer")[0][0] == 8  # 3 + 5 with web orders
        assert read_cursor(till.db)
    finally:
        till.db.close()


def test_feed_brings_products_prices_and_stock(till, client: BackendClient, backend: Backend) -> None:  # type: ignore[no-untyped-def]
    sync, _ = make_engine(till, client)
    assert sync.step()
    before = read_cursor(till.db)
    sku = PRODUCTS[0].sku
    with backend.db.write() as session:
        feed = FeedWriter(session)
        upsert_products(
            session,
            [ProductRow(sku="NEW-1", name="Neuer Hammer", vat_code="A", barcodes=("2999999999992",))],
            feed,
        )
        upsert_prices(
            session, [PriceRow("NEW-1", "DE", 1999, "EUR"), PriceRow(sku, "store:S001", 111, "EUR")], feed
        )
        ledger = StockLedger(session)
        ledger.move(store_id="S001", sku=sku, qty_milli=-2000, reason="adjustment", source="t", source_line=1)
        ledger.flush(feed, source="t")
        feed.flush()
    assert sync.step()
    assert read_cursor(till.db) != before
    with till.db.read() as session:
        new = catalogue.get_product(session, "NEW-1")
        old = catalogue.get_product(session, sku)
        by_code = catalogue.find_by_barcode(session, "2999999999992")
    assert new is not None
    assert new.price_minor == 1999
    assert new.active
    assert by_code is not None
    assert old is not None
    assert old.price_minor == 111
    with backend.db.write() as session:  # a later list price does not beat the store price
        upsert_prices(session, [PriceRow(sku, "DE", 999, "EUR")], feed := FeedWriter(session))
        feed.flush()
    assert sync.step()
    with till.db.read() as session:
        assert catalogue.get_product(session, sku).price_minor == 111  # type: ignore[union-attr]
    (level,) = local(till.db, f"SELECT on_hand FROM stock_level WHERE sku = '{sku}' AND store_id = 'S001'")
    assert Decimal(level[0]) == Decimal(9 - 2)  # seeded 5 + (0 * 7 + 4) % 40 = 9


def test_a_failing_page_leaves_the_old_cursor_and_no_change(till) -> None:  # type: ignore[no-untyped-def]
    sku = PRODUCTS[1].sku
    with till.db.write() as session:
        session.execute(text("INSERT INTO sync_state (key, value) VALUES ('feed.cursor', 'v1.1.1')"))
    page = ChangePage(
        changes=[
            Change(entity="stock", key=sku, version=9, op="upsert",
                   data={"sku": sku, "on_hand": "77", "reserved": "0", "available": "77"}),
            Change(entity="product", key="BAD", version=1, op="upsert",
                   data={"sku": "BAD", "name": "x", "vat_code": "A", "unit": "box"}),  # refused by a CHECK
        ],
        next_cursor="v1.5.5",
        has_more=False,
    )  # fmt: skip
    with pytest.raises(Exception, match="CHECK"):
        apply_page(till.db, page, scope=SCOPE, now=datetime.now(UTC))
    assert read_cursor(till.db) == "v1.1.1"
    assert local(till.db, f"SELECT on_hand FROM stock_level WHERE sku = '{sku}'")[0][0] != "77"
    good = page.model_copy(update={"changes": page.changes[:1]})
    apply_page(till.db, good, scope=SCOPE, now=datetime.now(UTC))
    apply_page(till.db, good, scope=SCOPE, now=datetime.now(UTC))  # a page applied twice: same state
    assert read_cursor(till.db) == "v1.5.5"
    assert local(till.db, f"SELECT on_hand FROM stock_level WHERE sku = '{sku}'")[0][0] == "77"


def test_expired_cursor_rebootstraps_and_keeps_pending_sales(
    till, client: BackendClient, backend: Backend
) -> None:  # type: ignore[no-untyped-def]
    sync, _ = make_engine(till, client, snapshot_limit=100)
    assert sync.step()
    with backend.db.write() as session:  # a change, then the feed is pruned past the till's cursor
        upsert_products(session, [ProductRow(sku=PRODUCTS[2].sku, name="Umbenannt Spezial", vat_code="A")],
                        feed := FeedWriter(session))  # fmt: skip
        feed.flush()
    with backend.db.write() as session:
        prune(session, datetime.now(UTC) + timedelta(days=1))
    with till.db.write() as session:  # a product the server no longer has
        session.execute(
            text("UPDATE product SET updated_at = '2000-01-01T00:00:00.000000+00:00' WHERE sku = 'GHOST'")
        )
    client_url = client.base_url
    client.base_url = "http://127.0.0.1:9"  # offline while selling: the sales stay pending
    queue_sales(till.db, 3)
    assert not sync.step()
    client.base_url = client_url
    sync.push = lambda: 0  # type: ignore[method-assign]  # pull only: prove the 410 path keeps the outbox
    assert sync.step()
    assert outbox_counts(till.db)["pending"] == 3
    with till.db.read() as session:
        hits = catalogue.search_products(session, "Umbenannt")
    assert [h.sku for h in hits] == [PRODUCTS[2].sku]
    assert read_cursor(till.db)
