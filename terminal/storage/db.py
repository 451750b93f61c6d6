"""The till's database: one SQLite file, opened durably, with a write path and a read path.

`open_database(path)` takes the single-instance lock file beside the database, opens SQLAlchemy on
SQLite with WAL, `synchronous=FULL`, `foreign_keys=ON`, a busy timeout and a page cache, and runs the
Alembic migrations to head. `with db.write() as s:` is one `BEGIN IMMEDIATE ... COMMIT` (rolled back on
any exception); `with db.read() as s:` is one deferred read transaction (a consistent WAL snapshot that
never blocks the writer).

Connections and threads (the choice, and why):
- Every thread gets its own connections (one writer, one reader), created on first use and never
  handed to another thread. `QueuePool` would pass one connection from thread to thread and
  SQLAlchemy's `SingletonThreadPool` closes connections of other threads at random and is not meant
  for production, so a small per-thread holder over a `NullPool` engine does the job instead.
- One writer at a time: a process-wide lock serialises write transactions between the threads
  (UI/service thread, sync engine, print queue) so they hand over promptly instead of polling in
  SQLite's busy handler; between processes `BEGIN IMMEDIATE` and the lock file do the same.
- Python's `sqlite3` transaction handling is switched off (`isolation_level = None`) and BEGIN is
  emitted from SQLAlchemy's `begin` event (SQLAlchemy's recipe that works on Python 3.11 and 3.12+),
  so the writer really issues `BEGIN IMMEDIATE` and takes the write lock before the first read.
- A database held by another writer beyond the busy timeout surfaces as `TillError("storage.busy")`.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, RootTransaction, create_engine, event
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session
from sqlalchemy.pool import NullPool

from terminal.domain.errors import TillError
from terminal.storage.lockfile import AlreadyRunningError, LockFile, lock_path_for

__all__ = ["AlreadyRunningError", "Database", "open_database"]

DEFAULT_BUSY_TIMEOUT_S = 5.0
# 16 MiB page cache per connection. Scans are single index seeks and the OS page cache keeps the file;
# 64 MiB per connection (writer + readers + pool threads) pushed the till past its 150 MB memory goal.
DEFAULT_CACHE_KIB = 16 * 1024
# Readers run on the UI thread and on pool threads (search as you type); each has its own cache, and a
# broad prefix search touches many pages once. 4 MiB each keeps memory flat; the OS caches the file.
READER_CACHE_KIB = 4 * 1024
_BUSY_MARKERS = ("database is locked", "database is busy", "database table is locked")


Transaction = Session
"""What `Database.write()` and `read()` yield; services name it this way (they never import SQLAlchemy)."""


def is_busy_error(exc: BaseException) -> bool:
    """True for SQLite's SQLITE_BUSY/SQLITE_LOCKED, however SQLAlchemy wrapped it."""
    text = str(getattr(exc, "orig", exc)).lower()
    return any(marker in text for marker in _BUSY_MARKERS)


class _PerThread:
    """One SQLAlchemy Connection per OS thread over one engine, never used by two threads at once.

    Keyed by `threading.get_ident()`, not `threading.local`: Qt's pool threads lose their Python
    thread state (and with it every `threading.local`) between jobs, which leaked one connection per
    background query. Idle connections of other threads are closed once more than `MAX_IDLE` exist;
    a thread whose connection was closed simply opens a new one.
    """

    MAX_IDLE = 8

    def __init__(self, engine: Engine) -> None:
        self._engine = engine
        self._lock = threading.Lock()
        self._conns: dict[int, Connection] = {}
        self._busy: dict[int, int] = {}

    def get(self) -> Connection:
        """This thread's connection (opened on first use)."""
        ident = threading.get_ident()
        with self._lock:
            conn = self._conns.get(ident)
        if conn is not None and not conn.closed:
            return conn
        conn = self._engine.connect()
        with self._lock:
            self._conns[ident] = conn
            stale = self._idle_others(ident) if len(self._conns) > self.MAX_IDLE else []
        for old in stale:
            old.close()
        return conn

    @contextmanager
    def use(self) -> Iterator[Connection]:
        """This thread's connection, marked busy for the block so pruning never closes it."""
        ident = threading.get_ident()
        with self._lock:
            self._busy[ident] = self._busy.get(ident, 0) + 1
        try:
            yield self.get()
        finally:
            with self._lock:
                left = self._busy[ident] - 1
                if left:
                    self._busy[ident] = left
                else:
                    del self._busy[ident]

    def _idle_others(self, ident: int) -> list[Connection]:
        stale = [c for i, c in self._conns.items() if i != ident and i not in self._busy]
        self._conns = {i: c for i, c in self._conns.items() if i == ident or i in self._busy}
        return stale

    def begin(self, conn: Connection) -> RootTransaction:
        """Begin on this thread's connection; a connection whose BEGIN failed is closed, not reused."""
        try:
            return conn.begin()
        except BaseException:
            with self._lock:
                self._conns = {i: c for i, c in self._conns.items() if c is not conn}
            conn.close()
            raise

    def count(self) -> int:
        with self._lock:
            return len(self._conns)

    def close_all(self) -> None:
        with self._lock:
            owned, self._conns = list(self._conns.values()), {}
        for conn in owned:
            conn.close()


def _make_engine(path: Path, *, writer: bool, busy_timeout_s: float, cache_kib: int) -> Engine:
    engine = create_engine(
        f"sqlite:///{path}",
        poolclass=NullPool,
        # check_same_thread is off only so that close() may close every thread's connection at shutdown;
        # _PerThread guarantees that in normal use a connection stays in the thread that opened it.
        connect_args={"timeout": busy_timeout_s, "check_same_thread": False},
    )
    begin_sql = "BEGIN IMMEDIATE" if writer else "BEGIN"

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.isolation_level = None  # the driver never emits BEGIN; the "begin" hook below does
        cur = dbapi_conn.cursor()
        if writer:
            cur.execute("PRAGMA journal_mode=WAL")  # persistent in the file; set by the writer
        cur.execute("PRAGMA synchronous=FULL")  # per connection: a printed receipt is on disk
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute(f"PRAGMA busy_timeout={int(busy_timeout_s * 1000)}")
        cur.execute(f"PRAGMA cache_size=-{int(cache_kib)}")
        cur.execute("PRAGMA temp_store=MEMORY")
        cur.execute("PRAGMA journal_size_limit=67108864")  # keep the -wal file below 64 MiB after checkpoints
        if not writer:
            cur.execute("PRAGMA query_only=ON")  # a read session can never write by mistake
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        conn.exec_driver_sql(begin_sql)

    return engine


class Database:
    """The open till database. Create with `open_database`; share one instance across threads."""

    def __init__(
        self, path: Path, *, lock: LockFile, busy_timeout_s: float = DEFAULT_BUSY_TIMEOUT_S, cache_kib: int
    ) -> None:
        self.path = path
        self.busy_timeout_s = busy_timeout_s
        self._lock = lock
        self._writer_engine = _make_engine(
            path, writer=True, busy_timeout_s=busy_timeout_s, cache_kib=cache_kib
        )
        self._reader_engine = _make_engine(
            path, writer=False, busy_timeout_s=busy_timeout_s, cache_kib=min(cache_kib, READER_CACHE_KIB)
        )
        self._writers = _PerThread(self._writer_engine)
        self._readers = _PerThread(self._reader_engine)
        self._write_lock = threading.Lock()
        self._tls = threading.local()
        self._closed = False

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One `BEGIN IMMEDIATE` transaction: committed when the block ends, rolled back on an exception.

        Raises TillError("storage.busy") when another writer holds the database past the busy timeout.
        Nested write blocks on one thread are a programming error (RuntimeError).
        """
        self._check_open()
        if getattr(self._tls, "writing", False):
            raise RuntimeError("nested db.write() on one thread; pass the session down instead")
        if not self._write_lock.acquire(timeout=self.busy_timeout_s):
            raise TillError("storage.busy")
        self._tls.writing = True
        try:
            with _busy_as_till_error(), self._writers.use() as conn:
                trans = self._writers.begin(conn)
                session = Session(bind=conn, join_transaction_mode="rollback_only", expire_on_commit=False)
                try:
                    yield session
                    session.flush()
                    trans.commit()
                except BaseException:
                    if trans.is_active:
                        trans.rollback()
                    raise
                finally:
                    session.close()
        finally:
            self._tls.writing = False
            self._write_lock.release()

    @contextmanager
    def read(self) -> Iterator[Session]:
        """One read transaction (a consistent snapshot). Nested reads on a thread share the outer one."""
        self._check_open()
        with _busy_as_till_error(), self._readers.use() as conn:
            trans = None if conn.in_transaction() else self._readers.begin(conn)
            session = Session(bind=conn, join_transaction_mode="rollback_only", autoflush=False)
            try:
                yield session
            finally:
                session.close()
                if trans is not None and trans.is_active:
                    trans.rollback()  # nothing to keep: the reader is query_only

    def writer_connection(self) -> Connection:
        """This thread's writer Connection, outside any transaction (migrations and maintenance only)."""
        self._check_open()
        return self._writers.get()

    def pragma(self, name: str) -> Any:
        """The value of a PRAGMA as the writer connection of this thread sees it (diagnostics, tests)."""
        if not name.replace("_", "").isalnum():
            raise ValueError(f"not a pragma name: {name!r}")
        raw = self.writer_connection().connection.driver_connection
        assert raw is not None
        return raw.execute(f"PRAGMA {name}").fetchone()[0]

    def close(self) -> None:
        """Close every connection and release the lock file. Safe to call twice."""
        if self._closed:
            return
        self._closed = True
        try:
            self._readers.close_all()
            self._writers.close_all()
            self._reader_engine.dispose()
            self._writer_engine.dispose()
        finally:
            self._lock.release()

    @property
    def closed(self) -> bool:
        return self._closed

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _check_open(self) -> None:
        if self._closed:
            raise RuntimeError(f"database {self.path} is closed")


@contextmanager
def _busy_as_till_error() -> Iterator[None]:
    try:
        yield
    except OperationalError as exc:
        if is_busy_error(exc):
            raise TillError("storage.busy") from exc
        raise


def open_database(
    path: Path,
    *,
    migrate: bool = True,
    busy_timeout_s: float = DEFAULT_BUSY_TIMEOUT_S,
    cache_kib: int = DEFAULT_CACHE_KIB,
) -> Database:
    """Lock, open and (by default) migrate the till database at `path`, creating it if needed.

    Raises AlreadyRunningError when another copy of the app holds the database.
    """
    path = Path(path).resolve()
    path.parent.mkdir(parents=True, exist_ok=True)
    lock = LockFile(lock_path_for(path))
    lock.acquire()
    try:
        db = Database(path, lock=lock, busy_timeout_s=busy_timeout_s, cache_kib=cache_kib)
    except BaseException:
        lock.release()
        raise
    try:
        if migrate:
            from terminal.storage.migrate import upgrade_to_head

            upgrade_to_head(db)
    except BaseException:
        db.close()
        raise
    return db
