"""`visit.completed` and the returns ledger: a return line naming a claim confirms it (its units
count as returned, never also as claimed); a replayed or re-sent visit changes nothing again (stock
moved once); approvals are stored; damaged goods move no sellable stock; a refund to the web
payment raises one refund request that the web shop is told about; a parcel return respects claims.
"""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import func, select

from backend.db import Database
from backend.models import (
    Notification,
    RefundRequest,
    ReturnClaim,
    StockLevel,
    StockMovement,
    VisitReturnLine,
    WebOrderHistory,
)
from tests.backend.pickups import place
from tests.backend.returns_parts import claim, claim_body, discounted_sale, line_of, look_up, return_visit
from tests.backend.tills import Till, web_order


def _on_hand(db: Database, sku: str) -> int:
    with db.read() as session:
        return int(
            session.scalar(
                select(StockLevel.on_hand_milli).where(StockLevel.store_id == "S001", StockLevel.sku == sku)
            )
            or 0
        )


def _status(db: Database, claim_id: str) -> str | None:
    with db.read() as session:
        return session.scalar(select(ReturnClaim.status).where(ReturnClaim.claim_id == claim_id))


def test_a_visit_confirms_its_claim_once_and_moves_stock_once(till: Till, db: Database) -> None:
    sale = discounted_sale(till)
    number = sale["payload"]["receipt_number"]
    assert till.push([sale]).ok
    assert (_on_hand(db, "SKU-2"), _on_hand(db, "SKU-3")) == (8000, 9000)
    held = claim_body(("receipt", number, 1, "1"), ("receipt", number, 3, "1"))
    assert claim(till, held).status_code == 201
    visit = return_visit(
        till,
        {"origin_kind": "receipt", "origin_reference": number, "origin_line_no": 1, "sku": "SKU-2",
         "quantity": "1", "refund_minor": 269, "claim_id": held["claim_id"], "approved_by": "boss",
         "override_reason": "receipt faded"},
        {"origin_kind": "receipt", "origin_reference": number, "origin_line_no": 3, "sku": "SKU-3",
         "quantity": "1", "refund_minor": 359, "claim_id": held["claim_id"], "disposition": "damaged"},
    )  # fmt: skip
    answer = till.push([visit])
    assert answer.status_code == 200, answer.text
    assert answer.json()["results"][0]["result"]["anomalies"] == []
    assert _status(db, held["claim_id"]) == "confirmed"
    shown = look_up(till, "receipt", number).json()
    # Counted as returned, not also as claimed.
    assert [(ln["returned"], ln["claimed"], ln["returnable"]) for ln in shown["lines"]] == [
        ("1", "0", "1"),
        ("1", "0", "0"),
    ]
    assert (_on_hand(db, "SKU-2"), _on_hand(db, "SKU-3")) == (9000, 9000)  # damaged: no sellable stock
    with db.read() as session:
        audit = session.execute(
            select(VisitReturnLine.line_no, VisitReturnLine.approved_by, VisitReturnLine.override_reason)
            .where(VisitReturnLine.sale_id == visit["payload"]["sale_id"])
            .order_by(VisitReturnLine.line_no)
        ).all()
    assert [tuple(a) for a in audit] == [(1, "boss", "receipt faded"), (2, None, "")]

    # The till sends the batch again (its answer was lost), and the same visit under a new event id.
    again = till.push([visit])
    assert again.status_code == 200, again.text
    resent = till.event("visit.completed", visit["payload"])
    assert till.push([resent]).status_code == 200
    shown = look_up(till, "receipt", number).json()
    assert [ln["returned"] for ln in shown["lines"]] == ["1", "1"]
    assert (_on_hand(db, "SKU-2"), _on_hand(db, "SKU-3")) == (9000, 9000)
    # Each disposition is its own ledger movement, once: back to stock on hand, damaged in its bucket.
    with db.read() as session:
        moved = session.execute(
            select(StockMovement.sku, StockMovement.bucket, StockMovement.qty_milli)
            .where(StockMovement.reason == "return")
            .order_by(StockMovement.sku)
        ).all()
    assert [tuple(m) for m in moved] == [("SKU-2", "on_hand", 1000), ("SKU-3", "damaged", 1000)]

    # Schema 1 confirms a claim the same way.
    last = claim_body(("receipt", number, 1, "1"))
    assert claim(till, last).status_code == 201
    v1 = return_visit(
        till,
        {"origin_kind": "receipt", "origin_reference": number, "origin_line_no": 1, "sku": "SKU-2",
         "quantity": "1", "refund_minor": 269, "claim_id": last["claim_id"]},
    )  # fmt: skip
    del v1["payload"]["schema"]
    assert till.push([v1]).status_code == 200
    assert _status(db, last["claim_id"]) == "confirmed"
    assert line_of(look_up(till, "receipt", number).json(), 1)["returnable"] == "0"
    assert _on_hand(db, "SKU-2") == 10_000


def _collected(till: Till, number: str, quantity: str) -> dict[str, Any]:
    till.receipts += 1
    return till.event(
        "visit.completed",
        {
            "sale_id": str(uuid.uuid4()),
            "receipt_number": f"S001-T01-{till.receipts:06d}",
            "store_id": "S001", "terminal_id": "T01", "staff_id": "anna", "currency": "EUR", "total_minor": 0,
            "handover_lines": [
                {"line_no": 1, "order_number": number, "order_line_no": 1, "sku": "SKU-2", "name": "P2",
                 "quantity": quantity, "unit_price_minor": 299, "amount_minor": 0, "vat_code": "A",
                 "vat_percent": "19", "paid_online": True}
            ],
            "payments": [],
        },
    )  # fmt: skip


def test_a_refund_to_the_web_payment_is_requested_once_and_parcels_respect_claims(
    till: Till, db: Database, base_url: str, shop: dict[str, str]
) -> None:
    customer = {"customer_id": "C8", "name": "Eva Web", "email": "eva@example.org"}
    order = web_order("W-8", lines=[{"sku": "SKU-2", "quantity": "3", "unit_price_minor": 299}])
    place(base_url, shop, {**order, "customer": customer})
    assert till.push([_collected(till, "W-8", "3")]).ok
    held = claim_body(("web_order", "W-8", 1, "2"))
    assert claim(till, held).status_code == 201

    # A parcel of two while the till holds two of the three: refused (the claim counts), one fits.
    def parcel(quantity: str) -> Any:
        body = {
            "return_id": str(uuid.uuid4()),
            "channel": "parcel",
            "lines": [{"line_no": 1, "quantity": quantity, "reason": "too big"}],
        }
        return till.http.post(f"{base_url}/v1/web-orders/W-8/returns", json=body, headers=shop, timeout=30)

    refused = parcel("2")
    assert (refused.status_code, refused.json()["error"]) == (409, "web_order.over_return"), refused.text
    assert refused.json()["detail"]["lines"][0]["claimed"] == "2"
    assert parcel("1").status_code == 201

    visit = return_visit(
        till,
        {"origin_kind": "web_order", "origin_reference": "W-8", "origin_line_no": 1, "sku": "SKU-2",
         "quantity": "2", "refund_minor": 598, "claim_id": held["claim_id"]},
        payments=[{"tender": "web", "direction": "out", "amount_minor": 598, "reference": "W-8"}],
    )  # fmt: skip
    assert till.push([visit]).status_code == 200
    assert till.push([visit]).status_code == 200  # sent again: nothing twice
    assert till.push([till.event("visit.completed", visit["payload"])]).status_code == 200
    with db.read() as session:
        refunds = session.scalars(select(RefundRequest).where(RefundRequest.order_number == "W-8")).all()
        told = session.scalar(
            select(func.count()).select_from(Notification).where(Notification.kind == "refund_requested")
        )
        history = session.scalar(
            select(func.count())
            .select_from(WebOrderHistory)
            .where(WebOrderHistory.order_number == "W-8", WebOrderHistory.status == "refund_requested")
        )
    assert [(r.amount_minor, r.reason, r.store_id) for r in refunds] == [(598, "store_return", "S001")]
    assert refunds[0].lines == [
        {"line_no": 1, "sku": "SKU-2", "quantity": "2", "amount_minor": 598, "reason": "defective"}
    ]
    assert (told, history) == (1, 1)  # the customer's e-mail, once
    shown = line_of(look_up(till, "web_order", "W-8").json(), 1)
    assert (shown["returned"], shown["claimed"], shown["returnable"]) == ("3", "0", "0")
    seen = till.http.get(f"{base_url}/v1/web-orders/W-8", headers=shop, timeout=30).json()
    assert [r["amount_minor"] for r in seen["refund_requests"]] == [598]
    # A refund to the web payment of an order that was not paid online is a task for a manager.
    stray = return_visit(
        till,
        {"origin_kind": "none", "sku": "SKU-2", "quantity": "1", "refund_minor": 199},
        payments=[{"tender": "web", "direction": "out", "amount_minor": 199, "reference": "W-404"}],
    )
    answer = till.push([stray])
    assert answer.status_code == 200, answer.text
    assert answer.json()["results"][0]["result"]["anomalies"] == [
        "refund of 199 to the web payment of W-404, which was not paid online"
    ]


def test_an_unverified_return_without_a_line_number_counts_against_the_receipts_sku(
    till: Till, db: Database
) -> None:
    """Another till's receipt taken back offline: the till knew no lines, the article was scanned. Its
    units count against that receipt's lines of the sku; more than they hold is one manager task, and
    the visit is never refused."""
    from backend.models import ManagerTask

    sale = discounted_sale(till)  # 2 x SKU-2 on line 1
    number = sale["payload"]["receipt_number"]
    assert till.push([sale]).ok
    unverified = {"origin_kind": "receipt", "origin_reference": number, "origin_line_no": None,
                  "sku": "SKU-2", "refund_minor": 299, "verified": False, "approved_by": "maria",
                  "override_reason": "unverified"}  # fmt: skip
    first = till.push([return_visit(till, {**unverified, "quantity": "1"})])
    assert first.status_code == 200, first.text
    assert first.json()["results"][0]["result"]["anomalies"] == []
    assert [ln["returnable"] for ln in look_up(till, "receipt", number).json()["lines"]] == ["1", "1"]
    over = till.push([return_visit(till, {**unverified, "quantity": "2"})])
    assert over.status_code == 200, over.text
    (anomaly,) = over.json()["results"][0]["result"]["anomalies"]
    assert anomaly == f"receipt {number} (SKU-2, not checked at the till): more returned than sold"
    stranger = till.push([return_visit(till, {**unverified, "sku": "SKU-9", "quantity": "1"})])
    assert stranger.json()["results"][0]["result"]["anomalies"] == [f"receipt {number} has no line of SKU-9"]
    assert [ln["returnable"] for ln in look_up(till, "receipt", number).json()["lines"]] == ["0", "1"]
    with db.read() as session:
        kinds = session.scalars(select(ManagerTask.kind).order_by(ManagerTask.task_id)).all()
    assert kinds == ["visit.unmatched", "visit.unmatched"]  # one per visit with an anomaly
