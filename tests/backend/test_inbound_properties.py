"""Property: whatever JSON a client sends to any inbound model, the answer is never a 5xx.

For every inbound model (enrolment, the batch, an event, each event payload, a web order, a web
return, a saved cart): arbitrary JSON in its place, and a valid example with one value anywhere replaced by
arbitrary JSON (huge integers, lone surrogates, NUL, floats, deep nesting). Payloads travel in a
valid envelope with the till's identity and next seq, so they reach the payload models and the
database, not only the envelope's checks. Real server, real database (SQLite and PostgreSQL).
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable
from typing import Any

import pytest
import requests
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from backend.db import Database
from backend.services.security import create_api_key
from tests.backend.tills import Till

_TEXT = st.text(alphabet=st.characters(codec=None, categories=None), max_size=12) | st.sampled_from(
    ["\ud800", "a\x00b", "\udfff\ud800", "²", "9" * 30, "", "S001", "T01", "SKU-2", "1.5", "-0"]
)
_SCALARS = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.sampled_from([2**63, -(2**63) - 1, 2**64, 10**30, 0, -1])
    | st.floats(allow_nan=False, allow_infinity=False)
    | _TEXT
)
JSON = st.recursive(
    _SCALARS,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(_TEXT, inner, max_size=4),
    max_leaves=12,
)


def _paths(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [prefix]
    if isinstance(value, dict):
        for key, item in value.items():
            found += _paths(item, (*prefix, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found += _paths(item, (*prefix, index))
    return found


def _replace(value: Any, path: tuple[Any, ...], new: Any) -> Any:
    if not path:
        return new
    copy = json.loads(json.dumps(value))
    target = copy
    for step in path[:-1]:
        target = target[step]
    target[path[-1]] = new
    return copy


@st.composite
def mutated(draw: st.DrawFn, example: dict[str, Any]) -> Any:
    """Arbitrary JSON, or the example with one value anywhere replaced by arbitrary JSON."""
    if draw(st.integers(0, 4)) == 0:
        return draw(JSON)
    path = draw(st.sampled_from(_paths(example)))
    return _replace(example, path, draw(JSON))


class Client:
    """The till and the shop against the fixture's server; `post` asserts the answer is not a 5xx."""

    def __init__(self, base_url: str, till: Till, shop_key: str) -> None:
        self.base_url, self.till, self.shop = base_url, till, {"X-Api-Key": shop_key}
        self.seq = 1

    def post(
        self, path: str, body: Any, headers: dict[str, str] | None = None, *, method: str = "POST"
    ) -> requests.Response:
        answer = self.till.http.request(
            method,
            f"{self.base_url}{path}",
            data=json.dumps(body).encode(),  # json.dumps writes lone surrogates as \\ud800 escapes
            headers={"Content-Type": "application/json", **(headers or {})},
            timeout=30,
        )
        assert answer.status_code < 500, (body, answer.status_code, answer.text)
        assert answer.json()["error"] if answer.status_code >= 400 else True
        return answer

    def push(self, body: Any) -> None:
        answer = self.post(f"/v1/terminals/{self.till.terminal_id}/events", body, self.till.headers)
        if answer.status_code == 200:
            self.seq = answer.json()["acked_through_seq"] + 1

    def envelope(self, type_: str, payload: Any) -> dict[str, Any]:
        return {
            "event_id": str(uuid.uuid4()),
            "seq": self.seq,
            "type": type_,
            "occurred_at": "2026-12-01T10:00:00+01:00",
            "payload": payload,
        }


@pytest.fixture
def client(db: Database, base_url: str, till: Till) -> Client:
    with db.write() as session:
        key = create_api_key(session, "property shop")
    order = {
        "order_number": "W-P",
        "pickup_store_id": "S001",
        "currency": "EUR",
        "paid": True,
        "customer": {"customer_id": "C1", "name": "Julia"},
        "lines": [{"sku": "SKU-2", "quantity": "1", "unit_price_minor": 299}],
    }
    assert requests.post(f"{base_url}/v1/web-orders", json=order, headers={"X-Api-Key": key}, timeout=10).ok
    return Client(base_url, till, key)


IDS = {"store_id": "S001", "terminal_id": "T01", "staff_id": "anna"}
PAYLOADS: dict[str, dict[str, Any]] = {
    "sale.completed": {
        "sale_id": "0b6a3c1e-4d5f-4a7b-8c9d-0e1f2a3b4c5d",
        "receipt_number": "S001-T01-000001",
        **IDS,
        "currency": "EUR",
        "total_minor": 199,
        "lines": [
            {
                "line_no": 1,
                "sku": "SKU-2",
                "name": "Hammer",
                "quantity": "1",
                "unit_price_minor": 199,
                "total_minor": 199,
                "vat_code": "A",
                "vat_percent": "19",
            }
        ],
        "payments": [{"tender": "cash", "amount_minor": 199}],
        "vat": [{"code": "A", "percent": "19", "gross_minor": 199, "net_minor": 167, "vat_minor": 32}],
    },
    "sale.returned": {
        "return_id": "1b6a3c1e-4d5f-4a7b-8c9d-0e1f2a3b4c5d",
        "receipt_number": "S001-T01-000001",
        **IDS,
        "currency": "EUR",
        "total_refund_minor": 199,
        "reason": "defect",
        "lines": [{"line_no": 1, "sku": "SKU-2", "quantity": "1", "refund_minor": 199}],
    },
    "stock.counted": {
        "count_id": "2b6a3c1e-4d5f-4a7b-8c9d-0e1f2a3b4c5d",
        **IDS,
        "lines": [{"sku": "SKU-3", "counted": "4"}],
    },
    "stock.adjusted": {
        "adjustment_id": "2c6a3c1e-4d5f-4a7b-8c9d-0e1f2a3b4c5d",
        **IDS,
        "lines": [{"sku": "SKU-3", "quantity": "1", "reason": "damaged", "direction": "out"}],
    },
    "stock.transferred_in": {
        "transfer_id": "2d6a3c1e-4d5f-4a7b-8c9d-0e1f2a3b4c5d",
        **IDS,
        "from_store_id": "S002",
        "lines": [{"sku": "SKU-3", "quantity": "2"}],
    },
    "audit.recorded": {
        "audit_id": "3b6a3c1e-4d5f-4a7b-8c9d-0e1f2a3b4c5d",
        **IDS,
        "action": "drawer.opened",
        "details": {"why": "change"},
    },
    "cash.movement": {
        "movement_id": "4b6a3c1e-4d5f-4a7b-8c9d-0e1f2a3b4c5d",
        **IDS,
        "kind": "cash_in",
        "currency": "EUR",
        "amount_minor": 5000,
    },
    "till.closed": {
        "closing_id": "5b6a3c1e-4d5f-4a7b-8c9d-0e1f2a3b4c5d",
        **IDS,
        "z_number": 1,
        "currency": "EUR",
        "opened_at": "2026-12-01T08:00:00+01:00",
        "sales_count": 1,
        "gross_minor": 199,
        "tenders": [{"tender": "cash", "expected_minor": 199, "counted_minor": 199}],
    },
    "visit.completed": {  # schema 3: a sale that applied a personal offer (ADR 0022)
        "schema": 3,
        "sale_id": "6b6a3c1e-4d5f-4a7b-8c9d-0e1f2a3b4c5d",
        "receipt_number": "S001-T01-000002",
        **IDS,
        "currency": "EUR",
        "total_minor": 269,
        "customer_id": "C1",
        "lines": [
            {
                "line_no": 1,
                "sku": "SKU-2",
                "name": "Product 2",
                "quantity": "1",
                "unit_price_minor": 299,
                "discount_minor": 30,
                "total_minor": 269,
                "vat_code": "A",
                "vat_percent": "19",
            }
        ],
        "payments": [{"tender": "cash", "direction": "in", "amount_minor": 269}],
        "offers": [
            {
                "offer_id": "O-P",
                "claim_id": "7b6a3c1e-4d5f-4a7b-8c9d-0e1f2a3b4c5d",
                "group_id": "TOOLS",
                "percent": 10,
                "discount_minor": 30,
                "line_nos": [1],
            }
        ],
    },
}
RUNS = settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))


@pytest.mark.parametrize("event_type", sorted(PAYLOADS))
def test_any_payload_of_any_event_type_is_never_a_5xx(client: Client, event_type: str) -> None:
    @RUNS
    @given(payload=mutated(PAYLOADS[event_type]))
    def run(payload: Any) -> None:
        client.push({"events": [client.envelope(event_type, payload)]})

    run()


@pytest.mark.parametrize("event_type", sorted(PAYLOADS))
def test_each_example_is_accepted_as_it_stands(client: Client, event_type: str) -> None:
    """The mutations start from a valid event, so they reach the code behind validation."""
    answer = client.post(
        f"/v1/terminals/{client.till.terminal_id}/events",
        {"events": [client.envelope(event_type, PAYLOADS[event_type])]},
        client.till.headers,
    )
    assert answer.status_code == 200, answer.text
    assert answer.json()["results"][0]["status"] == "applied", answer.text


def _batch_example(client: Client) -> dict[str, Any]:
    return {"events": [client.envelope("stock.counted", PAYLOADS["stock.counted"])]}


SENDERS: dict[str, Callable[[Client, Any], Any]] = {
    "EnrollRequest": lambda c, body: c.post("/v1/terminals/enroll", body),
    "EventBatch": lambda c, body: c.push(body),
    "EventIn": lambda c, body: c.push({"events": [body]}),
    "WebOrderIn": lambda c, body: c.post("/v1/web-orders", body, c.shop),
    "WebReturnIn": lambda c, body: c.post("/v1/web-orders/W-P/returns", body, c.shop),
    "SavedCartIn": lambda c, body: c.post("/v1/customers/C1/saved-carts/K-1", body, c.shop, method="PUT"),
}
EXAMPLES: dict[str, Callable[[Client], Any]] = {
    "EnrollRequest": lambda _c: {"code": "ABCD-EFGH-JKLM"},
    "EventBatch": _batch_example,
    "EventIn": lambda c: _batch_example(c)["events"][0],
    "WebOrderIn": lambda _c: {
        "order_number": "W-Q",
        "pickup_store_id": "S001",
        "currency": "EUR",
        "paid": True,
        "customer": {"customer_id": "C2", "name": "Lukas", "phone": "+49 30 1234"},
        "lines": [{"sku": "SKU-3", "quantity": "1", "unit_price_minor": 399}],
        "replaces_order_number": None,
    },
    "SavedCartIn": lambda _c: {
        "kind": "wish_list",
        "name": "Garden",
        "updated_at": "2026-12-01T10:00:00+01:00",
        "lines": [
            {"sku": "SKU-3", "quantity": "2", "shop_price_minor": 399},
            {"sku": "X-9", "quantity": "1"},
        ],
    },
    "WebReturnIn": lambda _c: {
        "return_id": "R-1",
        "channel": "parcel",
        "lines": [{"line_no": 1, "sku": "SKU-2", "quantity": "1", "reason": "faulty"}],
    },
}


@pytest.mark.parametrize("model", sorted(SENDERS))
def test_any_body_for_any_inbound_model_is_never_a_5xx(client: Client, model: str) -> None:
    @RUNS
    @given(body=mutated(EXAMPLES[model](client)))
    def run(body: Any) -> None:
        SENDERS[model](client, body)

    run()
