"""Real parts for the notification tests: a webhook receiver, an SMTP server, a clock, a PNG reader.

The receiver is `http.server` on loopback: it checks each request's HMAC signature and timestamp on
its own (not with the backend's code), dedupes by event id the way a web shop must, and counts
distinct ids and total posts. The SMTP server is aiosmtpd on loopback; its handler can refuse.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import struct
import threading
import time
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from aiosmtpd.controller import Controller

from tests.support.server import free_port


class FakeClock:
    """The worker's clock: starts a minute after the real now (rows enqueued meanwhile are due), moves
    only when a test says so."""

    def __init__(self) -> None:
        self.now = datetime.now(UTC) + timedelta(minutes=1)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += timedelta(seconds=seconds)


@dataclass
class Post:
    event_id: str
    body: dict[str, Any]
    signed: bool
    fresh: bool


@dataclass
class WebhookReceiver:
    """A web shop's endpoint. `lose_acks`: answer 500 to that many valid first posts (after keeping them)."""

    secret: str
    clock: FakeClock
    lose_acks: int = 0
    delay_s: float = 0.0  # a slow receiver keeps concurrent deliveries in flight together
    posts: list[Post] = field(default_factory=list)
    seen: set[str] = field(default_factory=set)
    lock: threading.Lock = field(default_factory=threading.Lock)

    @property
    def accepted(self) -> list[Post]:
        return [p for p in self.posts if p.signed and p.fresh]

    def handle(self, headers: Any, raw: bytes) -> int:
        stamp = headers.get("X-Store-Timestamp", "")
        expected = (
            "sha256=" + hmac.new(self.secret.encode(), f"{stamp}.".encode() + raw, hashlib.sha256).hexdigest()
        )
        signed = hmac.compare_digest(expected, headers.get("X-Store-Signature", ""))
        fresh = stamp.isdigit() and abs(self.clock().timestamp() - int(stamp)) <= 300
        body = json.loads(raw)
        if self.delay_s:
            time.sleep(self.delay_s)
        with self.lock:
            self.posts.append(Post(headers.get("X-Store-Event-Id", ""), body, signed, fresh))
            if not (signed and fresh) or body["event_id"] != headers.get("X-Store-Event-Id"):
                return 401
            self.seen.add(body["event_id"])  # a second delivery of one id changes nothing here
            if self.lose_acks:
                self.lose_acks -= 1
                return 500
        return 204


@contextmanager
def receiving(receiver: WebhookReceiver, port: int | None = None) -> Iterator[str]:
    """Serve `receiver` on loopback (on `port` when given); yield its URL."""

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            raw = self.rfile.read(int(self.headers.get("Content-Length", "0")))
            self.send_response(receiver.handle(self.headers, raw))
            self.send_header("Content-Length", "0")
            self.end_headers()

        def log_message(self, *_args: Any) -> None:  # keep the test output clean
            pass

    server = ThreadingHTTPServer(("127.0.0.1", port or 0), Handler)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/hooks/orders"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)


class MailBox:
    """aiosmtpd's handler: keeps each accepted message; `refuse` ("550 ...") refuses DATA instead."""

    def __init__(self) -> None:
        self.messages: list[bytes] = []
        self.recipients: list[list[str]] = []
        self.refused = 0
        self.refuse: str | None = None

    async def handle_DATA(self, _server: Any, _session: Any, envelope: Any) -> str:
        if self.refuse:
            self.refused += 1
            return self.refuse
        self.messages.append(envelope.content)
        self.recipients.append(list(envelope.rcpt_tos))
        return "250 OK"


@contextmanager
def smtp_server(box: MailBox) -> Iterator[int]:
    """A real SMTP server on loopback; yields its port."""
    controller = Controller(box, hostname="127.0.0.1", port=free_port())
    controller.start()
    try:
        yield controller.port
    finally:
        controller.stop()


def png_modules(png: bytes, *, scale: int, border: int) -> list[list[int]]:
    """The dark (1) and light (0) modules of a QR code PNG, read pixel by pixel (checks every CRC)."""
    assert png[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    pos, chunks = 8, []
    while pos < len(png):
        (length,) = struct.unpack(">I", png[pos : pos + 4])
        kind, data = png[pos + 4 : pos + 8], png[pos + 8 : pos + 8 + length]
        (crc,) = struct.unpack(">I", png[pos + 8 + length : pos + 12 + length])
        assert zlib.crc32(kind + data) == crc, f"bad CRC in {kind!r}"
        chunks.append((kind, data))
        pos += 12 + length
    header = dict(chunks)[b"IHDR"]
    width, height, depth, colour = struct.unpack(">IIBB", header[:10])
    assert colour in (0, 3), colour
    assert depth in (1, 2, 4, 8), depth
    palette = dict(chunks).get(b"PLTE", b"")
    raw = zlib.decompress(b"".join(data for kind, data in chunks if kind == b"IDAT"))
    stride = (width * depth + 7) // 8
    rows, prev, at = [], bytes(stride), 0
    for _ in range(height):
        ftype, line = raw[at], bytearray(raw[at + 1 : at + 1 + stride])
        at += 1 + stride
        for i in range(stride):  # PNG filters with a one-byte "pixel" (all these formats are < 1 byte/px)
            left, up, corner = line[i - 1] if i else 0, prev[i], prev[i - 1] if i else 0
            if ftype == 1:
                line[i] = (line[i] + left) & 0xFF
            elif ftype == 2:
                line[i] = (line[i] + up) & 0xFF
            elif ftype == 3:
                line[i] = (line[i] + (left + up) // 2) & 0xFF
            elif ftype == 4:
                p = left + up - corner
                pa, pb, pc = abs(p - left), abs(p - up), abs(p - corner)
                pred = left if pa <= pb and pa <= pc else up if pb <= pc else corner
                line[i] = (line[i] + pred) & 0xFF
        prev = bytes(line)
        bits = "".join(f"{b:08b}" for b in line)
        values = [int(bits[x * depth : (x + 1) * depth], 2) for x in range(width)]
        if colour == 3:
            values = [sum(palette[3 * v : 3 * v + 3]) // 3 for v in values]
        else:
            values = [v * 255 // (2**depth - 1) for v in values]
        rows.append(values)
    size = width // scale - 2 * border
    return [
        [
            int(rows[(border + y) * scale + scale // 2][(border + x) * scale + scale // 2] < 128)
            for x in range(size)
        ]
        for y in range(size)
    ]
