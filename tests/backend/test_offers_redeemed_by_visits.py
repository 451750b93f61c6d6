"""Personal offers redeemed by the visit's event (docs/adr/0022-offers-redeemed-by-the-visit.md):
`visit.completed` schema 3 names each offer with its claim; ingesting it redeems the offer, a replay
changes nothing, and the same offer in a second visit (offline, or after the hold ran out) is taken
like any fact and becomes a manager task, never a 4xx/5xx. Real backend on loopback, real pushes."""

from __future__ import annotations

import uuid
from typing import Any

import requests
from sqlalchemy import select

from backend.db import Database
from backend.models import ManagerTask, Sale
from backend.models.offers import CustomerOffer
from backend.services.catalogue import upsert_customer
from tests.backend.tills import Till


def offer_visit(till: Till, offer_id: str, claim_id: str, *, customer_id: str = "C1") -> dict[str, Any]:
    """A visit that only sold one SKU-2 at 10 % off through the offer: schema 3."""
    till.receipts += 1
    return till.event(
        "visit.completed",
        {
            "schema": 3,
            "sale_id": str(uuid.uuid4()),
            "receipt_number": f"{till.store_id}-{till.terminal_id}-{till.receipts:06d}",
            "store_id": till.store_id,
            "terminal_id": till.terminal_id,
            "staff_id": "anna",
            "currency": "EUR",
            "total_minor": 900,
            "customer_id": customer_id,
            "lines": [
                {"line_no": 1, "sku": "SKU-2", "name": "Product 2", "quantity": "1",
                 "unit_price_minor": 1000, "discount_minor": 100, "total_minor": 900,
                 "vat_code": "A", "vat_percent": "19"}
            ],
            "payments": [{"tender": "cash", "direction": "in", "amount_minor": 900}],
            "offers": [{"offer_id": offer_id, "claim_id": claim_id, "group_id": "TOOLS", "percent": 10,
                        "discount_minor": 100, "line_nos": [1]}],
        },
    )  # fmt: skip


def _setup(db: Database, base_url: str, shop: dict[str, str], *offer_ids: str) -> None:
    with db.write() as session:
        upsert_customer(session, customer_id="C1", name="Julia Hoffmann", email=None, phone=None, feed=None)
    for offer_id in offer_ids:
        body = {"offer_id": offer_id, "group_id": "TOOLS", "percent": 10}
        answer = requests.post(f"{base_url}/v1/customers/C1/offers", json=body, headers=shop, timeout=10)
        assert answer.status_code == 201, answer.text


def _claim(till: Till, offer_id: str) -> str:
    claim_id = str(uuid.uuid4())
    answer = till.http.post(
        f"{till.base_url}/v1/terminal/offers/{offer_id}/claims",
        json={"claim_id": claim_id, "staff_id": "anna"},
        headers=till.headers,
        timeout=10,
    )
    assert answer.status_code == 200, answer.text
    return claim_id


def _offer(db: Database, offer_id: str) -> tuple[str, str | None, str | None]:
    with db.read() as session:
        offer = session.get(CustomerOffer, offer_id)
        assert offer is not None
        return offer.status, offer.redeemed_receipt, offer.claim_id


def _tasks(db: Database) -> list[ManagerTask]:
    with db.read() as session:
        return list(session.scalars(select(ManagerTask).where(ManagerTask.kind == "visit.unmatched")))


def test_the_visit_event_redeems_its_offer_once_and_a_replay_changes_nothing(
    db: Database, base_url: str, till: Till, shop: dict[str, str]
) -> None:
    _setup(db, base_url, shop, "O-1")
    claim_id = _claim(till, "O-1")
    assert _offer(db, "O-1")[0] == "held"
    visit = offer_visit(till, "O-1", claim_id)
    first = till.push([visit])
    assert first.status_code == 200, first.text
    assert _offer(db, "O-1") == ("redeemed", visit["payload"]["receipt_number"], claim_id)
    assert till.get("/v1/terminal/customers/C1/offers").json() == []  # no longer offered
    again = till.push([visit])  # the outbox sends it again (its answer was lost)
    assert again.status_code == 200, again.text
    (replayed,), (applied,) = again.json()["results"], first.json()["results"]
    assert (replayed["status"], replayed["result"]) == ("duplicate", applied["result"])
    assert _offer(db, "O-1") == ("redeemed", visit["payload"]["receipt_number"], claim_id)
    assert _tasks(db) == []
    with db.read() as session:
        assert (
            session.scalar(
                select(Sale.total_minor).where(Sale.receipt_number == visit["payload"]["receipt_number"])
            )
            == 900
        )
    refused = till.http.post(
        f"{till.base_url}/v1/terminal/offers/O-1/claims",
        json={"claim_id": str(uuid.uuid4()), "staff_id": "anna"},
        headers=till.headers,
        timeout=10,
    )
    assert (refused.status_code, refused.json()["error"]) == (409, "offer.redeemed")
    gone = till.http.delete(
        f"{till.base_url}/v1/terminal/offers/claims/{claim_id}", headers=till.headers, timeout=10
    )
    assert gone.status_code == 204  # a late release of a redeemed offer's claim: it stays redeemed
    assert _offer(db, "O-1")[0] == "redeemed"


def test_the_same_offer_in_a_second_visit_is_taken_and_becomes_a_manager_task(
    db: Database, base_url: str, till: Till, shop: dict[str, str]
) -> None:
    _setup(db, base_url, shop, "O-2", "O-3")
    first = offer_visit(till, "O-2", _claim(till, "O-2"))
    assert till.push([first]).status_code == 200
    other = Till.enrol(db, base_url, "S002", "T01")
    # Applied again elsewhere (a claim whose hold ran out, then redeemed by the first visit): the
    # sale happened, so it is stored; the double use is a task for a manager.
    second = offer_visit(other, "O-2", str(uuid.uuid4()))
    answer = other.push([second])
    assert answer.status_code == 200, answer.text
    assert answer.json()["results"][0]["status"] == "applied"
    assert _offer(db, "O-2")[1] == first["payload"]["receipt_number"]  # still the first visit's
    found = _tasks(db)
    assert [(t.store_id, t.status) for t in found] == [("S002", "open")]
    assert "O-2" in found[0].summary
    assert first["payload"]["receipt_number"] in found[0].summary
    with db.read() as session:
        assert session.scalar(
            select(Sale.receipt_number).where(Sale.receipt_number == second["payload"]["receipt_number"])
        )

    # An offer held by another till's claim (its visit still open) goes to the visit that reports first.
    held_elsewhere = _claim(other, "O-3")
    mine = offer_visit(till, "O-3", str(uuid.uuid4()))
    assert till.push([mine]).status_code == 200
    assert _offer(db, "O-3")[:2] == ("redeemed", mine["payload"]["receipt_number"])
    late = offer_visit(other, "O-3", held_elsewhere)
    assert other.push([late]).status_code == 200
    assert len(_tasks(db)) == 2

    unknown = offer_visit(till, "O-404", str(uuid.uuid4()))
    assert till.push([unknown]).status_code == 200  # an offer the backend never heard of: a task too
    assert any("O-404" in t.summary for t in _tasks(db))


def test_an_offer_of_another_customer_is_redeemed_and_flagged(
    db: Database, base_url: str, till: Till, shop: dict[str, str]
) -> None:
    _setup(db, base_url, shop, "O-5")
    visit = offer_visit(till, "O-5", _claim(till, "O-5"), customer_id="C-OTHER")
    assert till.push([visit]).status_code == 200
    assert _offer(db, "O-5")[0] == "redeemed"
    assert any("customer C1" in t.summary for t in _tasks(db))
