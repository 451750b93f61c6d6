"""The pickup claim adapter against a tiny real HTTP server on loopback that answers the shapes the
backend's claim endpoint gives (200; 409 claimed / other store / not open; 423; 404; a
slow answer; nobody listening)."""

from __future__ import annotations

import json
import socket
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, ClassVar

import pytest

from sync.client import BackendClient
from sync.pickup_claims import BackendPickupClaims

ANSWERS: dict[str, tuple[int, dict[str, Any]]] = {
    "ok": (200, {"claimed": True}),
    "claimed": (
        409,
        {"error": "pickup.claimed", "message": "another till", "detail": {"terminal_id": "T02"}},
    ),
    "other_store": (409, {"error": "pickup.other_store", "message": "x", "detail": {"store_id": "S002"}}),
    "status": (409, {"error": "pickup.not_open", "message": "x", "detail": {"status": "cancelled"}}),
    "locked": (423, {"error": "pickup.code_locked", "message": "too many wrong codes"}),
    "unknown": (404, {"error": "pickup.unknown_order", "message": "no such order"}),
    "broken": (503, {"error": "db.down", "message": "x"}),
}


class ClaimHandler(BaseHTTPRequestHandler):
    mode = "ok"
    seen: ClassVar[list[tuple[str, str | None, dict[str, Any]]]] = []

    def do_POST(self) -> None:
        body = json.loads(self.rfile.read(int(self.headers.get("Content-Length") or 0)))
        type(self).seen.append((self.path, self.headers.get("Authorization"), body))
        if type(self).mode == "slow":
            time.sleep(1.5)
            status, answer = ANSWERS["ok"]
        else:
            status, answer = ANSWERS[type(self).mode]
        data = json.dumps(answer).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args: object) -> None:
        """Quiet."""


@pytest.fixture
def server() -> Iterator[tuple[BackendPickupClaims, type[ClaimHandler]]]:
    handler = type("Handler", (ClaimHandler,), {"seen": []})
    srv = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=srv.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True)
    thread.start()
    client = BackendClient(f"http://127.0.0.1:{srv.server_port}", token="tok", read_timeout=0.5)
    yield BackendPickupClaims(client), handler
    client.close()
    srv.shutdown()
    srv.server_close()


def claim(claims: BackendPickupClaims, number: str = "W-1/2") -> Any:
    return claims.claim(
        number, code="48271930", found_by="qr", id_checked=False, staff_id="anna", handover_id="h-1"
    )


def test_a_claim_posts_the_handover_terminal_authenticated(server: tuple) -> None:
    claims, handler = server
    assert claim(claims).outcome == "claimed"
    ((path, auth, body),) = handler.seen
    assert path == "/v1/terminal/pickups/W-1%2F2/claim"
    assert auth == "Bearer tok"
    assert body == {
        "code": "48271930", "found_by": "qr", "id_checked": False, "staff_id": "anna", "handover_id": "h-1",
    }  # fmt: skip


@pytest.mark.parametrize(
    ("mode", "code", "detail"),
    [
        ("claimed", "pickup.claimed", {}),
        ("other_store", "pickup.other_store", {"store_id": "S002"}),
        ("status", "pickup.status", {"status": "cancelled"}),
        ("locked", "pickup.code_locked", {}),
        ("unknown", "pickup.unknown", {}),
    ],
)
def test_refusals_name_their_reason(server: tuple, mode: str, code: str, detail: dict[str, str]) -> None:
    claims, handler = server
    handler.mode = mode
    answer = claim(claims)
    assert (answer.outcome, answer.code, answer.detail) == ("refused", code, detail)


@pytest.mark.parametrize("mode", ["slow", "broken"])
def test_a_slow_or_broken_backend_allows_an_offline_handover(server: tuple, mode: str) -> None:
    claims, handler = server
    handler.mode = mode
    assert claim(claims).outcome == "offline"


def test_nobody_listening_is_offline() -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # closed again before the call: connection refused
    claims = BackendPickupClaims(BackendClient(f"http://127.0.0.1:{port}", connect_timeout=0.5))
    assert claim(claims).outcome == "offline"
