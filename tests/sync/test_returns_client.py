"""The returns adapter (sync/returns.py) against a tiny real HTTP server on loopback that answers the
shapes contract/returns.py describes: a receipt's returnable lines, 404s, a claim granted or refused
(409 with what is still returnable), a release, a server error and nobody listening (offline)."""

from __future__ import annotations

import json
import socket
import threading
from collections.abc import Iterator
from decimal import Decimal
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, ClassVar

import pytest

from sync.client import BackendClient
from sync.returns import BackendReturns
from terminal.domain.errors import TillError
from terminal.services.ports import ClaimRequest, ReturnsOfflineError

RECEIPT = {
    "kind": "receipt",
    "reference": "S002-T05-000123",
    "store_id": "S002",
    "store_name": "Hamburg",
    "terminal_id": "T05",
    "currency": "EUR",
    "occurred_at": "2026-11-20T10:00:00Z",
    "total_minor": 20500,
    "paid_online": False,
    "lines": [
        {
            "line_no": 1, "sku": "DRILL-1", "name": "Drill", "unit": "pc", "quantity": "2",
            "unit_price_minor": 12999, "paid_minor": 20001, "unit_paid_minor": 10000, "vat_code": "A",
            "vat_percent": "19", "returned": "0.5", "claimed": "0", "returnable": "1.5",
            "policy": {"group_id": "tools", "return_days": 14, "final_sale": False},
            "window_ends": "2026-12-04",
        }
    ],
    "tenders": [{"tender": "card", "amount_minor": 20500, "reference": "TX-1"}],
}  # fmt: skip
ROUTES: dict[tuple[str, str], tuple[int, Any]] = {
    ("GET", "/v1/terminal/returns/receipts/S002-T05-000123"): (200, RECEIPT),
    ("GET", "/v1/terminal/returns/receipts/NOPE-1-1"): (
        404,
        {"error": "return.unknown_receipt", "message": "x"},
    ),
    ("GET", "/v1/terminal/returns/web-orders/W-9"): (404, {"error": "not_found", "message": "x"}),
    ("GET", "/v1/terminal/returns/receipts/BROKEN-1-1"): (503, {"error": "db.down", "message": "x"}),
    ("GET", "/v1/terminal/products/DRILL-1/lowest-price"): (
        200,
        {
            "sku": "DRILL-1",
            "name": "Drill",
            "currency": "EUR",
            "days": 30,
            "lowest_minor": 9999,
            "current_minor": 12999,
        },
    ),
    ("POST", "/v1/terminal/returns/claims"): (
        200,
        {"claim_id": "c-1", "status": "held", "expires_at": "2026-11-24T10:10:00Z", "lines": []},
    ),
    ("DELETE", "/v1/terminal/returns/claims/c-1"): (204, None),
}
OVER = (  # as backend/services/return_claims.py refuses it: each line over in detail.lines
    409,
    {
        "error": "return.over_returnable",
        "message": "x",
        "detail": {"lines": [{"origin_kind": "receipt", "origin_reference": "S001-T01-000042",
                              "origin_line_no": 1, "wanted": "2", "returnable": "1"}]},
    },
)  # fmt: skip


class Handler(BaseHTTPRequestHandler):
    seen: ClassVar[list[tuple[str, str, Any]]] = []
    refuse_claims = False

    def _answer(self, method: str) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = json.loads(self.rfile.read(length)) if length else None
        type(self).seen.append((method, self.path, body))
        status, answer = ROUTES.get((method, self.path), (404, {"error": "not_found", "message": "x"}))
        if method == "POST" and type(self).refuse_claims:
            status, answer = OVER
        data = b"" if answer is None else json.dumps(answer).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_GET(self) -> None:
        self._answer("GET")

    def do_POST(self) -> None:
        self._answer("POST")

    def do_DELETE(self) -> None:
        self._answer("DELETE")

    def log_message(self, *args: object) -> None:
        """Quiet."""


@pytest.fixture(scope="module")
def served() -> Iterator[tuple[BackendReturns, type[Handler]]]:
    handler = type("H", (Handler,), {"seen": []})
    srv = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=srv.serve_forever, daemon=True)
    thread.start()
    client = BackendClient(f"http://127.0.0.1:{srv.server_address[1]}", token="t", read_timeout=3)
    yield BackendReturns(client), handler
    srv.shutdown()
    srv.server_close()


def test_a_receipt_comes_back_as_the_tills_original(served: tuple[BackendReturns, type[Handler]]) -> None:
    returns, _ = served
    original = returns.receipt("S002-T05-000123")
    (line,) = original.lines
    assert (original.source, original.store_name, original.tenders[0].tender) == (
        "backend",
        "Hamburg",
        "card",
    )
    assert (line.returnable, line.paid_minor, line.policy.return_days) == (Decimal("1.5"), 20001, 14)
    assert str(line.window_ends) == "2026-12-04"
    assert returns.lowest_price("DRILL-1").lowest_minor == 9999


@pytest.mark.parametrize(
    ("call", "code"),
    [
        (lambda r: r.receipt("NOPE-1-1"), "return.unknown_receipt"),
        (lambda r: r.web_order("W-9"), "return.unknown_order"),  # a bare 404 still says which
        (lambda r: r.lowest_price("UNKNOWN"), "catalogue.unknown_sku"),
    ],
)
def test_unknown_originals_are_refused_with_their_code(
    served: tuple[BackendReturns, type[Handler]], call: Any, code: str
) -> None:
    with pytest.raises(TillError) as err:
        call(served[0])
    assert err.value.code == code
    assert not isinstance(err.value, ReturnsOfflineError)


def test_a_claim_is_sent_granted_or_refused_with_what_is_returnable_and_released(
    served: tuple[BackendReturns, type[Handler]],
) -> None:
    returns, handler = served
    request = ClaimRequest("receipt", "S002-T05-000123", 1, Decimal("1.5"))
    returns.claim("c-1", "anna", [request])
    method, path, body = handler.seen[-1]
    assert (method, path) == ("POST", "/v1/terminal/returns/claims")
    assert body == {
        "claim_id": "c-1",
        "staff_id": "anna",
        "lines": [{"origin_kind": "receipt", "origin_reference": "S002-T05-000123", "origin_line_no": 1,
                   "quantity": "1.5"}],
    }  # fmt: skip
    handler.refuse_claims = True
    try:
        with pytest.raises(TillError) as err:
            returns.claim("c-2", "anna", [request])
    finally:
        handler.refuse_claims = False
    assert (err.value.code, err.value.params["returnable"], err.value.params["line_no"]) == (
        "return.over_returnable", "1", 1,
    )  # fmt: skip
    returns.release("c-1")
    assert handler.seen[-1][:2] == ("DELETE", "/v1/terminal/returns/claims/c-1")


def test_a_server_error_or_nobody_listening_is_offline(served: tuple[BackendReturns, type[Handler]]) -> None:
    with pytest.raises(ReturnsOfflineError):
        served[0].receipt("BROKEN-1-1")
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # nobody listens here once closed
    nobody = BackendReturns(BackendClient(f"http://127.0.0.1:{port}", token="t", connect_timeout=0.5))
    with pytest.raises(ReturnsOfflineError) as err:
        nobody.receipt("S002-T05-000123")
    assert err.value.code == "return.offline"
    with pytest.raises(ReturnsOfflineError):
        nobody.release("c-9")  # sent by the releases' loop, which tries it again
