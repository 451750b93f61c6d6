"""The outermost request guard: body size, NUL in the URL, and unexpected errors, in the one error shape.

A pure ASGI middleware (no per-request task or body copy):

- a body larger than `max_body_bytes` is refused with 413 (checked against `Content-Length` before
  the app runs, and counted while a chunked body streams in);
- a NUL character in the path or the query string is refused with 400 (PostgreSQL refuses NUL in
  text, so a look-up with one could not even be asked);
- any exception the app did not turn into an answer is logged and answered with 500 in the JSON error
  shape and `Connection: close`, and is *not* re-raised: uvicorn would otherwise close the keep-alive
  connection after the response without saying so, and the client's next request on that pooled
  connection would fail.

Before answering an error early, the rest of the request body is read and dropped (up to
`DRAIN_LIMIT`): a socket closed with unread bytes in it is reset by the kernel, and the client then
loses the answer too. Up to that size a 413 keeps the connection; beyond it the answer says
`Connection: close`.
"""

from __future__ import annotations

import logging
from typing import Any

import orjson
from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

log = logging.getLogger("backend")
DRAIN_LIMIT = 64 * 1024 * 1024


class BodyTooLarge(HTTPException):
    """Raised from `receive` when a streamed body passes the limit; FastAPI re-raises it as it is."""

    def __init__(self, limit: int, *, close: bool) -> None:
        headers = {"Connection": "close"} if close else None
        super().__init__(413, f"request body larger than {limit} bytes", headers=headers)


async def drain(receive: Receive, already: int = 0) -> bool:
    """Read and drop the rest of a request body; False when it went past `DRAIN_LIMIT` (then close)."""
    seen = already
    while True:
        message = await receive()
        if message["type"] != "http.request":
            return False  # the client went away
        seen += len(message.get("body", b""))
        if not message.get("more_body", False):
            return True
        if seen > DRAIN_LIMIT:
            return False


async def send_error(
    send: Send, status: int, error: str, message: str, *, close: bool = False, detail: Any = None
) -> None:
    body = orjson.dumps({"error": error, "message": message, "detail": detail})
    headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
    if close:
        headers.append((b"connection", b"close"))
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body, "more_body": False})


def _content_length(scope: Scope) -> int | None:
    for name, value in scope.get("headers", ()):
        if name == b"content-length":
            try:
                return int(value)
            except ValueError:
                return None
    return None


class Guard:
    """See the module docstring; `app.add_middleware(Guard, max_body_bytes=...)`."""

    def __init__(self, app: ASGIApp, max_body_bytes: int) -> None:
        self.app = app
        self.max_body_bytes = max_body_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        if "\x00" in scope["path"] or b"%00" in scope.get("query_string", b""):
            await send_error(send, 400, "request.nul", "NUL characters are not accepted in the URL")
            return
        length = _content_length(scope)
        limit = self.max_body_bytes
        if length is not None and length > limit:
            close = length > DRAIN_LIMIT or not await drain(receive)
            message = f"request body larger than {limit} bytes"
            await send_error(send, 413, "request.too_large", message, close=close)
            return
        received = 0
        body_done = False
        started = False

        async def limited_receive() -> Message:
            nonlocal received, body_done
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                body_done = not message.get("more_body", False)
                if received > limit:
                    kept = body_done or await drain(receive, received)
                    body_done = True
                    raise BodyTooLarge(limit, close=not kept)
            else:
                body_done = True
            return message

        async def tracked_send(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, limited_receive, tracked_send)
        except Exception:
            log.exception("unexpected error in %s %s", scope.get("method"), scope.get("path"))
            if started:
                raise  # half a response is out: only closing the connection is left (uvicorn does)
            if not body_done:
                await drain(receive, received)
            await send_error(
                send, 500, "internal", "the server failed; the request may be retried", close=True
            )
