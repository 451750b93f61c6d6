"""Enrolment, tokens, store boundaries, and hostile input: clear errors, nothing changed, never a 500."""

from __future__ import annotations

import requests

from backend.db import Database
from tests.backend.invariants import count_movements, count_sales
from tests.backend.tills import Till, issue_code


def test_enrolment_code_is_single_use_and_expires(db: Database, base_url: str) -> None:
    code = issue_code(db, "S001", "T05")
    first = requests.post(f"{base_url}/v1/terminals/enroll", json={"code": code.lower()}, timeout=10)
    assert first.status_code == 200
    assert first.json()["terminal_id"] == "T05"
    again = requests.post(f"{base_url}/v1/terminals/enroll", json={"code": code}, timeout=10)
    assert again.status_code == 401
    assert again.json()["error"] == "enroll.invalid_code"
    expired = issue_code(db, "S001", "T06", ttl_minutes=-1)
    assert (
        requests.post(f"{base_url}/v1/terminals/enroll", json={"code": expired}, timeout=10).status_code
        == 401
    )


def test_missing_or_bad_token_is_401(base_url: str, till: Till) -> None:
    event = till.sale(("SKU-2", "1"))
    url = f"{base_url}/v1/terminals/T01/events"
    assert requests.post(url, json={"events": [event]}, timeout=10).status_code == 401
    bad = requests.post(url, json={"events": [event]}, headers={"Authorization": "Bearer nope"}, timeout=10)
    assert bad.status_code == 401
    assert bad.json()["error"] == "auth.bad_token"
    basic = requests.post(url, json={"events": [event]}, headers={"Authorization": "Basic eDp5"}, timeout=10)
    assert basic.status_code == 401


def test_a_till_cannot_act_for_another_terminal_or_store(db: Database, base_url: str, till: Till) -> None:
    Till.enrol(db, base_url, "S002", "T09")
    event = till.sale(("SKU-2", "1"))
    other_path = requests.post(
        f"{base_url}/v1/terminals/T09/events", json={"events": [event]}, headers=till.headers, timeout=10
    )
    assert other_path.status_code == 403
    event["payload"]["store_id"] = "S002"
    other_store = till.push([event])
    assert other_store.status_code == 403
    assert other_store.json()["error"] == "terminal.wrong_identity"
    assert till.get("/v1/stores/S002/changes").status_code == 403
    assert till.get("/v1/stores/S002/snapshot").status_code == 403
    assert count_sales(db) == 0


def test_a_push_is_refused_for_its_token_before_its_terminal_before_its_body(
    db: Database, base_url: str, till: Till
) -> None:
    """The token is looked up in the batch's own transaction: the order of refusals stays 401 (no or
    an unknown token), 403 (another terminal's path), then 422 (the body), and a body is read only
    for a known token."""
    Till.enrol(db, base_url, "S001", "T09")
    junk = b'{"events": "not a list"'
    headers = {**till.headers, "Content-Type": "application/json"}

    def push(path_terminal: str, token_headers: dict[str, str]) -> requests.Response:
        url = f"{base_url}/v1/terminals/{path_terminal}/events"
        return requests.post(url, data=junk, headers=token_headers, timeout=10)

    assert push("T01", {"Content-Type": "application/json"}).json()["error"] == "auth.missing_token"
    unknown = push("T01", {**headers, "Authorization": "Bearer nope"})
    assert (unknown.status_code, unknown.json()["error"]) == (401, "auth.bad_token")
    other = push("T09", headers)
    assert (other.status_code, other.json()["error"]) == (403, "terminal.wrong_identity")
    body = push("T01", headers)
    assert (body.status_code, body.json()["error"]) == (422, "invalid_request")
    assert count_sales(db) == 0


def test_wrong_types_get_a_clear_422(db: Database, till: Till) -> None:
    event = till.sale(("SKU-2", "1"))
    event["seq"] = "1"
    answer = till.push([event])
    assert answer.status_code == 422
    body = answer.json()
    assert body["error"] == "invalid_request"
    assert "seq" in body["message"]
    for broken in ({"events": []}, {"events": "x"}, {"events": [{**event, "seq": 1, "extra": 1}]}, [1, 2]):
        response = till.http.post(
            f"{till.base_url}/v1/terminals/T01/events", json=broken, headers=till.headers, timeout=10
        )
        assert response.status_code == 422, broken
    garbage = till.http.post(
        f"{till.base_url}/v1/terminals/T01/events",
        data=b"{not json",
        headers={**till.headers, "Content-Type": "application/json"},
        timeout=10,
    )
    assert garbage.status_code == 422
    naive = {**till.sale(("SKU-2", "1")), "occurred_at": "2026-01-01T10:00:00"}
    assert till.push([naive]).status_code == 422
    assert count_sales(db) == 0


def test_oversized_payloads_are_refused(db: Database, till: Till) -> None:
    movements = count_movements(db)
    too_many = [till.event("audit.recorded", {}, seq=i + 1) for i in range(501)]
    assert till.push(too_many).status_code == 422
    big_payload = till.sale(("SKU-2", "1"))
    big_payload["payload"]["padding"] = "x" * 70_000
    answer = till.push([big_payload])
    assert answer.status_code == 422
    huge = till.http.post(
        f"{till.base_url}/v1/terminals/T01/events",
        data=b"[" + b"0," * 1_000_000 + b"0]",
        headers={**till.headers, "Content-Type": "application/json"},
        timeout=30,
    )
    assert huge.status_code == 413
    assert count_movements(db) == movements
    assert count_sales(db) == 0
