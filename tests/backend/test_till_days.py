"""The tills' days at the backend: openings, cash movements and Z closings stored once, Z numbers that
repeat or skip raise a manager task, the store's day view adds them up; hostile input gets a 4xx."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select

from backend.db import Database
from backend.models import ManagerTask, TillClosing
from tests.backend.tills import Till

# S001 is a German store: its business date is Berlin's.
TODAY = datetime.now(ZoneInfo("Europe/Berlin")).date().isoformat()


def _opened(till: Till, day_id: str, float_minor: int = 15000) -> dict[str, Any]:
    return till.event(
        "till.opened",
        {
            "day_id": day_id,
            "store_id": till.store_id,
            "terminal_id": till.terminal_id,
            "staff_id": "anna",
            "currency": "EUR",
            "float_minor": float_minor,
            "denominations": [{"value_minor": 5000, "count": float_minor // 5000}],
        },
    )


def _movement(till: Till, kind: str, amount: int, reason: str, approver: str | None = None) -> dict[str, Any]:
    return till.event(
        "cash.movement",
        {
            "movement_id": str(uuid.uuid4()),
            "store_id": till.store_id,
            "terminal_id": till.terminal_id,
            "staff_id": "anna",
            "kind": kind,
            "currency": "EUR",
            "amount_minor": amount,
            "reason": reason,
            "approver_id": approver,
        },
    )


def _closed(till: Till, day_id: str, z: int, *, counted_cash: int, reason: str = "") -> dict[str, Any]:
    return till.event(
        "till.closed",
        {
            "schema": 2,
            "closing_id": day_id,
            "day_id": day_id,
            "store_id": till.store_id,
            "terminal_id": till.terminal_id,
            "staff_id": "anna",
            "z_number": z,
            "currency": "EUR",
            "opened_at": datetime.now(UTC).isoformat(),
            "closed_at": datetime.now(UTC).isoformat(),
            "sales_count": 3,
            "gross_minor": 4500,
            "tenders": [
                {"tender": "cash", "expected_minor": 17000, "counted_minor": counted_cash},
                {"tender": "card", "expected_minor": 2000, "counted_minor": 2000},
            ],
            "float_minor": 15000,
            "cash_in_minor": 1000,
            "cash_out_minor": 500,
            "counted_cash": [{"value_minor": 50, "count": counted_cash // 50}],
            "difference_reason": reason,
        },
    )


def test_a_tills_day_is_stored_and_the_store_day_adds_it_up(db: Database, till: Till) -> None:
    day1, day2 = str(uuid.uuid4()), str(uuid.uuid4())
    events = [
        _opened(till, day1),
        _movement(till, "cash_in", 1000, "change_top_up"),
        _movement(till, "cash_out", 500, "expense: stamps"),
        _closed(till, day1, 1, counted_cash=16950, reason="coin lost"),
        _opened(till, day2),
        _closed(till, day2, 2, counted_cash=17000),
    ]
    answer = till.push(events)
    assert answer.status_code == 200, answer.text
    assert [r["status"] for r in answer.json()["results"]] == ["applied"] * 6
    # The same facts under new event ids (a till bug) are stored once, and the Z's repeat is told.
    again = till.push([_closed(till, day1, 1, counted_cash=16950, reason="coin lost")])
    assert again.json()["results"][0]["result"]["duplicate_closing"] is True

    view = till.get(f"/v1/stores/S001/days/{TODAY}")
    assert view.status_code == 200, view.text
    body = view.json()
    assert (body["store_id"], body["currency"], body["closings"]) == ("S001", "EUR", 2)
    (t01,) = body["tills"]
    assert t01["terminal_id"] == "T01"
    assert [o["day_id"] for o in t01["openings"]] == [day1, day2]
    assert t01["openings"][0]["denominations"] == [{"value_minor": 5000, "count": 3}]
    assert [(m["kind"], m["amount_minor"], m["reason"]) for m in t01["movements"]] == [
        ("cash_in", 1000, "change_top_up"),
        ("cash_out", 500, "expense: stamps"),
    ]
    assert (t01["cash_in_minor"], t01["cash_out_minor"], t01["difference_minor"]) == (1000, 500, -50)
    z1, z2 = t01["closings"]
    assert (z1["z_number"], z1["difference_minor"], z1["difference_reason"]) == (1, -50, "coin lost")
    assert z1["tenders"][0] == {
        "tender": "cash",
        "expected_minor": 17000,
        "counted_minor": 16950,
        "difference_minor": -50,
    }
    assert (z2["z_number"], z2["difference_minor"], z2["float_minor"]) == (2, 0, 15000)
    assert body["difference_minor"] == -50
    # Another date has nothing.
    empty = till.get("/v1/stores/S001/days/2001-01-01").json()
    assert (empty["tills"], empty["closings"]) == ([], 0)

    # A Z number that skips (5 after 2) is stored and raises a manager task.
    day3 = str(uuid.uuid4())
    assert till.push([_opened(till, day3), _closed(till, day3, 5, counted_cash=17000)]).status_code == 200
    with db.read() as session:
        kinds = set(session.scalars(select(ManagerTask.kind)))
        zs = sorted(session.scalars(select(TillClosing.z_number)))
    assert "till.z_number_gap" in kinds
    assert zs == [1, 2, 5]


def test_hostile_day_input_gets_a_4xx_and_stores_nothing(db: Database, till: Till, base_url: str) -> None:
    day = str(uuid.uuid4())
    no_reason = _closed(till, day, 1, counted_cash=16000)  # a difference without a reason
    answer = till.push([no_reason])
    assert answer.status_code == 422
    assert answer.json()["error"] == "event.invalid_payload"
    till.next_seq -= 1
    wrong_float = _opened(till, day, float_minor=15000)
    wrong_float["payload"]["float_minor"] = 14999  # not what the denominations add up to
    assert till.push([wrong_float]).json()["error"] == "event.invalid_payload"
    till.next_seq -= 1
    negative = _movement(till, "cash_out", -5, "x")
    assert till.push([negative]).json()["error"] == "event.invalid_payload"
    till.next_seq -= 1
    with db.read() as session:
        assert session.scalars(select(TillClosing)).first() is None

    for path, status, code in [
        (f"/v1/stores/S001/days/{TODAY[:4]}-13-01", 422, "day.bad_date"),
        ("/v1/stores/S001/days/2026-W49-3", 422, "day.bad_date"),
        ("/v1/stores/S001/days/yesterday", 422, "day.bad_date"),
        (f"/v1/stores/S002/days/{TODAY}", 403, "terminal.wrong_store"),
    ]:
        got = till.get(path)
        assert (got.status_code, got.json()["error"]) == (status, code), path
    import requests

    anonymous = requests.get(f"{base_url}/v1/stores/S001/days/{TODAY}", timeout=10)
    assert (anonymous.status_code, anonymous.json()["error"]) == (401, "auth.missing_token")


def test_a_day_the_till_opened_itself_is_stored_with_its_float_not_counted(db: Database, till: Till) -> None:
    """`till.opened` schema 2 (ADR 0024): the float (0) was not counted; schema 1 openings were."""
    counted, uncounted = str(uuid.uuid4()), str(uuid.uuid4())
    itself = till.event(
        "till.opened",
        {
            "schema": 2,
            "float_counted": False,
            "day_id": uncounted,
            "store_id": till.store_id,
            "terminal_id": till.terminal_id,
            "staff_id": "anna",
            "currency": "EUR",
            "float_minor": 0,
        },
    )
    answer = till.push([itself, _closed(till, uncounted, 1, counted_cash=17000), _opened(till, counted)])
    assert answer.status_code == 200, answer.text
    assert [r["status"] for r in answer.json()["results"]] == ["applied"] * 3
    (t01,) = till.get(f"/v1/stores/S001/days/{TODAY}").json()["tills"]
    assert [(o["day_id"], o["float_minor"], o["float_counted"]) for o in t01["openings"]] == [
        (uncounted, 0, False),
        (counted, 15000, True),
    ]
    # An uncounted float has no denominations: such a payload is refused, nothing stored.
    bad = till.event(
        "till.opened",
        {
            **itself["payload"],
            "day_id": str(uuid.uuid4()),
            "denominations": [{"value_minor": 500, "count": 0}],
        },
    )
    refused = till.push([bad])
    assert (refused.status_code, refused.json()["error"]) == (422, "event.invalid_payload")
