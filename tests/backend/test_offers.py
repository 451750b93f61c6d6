"""Personal offers at the backend (issue 11): created through the web-shop API (idempotent, conflicts
refused), claimed by one till, refused at a till of another store while held and after redemption,
released and claimed again; a rule on the history ("bought group X in the last 90 days -> y % on Z")
creates one offer per customer, never twice."""

from __future__ import annotations

import argparse
import uuid

import requests
from sqlalchemy import update

from backend.db import Database
from backend.models import Product
from backend.models.returns import ProductGroup
from backend.offer_cli import run_offer_command
from backend.services.catalogue import upsert_customer
from tests.backend.tills import Till


def _offer(offer_id: str, percent: int = 10) -> dict[str, object]:
    return {"offer_id": offer_id, "group_id": "TOOLS", "percent": percent, "description": "10 % on tools"}


def test_an_offer_is_redeemed_once_chain_wide(
    db: Database, base_url: str, till: Till, shop: dict[str, str]
) -> None:
    with db.write() as session:
        upsert_customer(session, customer_id="C1", name="Julia Hoffmann", email=None, phone=None, feed=None)
    post = lambda cid, body, headers=shop: requests.post(  # noqa: E731
        f"{base_url}/v1/customers/{cid}/offers", json=body, headers=headers, timeout=10
    )
    assert post("C1", _offer("O-1")).status_code == 201
    assert post("C1", _offer("O-1")).status_code == 200  # the same offer again
    conflict = post("C1", _offer("O-1", percent=20))
    assert (conflict.status_code, conflict.json()["error"]) == (409, "offer.conflict")
    assert post("C404", _offer("O-2")).json()["error"] == "customer.unknown"
    assert post("C1", _offer("O-3"), headers={}).status_code == 401
    assert post("C1", {**_offer("O-4"), "percent": 0}).status_code == 422
    assert post("C1", _offer("O-2")).status_code == 201

    other = Till.enrol(db, base_url, "S002", "T01")
    found = till.get("/v1/terminal/customers/C1/offers").json()
    assert [(o["offer_id"], o["status"]) for o in found] == [("O-1", "open"), ("O-2", "open")]

    def claim(at: Till, offer_id: str, claim_id: str) -> requests.Response:
        body = {"claim_id": claim_id, "staff_id": "STAFF-0001"}
        return at.http.post(
            f"{base_url}/v1/terminal/offers/{offer_id}/claims", json=body, headers=at.headers, timeout=10
        )

    mine = str(uuid.uuid4())
    held = claim(till, "O-1", mine)
    assert held.status_code == 200, held.text
    assert held.json()["offer"]["status"] == "held"
    assert claim(till, "O-1", mine).status_code == 200  # the same claim again: a till's retry
    refused = claim(other, "O-1", str(uuid.uuid4()))
    assert (refused.status_code, refused.json()["error"]) == (409, "offer.held")
    redeemed = till.http.post(
        f"{base_url}/v1/terminal/offers/claims/{mine}/redeem",
        json={"receipt_number": "S001-T01-000001"},
        headers=till.headers,
        timeout=10,
    )
    assert redeemed.json()["status"] == "redeemed"
    refused = claim(other, "O-1", str(uuid.uuid4()))
    assert (refused.status_code, refused.json()["error"]) == (409, "offer.redeemed")

    theirs = str(uuid.uuid4())
    assert claim(other, "O-2", theirs).status_code == 200
    gone = other.http.delete(
        f"{base_url}/v1/terminal/offers/claims/{theirs}", headers=other.headers, timeout=10
    )
    assert gone.status_code == 204  # the visit did not take it: open again
    assert claim(till, "O-2", str(uuid.uuid4())).status_code == 200
    assert claim(till, "O-404", str(uuid.uuid4())).json()["error"] == "offer.unknown"
    assert [o["offer_id"] for o in till.get("/v1/terminal/customers/C1/offers").json()] == ["O-2"]


def test_a_rule_on_the_history_creates_each_offer_once(db: Database, till: Till) -> None:
    with db.write() as session:
        session.add(ProductGroup(group_id="GARDEN", name="Garden", return_days=None, final_sale=False))
        session.add(ProductGroup(group_id="TOOLS", name="Tools", return_days=None, final_sale=False))
        session.flush()
        session.execute(update(Product).where(Product.sku == "SKU-2").values(group_id="GARDEN"))
        for cid in ("C1", "C2"):
            upsert_customer(session, customer_id=cid, name=cid, email=None, phone=None, feed=None)
    assert till.push(
        [till.sale(("SKU-2", "1"), customer_id="C1"), till.sale(("SKU-3", "1"), customer_id="C2")]
    ).ok
    args = argparse.Namespace(
        name="garden", bought_group="GARDEN", days=90, percent=10, on_group="TOOLS", description=""
    )
    assert run_offer_command(args, db) == 0
    offers = till.get("/v1/terminal/customers/C1/offers").json()
    assert [(o["offer_id"], o["group_id"], o["percent"]) for o in offers] == [("R-garden-C1", "TOOLS", 10)]
    assert till.get("/v1/terminal/customers/C2/offers").json() == []  # bought no garden product
    assert run_offer_command(args, db) == 0
    assert len(till.get("/v1/terminal/customers/C1/offers").json()) == 1  # not twice
