"""The contract's versions: every payload model has one, schema 1 travels as absence, the registry and
the listing of what a backend accepts."""

from __future__ import annotations

import uuid
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import ValidationError

from contract.payloads.audit import AuditRecorded
from contract.payloads.base import Payload
from contract.payloads.till import TillClosedV2, TillOpenedV2
from contract.payloads.visit import VisitCompletedV2, VisitCompletedV3
from contract.registry import EVENTS
from contract.versions import LEGACY_ACCEPTS, accepts_from_listing, listing, schema_of
from tests.support.versions import REGISTRY_V2, AuditRecordedV2, audit_payload

SALE: dict[str, Any] = {
    "sale_id": str(uuid.uuid4()),
    "receipt_number": "S001-T01-000001",
    "store_id": "S001",
    "terminal_id": "T01",
    "staff_id": "anna",
    "currency": "EUR",
    "total_minor": 499,
    "lines": [
        {"line_no": 1, "sku": "SKU-1", "name": "x", "quantity": "1", "unit_price_minor": 499,
         "total_minor": 499, "vat_code": "A", "vat_percent": "19"}
    ],
    "payments": [{"tender": "cash", "amount_minor": 499}],
}  # fmt: skip


def test_every_registered_model_is_a_payload_of_its_own_schema() -> None:
    assert (
        len(list(EVENTS)) == 18
    )  # + till.closed 2, till.opened 1 and 2, stock.adjusted, stock.transferred_in, visit.completed 3
    for event_type, schema, model in EVENTS:
        assert issubclass(model, Payload), event_type
        assert model.model_fields["schema_version"].alias == "schema"
        expected = (
            3
            if model is VisitCompletedV3
            else 2
            if model in (VisitCompletedV2, TillClosedV2, TillOpenedV2)
            else 1
        )
        assert schema == expected, event_type
        with pytest.raises(ValidationError, match="schema"):
            model.model_validate({"schema": schema + 1})


def test_schema_1_is_written_by_leaving_it_out_and_read_either_way() -> None:
    sale = EVENTS.model("sale.completed", 1)
    assert sale is not None
    wire = sale.model_validate(SALE).model_dump(mode="json")
    assert "schema" not in wire  # a backend from before versions refuses unknown keys
    assert sale.model_validate({**SALE, "schema": 1}).schema_version == 1
    assert sale.model_validate(wire).model_dump(mode="json") == wire


def test_a_later_schema_is_written_out_and_needs_its_model() -> None:
    payload = audit_payload(schema=2)
    assert payload["schema"] == 2
    assert AuditRecordedV2.model_validate(payload).reason_code == "R-7"
    with pytest.raises(ValidationError):
        AuditRecorded.model_validate(payload)
    with pytest.raises(ValidationError):  # schema 2 is never implied
        AuditRecordedV2.model_validate({k: v for k, v in payload.items() if k != "schema"})


def test_registry_knows_pairs_and_lists_versions() -> None:
    assert REGISTRY_V2.model("audit.recorded", 2) is AuditRecordedV2
    assert EVENTS.model("audit.recorded", 2) is None  # with_model leaves the original alone
    assert REGISTRY_V2.accepts()["audit.recorded"] == frozenset({1, 2})
    assert listing(REGISTRY_V2.accepts())["audit.recorded"] == [1, 2]
    only_sales = REGISTRY_V2.only({"sale.completed": [1], "audit.recorded": [2]})
    assert listing(only_sales.accepts()) == {"audit.recorded": [2], "sale.completed": [1]}
    assert not only_sales.knows_type("till.closed")
    assert EVENTS.knows_type("pickup.handed_over")
    assert not EVENTS.knows_type("loyalty.earned")  # no model: refused, never stored unvalidated


def test_a_backend_listing_nothing_is_from_before_versions() -> None:
    assert accepts_from_listing({}) is LEGACY_ACCEPTS
    # An older backend took schema 1 of the types it had handlers for; the visit and pickups came later.
    later = {"visit.completed", "pickup.started", "pickup.picked", "pickup.ready", "pickup.handed_over"}
    later |= {"till.opened", "stock.adjusted", "stock.transferred_in"}
    assert set(LEGACY_ACCEPTS) == {t for t, _s, _m in EVENTS} - later
    assert all(schemas == {1} for schemas in LEGACY_ACCEPTS.values())
    assert accepts_from_listing({"sale.completed": [1, 2]}) == {"sale.completed": frozenset({1, 2})}


@given(st.one_of(st.none(), st.booleans(), st.floats(), st.text(), st.integers()))
def test_schema_of_is_a_positive_integer_or_none(value: object) -> None:
    found = schema_of({"schema": value})
    if type(value) is int and value >= 1:
        assert found == value
    else:
        assert found is None
    assert schema_of({}) == 1
