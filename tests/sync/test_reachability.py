"""A pulled cable costs the counter one connect timeout, not one per look-up (sync/reachability.py).

Real sockets on loopback: a port nobody listens on refuses (the backend down), then a small HTTP
server on the same port answers (the backend back). The counter's client refuses at once while the
backend is known down — the server's request count proves it never tried — and the sync engine's
client, which always tries, finds the way back for both.
"""

from __future__ import annotations

import socket
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from sync.client import BackendClient
from sync.errors import SyncError
from sync.reachability import Reachability


class _Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


class _Counting(BaseHTTPRequestHandler):
    requests_seen = 0

    def do_GET(self) -> None:
        type(self).requests_seen += 1
        body = b'{"error": "not_found", "message": "no such receipt"}'
        self.send_response(404)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length", "0"))
        self.rfile.read(length)
        self.do_GET()  # the same 404 answer

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])  # closed on return: connecting is refused until a server binds


def _serve(port: int) -> ThreadingHTTPServer:
    _Counting.requests_seen = 0
    server = ThreadingHTTPServer(("127.0.0.1", port), _Counting)
    threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.01}, daemon=True).start()
    return server


def _code(client: BackendClient) -> tuple[str, str]:
    with pytest.raises(SyncError) as caught:
        client.send("GET", "/v1/terminal/returns/receipts/R-1")
    return caught.value.code, str(caught.value)


def test_the_counter_refuses_at_once_while_the_backend_is_known_down(port: int) -> None:
    clock = _Clock()
    seen = Reachability(window=15.0, clock=clock)
    counter = BackendClient(f"http://127.0.0.1:{port}", reachability=seen, fail_fast=True)
    engine = BackendClient(f"http://127.0.0.1:{port}", reachability=seen)

    assert _code(counter)[0] == "sync.offline"  # refused: the first look-up finds out (and says so)
    assert seen.recently_down()

    server = _serve(port)  # the backend is back, but nobody has noticed yet
    try:
        code, detail = _code(counter)
        assert code == "sync.offline"
        assert "moments ago" in detail
        assert _Counting.requests_seen == 0  # refused without trying: no wait at the counter
        with pytest.raises(SyncError) as release:  # a release is best effort: refused at once too
            counter.send("DELETE", "/v1/terminal/returns/claims/C-1")
        assert release.value.code == "sync.offline"
        assert _Counting.requests_seen == 0
        with pytest.raises(SyncError) as claim:  # a claim or a hold always tries: it reaches the backend
            counter.send("POST", "/v1/terminal/returns/claims", body={})
        assert claim.value.code != "sync.offline"
        assert _Counting.requests_seen == 1
        seen.mark_down()  # (the POST's answer marked it up: down again for the rest of the test)

        assert _code(engine)[0] == "sync.not_found"  # the engine always tries: an answer, even a 404
        assert not seen.recently_down()
        assert _code(counter)[0] == "sync.not_found"  # ...and the counter goes through again
        assert _Counting.requests_seen == 3
    finally:
        server.shutdown()
        server.server_close()


def test_after_the_window_a_look_up_tries_again_by_itself(port: int) -> None:
    clock = _Clock()
    seen = Reachability(window=15.0, clock=clock)
    counter = BackendClient(f"http://127.0.0.1:{port}", reachability=seen, fail_fast=True)
    assert _code(counter)[0] == "sync.offline"
    server = _serve(port)
    try:
        clock.now += 14.9
        assert "moments ago" in _code(counter)[1]
        assert _Counting.requests_seen == 0
        clock.now += 0.2  # the window has passed: no engine needed to find the way back
        assert _code(counter)[0] == "sync.not_found"
        assert _Counting.requests_seen == 1
    finally:
        server.shutdown()
        server.server_close()


def test_a_client_without_fail_fast_or_without_a_record_always_tries(port: int) -> None:
    seen = Reachability(window=15.0, clock=_Clock())
    seen.mark_down()
    server = _serve(port)
    try:
        assert _code(BackendClient(f"http://127.0.0.1:{port}", reachability=seen))[0] == "sync.not_found"
        seen.mark_down()
        assert _code(BackendClient(f"http://127.0.0.1:{port}", fail_fast=True))[0] == "sync.not_found"
        assert _Counting.requests_seen == 2
    finally:
        server.shutdown()
        server.server_close()


def test_down_is_remembered_from_the_last_failure_not_the_first() -> None:
    clock = _Clock()
    seen = Reachability(window=10.0, clock=clock)
    assert not seen.recently_down()
    seen.mark_down()
    clock.now += 8
    seen.mark_down()  # still failing 8 s later
    clock.now += 8
    assert seen.recently_down()  # 16 s after the first failure, 8 s after the last
    seen.mark_up()
    assert not seen.recently_down()
