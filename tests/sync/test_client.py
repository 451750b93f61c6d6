"""The client against a tiny local HTTP server that answers garbage: clear SyncErrors, nothing changed."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

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
    thread = threading.Thread(target=server.serve_forever, daemon=True)
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
