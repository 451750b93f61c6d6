"""Database access: one `Database` per URL with a writer and a reader engine.

SQLite (the embedded default): WAL, `synchronous=FULL`, foreign keys, a busy timeout, and
`BEGIN IMMEDIATE` for every writing transaction, so writers queue on the busy handler instead of
failing half-way (the driver's own transaction handling is switched off; we emit BEGIN ourselves,
which also works on Python 3.11). PostgreSQL: psycopg 3, READ COMMITTED, row locks where order
matters. The same code runs on both.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

T = TypeVar("T")

_RETRYABLE_PG_CODES = {"40001", "40P01", "55P03"}


def _sqlite_engine(url: str, *, immediate: bool, pool_size: int) -> Engine:
    engine = create_engine(url, connect_args={"timeout": 30}, pool_size=pool_size, max_overflow=pool_size)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.isolation_level = None  # we emit BEGIN ourselves (Python 3.11 has no autocommit attr)
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA synchronous=FULL")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA busy_timeout=30000")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine


class Database:
    """Engines and session factories for one database URL."""

    def __init__(self, url: str, *, pool_size: int = 10) -> None:
        self.url = url
        self.is_sqlite = url.startswith("sqlite")
        if self.is_sqlite:
            self.writer = _sqlite_engine(url, immediate=True, pool_size=pool_size)
            self.reader = _sqlite_engine(url, immediate=False, pool_size=pool_size)
        else:
            self.writer = create_engine(url, pool_size=pool_size, max_overflow=2 * pool_size)
            self.reader = self.writer
        self._write_sessions = sessionmaker(self.writer, expire_on_commit=False)
        self._read_sessions = sessionmaker(self.reader, expire_on_commit=False)

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One writing transaction: committed on success, rolled back on any exception."""
        with self._write_sessions() as session, session.begin():
            yield session

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A read-only transaction (a consistent snapshot on SQLite WAL)."""
        with self._read_sessions() as session:  # autobegins; closing rolls back
            yield session

    def run_write(self, work: Callable[[Session], T], *, attempts: int = 4) -> T:
        """Run `work` in a writing transaction, retrying deadlocks and lock time-outs."""
        for attempt in range(attempts):
            try:
                with self.write() as session:
                    return work(session)
            except (OperationalError, DBAPIError) as exc:
                if attempt == attempts - 1 or not self._retryable(exc):
                    raise
                time.sleep(0.01 * 2**attempt)
        raise AssertionError("unreachable")  # pragma: no cover

    def _retryable(self, exc: DBAPIError) -> bool:
        if self.is_sqlite:
            return "locked" in str(exc.orig) or "busy" in str(exc.orig)
        code = getattr(exc.orig, "sqlstate", None)
        return code in _RETRYABLE_PG_CODES

    def dispose(self) -> None:
        self.writer.dispose()
        if self.reader is not self.writer:
            self.reader.dispose()
