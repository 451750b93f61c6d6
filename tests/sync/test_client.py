"""The client against a tiny local HTTP server that answers garbage: clear SyncErrors, nothing changed."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from decimal import Decimal
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
import requests

from contract.feed import StockData
from sync.client import BackendClient
from sync.errors import SyncError
from tests.support.till import Till
from tests.sync.conftest import make_engine
from tests.sync.sales import outbox_counts, queue_sales

ANSWERS: dict[str, tuple[int, str, bytes]] = {
    "html": (200, "text/html", b"<html><body>Proxy login required</body></html>"),
    "json-wrong-shape": (200, "application/json", b'{"acked_through_seq": "many", "results": 3}'),
    "truncated": (200, "application/json", b'{"acked_through_seq": 1, "res'),
    "bad-gateway": (502, "text/html", b"<html>502 Bad Gateway</html>"),
    "conflict-html": (409, "text/html", b"<html>conflict</html>"),
    "unauthorized": (401, "application/json", b'{"error": "auth.bad_token", "message": "revoked"}'),
    "gone": (410, "application/json", b'{"error": "feed.cursor_expired", "message": "old"}'),
    # A known entity whose data does not fit its contract model; then an entity this till does not know.
    "feed-bad-price": (
        200,
        "application/json",
        b'{"changes": [{"entity": "price", "key": "EUR|SKU-1", '
        b'"version": 2, "op": "upsert", "data": {"sku": "SKU-1", "scope": "EUR", "amount_minor": "lots", '
        b'"currency": "EUR"}}], "next_cursor": "v1.1.0", "has_more": false}',
    ),
    "feed-new-entity": (
        200,
        "application/json",
        b'{"changes": [{"entity": "promotion", "key": "P1", '
        b'"version": 1, "op": "upsert", "data": {"sku": "SKU-1", "name": "2 for 1", "vat_code": "A"}}, '
        b'{"entity": "stock", "key": "SKU-1", "version": 3, "op": "upsert", "data": {"sku": "SKU-1", '
        b'"on_hand": "4", "reserved": "1", "available": "3", "bin": "A7"}}], "next_cursor": "v1.2.0", '
        b'"has_more": false}',
    ),
    # What a till does not apply never stops its feed: a web order's head missing a field, a delete's
    # data, a stock level without its sku (the key names it).
    "feed-not-applied": (
        200,
        "application/json",
        b'{"changes": [{"entity": "promotion", "key": "W-1", "version": 2, "op": "upsert", '
        b'"data": {"order_number": "W-1", "status": "ready"}}, '
        b'{"entity": "product", "key": "SKU-9", "version": 5, "op": "delete", "data": {}}, '
        b'{"entity": "stock", "key": "SKU-1", "version": 4, "op": "upsert", "data": {"on_hand": "1E+1", '
        b'"reserved": "0", "available": "10"}}], "next_cursor": "v1.3.0", "has_more": false}',
    ),
}


class Garbage(BaseHTTPRequestHandler):
    mode = "html"

    def _answer(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        self.rfile.read(length)
        status, kind, body = ANSWERS[type(self).mode]
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_GET = do_POST = _answer  # noqa: N815  (http.server's handler names)

    def log_message(self, *args: object) -> None:
        """Quiet."""


@pytest.fixture
def garbage() -> Iterator[tuple[BackendClient, type[Garbage]]]:
    handler = type("Handler", (Garbage,), {})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True)
    thread.start()
    client = BackendClient(f"http://127.0.0.1:{server.server_port}", token="t", read_timeout=5)
    yield client, handler
    client.close()
    server.shutdown()
    server.server_close()


@pytest.mark.parametrize(
    ("mode", "code"),
    [
        ("html", "sync.bad_reply"),
        ("json-wrong-shape", "sync.bad_reply"),
        ("truncated", "sync.bad_reply"),
        ("bad-gateway", "sync.server_error"),
        ("conflict-html", "sync.bad_reply"),
        ("unauthorized", "sync.unauthorized"),
        ("gone", "sync.gone"),
    ],
)
def test_malformed_replies_raise_clear_errors(garbage: tuple, mode: str, code: str) -> None:
    client, handler = garbage
    handler.mode = mode
    with pytest.raises(SyncError) as err:
        client.push_events("T01", [{"event_id": "x"}])
    assert err.value.code == code
    with pytest.raises(SyncError):
        client.changes("S001", None)


def test_feed_data_is_read_as_its_entitys_contract_model(garbage: tuple) -> None:
    """A price whose amount is not a number makes the page a bad reply that names the change (nothing
    of the page is applied); a newer backend's entity stays a plain object, and a field this till
    does not know is ignored."""
    client, handler = garbage
    handler.mode = "feed-bad-price"
    with pytest.raises(SyncError) as err:
        client.changes("S001", None)
    assert err.value.code == "sync.bad_reply"
    assert "price EUR|SKU-1: amount_minor" in err.value.message
    handler.mode = "feed-new-entity"
    page = client.changes("S001", None)
    assert page.changes[0].data == {"sku": "SKU-1", "name": "2 for 1", "vat_code": "A"}
    assert page.changes[1].data == StockData(
        sku="SKU-1", on_hand=Decimal("4"), reserved=Decimal("1"), available=Decimal("3")
    )
    handler.mode = "feed-not-applied"
    page = client.changes("S001", None)
    assert page.changes[0].data == {"order_number": "W-1", "status": "ready"}
    assert page.changes[1].data == {}
    stock = page.changes[2].data
    assert isinstance(stock, StockData)
    assert stock.sku is None
    assert stock.model_dump(mode="json")["on_hand"] == "10"  # written back without an exponent


def test_garbage_changes_nothing_on_the_till(till: Till, garbage: tuple) -> None:
    client, handler = garbage
    sync, recorder = make_engine(till, client)
    with till.db.write() as session:  # a till that already has a cursor: push and pull run
        from sqlalchemy import text

        session.execute(text("INSERT INTO sync_state (key, value) VALUES ('feed.cursor', 'v1.0.0')"))
    queue_sales(till.db, 2)
    for mode in ("html", "json-wrong-shape", "bad-gateway"):
        handler.mode = mode
        assert not sync.step()
    assert outbox_counts(till.db) == {"pending": 2, "acked": 0, "failed": 0}
    assert recorder.states[-1].last_error == "sync.server_error"
    assert recorder.states[-1].online  # the server answered, badly


def test_connection_refused_is_offline() -> None:
    from tests.support.server import free_port

    client = BackendClient(f"http://127.0.0.1:{free_port()}", connect_timeout=1)
    with pytest.raises(SyncError) as err:
        client.sync_state("T01")
    assert err.value.code == "sync.offline"
    assert err.value.retryable


def test_each_thread_gets_its_own_session_and_the_token_reaches_all() -> None:
    """The counter's look-ups run on pool threads: no requests.Session is shared between threads."""
    client = BackendClient("http://127.0.0.1:9", token="first")
    mine = client.session
    assert client.session is mine  # one per thread, kept
    theirs: list[requests.Session] = []
    worker = threading.Thread(target=lambda: theirs.append(client.session))
    worker.start()
    worker.join()
    assert theirs[0] is not mine
    client.token = "second"  # enrolment again: every thread's session carries the new token
    assert {s.headers["Authorization"] for s in (mine, theirs[0])} == {"Bearer second"}
    client.token = ""
    assert all("Authorization" not in s.headers for s in (mine, theirs[0]))
    client.close()
    assert client.session is not mine  # closed: the next call makes a fresh one
