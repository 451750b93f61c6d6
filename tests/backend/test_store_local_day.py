"""A store's day is its local business day: a till's day belongs to the date it was opened on in the
store's time zone, with its movements and its Z even after midnight; facts of no known opening go by
their own local date; a store's time zone is validated where stores are made."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select, text

from backend.cli import main
from backend.db import Database
from backend.migrate import upgrade
from backend.models import PriceHistory, Store
from backend.services.catalogue import ensure_store
from backend.services.lowest_price import lowest_price
from backend.services.store_time import BadTimezoneError, day_bounds
from tests.backend.returns_parts import look_up
from tests.backend.tills import Till

JAKARTA = ZoneInfo("Asia/Jakarta")
BERLIN = ZoneInfo("Europe/Berlin")


def _at(event: dict[str, Any], moment: datetime) -> dict[str, Any]:
    event["occurred_at"] = moment.isoformat()
    return event


def _opened(till: Till, day_id: str, at: datetime, currency: str) -> dict[str, Any]:
    payload = {
        "day_id": day_id,
        "store_id": till.store_id,
        "terminal_id": till.terminal_id,
        "staff_id": "anna",
        "currency": currency,
        "float_minor": 10000,
        "denominations": [{"value_minor": 5000, "count": 2}],
    }
    return _at(till.event("till.opened", payload), at)


def _movement(till: Till, at: datetime, currency: str, amount: int = 700) -> dict[str, Any]:
    payload = {
        "movement_id": str(uuid.uuid4()),
        "store_id": till.store_id,
        "terminal_id": till.terminal_id,
        "staff_id": "anna",
        "kind": "cash_out",
        "currency": currency,
        "amount_minor": amount,
        "reason": "expense",
    }
    return _at(till.event("cash.movement", payload), at)


def _closed(
    till: Till, day_id: str, z: int, *, opened: datetime, closed: datetime, currency: str
) -> dict[str, Any]:
    payload = {
        "schema": 2,
        "closing_id": day_id,
        "day_id": day_id,
        "store_id": till.store_id,
        "terminal_id": till.terminal_id,
        "staff_id": "anna",
        "z_number": z,
        "currency": currency,
        "opened_at": opened.isoformat(),
        "closed_at": closed.isoformat(),
        "sales_count": 1,
        "gross_minor": 1000,
        "tenders": [{"tender": "cash", "expected_minor": 10300, "counted_minor": 10300}],
        "float_minor": 10000,
        "cash_in_minor": 0,
        "cash_out_minor": 700,
        "counted_cash": [{"value_minor": 100, "count": 103}],
    }
    return _at(till.event("till.closed", payload), closed)


def _day(till: Till, store: str, date: str) -> dict[str, Any]:
    answer = till.get(f"/v1/stores/{store}/days/{date}")
    assert answer.status_code == 200, answer.text
    body: dict[str, Any] = answer.json()
    return body


def _days(body: dict[str, Any]) -> tuple[list[str], list[str], list[int]]:
    """The day ids opened, the day ids closed and the movements' amounts listed."""
    opened = [o["day_id"] for t in body["tills"] for o in t["openings"]]
    closed = [c["day_id"] for t in body["tills"] for c in t["closings"]]
    moved = [m["amount_minor"] for t in body["tills"] for m in t["movements"]]
    return opened, closed, moved


def test_a_jakarta_day_opened_before_utc_midnight_is_on_its_local_date(db: Database, base_url: str) -> None:
    with db.write() as session:
        ensure_store(session, store_id="S201", name="Jakarta", country="ID", currency="IDR", price_list="ID")
    till = Till.enrol(db, base_url, "S201", "T01")
    opened = datetime(2026, 11, 3, 6, 30, tzinfo=JAKARTA)  # 2026-11-02 23:30 UTC
    moved = datetime(2026, 11, 3, 12, 0, tzinfo=JAKARTA)
    closed = datetime(2026, 11, 3, 21, 0, tzinfo=JAKARTA)  # 14:00 UTC
    assert opened.astimezone(ZoneInfo("UTC")).date().isoformat() == "2026-11-02"
    day = str(uuid.uuid4())
    events = [
        _opened(till, day, opened, "IDR"),
        _movement(till, moved, "IDR"),
        _closed(till, day, 1, opened=opened, closed=closed, currency="IDR"),
    ]
    answer = till.push(events)
    assert answer.status_code == 200, answer.text
    body = _day(till, "S201", "2026-11-03")
    assert (body["date"], body["timezone"], body["closings"]) == ("2026-11-03", "Asia/Jakarta", 1)
    assert _days(body) == ([day], [day], [700])
    # The UTC date of the opening shows nothing of it.
    assert _days(_day(till, "S201", "2026-11-02")) == ([], [], [])


def test_a_berlin_z_after_midnight_belongs_to_the_day_opened_the_evening_before(
    db: Database, till: Till
) -> None:
    evening = datetime(2026, 11, 6, 17, 0, tzinfo=BERLIN)
    late_cash = datetime(2026, 11, 7, 0, 5, tzinfo=BERLIN)  # after midnight, before the Z
    z_at = datetime(2026, 11, 7, 0, 20, tzinfo=BERLIN)
    next_day = datetime(2026, 11, 7, 9, 0, tzinfo=BERLIN)
    stray = datetime(2026, 11, 7, 8, 0, tzinfo=BERLIN)  # between the Z and the next opening: no day
    night, morning = str(uuid.uuid4()), str(uuid.uuid4())
    events = [
        _opened(till, night, evening, "EUR"),
        _movement(till, late_cash, "EUR", 700),
        _closed(till, night, 1, opened=evening, closed=z_at, currency="EUR"),
        _movement(till, stray, "EUR", 300),
        _opened(till, morning, next_day, "EUR"),
        _movement(till, next_day.replace(hour=10), "EUR", 900),
    ]
    assert till.push(events).status_code == 200
    assert _days(_day(till, "S001", "2026-11-06")) == ([night], [night], [700])
    assert _days(_day(till, "S001", "2026-11-07")) == ([morning], [], [300, 900])


def test_a_day_opened_offline_and_synced_after_its_z_moves_to_its_opening_date(
    db: Database, till: Till
) -> None:
    opened = datetime(2026, 11, 9, 22, 0, tzinfo=BERLIN)
    moved = datetime(2026, 11, 10, 0, 30, tzinfo=BERLIN)
    closed = datetime(2026, 11, 10, 1, 0, tzinfo=BERLIN)
    day = str(uuid.uuid4())
    movement = _movement(till, moved, "EUR")
    closing = _closed(till, day, 1, opened=opened, closed=closed, currency="EUR")
    assert till.push([movement, closing]).status_code == 200
    opening = _opened(till, day, opened, "EUR")  # held back by the till, sent after its Z
    # Before the opening arrives: the Z by the date its till says the day was opened, the movement by
    # its own date.
    assert _days(_day(till, "S001", "2026-11-09")) == ([], [day], [])
    assert _days(_day(till, "S001", "2026-11-10")) == ([], [], [700])
    assert till.push([opening]).status_code == 200
    assert _days(_day(till, "S001", "2026-11-09")) == ([day], [day], [700])
    assert _days(_day(till, "S001", "2026-11-10")) == ([], [], [])


def test_a_bad_time_zone_is_refused_where_a_store_is_made(db: Database) -> None:
    with db.write() as session:
        for bad in ("Mars/Olympus", "", "../etc/passwd", "Europe/Berlin\x00", "x" * 80):
            with pytest.raises(BadTimezoneError, match="time zone"):
                ensure_store(
                    session,
                    store_id="S9",
                    name="N",
                    country="DE",
                    currency="EUR",
                    price_list="DE",
                    timezone=bad,
                )
        ensure_store(
            session,
            store_id="S9",
            name="N",
            country="ID",
            currency="IDR",
            price_list="ID",
            timezone="Asia/Makassar",
        )
        ensure_store(session, store_id="S8", name="N", country="FR", currency="EUR", price_list="FR")
    with db.read() as session:
        assert session.get(Store, "S9").timezone == "Asia/Makassar"  # type: ignore[union-attr]
        assert session.get(Store, "S8").timezone == "UTC"  # type: ignore[union-attr]
        assert session.get(Store, "S001").timezone == "Europe/Berlin"  # type: ignore[union-attr]


def test_migration_0015_gives_existing_stores_the_time_zone_of_their_country(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'old.sqlite3'}"
    upgrade(url, "0014_saved_carts")
    old = Database(url)
    with old.write() as session:
        for store_id, country in (("S1", "DE"), ("S2", "HU"), ("S3", "ID"), ("S4", "FR")):
            session.execute(
                text(
                    "INSERT INTO store (store_id, name, country, currency, price_list) "
                    "VALUES (:s, :s, :c, 'EUR', :c)"
                ),
                {"s": store_id, "c": country},
            )
    old.dispose()
    upgrade(url)
    new = Database(url)
    with new.read() as session:
        zones = {str(s): str(z) for s, z in session.execute(select(Store.store_id, Store.timezone))}
    new.dispose()
    assert zones == {"S1": "Europe/Berlin", "S2": "Europe/Budapest", "S3": "Asia/Jakarta", "S4": "UTC"}


def test_a_return_window_counts_the_stores_calendar_days_from_the_purchase(db: Database, till: Till) -> None:
    bought = datetime(2026, 11, 3, 0, 30, tzinfo=BERLIN)  # 2026-11-02 23:30 UTC
    sale = _at(till.sale(("SKU-2", "1")), bought)
    assert till.push([sale]).ok
    answer = look_up(till, "receipt", sale["payload"]["receipt_number"])
    assert answer.status_code == 200, answer.text
    (line,) = answer.json()["lines"]
    assert line["window_ends"] == "2026-12-03"  # 30 days from the 3rd (Berlin), not from the 2nd (UTC)


def test_the_lowest_price_of_the_last_days_starts_at_the_stores_midnight(db: Database) -> None:
    now = datetime(2026, 11, 30, 10, 0, tzinfo=BERLIN)
    with db.write() as session:
        session.query(PriceHistory).filter(PriceHistory.sku == "SKU-4").update(
            {"valid_from": now - timedelta(days=90)}
        )
        session.add_all(
            [  # 199 until 08:00 on the first of the 30 days (31 Oct): before `now - 30 * 24 h`
                PriceHistory(sku="SKU-4", scope="DE", amount_minor=199, currency="EUR",
                             valid_from=datetime(2026, 10, 20, tzinfo=BERLIN)),
                PriceHistory(sku="SKU-4", scope="DE", amount_minor=499, currency="EUR",
                             valid_from=datetime(2026, 10, 31, 8, 0, tzinfo=BERLIN)),
            ]
        )  # fmt: skip
    with db.read() as session:
        assert lowest_price(session, "S001", "SKU-4", 30, now)["lowest_minor"] == 199
        assert lowest_price(session, "S001", "SKU-4", 29, now)["lowest_minor"] == 499


def test_store_timezone_sets_a_known_zone_and_refuses_a_bad_one(
    db: Database, backend_db_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", backend_db_url, "store-timezone", "S002", "Asia/Makassar"]) == 0
    assert "S002 is in Asia/Makassar" in capsys.readouterr().out
    assert main(["--db", backend_db_url, "store-timezone", "S002", "Asia/Bali"]) == 2
    assert "unknown time zone 'Asia/Bali'" in capsys.readouterr().err
    assert main(["--db", backend_db_url, "store-timezone", "S999", "Europe/Berlin"]) == 2
    assert "no store 'S999'" in capsys.readouterr().err
    with db.read() as session:
        zones = {s.store_id: s.timezone for s in session.scalars(select(Store))}
    assert zones == {"S001": "Europe/Berlin", "S002": "Asia/Makassar"}


def test_a_local_day_is_23_24_or_25_hours_long() -> None:
    def hours(day: str, tz: ZoneInfo) -> float:
        start, end = day_bounds(date.fromisoformat(day), tz)
        return (end - start).total_seconds() / 3600

    assert hours("2026-03-29", BERLIN) == 23  # summer time starts
    assert hours("2026-10-25", BERLIN) == 25  # and ends
    assert hours("2026-11-03", JAKARTA) == 24
    start, _ = day_bounds(date(2026, 11, 3), JAKARTA)
    assert start == datetime(2026, 11, 2, 17, 0, tzinfo=UTC)


@pytest.mark.parametrize("day", ["0001-01-01", "9999-12-31"])
def test_a_day_at_the_calendars_ends_is_a_bad_date_not_a_5xx(till: Till, day: str) -> None:
    """Its local bounds in the store's zone (Europe/Berlin) lie outside what a datetime holds."""
    got = till.get(f"/v1/stores/{till.store_id}/days/{day}")
    assert (got.status_code, got.json()["error"]) == (422, "day.bad_date"), got.text
