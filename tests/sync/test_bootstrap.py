"""The initial bootstrap's fast path: products with their barcodes in one stream, popularity, fallbacks."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, text, update

from backend.models import Barcode, Product, WebOrder
from contract.pickup import code_check
from sync import snapshot_io
from sync.bootstrap import initial_bootstrap
from sync.client import BackendClient
from sync.errors import SyncError
from sync.snapshot_io import Timings
from terminal.storage import catalogue, web_orders
from tests.support.till import SEED_PRODUCTS, open_till
from tests.sync.conftest import SCOPE, Backend, utc_now


def _local(db: Any, sql: str) -> list[Any]:
    with db.read() as session:
        return list(session.execute(text(sql)).all())


def _broad_word(backend: Backend) -> tuple[str, str]:
    """A word in many product names, and the product with that word that comes LAST by sku."""
    with backend.db.read() as session:
        names = session.execute(select(Product.sku, Product.name).order_by(Product.sku)).all()
    words = Counter(
        w for _sku, name in names for w in {w for w in name.split() if len(w) >= 4 and w.isalpha()}
    )
    word, hits = words.most_common(1)[0]
    assert hits >= 5
    last = [sku for sku, name in names if word in name.split()][-1]
    return word, last


def test_after_a_bootstrap_a_broad_search_shows_the_most_popular_product_first(
    tmp_path: Path, client: BackendClient, backend: Backend
) -> None:
    word, favourite = _broad_word(backend)
    with backend.db.write() as session:
        session.execute(update(Product).where(Product.sku == favourite).values(popularity=10**9))
    till = open_till(tmp_path / "empty.sqlite3", seed=False)
    try:
        initial_bootstrap(till.db, client, scope=SCOPE, now=utc_now(), page_limit=70)
        with till.db.read() as session:
            hits = catalogue.search_products(session, word)
        assert len(hits) >= 5
        assert hits[0].sku == favourite
        assert hits[0].popularity == 10**9
        popularity = [h.popularity for h in hits]
        assert popularity == sorted(popularity, reverse=True)
    finally:
        till.db.close()


def test_products_come_with_their_barcodes_and_the_till_keeps_its_triggers_and_keys(
    tmp_path: Path, client: BackendClient, backend: Backend
) -> None:
    timings = Timings()
    asked: list[tuple[str, tuple[str, ...]]] = []
    real = snapshot_io.fetch_page

    def spy(*args: Any, **kwargs: Any) -> Any:
        asked.append((args[2], kwargs.get("include", ())))
        return real(*args, **kwargs)

    till = open_till(tmp_path / "empty.sqlite3", seed=False)
    try:
        with pytest.MonkeyPatch.context() as mp:
            mp.setattr(snapshot_io, "fetch_page", spy)
            count = initial_bootstrap(
                till.db, client, scope=SCOPE, now=utc_now(), page_limit=70, timings=timings
            )
        assert count == SEED_PRODUCTS
        assert ("barcodes", ()) not in asked  # they came with the products
        assert ("products", ("barcodes",)) in asked
        with backend.db.read() as session:
            expected = {tuple(r) for r in session.execute(select(Barcode.code, Barcode.sku))}
        assert set(_local(till.db, "SELECT barcode, sku FROM product_barcode")) == expected
        assert _local(till.db, "SELECT count(*) FROM product_fts WHERE product_fts MATCH 'sku'") is not None
        triggers = {r[0] for r in _local(till.db, "SELECT name FROM sqlite_master WHERE type = 'trigger'")}
        assert {"product_fts_ai", "product_fts_ad", "product_fts_au"} <= triggers
        assert _local(till.db, "SELECT name FROM sqlite_master WHERE name = 'ix_product_barcode_sku'")
        assert till.db.pragma("foreign_keys") == 1
        with till.db.read() as session:
            rows = session.execute(text("PRAGMA foreign_key_check")).all()
        assert rows == []
        assert timings.get("insert.products") > 0
        assert timings.get("server.db.products") > 0
        assert timings.get("fts") > 0
    finally:
        till.db.close()


def test_a_backend_without_include_falls_back_to_the_barcodes_entity(
    tmp_path: Path, client: BackendClient, backend: Backend
) -> None:
    real = snapshot_io.fetch_page

    def old_backend(*args: Any, **kwargs: Any) -> Any:
        page = real(*args, **{**kwargs, "include": ()})
        return page.model_copy(update={"barcodes": None})

    till = open_till(tmp_path / "empty.sqlite3", seed=False)
    try:
        with pytest.MonkeyPatch.context() as mp:
            mp.setattr(snapshot_io, "fetch_page", old_backend)
            initial_bootstrap(till.db, client, scope=SCOPE, now=utc_now(), page_limit=70)
        assert _local(till.db, "SELECT count(*) FROM product_barcode")[0][0] == SEED_PRODUCTS
        with till.db.read() as session:
            assert session.execute(text("PRAGMA foreign_key_check")).all() == []
    finally:
        till.db.close()


def test_a_failed_bootstrap_leaves_the_till_as_it_was(tmp_path: Path, client: BackendClient) -> None:
    till = open_till(tmp_path / "seeded.sqlite3", seed=True)
    try:
        before = _local(till.db, "SELECT count(*) FROM product")[0][0]
        real = snapshot_io.fetch_page
        calls = 0

        def flaky(*args: Any, **kwargs: Any) -> Any:
            nonlocal calls
            calls += 1
            if calls == 3:
                raise SyncError("sync.offline", "cable pulled")
            return real(*args, **kwargs)

        with pytest.MonkeyPatch.context() as mp:
            mp.setattr(snapshot_io, "fetch_page", flaky)
            with pytest.raises(SyncError):
                initial_bootstrap(till.db, client, scope=SCOPE, now=utc_now(), page_limit=70)
        assert _local(till.db, "SELECT count(*) FROM product")[0][0] == before
        triggers = _local(
            till.db, "SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'product'"
        )[0][0]
        assert triggers == 3
        assert till.db.pragma("foreign_keys") == 1
        with till.db.read() as session:
            assert catalogue.search_products(session, "ab") is not None
    finally:
        till.db.close()


def test_the_feed_brings_popularity_with_a_product_change(
    till: Any, client: BackendClient, backend: Backend
) -> None:
    from backend.services.catalogue import ProductRow, upsert_products
    from backend.services.feed import FeedWriter
    from tests.sync.conftest import make_engine

    sync, _ = make_engine(till, client)
    assert sync.step()
    with backend.db.write() as session:
        feed = FeedWriter(session)
        row = ProductRow(sku="NEW-9", name="Zange Spezial", vat_code="A", popularity=4242)
        upsert_products(session, [row], feed)
        feed.flush()
    assert sync.step()
    with till.db.read() as session:
        found = catalogue.get_product(session, "NEW-9")
    assert found is not None
    assert found.popularity == 4242


def test_a_till_set_up_today_can_hand_over_orders_placed_before(
    tmp_path: Path, client: BackendClient, backend: Backend
) -> None:
    with backend.db.read() as session:
        order = session.get(WebOrder, "W-100001")  # the demo chain's open order at S001
        assert order is not None
        code = order.pickup_code
    till = open_till(tmp_path / "empty.sqlite3", seed=False)
    try:
        initial_bootstrap(till.db, client, scope=SCOPE, now=utc_now(), page_limit=70)
        with till.db.read() as session:
            found = web_orders.head(session, "W-100001")
            lines = web_orders.lines(session, "W-100001")
        assert found is not None
        assert found.state in ("placed", "picking", "ready")
        assert found.code_check == code_check("W-100001", code)  # checkable offline
        assert len(lines) == 1
        assert lines[0].name  # named as the catalogue names it
    finally:
        till.db.close()
