"""Storage fixtures: a real SQLite file in tmp_path, built by the real migrations."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from backend.demo_catalogue import generate_products
from terminal.storage.bulk import bulk_load_products
from terminal.storage.db import Database, open_database

NOW = datetime(2026, 11, 24, 9, 30, tzinfo=UTC)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "till.db"


@pytest.fixture
def db(db_path: Path) -> Iterator[Database]:
    database = open_database(db_path, busy_timeout_s=0.3)
    yield database
    database.close()


@pytest.fixture
def catalogue_db(db: Database) -> Database:
    with db.write() as s:
        bulk_load_products(s, generate_products(2_000), replace=True, updated_at=NOW)
    return db
