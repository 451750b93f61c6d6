"""The database opens durably, writes with BEGIN IMMEDIATE, maps busy to storage.busy, refuses a twin."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest
from sqlalchemy import text

from terminal.domain.errors import TillError
from terminal.storage.db import Database, open_database
from terminal.storage.lockfile import AlreadyRunningError
from terminal.storage.migrate import head_revision


def test_pragmas_are_really_set(db: Database) -> None:
    assert db.pragma("journal_mode") == "wal"
    assert db.pragma("synchronous") == 2  # FULL
    assert db.pragma("foreign_keys") == 1
    assert db.pragma("busy_timeout") == 300
    assert db.pragma("cache_size") < 0  # in KiB
    with db.read() as s:  # the reader connection is configured the same way, and read-only
        assert s.execute(text("PRAGMA synchronous")).scalar() == 2
        assert s.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert s.execute(text("PRAGMA query_only")).scalar() == 1


def test_write_takes_the_write_lock_at_begin(db: Database, db_path: Path) -> None:
    other = sqlite3.connect(db_path, timeout=0.05, isolation_level=None)
    try:
        # Nothing written yet: only BEGIN IMMEDIATE (not a deferred BEGIN) already holds the lock.
        with db.write(), pytest.raises(sqlite3.OperationalError, match="locked"):
            other.execute("BEGIN IMMEDIATE")
        other.execute("BEGIN IMMEDIATE")  # free again after commit
        other.execute("ROLLBACK")
    finally:
        other.close()


def test_a_writer_held_elsewhere_surfaces_as_storage_busy(db: Database, db_path: Path) -> None:
    other = sqlite3.connect(db_path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(TillError) as caught, db.write():
            pass
        assert caught.value.code == "storage.busy"
        with db.read() as s:  # WAL readers are never blocked by the writer
            assert s.execute(text("SELECT count(*) FROM outbox")).scalar() == 0
    finally:
        other.execute("ROLLBACK")
        other.close()
    with db.write() as s:  # and the till recovers once the other writer is gone
        s.execute(text("INSERT INTO sync_state (key, value) VALUES ('k', 'v')"))


def test_writers_on_two_threads_wait_for_each_other(db: Database) -> None:
    entered, release = threading.Event(), threading.Event()
    errors: list[BaseException] = []

    def hold() -> None:
        try:
            with db.write() as s:
                s.execute(text("INSERT INTO sync_state (key, value) VALUES ('a', '1')"))
                entered.set()
                release.wait(5)
        except BaseException as exc:  # reported to the main thread below
            errors.append(exc)

    worker = threading.Thread(target=hold)
    worker.start()
    assert entered.wait(5)
    with pytest.raises(TillError, match=r"storage\.busy"), db.write():
        pass
    release.set()
    worker.join(5)
    assert not errors
    with db.write() as s:
        s.execute(text("INSERT INTO sync_state (key, value) VALUES ('b', '2')"))
    with db.read() as s:
        assert s.execute(text("SELECT count(*) FROM sync_state")).scalar() == 2


def test_an_exception_rolls_the_write_back(db: Database) -> None:
    def failing_write() -> None:
        with db.write() as s:
            s.execute(text("INSERT INTO sync_state (key, value) VALUES ('x', 'y')"))
            _ = 1 / 0

    with pytest.raises(ZeroDivisionError):
        failing_write()
    with db.read() as s:
        assert s.execute(text("SELECT count(*) FROM sync_state")).scalar() == 0


def test_nested_write_on_one_thread_is_refused(db: Database) -> None:
    with db.write(), pytest.raises(RuntimeError, match="nested"), db.write():
        pass


def test_second_open_of_the_same_database_refuses(db: Database, db_path: Path) -> None:
    with pytest.raises(AlreadyRunningError) as caught:
        open_database(db_path)
    assert caught.value.code == "storage.already_running"
    db.close()
    again = open_database(db_path)  # the lock goes with the Database
    again.close()


def test_reopen_keeps_data_and_skips_migrations(db_path: Path) -> None:
    with open_database(db_path) as first, first.write() as s:
        s.execute(text("INSERT INTO sync_state (key, value) VALUES ('cursor', '42')"))
    with open_database(db_path) as second, second.read() as s:
        assert s.execute(text("SELECT value FROM sync_state")).scalar() == "42"
        assert s.execute(text("SELECT version_num FROM alembic_version")).scalar() == head_revision()
