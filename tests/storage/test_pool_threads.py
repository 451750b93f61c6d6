"""Background queries on Qt's thread pool reuse one connection per pool thread (no leak per query).

PySide's pool threads drop their Python thread state between jobs, so anything kept in a
`threading.local` vanished and every query opened a new SQLite connection (101 after 100 searches,
~1.5 MB each). The database keys connections by OS thread instead.
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QRunnable, QThreadPool

from terminal.storage import catalogue
from terminal.storage.db import open_database


class _Search(QRunnable):
    def __init__(self, db: object, results: list[int]) -> None:
        super().__init__()
        self._db = db
        self._results = results

    def run(self) -> None:
        with self._db.read() as session:  # type: ignore[attr-defined]
            self._results.append(len(catalogue.search_products(session, "Bo")))


def test_pool_jobs_reuse_their_threads_connections(tmp_path: Path, qapp: object) -> None:
    # pytest-qt's application (a bare QCoreApplication here would break every later Qt widget test)
    db = open_database(tmp_path / "till.sqlite3")
    try:
        pool = QThreadPool()
        pool.setMaxThreadCount(2)
        results: list[int] = []
        for _ in range(60):
            pool.start(_Search(db, results))
        pool.waitForDone()
        assert len(results) == 60
        assert db._readers.count() <= 3  # two pool threads (+ at most one more)
    finally:
        db.close()


def test_many_short_lived_threads_do_not_accumulate_connections(tmp_path: Path) -> None:
    db = open_database(tmp_path / "till.sqlite3")
    try:

        def job() -> None:
            with db.read() as session:
                catalogue.search_products(session, "Mil")

        for _ in range(40):
            t = threading.Thread(target=job)
            t.start()
            t.join()
        assert db._readers.count() <= db._readers.MAX_IDLE + 1
    finally:
        db.close()
