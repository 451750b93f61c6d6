"""Fixtures: `backend_db_url` over SQLite and (with STORE_TEST_PG_URL) PostgreSQL, a tiny chain, a server.

PostgreSQL isolation: one fresh database per test session (created from the URL's database, dropped
at the end), migrated once, truncated between tests.
"""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url

from backend.app import create_app
from backend.db import Database
from backend.migrate import upgrade
from backend.models import Base
from backend.services.catalogue import (
    PriceRow,
    ProductRow,
    ensure_store,
    set_vat_rates,
    upsert_prices,
    upsert_products,
)
from backend.services.feed import FeedWriter
from backend.services.security import create_api_key
from backend.services.stock import StockLedger
from backend.settings import Settings
from tests.backend.tills import Till
from tests.support.server import serve_in_thread

PG_URL = os.environ.get("STORE_TEST_PG_URL")
DB_KINDS = ["sqlite", *(["postgres"] if PG_URL else [])]


@pytest.fixture(scope="session")
def pg_session_url() -> Iterator[str | None]:
    if not PG_URL:
        yield None
        return
    url = make_url(PG_URL)
    name = f"store_test_{uuid.uuid4().hex[:10]}"
    admin = (
        f"host={url.host or '127.0.0.1'} port={url.port or 5432} user={url.username} dbname={url.database}"
    )
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    test_url = url.set(database=name).render_as_string(hide_password=False)
    upgrade(test_url)
    yield test_url
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _truncate(url: str) -> None:
    db = Database(url)
    tables = ", ".join(f'"{t.name}"' for t in Base.metadata.sorted_tables)
    with db.write() as session:
        session.execute(text(f"TRUNCATE {tables} RESTART IDENTITY CASCADE"))
        session.execute(
            text("INSERT INTO feed_sequencer (channel, last_pos, pruned_through) VALUES ('chain', 0, 0)")
        )
    db.dispose()


@pytest.fixture(scope="session")
def sqlite_migrated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An empty SQLite backend database built by the real migrations, once per session; each test
    gets a copy (migrating costs ~0.25 s, a copy a millisecond)."""
    path = tmp_path_factory.mktemp("backend-template") / "migrated.sqlite3"
    upgrade(f"sqlite:///{path}")
    return path


@pytest.fixture(params=DB_KINDS)
def backend_db_url(
    request: pytest.FixtureRequest, tmp_path: Path, pg_session_url: str | None, sqlite_migrated: Path
) -> str:
    if request.param == "postgres":
        assert pg_session_url is not None
        _truncate(pg_session_url)
        return pg_session_url
    path = tmp_path / "backend.sqlite3"
    shutil.copyfile(sqlite_migrated, path)
    return f"sqlite:///{path}"


@pytest.fixture
def db(backend_db_url: str) -> Iterator[Database]:
    """A small chain: S001 and S002 (DE, EUR), SKU-1..SKU-5; S001 holds 1 of SKU-1 and 10 of the rest."""
    database = Database(backend_db_url)
    with database.write() as session:
        for store_id in ("S001", "S002"):
            ensure_store(
                session,
                store_id=store_id,
                name=f"Store {store_id}",
                country="DE",
                currency="EUR",
                price_list="DE",
            )
        set_vat_rates(session, "DE", {"A": "19", "B": "7"})
        upsert_products(
            session,
            [
                ProductRow(sku=f"SKU-{i}", name=f"Product {i}", vat_code="A", barcodes=(f"400000000000{i}",))
                for i in range(1, 6)
            ],
            None,
        )
        upsert_prices(session, [PriceRow(f"SKU-{i}", "DE", 100 * i + 99, "EUR") for i in range(1, 6)], None)
        ledger = StockLedger(session)
        for i in range(1, 6):
            ledger.move(
                store_id="S001",
                sku=f"SKU-{i}",
                qty_milli=1000 if i == 1 else 10_000,
                reason="adjustment",
                source="test-setup",
                source_line=i,
            )
        ledger.flush(FeedWriter(session), source="test-setup")
    yield database
    database.dispose()


@pytest.fixture
def settings(backend_db_url: str) -> Settings:
    # The pickup schedule runs by hand in the tests (a fake clock, no background writer).
    return Settings(db_url=backend_db_url, max_body_bytes=1024 * 1024, scheduler=False)


@pytest.fixture
def base_url(db: Database, settings: Settings) -> Iterator[str]:
    with serve_in_thread(create_app(settings)) as url:
        yield url


@pytest.fixture
def till(db: Database, base_url: str) -> Till:
    return Till.enrol(db, base_url, "S001", "T01")


__all__ = ["Decimal"]


@pytest.fixture
def shop(db: Database) -> dict[str, str]:
    """The web shop's API key header."""
    with db.write() as session:
        return {"X-Api-Key": create_api_key(session, "test shop")}
