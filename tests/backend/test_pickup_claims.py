"""Claiming a web order at a till before an online handover: the store, the status, the pickup code
with its attempt limit, one live claim per order (two tills at once: exactly one wins), and hostile
input that must be a 4xx, never a 5xx."""

from __future__ import annotations

import threading
import uuid
from datetime import timedelta
from typing import Any

import pytest
import requests

from backend.db import Database
from backend.models import WebOrder
from tests.backend.pickups import handed_over, handover_visit, place, push, ready, shown, stock_at
from tests.backend.tills import Till, web_order


def _claim(till: Till, number: str, **body: Any) -> requests.Response:
    payload = {"found_by": "code", "staff_id": "anna", "handover_id": str(uuid.uuid4()), **body}
    return till.http.post(
        f"{till.base_url}/v1/terminal/pickups/{number}/claim", json=payload, headers=till.headers, timeout=20
    )


@pytest.fixture
def code(till: Till, base_url: str, shop: dict[str, str]) -> str:
    """W-1 (two of SKU-2) waits ready at S001; its pickup code."""
    placed = place(base_url, shop, web_order("W-1"))
    answer = push(till, ready(till, "W-1", (1, "SKU-2", "2", "0")))
    assert answer.status_code == 200, answer.text
    return str(placed["pickup_code"])


def test_a_claim_with_the_code_answers_the_order_and_is_idempotent(till: Till, code: str) -> None:
    handover_id = str(uuid.uuid4())
    typed = f"{code[:4]} {code[4:]}"  # as read aloud
    first = _claim(till, "W-1", code=typed, handover_id=handover_id)
    assert first.status_code == 200, first.text
    view = first.json()
    assert view["order_number"] == "W-1"
    assert view["status"] == "ready"
    assert view["claimed_by"] == "S001/T01"
    assert view["claim_handover_id"] == handover_id
    assert view["customer_name"] == "Julia Hoffmann"
    assert [ln["quantity"] for ln in view["lines"]] == ["2"]
    assert "pickup_code" not in view
    again = _claim(till, "W-1", code=typed, handover_id=handover_id)
    assert again.status_code == 200
    assert again.json() == view
    looked = till.get("/v1/terminal/pickups/W-1")
    assert looked.status_code == 200
    assert looked.json()["claimed_by"] == "S001/T01"


def test_wrong_codes_lock_the_order_after_five(till: Till, code: str, db: Database) -> None:
    wrong = "00000000" if code != "00000000" else "11111111"
    for left in (4, 3, 2, 1):
        answer = _claim(till, "W-1", code=wrong)
        assert answer.status_code == 422
        assert answer.json()["error"] == "pickup.wrong_code"
        assert answer.json()["detail"]["attempts_left"] == left
    locked = _claim(till, "W-1", code=wrong)
    assert locked.status_code == 423
    assert locked.json()["error"] == "pickup.code_locked"
    right = _claim(till, "W-1", code=code)  # even the right code waits for the lock
    assert right.status_code == 423
    by_name = _claim(till, "W-1", found_by="name", id_checked=True)  # an ID check is the stronger proof
    assert by_name.status_code == 200, by_name.text
    no_id = _claim(till, "W-1", found_by="name", id_checked=False)
    assert no_id.status_code == 422
    assert no_id.json()["error"] == "pickup.id_check_required"
    with db.write() as session:  # the lock ran out
        order = session.get(WebOrder, "W-1")
        assert order is not None
        assert order.code_locked_until is not None
        order.code_locked_until -= timedelta(minutes=16)
    assert _claim(till, "W-1", code=code).status_code == 200


def test_another_stores_order_is_refused_with_the_store_where_it_waits(
    till: Till, db: Database, base_url: str, shop: dict[str, str]
) -> None:
    stock_at(db, "S002", "SKU-2", 5000)
    place(base_url, shop, web_order("W-2", pickup_store_id="S002"))
    for answer in (_claim(till, "W-2", code="12345678"), till.get("/v1/terminal/pickups/W-2")):
        assert answer.status_code == 409
        assert answer.json()["error"] == "pickup.other_store"
        assert answer.json()["detail"]["store_id"] == "S002"
    assert _claim(till, "W-404", code="12345678").status_code == 404


def test_a_closed_order_cannot_be_claimed(till: Till, code: str, base_url: str, shop: dict[str, str]) -> None:
    cancel = requests.post(f"{base_url}/v1/web-orders/W-1/cancel", headers=shop, timeout=20)
    assert cancel.status_code == 200
    answer = _claim(till, "W-1", code=code)
    assert answer.status_code == 409
    assert answer.json()["error"] == "pickup.not_open"
    assert answer.json()["detail"]["status"] == "cancelled"


def test_two_tills_claiming_at_once_one_wins(till: Till, code: str, db: Database, base_url: str) -> None:
    tills = [till, *(Till.enrol(db, base_url, "S001", f"T0{n}") for n in range(2, 7))]
    barrier = threading.Barrier(len(tills))
    answers: dict[str, requests.Response] = {}

    def claim(one: Till) -> None:
        barrier.wait()
        answers[one.terminal_id] = _claim(one, "W-1", code=code)

    threads = [threading.Thread(target=claim, args=(one,)) for one in tills]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    statuses = sorted(a.status_code for a in answers.values())
    assert statuses == [200] + [409] * (len(tills) - 1), [a.text for a in answers.values()]
    winner = next(t for t, a in answers.items() if a.status_code == 200)
    for answer in answers.values():
        if answer.status_code == 409:
            assert answer.json()["error"] == "pickup.claimed"
            assert answer.json()["detail"]["claimed_by"] == f"S001/{winner}"
    # The claim runs out after ten minutes; then another till may claim.
    with db.write() as session:
        order = session.get(WebOrder, "W-1")
        assert order is not None
        assert order.claimed_at is not None
        order.claimed_at -= timedelta(minutes=11)
    loser = next(t for t in tills if t.terminal_id != winner)
    assert _claim(loser, "W-1", code=code).status_code == 200


@pytest.mark.parametrize(
    "body",
    [
        {},
        {"found_by": "fax", "staff_id": "anna", "handover_id": "x"},
        {"found_by": "code", "staff_id": "anna", "handover_id": "not-a-uuid", "code": "1"},
        {"found_by": "code", "staff_id": "", "handover_id": str(uuid.uuid4()), "code": "1"},
        {"found_by": "code", "staff_id": "anna", "handover_id": str(uuid.uuid4()), "code": "1" * 5000},
        {"found_by": "code", "staff_id": "anna", "handover_id": str(uuid.uuid4()), "code": 12345678},
        {"found_by": "code", "staff_id": "anna", "handover_id": str(uuid.uuid4()), "code": "\u0000"},
        {"found_by": "name", "staff_id": "anna", "handover_id": str(uuid.uuid4()), "id_checked": "yes"},
        {"found_by": "code", "staff_id": "anna", "handover_id": str(uuid.uuid4()), "extra": 1},
        [1, 2],
        "null",
    ],
)
def test_hostile_claims_are_4xx(till: Till, code: str, body: Any) -> None:
    answer = till.http.post(
        f"{till.base_url}/v1/terminal/pickups/W-1/claim", json=body, headers=till.headers, timeout=20
    )
    assert 400 <= answer.status_code < 500, answer.text


def test_hostile_paths_and_tokens_are_4xx(till: Till, code: str) -> None:
    base = f"{till.base_url}/v1/terminal/pickups"
    body = {"found_by": "code", "staff_id": "anna", "handover_id": str(uuid.uuid4()), "code": code}
    for url, headers in (
        (f"{base}/W-1/claim", {}),
        (f"{base}/W-1/claim", {"Authorization": "Bearer nope"}),
        (f"{base}/{'W' * 500}/claim", till.headers),
        (f"{base}/%00/claim", till.headers),
        (f"{base}/%F0%9F%92%A9/claim", till.headers),
    ):
        answer = requests.post(url, json=body, headers=headers, timeout=20)
        assert 400 <= answer.status_code < 500, (url, answer.text)
        got = requests.get(url.removesuffix("/claim"), headers=headers, timeout=20)
        assert 400 <= got.status_code < 500, (url, got.text)
    bad = requests.post(
        f"{base}/W-1/claim",
        data=b"{not json",
        headers={**till.headers, "Content-Type": "application/json"},
        timeout=20,
    )
    assert bad.status_code == 422


# --- giving a claim back (the handover was abandoned at the till) ------------------------------------


def _release(till: Till, number: str, handover_id: str) -> requests.Response:
    return till.http.delete(
        f"{till.base_url}/v1/terminal/pickups/{number}/claim",
        params={"handover_id": handover_id},
        headers=till.headers,
        timeout=20,
    )


def test_a_released_claim_lets_another_till_claim_at_once(
    till: Till, code: str, db: Database, base_url: str
) -> None:
    other = Till.enrol(db, base_url, "S001", "T02")
    handover_id = str(uuid.uuid4())
    assert _claim(till, "W-1", code=code, handover_id=handover_id).status_code == 200
    assert _claim(other, "W-1", code=code).status_code == 409
    released = _release(till, "W-1", handover_id)
    assert released.status_code == 204, released.text
    assert till.get("/v1/terminal/pickups/W-1").json()["claimed_by"] is None
    assert _release(till, "W-1", handover_id).status_code == 204  # again (a retried release): no error
    taken = _claim(other, "W-1", code=code)
    assert taken.status_code == 200, taken.text
    assert taken.json()["claimed_by"] == "S001/T02"
    # A late release of the first till must not touch the second till's claim.
    assert _release(till, "W-1", handover_id).status_code == 409
    with db.read() as session:
        order = session.get(WebOrder, "W-1")
        assert order is not None
        assert order.claimed_by == "S001/T02"


def test_another_tills_live_claim_is_not_released(till: Till, code: str, db: Database, base_url: str) -> None:
    other = Till.enrol(db, base_url, "S001", "T02")
    handover_id = str(uuid.uuid4())
    assert _claim(other, "W-1", code=code, handover_id=handover_id).status_code == 200
    answer = _release(till, "W-1", handover_id)  # even with the right handover id
    assert answer.status_code == 409
    assert answer.json()["error"] == "pickup.claimed"
    assert answer.json()["detail"]["claimed_by"] == "S001/T02"
    assert till.get("/v1/terminal/pickups/W-1").json()["claim_handover_id"] == handover_id
    # Once it lapsed there is nothing to refuse: 204, and nothing changes.
    with db.write() as session:
        order = session.get(WebOrder, "W-1")
        assert order is not None
        assert order.claimed_at is not None
        order.claimed_at -= timedelta(minutes=11)
    assert _release(till, "W-1", handover_id).status_code == 204
    with db.read() as session:
        order = session.get(WebOrder, "W-1")
        assert order is not None
        assert order.claimed_by == "S001/T02"


def test_releasing_nothing_is_success_and_another_handovers_claim_stays(till: Till, code: str) -> None:
    assert _release(till, "W-1", str(uuid.uuid4())).status_code == 204  # never claimed
    newer = str(uuid.uuid4())
    assert _claim(till, "W-1", code=code, handover_id=newer).status_code == 200
    # A late release of an older handover of this till must not drop the newer one's claim.
    assert _release(till, "W-1", str(uuid.uuid4())).status_code == 204
    assert till.get("/v1/terminal/pickups/W-1").json()["claim_handover_id"] == newer
    assert _release(till, "W-1", newer.upper()).status_code == 204  # the same UUID, spelt differently
    assert till.get("/v1/terminal/pickups/W-1").json()["claimed_by"] is None


def test_a_release_after_the_handover_changes_nothing(
    till: Till, code: str, base_url: str, shop: dict[str, str], db: Database
) -> None:
    handover_id = str(uuid.uuid4())
    assert _claim(till, "W-1", code=code, handover_id=handover_id).status_code == 200
    visit = handover_visit(till, "W-1", (1, "SKU-2", "2"))
    handover = handed_over(
        till, "W-1", {"order_line_no": 1, "sku": "SKU-2", "collected": "2"}, handover_id=handover_id
    )
    assert push(till, visit, handover).status_code == 200
    with db.read() as session:
        before = session.get(WebOrder, "W-1")
        assert before is not None
        kept = (before.status, before.claimed_by, before.claimed_at, before.claim_handover_id)
    assert _release(till, "W-1", handover_id).status_code == 204
    with db.read() as session:
        after = session.get(WebOrder, "W-1")
        assert after is not None
        assert (after.status, after.claimed_by, after.claimed_at, after.claim_handover_id) == kept
    assert kept[0] == "collected"
    assert shown(base_url, shop, "W-1")["status"] == "collected"


def test_releases_of_unknown_or_foreign_orders_and_bad_input_are_4xx(
    till: Till, code: str, db: Database, base_url: str, shop: dict[str, str]
) -> None:
    unknown = _release(till, "W-404", str(uuid.uuid4()))
    assert unknown.status_code == 404
    assert unknown.json()["error"] == "pickup.unknown_order"
    stock_at(db, "S002", "SKU-2", 5000)
    place(base_url, shop, web_order("W-2", pickup_store_id="S002"))
    foreign = _release(till, "W-2", str(uuid.uuid4()))
    assert foreign.status_code == 409
    assert foreign.json()["error"] == "pickup.other_store"
    base = f"{till.base_url}/v1/terminal/pickups"
    good = {"handover_id": str(uuid.uuid4())}
    for url, params, headers in (
        (f"{base}/W-1/claim", {}, till.headers),
        (f"{base}/W-1/claim", {"handover_id": "not-a-uuid"}, till.headers),
        (f"{base}/W-1/claim", {"handover_id": "\u0000"}, till.headers),
        (f"{base}/W-1/claim", good, {}),
        (f"{base}/W-1/claim", good, {"Authorization": "Bearer nope"}),
        (f"{base}/{'W' * 500}/claim", good, till.headers),
        (f"{base}/%00/claim", good, till.headers),
        (f"{base}/%F0%9F%92%A9/claim", good, till.headers),
    ):
        answer = requests.delete(url, params=params, headers=headers, timeout=20)
        assert 400 <= answer.status_code < 500, (url, params, answer.text)
