"""Claims on returnable quantities (POST/DELETE /v1/terminal/returns/claims).

All lines or none; more than returnable is 409 `return.over_returnable` naming the line and what is
left; the same claim id again answers the stored claim (200), with other lines 409
`return.claim_conflict`; released or lapsed claims stop counting; an unknown original is 404. Two
tills claiming the last unit at the same moment: one 201, one 409 (SQLite, and PostgreSQL when
`STORE_TEST_PG_URL` is set). Hostile bodies and paths are 4xx."""

from __future__ import annotations

import threading
import uuid
from datetime import timedelta
from typing import Any

import pytest
import requests
from sqlalchemy import select

from backend.db import Database
from backend.models import ReturnClaim
from contract.returns import ReturnClaimOut
from tests.backend.returns_parts import claim, claim_body, discounted_sale, line_of, look_up, release
from tests.backend.tills import Till


@pytest.fixture
def receipt(till: Till) -> str:
    sale = discounted_sale(till)
    assert till.push([sale]).ok
    return str(sale["payload"]["receipt_number"])


def test_a_claim_is_granted_whole_or_refused_whole_and_a_retry_is_the_same_claim(
    till: Till, receipt: str, db: Database
) -> None:
    body = claim_body(("receipt", receipt, 1, "1"), ("receipt", receipt, 3, "1"))
    granted = claim(till, body)
    assert granted.status_code == 201, granted.text
    answer = granted.json()
    ReturnClaimOut.model_validate(answer)
    assert set(answer) == set(ReturnClaimOut.model_fields)
    assert (answer["claim_id"], answer["status"]) == (body["claim_id"], "held")
    assert [(ln["origin_line_no"], ln["quantity"], ln["returnable_after"]) for ln in answer["lines"]] == [
        (1, "1", "1"),
        (3, "1", "0"),
    ]
    again = claim(till, body)  # the till retries (its answer was lost)
    assert again.status_code == 200
    assert again.json() == answer
    other = claim(till, {**body, "lines": body["lines"][:1]})
    assert (other.status_code, other.json()["error"]) == (409, "return.claim_conflict")

    # Line 1 has 1 left, line 3 none: a claim of both is refused whole, nothing held.
    over = claim(till, claim_body(("receipt", receipt, 1, "1"), ("receipt", receipt, 3, "1")))
    assert over.status_code == 409
    refused = over.json()
    assert refused["error"] == "return.over_returnable"
    assert refused["detail"]["lines"] == [
        {
            "origin_kind": "receipt",
            "origin_reference": receipt,
            "origin_line_no": 3,
            "wanted": "1",
            "returnable": "0",
        }
    ]
    assert "line 3: 0 returnable" in refused["message"]
    shown = look_up(till, "receipt", receipt).json()
    assert (line_of(shown, 1)["claimed"], line_of(shown, 1)["returnable"]) == ("1", "1")

    # Released: the units are returnable again; releasing twice or an unknown claim is 204 as well.
    assert release(till, body["claim_id"]).status_code == 204
    assert release(till, body["claim_id"]).status_code == 204
    assert release(till, str(uuid.uuid4())).status_code == 204
    assert release(till, "not-a-uuid").status_code == 204
    assert line_of(look_up(till, "receipt", receipt).json(), 3)["returnable"] == "1"
    assert claim(till, body).json()["status"] == "released"  # a retry of it says so

    # A claim lapses after ten minutes: it stops counting, and is marked expired when touched.
    late = claim_body(("receipt", receipt, 3, "1"))
    assert claim(till, late).status_code == 201
    assert line_of(look_up(till, "receipt", receipt).json(), 3)["returnable"] == "0"
    with db.write() as session:
        held = session.get(ReturnClaim, late["claim_id"])
        assert held is not None
        held.expires_at -= timedelta(minutes=11)
    assert line_of(look_up(till, "receipt", receipt).json(), 3)["returnable"] == "1"
    fresh = claim(till, claim_body(("receipt", receipt, 3, "1")))
    assert fresh.status_code == 201, fresh.text
    with db.read() as session:
        assert (
            session.scalar(select(ReturnClaim.status).where(ReturnClaim.claim_id == late["claim_id"]))
            == "expired"
        )


def test_an_unknown_original_is_404_and_nothing_is_held(till: Till, receipt: str) -> None:
    cases = [
        (("receipt", "S001-T01-999999", 1, "1"), "return.unknown_receipt"),
        (("receipt", receipt, 2, "1"), "return.unknown_line"),  # the voided line was never sold
        (("web_order", "W-404", 1, "1"), "return.unknown_order"),
    ]
    for line, code in cases:
        answer = claim(till, claim_body(("receipt", receipt, 1, "1"), line))
        assert (answer.status_code, answer.json()["error"]) == (404, code), answer.text
    assert line_of(look_up(till, "receipt", receipt).json(), 1)["claimed"] == "0"


def test_two_tills_claiming_the_last_unit_at_once_one_is_granted(
    till: Till, receipt: str, db: Database, base_url: str
) -> None:
    tills = [till, *(Till.enrol(db, base_url, "S00" + str(1 + n % 2), f"T1{n}") for n in range(3))]
    for _round in range(3):  # the last unit of line 3, three times over (released in between)
        barrier = threading.Barrier(len(tills))
        answers: list[requests.Response] = []

        def take(one: Till, barrier: threading.Barrier = barrier, answers: list[Any] = answers) -> None:
            barrier.wait()
            answers.append(claim(one, claim_body(("receipt", receipt, 3, "1"))))

        threads = [threading.Thread(target=take, args=(one,)) for one in tills]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(60)
        assert sorted(a.status_code for a in answers) == [201] + [409] * (len(tills) - 1), [
            a.text for a in answers
        ]
        assert all(a.json()["error"] == "return.over_returnable" for a in answers if a.status_code == 409)
        winner = next(a.json()["claim_id"] for a in answers if a.status_code == 201)
        assert release(till, winner).status_code == 204


HOSTILE: list[Any] = [
        {},
        [1, 2],
        {"claim_id": "x", "staff_id": "anna", "lines": []},
        {"claim_id": str(uuid.uuid4()), "staff_id": "anna", "lines": []},
        {"claim_id": str(uuid.uuid4()), "staff_id": "", "lines": [
            {"origin_kind": "receipt", "origin_reference": "R", "origin_line_no": 1, "quantity": "1"}]},
        {"claim_id": str(uuid.uuid4()), "staff_id": "anna", "lines": [
            {"origin_kind": "none", "origin_reference": "R", "origin_line_no": 1, "quantity": "1"}]},
        {"claim_id": str(uuid.uuid4()), "staff_id": "anna", "lines": [
            {"origin_kind": "receipt", "origin_reference": "R", "origin_line_no": 0, "quantity": "1"}]},
        {"claim_id": str(uuid.uuid4()), "staff_id": "anna", "lines": [
            {"origin_kind": "receipt", "origin_reference": "R", "origin_line_no": 1, "quantity": "-1"}]},
        {"claim_id": str(uuid.uuid4()), "staff_id": "anna", "lines": [
            {"origin_kind": "receipt", "origin_reference": "R" * 65, "origin_line_no": 1, "quantity": "1"}]},
        {"claim_id": str(uuid.uuid4()), "staff_id": "anna", "lines": [
            {"origin_kind": "receipt", "origin_reference": "R", "origin_line_no": 1, "quantity": "1"}] * 2},
        {"claim_id": str(uuid.uuid4()), "staff_id": "anna", "lines": [
            {"origin_kind": "receipt", "origin_reference": "\u0000", "origin_line_no": 1, "quantity": 1}]},
        {"claim_id": str(uuid.uuid4()), "staff_id": "anna", "lines": [
            {"origin_kind": "receipt", "origin_reference": "R\u0000", "origin_line_no": 1, "quantity": "1"}]},
    {"claim_id": str(uuid.uuid4()), "staff_id": "anna", "lines": [
        {"origin_kind": "receipt", "origin_reference": f"R{n}", "origin_line_no": 1, "quantity": "1"}
        for n in range(101)]},
]  # fmt: skip


def test_hostile_claims_and_paths_are_4xx_and_hold_nothing(till: Till, receipt: str) -> None:
    for body in HOSTILE:
        answer = claim(till, body)
        assert 400 <= answer.status_code < 500, (body, answer.text)
        assert "error" in answer.json()
    for path in ("/v1/terminal/returns/receipts/%00", "/v1/terminal/returns/web-orders/" + "W" * 65):
        assert 400 <= till.get(path).status_code < 500
    huge = claim(till, claim_body(("receipt", receipt, 1, "999999999")))
    assert (huge.status_code, huge.json()["error"]) == (409, "return.over_returnable")
    assert claim(till, claim_body(("receipt", receipt, 1, "2"))).status_code == 201  # nothing was held
