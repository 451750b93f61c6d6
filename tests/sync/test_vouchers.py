"""The vouchers adapter (sync/vouchers.py) against a small HTTP server of its own that answers as the
contract says the backend will (contract/vouchers.py; the backend's endpoints are built on another
branch): balances, holds, releases, and each refusal as the till's code. And the sync engine's
version hold-back with a backend that does not list `visit.completed` schema 2 (ADR 0010)."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from datetime import UTC, datetime
from decimal import Decimal
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, ClassVar

import pytest

from contract.vouchers import new_code
from sync.client import BackendClient
from sync.versions import BackendVersions
from sync.vouchers import BackendVouchers
from terminal.domain.errors import TillError
from terminal.domain.money import Money
from terminal.domain.visit import ReturnOrigin
from terminal.storage import outbox
from tests.support.till import open_till, product_named
from tests.support.vouchers import FakeVouchers

CODE = new_code()
HOLD = "8c7f1f8e-2b9a-4d35-9d0e-0a4b5c6d7e8f"


class VoucherBackend(BaseHTTPRequestHandler):
    """Answers for CODE (50,00 € available); 404 for any other code; `down` answers 503."""

    seen: ClassVar[list[tuple[str, str, Any]]] = []
    down = False

    def _send(self, status: int, body: Any) -> None:
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def _answer(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = json.loads(self.rfile.read(length)) if length else None
        type(self).seen.append((self.command, self.path, body))
        if type(self).down:
            self._send(503, {"error": "server.unavailable", "message": "down"})
            return
        parts = self.path.strip("/").split("/")  # v1 terminal vouchers <code> [holds]
        if self.command == "DELETE":
            known = parts[-1] == HOLD
            self._send(
                200 if known else 404, {} if known else {"error": "voucher.hold_unknown", "message": "?"}
            )
            return
        code = parts[3]
        if code != CODE:
            self._send(404, {"error": "voucher.unknown", "message": "no such voucher"})
        elif self.command == "GET":
            self._send(200, {
                "code": CODE, "currency": "EUR", "issued_minor": 8000, "balance_minor": 6000,
                "held_minor": 1000, "available_minor": 5000, "status": "active",
                "issued_at": "2026-11-20T10:00:00Z",
            })  # fmt: skip
        elif body["amount_minor"] > 5000:
            self._send(409, {
                "error": "voucher.insufficient", "message": "not enough",
                "detail": {"available_minor": 5000, "currency": "EUR"},
            })  # fmt: skip
        else:
            self._send(201, {
                "hold_id": body["hold_id"], "code": CODE, "amount_minor": body["amount_minor"],
                "available_after_minor": 5000 - body["amount_minor"], "status": "held",
                "expires_at": "2026-11-24T09:40:00Z",
            })  # fmt: skip

    do_GET = do_POST = do_DELETE = _answer  # noqa: N815  (http.server's handler names)

    def log_message(self, *args: object) -> None:
        """Quiet."""


@pytest.fixture
def backend() -> Iterator[tuple[BackendVouchers, type[VoucherBackend]]]:
    handler = type("Handler", (VoucherBackend,), {"seen": [], "down": False})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    client = BackendClient(f"http://127.0.0.1:{server.server_port}", token="t", read_timeout=5)
    yield BackendVouchers(client), handler
    client.close()
    server.shutdown()
    server.server_close()


def test_balance_hold_and_release_go_as_the_contract_says(backend: tuple) -> None:
    vouchers, handler = backend
    balance = vouchers.balance(CODE)
    assert (balance.available_minor, balance.balance_minor, balance.status) == (5000, 6000, "active")
    hold = vouchers.hold(CODE, hold_id=HOLD, amount_minor=3000, currency="EUR", staff_id="E001")
    assert (hold.hold_id, hold.amount_minor, hold.available_after_minor) == (HOLD, 3000, 2000)
    vouchers.release(HOLD)
    vouchers.release("00000000-0000-4000-8000-000000000000")  # already gone: nothing to release
    assert [(method, path) for method, path, _ in handler.seen] == [
        ("GET", f"/v1/terminal/vouchers/{CODE}"),
        ("POST", f"/v1/terminal/vouchers/{CODE}/holds"),
        ("DELETE", f"/v1/terminal/vouchers/holds/{HOLD}"),
        ("DELETE", "/v1/terminal/vouchers/holds/00000000-0000-4000-8000-000000000000"),
    ]
    assert handler.seen[1][2] == {
        "hold_id": HOLD,
        "amount_minor": 3000,
        "currency": "EUR",
        "staff_id": "E001",
    }


def test_refusals_become_the_tills_codes_and_an_outage_is_offline(backend: tuple) -> None:
    vouchers, handler = backend
    with pytest.raises(TillError) as unknown:
        vouchers.balance(new_code())
    assert unknown.value.code == "voucher.unknown"
    with pytest.raises(TillError) as short:
        vouchers.hold(CODE, hold_id=HOLD, amount_minor=6000, currency="EUR", staff_id="E001")
    assert (short.value.code, short.value.params) == (
        "voucher.insufficient", {"balance_minor": 5000, "currency": "EUR"},
    )  # fmt: skip
    handler.down = True
    with pytest.raises(TillError) as down:
        vouchers.balance(CODE)
    assert down.value.code == "voucher.offline"


def test_an_unreachable_backend_is_offline() -> None:
    client = BackendClient("http://127.0.0.1:9", token="t", connect_timeout=0.5, read_timeout=0.5)
    with pytest.raises(TillError) as err:
        BackendVouchers(client).balance(CODE)
    assert err.value.code == "voucher.offline"
    client.close()


def test_a_backend_without_visit_schema_2_holds_the_visit_back(tmp_path: Path) -> None:
    """A sale, then a return paid out as store credit (visit.completed schema 2), then a sale: with a
    backend that lists only schema 1 of visit.completed, the first sale goes and the rest waits."""
    till = open_till(tmp_path / "till.sqlite3", language="en", vouchers=FakeVouchers())
    try:
        s = till.services
        s.staff.login("1111")
        milk = product_named("Vollmilch")
        milk_paid = Money(milk.price_minor, "EUR")
        s.selling.scan(milk.barcode)
        s.checkout.add_cash(milk_paid)
        sold = s.checkout.complete().receipt_number
        s.visit_lines.add_return(
            origin=ReturnOrigin("receipt", sold, 1), sku=milk.sku, name=milk.name, quantity=Decimal(1),
            refund=milk_paid, vat=s.ctx.vat_rate("B"), reason="changed_mind",
        )  # fmt: skip
        s.checkout.issue_store_credit()
        s.checkout.complete()
        s.selling.scan(milk.barcode)
        s.checkout.add_cash(milk_paid)
        s.checkout.complete()
        events = _pending(till)
    finally:
        till.db.close()
    assert [(e.type, e.schema) for e in events] == [
        ("till.opened", 2), ("sale.completed", 1), ("visit.completed", 2), ("sale.completed", 1),
    ]  # fmt: skip  # the first sale opened the day (ADR 0024)
    versions = BackendVersions()
    day = {"till.opened": [1, 2]}
    versions.update({**day, "sale.completed": [1], "visit.completed": [1]}, datetime.now(UTC))
    assert versions.sendable(events) == 2
    assert versions.accepted("visit.completed") == (1,)
    versions.update({**day, "sale.completed": [1], "visit.completed": [1, 2]}, datetime.now(UTC))
    assert versions.sendable(events) == 4  # once the backend takes schema 2, all of it goes


def _pending(till: Any) -> list[outbox.OutboxEvent]:
    with till.db.read() as session:
        return outbox.pending_events(session)
