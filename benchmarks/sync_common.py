"""Shared by the sync benchmarks: a seeded backend file (built once, cached), served on loopback,
and an enrolled empty till database."""

from __future__ import annotations

import shutil
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks._support import DEFAULT_DB
from sync.client import BackendClient
from terminal.storage.db import Database, open_database
from terminal.storage.feed_apply import FeedScope

SCOPE = FeedScope(store_id="S001", price_list="DE", currency="EUR")


def now() -> datetime:
    return datetime.now(UTC)


def seeded_backend(products: int) -> Path:
    """A backend SQLite file with the demo chain of `products` products (built once per size)."""
    from backend.db import Database as BackendDb
    from backend.migrate import upgrade
    from backend.services.seed import seed_demo

    # v2: product.popularity (backend migration 0002); older cached files lack it
    target = DEFAULT_DB.parent / f"backend-v2-{products}.sqlite3"
    if not target.exists():
        target.parent.mkdir(parents=True, exist_ok=True)
        print(f"seeding {target} with {products:,} products (once) ...", flush=True)
        tmp = target.with_suffix(".tmp")
        tmp.unlink(missing_ok=True)
        upgrade(f"sqlite:///{tmp}")
        db = BackendDb(f"sqlite:///{tmp}")
        seed_demo(db, products=products, stocked=min(products, 10_000))
        db.dispose()
        tmp.rename(target)
    return target


@contextmanager
def backend_and_till(products: int) -> Iterator[tuple[BackendClient, Database, str]]:
    """A copy of the seeded backend served on loopback, an enrolled client, an empty till database."""
    import warnings

    from backend.app import create_app
    from backend.db import Database as BackendDb
    from backend.services.security import issue_enroll_code
    from backend.settings import Settings
    from tests.support.server import serve_in_thread

    warnings.filterwarnings("ignore", category=DeprecationWarning)
    work = Path(tempfile.mkdtemp(prefix="sync-bench-"))
    try:
        shutil.copy(seeded_backend(products), work / "backend.sqlite3")
        url = f"sqlite:///{work / 'backend.sqlite3'}"
        bdb = BackendDb(url)
        with bdb.write() as session:
            code = issue_enroll_code(session, store_id="S001", terminal_id="T01", ttl_minutes=60)
        with serve_in_thread(create_app(Settings(db_url=url))) as base:
            client = BackendClient(base, read_timeout=120)
            client.token = client.enroll(code).token
            till = open_database(work / "till.sqlite3")
            try:
                yield client, till, url
            finally:
                till.close()
                client.close()
        bdb.dispose()
    finally:
        shutil.rmtree(work, ignore_errors=True)
