"""`visit.completed` schema 3 (docs/adr/0022-offers-redeemed-by-the-visit.md): the personal offers a
visit applied travel in its payload; schema 2 does not know them (an older backend would refuse the
field, so it is a new version, held back by tills until their backend lists it), and older tills'
payloads of schema 1 and 2 are still taken."""

from __future__ import annotations

import uuid
from typing import Any

import pytest
from pydantic import ValidationError

from contract.payloads.visit import VisitCompleted, VisitCompletedV2, VisitCompletedV3
from contract.registry import EVENTS

CLAIM = str(uuid.uuid4())
OFFER = {"offer_id": "O-1", "claim_id": CLAIM, "group_id": "WINE", "percent": 10, "discount_minor": 120,
         "line_nos": [1]}  # fmt: skip
VISIT: dict[str, Any] = {
    "schema": 3,
    "sale_id": str(uuid.uuid4()),
    "receipt_number": "S001-T01-000007",
    "store_id": "S001",
    "terminal_id": "T01",
    "staff_id": "anna",
    "currency": "EUR",
    "total_minor": 1080,
    "customer_id": "C-1",
    "lines": [
        {"line_no": 1, "sku": "SKU-1", "name": "Riesling", "quantity": "1", "unit_price_minor": 1200,
         "discount_minor": 120, "total_minor": 1080, "vat_code": "A", "vat_percent": "19"},
        {"line_no": 2, "sku": "SKU-2", "name": "Bread", "quantity": "1", "unit_price_minor": 300,
         "total_minor": 300, "vat_code": "B", "vat_percent": "7", "voided": True},
    ],
    "payments": [{"tender": "cash", "direction": "in", "amount_minor": 1080}],
    "offers": [OFFER],
}  # fmt: skip


def test_schema_3_carries_the_offers_and_writes_them_out_as_read() -> None:
    assert EVENTS.model("visit.completed", 3) is VisitCompletedV3
    visit = VisitCompletedV3.model_validate(VISIT)  # a visit that only sold, with an offer
    assert [(o.offer_id, str(o.claim_id), o.discount_minor, o.line_nos) for o in visit.offers] == [
        ("O-1", CLAIM, 120, [1])
    ]
    wire = visit.model_dump(mode="json")
    assert (wire["schema"], wire["offers"][0]["claim_id"]) == (3, CLAIM)
    assert VisitCompletedV3.model_validate(wire).model_dump(mode="json") == wire


def test_offers_are_not_a_field_of_schema_2_and_older_payloads_stay_valid() -> None:
    with pytest.raises(ValidationError, match="offers"):
        VisitCompletedV2.model_validate({**VISIT, "schema": 2, "handover_lines": []})
    handover = {"line_no": 1, "order_number": "W-1", "order_line_no": 1, "sku": "SKU-9", "name": "Wine box",
                "quantity": "1", "unit_price_minor": 0, "amount_minor": 0, "vat_code": "A",
                "vat_percent": "19", "paid_online": True}  # fmt: skip
    older = {k: v for k, v in VISIT.items() if k not in ("schema", "offers")}
    assert VisitCompleted.model_validate({**older, "handover_lines": [handover]}).schema_version == 1
    assert (
        VisitCompletedV2.model_validate({**older, "schema": 2, "handover_lines": [handover]}).schema_version
        == 2
    )
    assert "offers" not in VisitCompletedV2.model_fields
    assert VisitCompletedV3.model_validate({**older, "schema": 3, "handover_lines": [handover]}).offers == []


@pytest.mark.parametrize(
    ("change", "why"),
    [
        ({"offers": []}, "without returns, handovers, vouchers or offers"),
        ({"offers": [{**OFFER, "line_nos": [2]}]}, "names a line the visit did not sell"),  # voided
        ({"offers": [{**OFFER, "line_nos": [9]}]}, "names a line the visit did not sell"),
        ({"offers": [OFFER, OFFER]}, "applied once per visit"),
        ({"offers": [{**OFFER, "line_nos": []}]}, "at least 1 item"),
        ({"offers": [{**OFFER, "percent": 0}]}, "greater than or equal to 1"),
        ({"offers": [{**OFFER, "discount_minor": -1}]}, "greater than or equal to 0"),
        ({"offers": [{**OFFER, "claim_id": "not-a-uuid"}]}, "claim_id"),
        ({"offers": [{**OFFER, "extra": 1}]}, "Extra inputs are not permitted"),
    ],
)
def test_a_bad_offer_is_refused(change: dict[str, Any], why: str) -> None:
    with pytest.raises(ValidationError, match=why):
        VisitCompletedV3.model_validate({**VISIT, **change})
