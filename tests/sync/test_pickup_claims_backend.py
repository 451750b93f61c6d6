"""The till's claim adapter against the real backend's claim endpoint (loopback, migrated SQLite, demo
chain): every answer the backend gives arrives at the till as the refusal the cashier is told, in
the till's own words (codes of terminal/ui/messages.py)."""

from __future__ import annotations

import uuid
from decimal import Decimal

from sqlalchemy import select

from backend.models import StockLevel, Store, WebOrder
from backend.services import webshop
from contract.webshop import WebCustomer, WebOrderIn, WebOrderLineIn
from sync.client import BackendClient
from sync.pickup_claims import BackendPickupClaims
from terminal.services.ports import ClaimAnswer
from tests.sync.conftest import Backend


def _place(backend: Backend, number: str, store_id: str = "S001") -> str:
    """A paid web order for one stocked article at `store_id`; its pickup code."""
    with backend.db.write() as session:
        sku = session.execute(
            select(StockLevel.sku)
            .where(StockLevel.store_id == store_id, StockLevel.on_hand_milli >= 5000)
            .order_by(StockLevel.sku)
            .limit(1)
        ).scalar_one()
        webshop.create_order(
            session,
            WebOrderIn(
                order_number=number,
                pickup_store_id=store_id,
                customer=WebCustomer(customer_id="C0001", name="Julia Hoffmann"),
                lines=[WebOrderLineIn(sku=sku, quantity=Decimal("1"), unit_price_minor=499)],
                currency="EUR",
                paid=True,
            ),
        )
        order = session.get(WebOrder, number)
        assert order is not None
        return order.pickup_code


def _claim(claims: BackendPickupClaims, number: str, code: str | None, **kw: object) -> ClaimAnswer:
    args: dict[str, object] = {"found_by": "code", "id_checked": False, "staff_id": "anna"}
    args.update(kw)
    return claims.claim(number, code=code, handover_id=str(uuid.uuid4()), **args)  # type: ignore[arg-type]


def test_the_backends_answers_become_the_tills_refusals(backend: Backend, client: BackendClient) -> None:
    claims = BackendPickupClaims(client)
    code = _place(backend, "W-C1")
    assert _claim(claims, "W-C1", f"{code[:4]} {code[4:]}") == ClaimAnswer("claimed")

    other_till = BackendClient(backend.url, read_timeout=20)
    other_till.token = other_till.enroll(backend.enroll_code("T02")).token
    try:
        taken = _claim(BackendPickupClaims(other_till), "W-C1", code)
    finally:
        other_till.close()
    assert (taken.outcome, taken.code) == ("refused", "pickup.claimed")

    unknown = _claim(claims, "W-NONE", "12345678")
    assert (unknown.outcome, unknown.code) == ("refused", "pickup.unknown")

    with backend.db.read() as session:
        elsewhere = session.execute(
            select(Store.store_id).where(Store.store_id != "S001").order_by(Store.store_id).limit(1)
        ).scalar_one()
    far = _place(backend, "W-C2", elsewhere)
    other = _claim(claims, "W-C2", far)
    assert (other.outcome, other.code) == ("refused", "pickup.other_store")
    assert other.detail.get("store_id") == elsewhere

    cancelled = _place(backend, "W-C3")
    with backend.db.write() as session:
        webshop.cancel_order(session, "W-C3")
    closed = _claim(claims, "W-C3", cancelled)
    assert (closed.outcome, closed.code) == ("refused", "pickup.status")
    assert closed.detail.get("status") == "cancelled"


def test_wrong_codes_count_down_to_the_lock(backend: Backend, client: BackendClient) -> None:
    claims = BackendPickupClaims(client)
    code = _place(backend, "W-C4")
    wrong = "00000000" if code != "00000000" else "11111111"
    answers = [_claim(claims, "W-C4", wrong) for _ in range(5)]
    assert [a.code for a in answers[:4]] == ["pickup.wrong_code_left"] * 4
    assert [a.detail.get("attempts_left") for a in answers[:4]] == ["4", "3", "2", "1"]
    assert answers[4].code == "pickup.code_locked"
    assert _claim(claims, "W-C4", code).code == "pickup.code_locked"  # even the right code, for a while
    # Found by name with an ID check, the customer still gets the order.
    assert _claim(claims, "W-C4", None, found_by="name", id_checked=True).outcome == "claimed"
