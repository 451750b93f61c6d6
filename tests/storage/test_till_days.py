"""The till's days in storage: Z numbers taken in the closing's transaction (a rollback gives the number
back, a new engine on the file goes on from it), one open day per terminal, sales by receipt sequence."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy.exc import IntegrityError

from terminal.domain.denominations import CashCount
from terminal.domain.errors import TillError
from terminal.storage import till_days
from terminal.storage.counters import next_receipt_seq
from terminal.storage.db import Database, open_database
from terminal.storage.models.till_days import TillDayRow

AT = datetime(2026, 12, 2, 8, tzinfo=UTC)


def _open(db: Database, day_id: str, terminal: str = "T01") -> till_days.DayRecord:
    with db.write() as session:
        return till_days.open_day(
            session,
            day_id=day_id,
            store_id="S001",
            terminal_id=terminal,
            opened_at=AT,
            opened_by="anna",
            count=CashCount.of("EUR", {1000: 3}),
        )


def _insert(db: Database, row: TillDayRow) -> None:
    with db.write() as session:
        session.add(row)
        session.flush()


def _close(db: Database, day: till_days.DayRecord, *, fail: bool = False) -> int:
    with db.write() as session:
        z = till_days.next_z_number(session, day.terminal_id)
        till_days.close_day(session, day, closed_at=AT, closed_by="anna", z_number=z, closing={"reason": ""})
        if fail:
            raise RuntimeError("the process dies before the commit")
        return z


def test_z_numbers_are_gapless_through_a_rollback_and_a_new_engine(db_path: Path) -> None:
    with open_database(db_path) as db:
        day = _open(db, "d1")
        assert day.float_count.total.amount_minor == 3000
        assert day.first_seq == 1
        assert _close(db, day) == 1
        day2 = _open(db, "d2")
        with pytest.raises(RuntimeError):
            _close(db, day2, fail=True)
        with db.read() as session:
            latest = till_days.latest_day(session, "T01")
            assert latest is not None
            assert latest.day_id == "d2"
            assert latest.is_open
        other = _open(db, "o1", terminal="T02")  # another terminal counts on its own
        assert _close(db, other) == 1
    with open_database(db_path) as db:  # a new engine on the same file
        with db.read() as session:
            day2 = till_days.latest_day(session, "T01")  # type: ignore[assignment]
        assert _close(db, day2) == 2
        with db.read() as session:
            assert till_days.z_numbers(session, "T01") == [1, 2]
            assert till_days.z_numbers(session, "T02") == [1]


def test_one_open_day_per_terminal_and_its_sales_by_receipt_sequence(db: Database) -> None:
    with db.write() as session:
        next_receipt_seq(session, "T01")  # a sale before the day: seq 1
    day = _open(db, "d1")
    assert day.first_seq == 2
    with pytest.raises(TillError, match=r"day\.already_open"):
        _open(db, "d2")
    second = TillDayRow(
        day_id="d3",
        store_id="S001",
        terminal_id="T01",
        currency="EUR",
        status="open",
        opened_at=AT,
        opened_by="anna",
        float_minor=0,
        float_count="{}",
        first_seq=2,
    )
    with pytest.raises(IntegrityError):  # the partial unique index holds even past the check
        _insert(db, second)
    with db.write() as session:
        next_receipt_seq(session, "T01")  # seq 2, in the day
    _close(db, day)
    with db.read() as session:
        closed = till_days.latest_day(session, "T01")
    assert closed is not None
    assert (closed.first_seq, closed.last_seq, closed.z_number) == (2, 2, 1)
