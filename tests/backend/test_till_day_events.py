"""cash.movement and till.closed: validated payloads, the token's store and terminal, nothing unvalidated."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import func, select

from backend.db import Database
from backend.models import TerminalEvent
from tests.backend.tills import Till


def _cash(till: Till, **changes: Any) -> dict[str, Any]:
    payload = {
        "movement_id": str(uuid.uuid4()),
        "store_id": "S001",
        "terminal_id": "T01",
        "staff_id": "anna",
        "kind": "cash_out",
        "currency": "EUR",
        "amount_minor": 2000,
        "reason": "window cleaner",
    }
    return till.event("cash.movement", {**payload, **changes}, seq=till.next_seq)


def _closing(till: Till, **changes: Any) -> dict[str, Any]:
    payload = {
        "closing_id": str(uuid.uuid4()),
        "store_id": "S001",
        "terminal_id": "T01",
        "staff_id": "maria",
        "z_number": 17,
        "currency": "EUR",
        "opened_at": "2026-12-01T07:58:00+01:00",
        "sales_count": 120,
        "gross_minor": 345_600,
        "tenders": [
            {"tender": "cash", "expected_minor": 120_000, "counted_minor": 119_950},
            {"tender": "card", "expected_minor": 225_600, "counted_minor": 225_600},
        ],
    }
    return till.event("till.closed", {**payload, **changes}, seq=till.next_seq)


def _recorded(db: Database) -> int:
    with db.read() as session:
        return int(session.execute(select(func.count()).select_from(TerminalEvent)).scalar_one())


def test_cash_movements_and_closings_are_validated_and_recorded(db: Database, till: Till) -> None:
    for bad in (
        {"amount_minor": -5},
        {"kind": "gift"},
        {"amount_minor": "20.00"},
        {"extra": 1},
    ):
        answer = till.push([_cash(till, **bad)])
        assert answer.status_code == 422, bad
        assert answer.json()["error"] == "event.invalid_payload"
    duplicate_tender = [{"tender": "cash", "expected_minor": 1, "counted_minor": 1}] * 2
    for bad in ({"z_number": 0}, {"tenders": duplicate_tender}, {"opened_at": "2026-12-01T07:58:00"}):
        assert till.push([_closing(till, **bad)]).json()["error"] == "event.invalid_payload", bad
    assert _recorded(db) == 0
    cash, closing = _cash(till), _closing(till)
    cash["seq"], closing["seq"] = 1, 2
    answer = till.push([cash, closing])
    assert answer.status_code == 200, answer.text
    results = [r["result"] for r in answer.json()["results"]]
    assert results == [
        {"movement_id": cash["payload"]["movement_id"]},
        {"closing_id": closing["payload"]["closing_id"], "z_number": 17},
    ]
    assert _recorded(db) == 2


def test_they_must_name_the_tokens_store_and_terminal(db: Database, till: Till) -> None:
    for event in (
        _cash(till, terminal_id="T02"),
        _cash(till, store_id="S002"),
        _closing(till, terminal_id="T9"),
    ):
        answer = till.push([event])
        assert answer.status_code == 403
        assert answer.json()["error"] == "terminal.wrong_identity"
    assert _recorded(db) == 0


def test_an_unknown_event_type_is_refused_for_that_event(db: Database, till: Till) -> None:
    answer = till.push([till.event("drawer.exploded", {"x": 1}, seq=1)])
    assert answer.status_code == 422
    assert answer.json()["error"] == "event.unsupported_type"
    assert answer.json()["detail"]["seq"] == 1  # names the event: the till quarantines just it
    assert _recorded(db) == 0


def test_a_return_or_audit_id_reported_twice_is_applied_once_not_a_500(db: Database, till: Till) -> None:
    """Found by the property tests: the same audit_id or return_id under two event ids hit a primary key."""
    audit = {
        "audit_id": str(uuid.uuid4()),
        "store_id": "S001",
        "terminal_id": "T01",
        "staff_id": "a",
        "action": "x",
    }
    ret = {
        "return_id": str(uuid.uuid4()),
        "receipt_number": None,
        "store_id": "S001",
        "terminal_id": "T01",
        "staff_id": "anna",
        "currency": "EUR",
        "total_refund_minor": 1,
        "lines": [{"line_no": 1, "sku": "SKU-2", "quantity": "1", "refund_minor": 1}],
    }
    events = [
        till.event(kind, body) for kind, body in [("audit.recorded", audit), ("sale.returned", ret)] * 2
    ]
    answer = till.push(events[:3])
    assert answer.status_code == 200, answer.text
    later = till.push([events[3]])
    assert later.status_code == 200, later.text
    assert answer.json()["results"][2]["result"] == {"audit_id": audit["audit_id"], "duplicate_audit": True}
    assert later.json()["results"][0]["result"]["duplicate_return"] is True
    from tests.backend.invariants import level, open_tasks

    assert level(db, "S001", "SKU-2") == 11_000  # restocked once
    assert len(open_tasks(db, "return.duplicate")) == 1
