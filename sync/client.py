"""`BackendClient`: the till's HTTP client for the backend, over one `requests.Session`.

Every call has explicit (connect, read) timeouts, TLS verification is on (optionally against a CA
bundle), the terminal's bearer token rides on every call but enrolment, bodies are JSON via orjson,
and every answer is validated with the wire models of `contract` before anyone sees it. A reply
that is not JSON, is HTML from a proxy or has the wrong shape raises `SyncError("sync.bad_reply")`;
HTTP errors map to the codes of `sync.errors`. The client never retries by itself: the engine's
durable outbox loop is the retry mechanism, and it knows which
calls are safe to repeat (all of them here: events carry a server-deduplicated `event_id`).

`requests.Session` is not meant to be shared between threads, and the counter's clients run on the UI's
pool threads (and the snapshot prefetches on a helper thread): each thread gets a Session of its own
from the client, made with the same settings, all closed by `close()`. The clients of
one till may share a `Reachability` (sync/reachability.py): a client made with `fail_fast=True` then
refuses a look-up (GET) or a release (DELETE) at once with `sync.offline` while another call found the
backend unreachable moments ago; a claim or a hold (POST) always tries, so that a backend that is back
is never skipped for an offline claim (a voucher spent twice, a pickup handed over twice).
"""

from __future__ import annotations

import threading
from collections.abc import Iterator, Sequence
from typing import Any, TypeVar
from urllib.parse import quote

import orjson
import requests
from pydantic import BaseModel, TypeAdapter, ValidationError

from contract.enrolment import EnrollResponse
from contract.errors import ErrorBody
from contract.events import BatchResult, TerminalSyncState
from contract.feed import ChangePage, SnapshotManifest, SnapshotPage
from contract.lookups import CustomerHistory, CustomerView, ReceiptView, StockView
from sync import snapshot_io
from sync.errors import SyncError
from sync.reachability import Reachability

M = TypeVar("M", bound=BaseModel)
_CUSTOMERS = TypeAdapter(list[CustomerView])
_STATUS_CODES = {401: "sync.unauthorized", 403: "sync.unauthorized", 404: "sync.not_found"}
_STATUS_CODES |= {409: "sync.conflict", 410: "sync.gone", 422: "sync.rejected"}
# What a client with `fail_fast` refuses at once while the backend is known down: look-ups (GET) and
# releases (DELETE: best effort, a hold not given back runs out by itself; a void must not freeze the
# counter for a connect timeout). A claim or a hold (POST) always tries.
_FAIL_FAST = frozenset({"GET", "DELETE"})


class BackendClient:
    """Calls the backend's terminal API; raises `SyncError` for anything but a valid answer."""

    def __init__(
        self,
        base_url: str,
        *,
        token: str = "",
        connect_timeout: float = 3.05,
        read_timeout: float = 30.0,
        verify: bool | str = True,
        reachability: Reachability | None = None,
        fail_fast: bool = False,
    ) -> None:
        """`verify`: True (system CAs), a CA bundle path, or False (tests on plain loopback only).
        `reachability`: shared with the till's other clients; with `fail_fast` this client refuses at
        once while the backend is known down (the counter's look-ups), without it it always tries and
        reports what it found (the sync engine)."""
        self.base_url = base_url.rstrip("/")
        self.timeout = (connect_timeout, read_timeout)
        self._verify = verify
        self._local = threading.local()
        self._sessions: list[requests.Session] = []  # every thread's, for the token and close()
        self._lock = threading.Lock()
        self.token = token
        self.reachability = reachability
        self.fail_fast = fail_fast

    @property
    def token(self) -> str:
        return self._token

    @token.setter
    def token(self, value: str) -> None:
        with self._lock:
            self._token = value
            for session in self._sessions:
                self._authorize(session)

    def _authorize(self, session: requests.Session) -> None:
        if self._token:
            session.headers["Authorization"] = f"Bearer {self._token}"
        else:
            session.headers.pop("Authorization", None)

    @property
    def session(self) -> requests.Session:
        """The calling thread's Session (made on its first call)."""
        session: requests.Session | None = getattr(self._local, "session", None)
        if session is None:
            session = requests.Session()
            session.verify = self._verify
            session.headers["Accept"] = "application/json"
            session.headers["User-Agent"] = "store-terminal-sync/1"
            with self._lock:
                self._authorize(session)
                self._sessions.append(session)
            self._local.session = session
        return session

    def close(self) -> None:
        """Close every thread's Session (a thread's next call makes a new one)."""
        with self._lock:
            sessions, self._sessions = self._sessions, []
            self._local = threading.local()
        for session in sessions:
            session.close()

    # ------------------------------------------------------------------ terminal calls

    def enroll(self, code: str) -> EnrollResponse:
        """Exchange a one-time enrolment code for the till's identity and token (no token needed)."""
        return self._call("POST", "/v1/terminals/enroll", EnrollResponse, body={"code": code}, auth=False)

    def push_events(self, terminal_id: str, events: Sequence[dict[str, Any]]) -> BatchResult:
        """Send a batch of wire events (dicts with event_id, seq, type, occurred_at, payload) in seq order."""
        path = f"/v1/terminals/{_seg(terminal_id)}/events"
        return self._call("POST", path, BatchResult, body={"events": list(events)})

    def sync_state(self, terminal_id: str) -> TerminalSyncState:
        """What the server holds for this till (`acked_through_seq`) and the payload versions it accepts
        (`accepts`, empty from a backend before versions); also a cheap heartbeat."""
        return self._call("GET", f"/v1/terminals/{_seg(terminal_id)}/sync-state", TerminalSyncState)

    def changes(self, store_id: str, cursor: str | None, limit: int = 1000) -> ChangePage:
        """One page of the change feed after `cursor`; `sync.gone` when the cursor expired."""
        params: dict[str, str | int] = {"limit": limit}
        if cursor:
            params["cursor"] = cursor
        return self._call("GET", f"/v1/stores/{_seg(store_id)}/changes", ChangePage, params=params)

    def snapshot_manifest(self, store_id: str) -> SnapshotManifest:
        """The start of a bootstrap: the cursor to follow afterwards and the entities to page through."""
        return self._call("GET", f"/v1/stores/{_seg(store_id)}/snapshot", SnapshotManifest)

    def snapshot_page(
        self,
        store_id: str,
        entity: str,
        after: str | None = None,
        limit: int | None = None,
        *,
        include: tuple[str, ...] = (),
    ) -> SnapshotPage:
        """One snapshot page; rows get a structural check, not per-cell validation (sync.snapshot_io)."""
        return snapshot_io.fetch_page(self, store_id, entity, after, limit, include=include)

    def snapshot(
        self,
        store_id: str,
        entity: str,
        *,
        limit: int | None = None,
        after: str | None = None,
        include: tuple[str, ...] = (),
        timings: snapshot_io.Timings | None = None,
    ) -> Iterator[SnapshotPage]:
        """Stream one entity's snapshot page by page, the next page fetched while the caller works."""
        return snapshot_io.stream(
            self, store_id, entity, limit=limit, after=after, include=include, timings=timings
        )

    # ------------------------------------------------------------------ online look-ups

    def receipt(self, number: str) -> ReceiptView:
        return self._call("GET", f"/v1/receipts/{_seg(number)}", ReceiptView)

    def stock(self, sku: str) -> StockView:
        return self._call("GET", f"/v1/products/{_seg(sku)}/stock", StockView)

    def customers(self, q: str) -> list[CustomerView]:
        data = self._request("GET", "/v1/customers", params={"q": q})
        try:
            return _CUSTOMERS.validate_python(data)
        except ValidationError as exc:
            raise SyncError("sync.bad_reply", f"customers: {_first_error(exc)}") from None

    def customer_history(self, customer_id: str, *, offset: int = 0, limit: int = 100) -> CustomerHistory:
        """One page of the customer's timeline, newest first."""
        params: dict[str, str | int] = {"offset": offset, "limit": limit}
        return self._call("GET", f"/v1/customers/{_seg(customer_id)}/history", CustomerHistory, params=params)

    # ------------------------------------------------------------------ plumbing

    def _call(
        self,
        method: str,
        path: str,
        model: type[M],
        *,
        body: Any = None,
        params: dict[str, str | int] | None = None,
        auth: bool = True,
    ) -> M:
        data = self._request(method, path, body=body, params=params, auth=auth)
        try:
            return model.model_validate(data)
        except ValidationError as exc:
            raise SyncError("sync.bad_reply", f"{model.__name__}: {_first_error(exc)}") from None

    def _request(
        self,
        method: str,
        path: str,
        *,
        body: Any = None,
        params: dict[str, str | int] | None = None,
        auth: bool = True,
    ) -> Any:
        response = self.send(method, path, body=body, params=params, auth=auth)
        return _json(response.content, response.status_code)

    def send(
        self,
        method: str,
        path: str,
        *,
        body: Any = None,
        params: dict[str, str | int] | None = None,
        auth: bool = True,
    ) -> requests.Response:
        """The raw answer of a successful call (2xx); `SyncError` for anything else."""
        headers: dict[str, str | None] = {} if auth else {"Authorization": None}
        data = None
        if body is not None:
            data = orjson.dumps(body)
            headers["Content-Type"] = "application/json"
        seen = self.reachability
        if seen is not None and self.fail_fast and method in _FAIL_FAST and seen.recently_down():
            raise SyncError("sync.offline", "backend unreachable moments ago")
        try:
            response = self.session.request(
                method,
                self.base_url + path,
                data=data,
                params=params,
                headers=headers,
                timeout=self.timeout,
                allow_redirects=False,
            )
        except requests.ConnectionError as exc:  # refused, unreachable, connect timeout, reset
            if seen is not None:
                seen.mark_down()
            raise SyncError("sync.offline", type(exc).__name__) from None
        except requests.Timeout as exc:  # a read timeout: the backend is there, but slow
            raise SyncError("sync.offline", type(exc).__name__) from None
        except requests.RequestException as exc:
            raise SyncError("sync.offline", str(exc)[:200]) from None
        if seen is not None:
            seen.mark_up()
        status = response.status_code
        if 200 <= status < 300:
            return response
        raise _http_error(status, response.content)

    @staticmethod
    def segment(value: str) -> str:
        """`value` quoted as one URL path segment."""
        return _seg(value)


def _json(content: bytes, status: int) -> Any:
    try:
        return orjson.loads(content)
    except orjson.JSONDecodeError:
        snippet = content[:80].decode("utf-8", "replace")
        raise SyncError("sync.bad_reply", f"not JSON: {snippet!r}", status=status) from None


def _http_error(status: int, content: bytes) -> SyncError:
    code = _STATUS_CODES.get(status, "sync.server_error")
    detail: dict[str, Any] = {}
    message = f"HTTP {status}"
    try:
        body = ErrorBody.model_validate(orjson.loads(content))
    except (orjson.JSONDecodeError, ValidationError):
        # An error page from a proxy says nothing about our request; for 409/422 we cannot act on it.
        if status in (409, 422):
            code = "sync.bad_reply"
    else:
        message = f"{body.error}: {body.message}"
        if isinstance(body.detail, dict):
            detail.update(body.detail)
        elif isinstance(body.detail, list):
            detail["errors"] = body.detail
        detail["error"] = body.error
    return SyncError(code, message, status=status, detail=detail)


def _seg(value: str) -> str:
    return quote(value, safe="")


def _first_error(exc: ValidationError) -> str:
    first = exc.errors()[0]
    where = ".".join(str(p) for p in first.get("loc", ()))
    more = f" (and {exc.error_count() - 1} more)" if exc.error_count() > 1 else ""
    return f"{where}: {first.get('msg')}{more}"
