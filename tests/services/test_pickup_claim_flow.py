"""The handover's claim through the real adapter against a loopback server: a refusal stops the
handover with the cashier's sentence, a claim goes through as `claimed: true` in the event."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from sqlalchemy import text

from contract.pickup import qr_payload
from sync.client import BackendClient
from sync.pickup_claims import BackendPickupClaims
from terminal.domain.errors import TillError
from terminal.services.pickup_handover import Collector
from terminal.ui.messages import message_for
from tests.support.till import TickingClock, Till, open_till, product_named
from tests.support.web_orders import CODE, customer, feed, order_data

MILK = product_named("Vollmilch")


class Backend(BaseHTTPRequestHandler):
    answer: tuple[int, dict[str, object]] = (200, {})

    def do_POST(self) -> None:
        self.rfile.read(int(self.headers.get("Content-Length") or 0))
        status, body = type(self).answer
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args: object) -> None:
        """Quiet."""


@pytest.fixture
def till(tmp_path: Path) -> Iterator[tuple[Till, type[Backend]]]:
    handler = type("Handler", (Backend,), {})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True).start()
    client = BackendClient(f"http://127.0.0.1:{server.server_port}", token="t", read_timeout=2)
    t = open_till(
        tmp_path / "till.sqlite3",
        clock=TickingClock(datetime(2026, 11, 24, 9, tzinfo=UTC)),
        claims=BackendPickupClaims(client),
    )
    t.services.staff.login("1111")
    feed(t.db, customer(), order_data("W-1", [(MILK, 1)], status="ready", picked=True))
    yield t, handler
    t.db.close()
    client.close()
    server.shutdown()
    server.server_close()


def test_a_refused_claim_stops_the_handover_and_a_claim_goes_through(till: tuple) -> None:
    t, handler = till
    s = t.services
    h = s.handover.scan(s.handover.start(s.pickups.find_by_scan(qr_payload("W-1", CODE)), CODE), MILK.barcode)
    handler.answer = (409, {"error": "pickup.other_store", "message": "x", "detail": {"store_id": "S002"}})
    with pytest.raises(TillError) as refused:
        s.handover.claim(h, collector=Collector(), handover_id="00000000-0000-4000-8000-000000000001")
    assert message_for(refused.value) == "Order W-1 is to be collected at store S002, not here."
    handler.answer = (200, {"claimed": True})
    answer = s.handover.claim(h, collector=Collector(), handover_id="00000000-0000-4000-8000-000000000002")
    assert answer.outcome == "claimed"
    s.handover.hand_over(
        h, collector=Collector(), claimed=True, handover_id="00000000-0000-4000-8000-000000000002"
    )
    s.checkout.complete()
    with t.db.read() as session:
        payload = json.loads(
            session.execute(text("SELECT payload FROM outbox ORDER BY seq DESC")).scalars().first()
        )
    assert payload["claimed"] is True
    assert payload["handover_id"] == "00000000-0000-4000-8000-000000000002"
