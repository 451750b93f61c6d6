"""Fixtures: a real backend (SQLite, demo chain of 300 products) on a loopback port, a real till
database (tests/support/till.py), enrolled with a real code, and a SyncEngine between them."""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pytest

from backend.app import create_app
from backend.db import Database as BackendDb
from backend.migrate import upgrade
from backend.services.security import issue_enroll_code
from backend.services.seed import seed_demo
from backend.settings import Settings
from sync.client import BackendClient
from sync.engine import SyncEngine, SyncReport
from terminal.storage.feed_apply import FeedScope
from tests.support.server import serve_in_thread
from tests.support.till import SEED_PRODUCTS, Till, open_till

SCOPE = FeedScope(store_id="S001", price_list="DE", currency="EUR")


def utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass
class Backend:
    db: BackendDb
    url: str

    def enroll_code(self, terminal_id: str = "T01") -> str:
        with self.db.write() as session:
            return issue_enroll_code(session, store_id="S001", terminal_id=terminal_id, ttl_minutes=60)


@pytest.fixture(scope="session")
def backend_seeded(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One seeded backend file per session; each test copies it (seeding costs more than a copy)."""
    path = tmp_path_factory.mktemp("backend") / "seeded.sqlite3"
    upgrade(f"sqlite:///{path}")
    db = BackendDb(f"sqlite:///{path}")
    seed_demo(db, products=SEED_PRODUCTS, stocked=SEED_PRODUCTS)
    db.dispose()
    return path


@pytest.fixture
def backend(backend_seeded: Path, tmp_path: Path) -> Iterator[Backend]:
    path = tmp_path / "backend.sqlite3"
    path.write_bytes(backend_seeded.read_bytes())
    url = f"sqlite:///{path}"
    db = BackendDb(url)
    with serve_in_thread(create_app(Settings(db_url=url))) as base_url:
        yield Backend(db=db, url=base_url)
    db.dispose()


@pytest.fixture
def till(tmp_path: Path) -> Iterator[Till]:
    till = open_till(tmp_path / "till.sqlite3")
    yield till
    till.db.close()


@pytest.fixture
def client(backend: Backend) -> Iterator[BackendClient]:
    client = BackendClient(backend.url, read_timeout=20)
    client.token = client.enroll(backend.enroll_code()).token
    yield client
    client.close()


@dataclass
class Recorder:
    states: list[SyncReport]

    def __call__(self, status: SyncReport) -> None:
        self.states.append(status)


def make_engine(till: Till, client: BackendClient, **kwargs: object) -> tuple[SyncEngine, Recorder]:
    recorder = Recorder([])
    engine = SyncEngine(
        db=till.db,
        client=client,
        terminal_id="T01",
        scope=SCOPE,
        clock=utc_now,
        on_state=recorder,
        first_retry=0.01,
        max_retry=0.05,
        poll_interval=0.05,
        rng=random.Random(1),
        **kwargs,  # type: ignore[arg-type]
    )
    return engine, recorder


@pytest.fixture
def engine(till: Till, client: BackendClient) -> tuple[SyncEngine, Recorder]:
    return make_engine(till, client)
