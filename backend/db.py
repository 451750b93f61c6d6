"""Database access: one `Database` per URL with a writer and a reader engine.

SQLite (the embedded default): WAL, `synchronous=FULL`, foreign keys, a busy timeout, and
`BEGIN IMMEDIATE` for every writing transaction, so writers queue on the busy handler instead of
failing half-way (the driver's own transaction handling is switched off; we emit BEGIN ourselves,
which also works on Python 3.11); writers of one process queue on a FIFO lock before that.
JSON columns are (de)serialised with orjson. PostgreSQL: psycopg 3, READ COMMITTED, row locks where order
matters; reads in autocommit (one round trip per statement, no BEGIN/ROLLBACK). The same code runs on both.
"""

from __future__ import annotations

import json
import os
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

import orjson
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

T = TypeVar("T")

# Deadlock, serialization failure, lock time-out; and a unique violation: every writer re-reads what
# exists when it runs again (two tills sending one sale id at once, two shops one new customer).
_RETRYABLE_PG_CODES = {"40001", "40P01", "55P03", "23505"}


def json_dumps(value: Any) -> str:
    """JSON columns: orjson (several times faster than the stdlib), the stdlib for what orjson refuses."""
    try:
        return orjson.dumps(value, option=orjson.OPT_NON_STR_KEYS).decode()
    except TypeError:  # e.g. integers beyond 64 bits
        return json.dumps(value)


def json_loads(data: str | bytes | bytearray | memoryview) -> Any:
    try:
        return orjson.loads(data)
    except orjson.JSONDecodeError:  # e.g. integers beyond 64 bits written by the fallback above
        return json.loads(data if isinstance(data, str) else bytes(data))


_JSON_ARGS: dict[str, Any] = {"json_serializer": json_dumps, "json_deserializer": json_loads}


class FairLock:
    """A FIFO lock: waiters get it in arrival order (threading.Lock makes no such promise).

    Re-entrant for its owner thread, so a nested writer in the same thread does not deadlock on it.
    """

    def __init__(self) -> None:
        self._mutex = threading.Lock()
        self._waiters: deque[threading.Lock] = deque()
        self._owner: int | None = None
        self._depth = 0

    def acquire(self) -> None:
        me = threading.get_ident()
        with self._mutex:
            if self._owner == me:
                self._depth += 1
                return
            if self._owner is None:
                self._owner, self._depth = me, 1
                return
            gate = threading.Lock()
            gate.acquire()
            self._waiters.append(gate)
        gate.acquire()  # released by the previous owner, who hands the lock over to us
        with self._mutex:
            self._owner, self._depth = me, 1

    def release(self) -> None:
        with self._mutex:
            self._depth -= 1
            if self._depth:
                return
            self._owner = None
            if self._waiters:
                self._owner = -1  # handed over: nobody else may take it before the waiter runs
                self._waiters.popleft().release()

    def __enter__(self) -> None:
        self.acquire()

    def __exit__(self, *_exc: object) -> None:
        self.release()


def _sqlite_engine(url: str, *, immediate: bool, pool_size: int) -> Engine:
    engine = create_engine(
        url, connect_args={"timeout": 30}, pool_size=pool_size, max_overflow=pool_size, **_JSON_ARGS
    )

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
            # Each worker process names its connections, so pg_stat_activity tells the workers apart.
            name = {"application_name": f"store-backend/{os.getpid()}"}
            self.writer = create_engine(
                url, pool_size=pool_size, max_overflow=2 * pool_size, connect_args=name, **_JSON_ARGS
            )
            # Reads run without BEGIN/ROLLBACK (two round trips fewer per read: the terminal token or the
            # web shop's key is read on every request). READ COMMITTED takes a snapshot per statement
            # inside a transaction too, so a read transaction gave no more consistency than this.
            self.reader = self.writer.execution_options(isolation_level="AUTOCOMMIT")
        # SQLite has one writer at a time. Writers of this process queue here in arrival order instead
        # of polling the busy handler (whose sleeps grow to 100 ms and gave a seconds-long p99 tail);
        # other processes still meet BEGIN IMMEDIATE and the busy timeout.
        self._write_lock = FairLock() if self.is_sqlite else None
        self._write_sessions = sessionmaker(self.writer, expire_on_commit=False)
        self._read_sessions = sessionmaker(self.reader, expire_on_commit=False)

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One writing transaction: committed on success, rolled back on any exception."""
        if self._write_lock is None:
            with self._write_sessions() as session, session.begin():
                yield session
            return
        with self._write_lock, self._write_sessions() as session, session.begin():
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
        if self.is_sqlite:  # PostgreSQL's reader shares the writer's pool
            self.reader.dispose()
