"""Rows collected per table during a batch and written with one bulk statement per table.

The rows go through the columns' own SQLAlchemy bind processors (UTC timestamps, JSON via orjson),
so they are stored exactly as an ORM or Core insert would store them; only the per-row statement
machinery is skipped: PostgreSQL gets one `COPY ... FROM STDIN` per table (no per-row planning),
SQLite one `executemany` of a prepared INSERT (a C loop in the sqlite3 module). A batch of 500
sales is a handful of statements instead of thousands of ORM unit-of-work entries.

A COPY is two round trips (start, then data and end). A small table (a till's push of one or two
sales, a web order) goes to PostgreSQL as a prepared INSERT per row instead, and `RowBuffer.flush`
sends all its small tables in ONE pipeline (psycopg's pipeline mode: one round trip for all of them).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import ExitStack, contextmanager
from datetime import datetime
from typing import Any

import orjson
import psycopg
from sqlalchemy import JSON, Connection, Dialect, Table
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session
from sqlalchemy.types import TypeEngine

from backend.db import json_dumps

_Processor = Callable[[Any], Any] | None  # a column type's bind processor for one dialect
_CACHE: dict[tuple[Table, str, tuple[str, ...]], list[_Processor]] = {}
# Up to this many rows a PostgreSQL table gets pipelined INSERTs, above it a COPY (measured: the
# COPY's second round trip costs about as much as a few dozen pipelined rows).
SMALL_ROWS = 32


def json_list(values: Sequence[str | int]) -> str:
    """A list of keys or numbers as one JSON text, for `json_array_elements_text(CAST(:p AS json))`.

    PostgreSQL look-ups and upserts of a batch pass their keys this way rather than as arrays:
    psycopg builds an array parameter element by element in Python (about 5 ms of a 500-sale batch's
    three look-ups and its level upsert), orjson writes the JSON text in C."""
    return orjson.dumps(list(values)).decode()


def _processors(table: Table, dialect: Dialect, columns: tuple[str, ...]) -> list[_Processor]:
    key = (table, dialect.name, columns)
    found = _CACHE.get(key)
    if found is None:
        found = [_processor(table.c[name].type, dialect) for name in columns]
        _CACHE[key] = found
    return found


def _processor(column_type: TypeEngine[Any], dialect: Dialect) -> _Processor:
    """The column's bind processor; on PostgreSQL a JSON column's value goes to its COPY or INSERT as
    the JSON text itself (the engine's own serializer, so the same bytes): the dialect's processor
    wraps each value in a psycopg `Json` that psycopg then dumps through a Python call of its own."""
    if dialect.name == "postgresql" and isinstance(column_type, JSON):
        return json_dumps
    return column_type.dialect_impl(dialect).bind_processor(dialect)


def _process(proc: Callable[[Any], Any], column: list[Any]) -> list[Any]:
    if any(isinstance(v, datetime) for v in column[:1]):
        # Timestamps repeat (one `now` per batch, one occurred_at per event): convert each once.
        memo: dict[datetime, Any] = {}
        return [None if v is None else memo[v] if v in memo else memo.setdefault(v, proc(v)) for v in column]
    return [None if v is None else proc(v) for v in column]


@contextmanager
def _as_sqlalchemy_errors(statement: str) -> Iterator[None]:
    """The driver's errors of a COPY or a pipeline as SQLAlchemy's (IntegrityError, DataError, ...),
    as a statement through SQLAlchemy raises them: `Database.run_write` retries a unique violation
    (two tills sending one sale at once) and the error handlers answer bad values with a 4xx."""
    try:
        yield
    except psycopg.Error as exc:
        raise DBAPIError.instance(statement, None, exc, psycopg.Error) from None


def bulk_insert(conn: Connection, table: Table, rows: Sequence[dict[str, Any]]) -> None:
    """INSERT `rows` (dicts with the same keys) into `table` inside the connection's transaction."""
    if not rows:
        return
    columns = tuple(rows[0])
    procs = _processors(table, conn.dialect, columns)
    data = [[row[c] for row in rows] for c in columns]  # column-wise: one processor loop per column
    for index, proc in enumerate(procs):
        if proc is not None:
            data[index] = _process(proc, data[index])
    values = list(zip(*data, strict=True))
    quote = conn.dialect.identifier_preparer.quote
    names = ", ".join(quote(c) for c in columns)
    if conn.dialect.name == "postgresql":
        raw = conn.connection.driver_connection
        assert raw is not None
        if len(values) <= SMALL_ROWS:  # in a pipeline (RowBuffer.flush) this waits for its sync
            marks = ", ".join("%s" for _ in columns)
            statement = f"INSERT INTO {quote(table.name)} ({names}) VALUES ({marks})"
            with _as_sqlalchemy_errors(statement), raw.cursor() as cur:
                cur.executemany(statement, values)
            return
        statement = f"COPY {quote(table.name)} ({names}) FROM STDIN"
        with _as_sqlalchemy_errors(statement), raw.cursor() as cur, cur.copy(statement) as copy:
            for value in values:
                copy.write_row(value)
        return
    marks = ", ".join("?" for _ in columns)
    conn.exec_driver_sql(f"INSERT INTO {quote(table.name)} ({names}) VALUES ({marks})", values)


class RowBuffer:
    """Pending INSERT rows per table, written in the order the tables were first used (parents first)."""

    def __init__(self, session: Session) -> None:
        self._session = session
        self._rows: dict[Table, list[dict[str, Any]]] = {}

    def add(self, table: Table, row: dict[str, Any]) -> None:
        self._rows.setdefault(table, []).append(row)

    def extend(self, table: Table, rows: list[dict[str, Any]]) -> None:
        if rows:
            self._rows.setdefault(table, []).extend(rows)

    def flush(self) -> None:
        """Write everything collected so far (call before a query that must see these rows)."""
        if not self._rows:
            return
        conn = self._session.connection()
        raw = conn.connection.driver_connection if conn.dialect.name == "postgresql" else None
        piped = False
        with (
            _as_sqlalchemy_errors(f"INSERT INTO {', '.join(t.name for t in self._rows)}"),
            ExitStack() as pipeline,
        ):
            for table, rows in self._rows.items():
                small = len(rows) <= SMALL_ROWS
                if raw is not None and small and not piped:
                    pipeline.enter_context(raw.pipeline())  # small tables in a row share one round trip
                    piped = True
                elif piped and not small:
                    pipeline.close()  # a COPY cannot run in a pipeline: send what is queued first
                    piped = False
                bulk_insert(conn, table, rows)
        self._rows.clear()
