"""Holding back: the engine pushes only up to the first event whose (type, schema) the backend does not
accept; that one and everything after it wait as pending (never quarantined, never failed) and go once
the backend accepts them. Real backend on loopback, real till database."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import AbstractContextManager
from datetime import UTC, datetime, timedelta
from typing import Any

import orjson
import pytest
from sqlalchemy import func, select

from backend.app import create_app
from backend.models import AuditEntry, TerminalEvent
from backend.settings import Settings
from contract.registry import EVENTS, EventRegistry
from sync.client import BackendClient
from sync.versions import BackendVersions, HeldBack
from terminal.storage import outbox
from terminal.storage.db import Database
from terminal.storage.outbox import OutboxEvent
from tests.support.server import serve_in_thread
from tests.support.till import Till
from tests.support.versions import REGISTRY_V2, audit_payload
from tests.sync.conftest import Backend, make_engine
from tests.sync.sales import outbox_counts, queue_sales
from tests.sync.test_push import server_sales

NOW = datetime(2026, 12, 10, 9, 0, tzinfo=UTC)


def queue(db: Database, event_type: str, payload: dict[str, Any]) -> str:
    event_id = str(uuid.uuid4())
    with db.write() as session:
        outbox.append_event(session, event_id=event_id, type=event_type, occurred_at=NOW, payload=payload)
    return event_id


def attempts(db: Database) -> list[tuple[int, str, int]]:
    with db.read() as session:
        return [(e.seq, e.status, e.attempts) for e in outbox.pending_events(session)]


def recorded(backend: Backend) -> int:
    with backend.db.read() as session:
        return int(session.execute(select(func.count()).select_from(TerminalEvent)).scalar_one())


class Servers:
    """(Re)start the backend of `Backend` on its database with another registry or settings."""

    def __init__(self, backend: Backend) -> None:
        self._db_url = backend.db.url
        self._running: AbstractContextManager[str] | None = None

    def start(self, events: EventRegistry = EVENTS, *, app: Any = None) -> str:
        self.stop()
        built = app or create_app(Settings(db_url=self._db_url), events=events)
        self._running = serve_in_thread(built)
        return self._running.__enter__()

    def stop(self) -> None:
        if self._running is not None:
            self._running.__exit__(None, None, None)
            self._running = None


@pytest.fixture
def servers(backend: Backend) -> Iterator[Servers]:
    found = Servers(backend)
    yield found
    found.stop()


def test_an_unaccepted_version_and_all_after_it_are_held_back_not_sent(
    till: Till, engine: tuple, backend: Backend
) -> None:
    sync, recorder = engine
    queue_sales(till.db, 1)
    queue(till.db, "audit.recorded", audit_payload(schema=2))
    queue_sales(till.db, 1, start=2)
    assert sync.step()  # holding back is no failure: the round went through
    report = recorder.states[-1]
    assert report.held_back == HeldBack(seq=2, type="audit.recorded", schema=2, accepted=(1,), count=2)
    assert (report.pending, report.failed, report.last_error) == (2, 0, None)
    assert outbox_counts(till.db) == {"pending": 2, "acked": 1, "failed": 0}
    assert attempts(till.db) == [(2, "pending", 0), (3, "pending", 0)]  # never even sent
    assert server_sales(backend) == {"S001-T01-000001": 1}
    assert sync.step()
    assert recorder.states[-1].held_back == report.held_back


def test_a_type_the_backend_does_not_know_is_held_back_too(till: Till, engine: tuple) -> None:
    sync, recorder = engine
    # A type no backend knows (pickup.handed_over served here until the backend took it, issue 9).
    queue(till.db, "pickup.teleported", {"order_number": "W-100001"})
    assert sync.step()
    assert recorder.states[-1].held_back == HeldBack(
        seq=1, type="pickup.teleported", schema=1, accepted=(), count=1
    )
    assert outbox_counts(till.db) == {"pending": 1, "acked": 0, "failed": 0}


def test_a_refusal_as_unsupported_holds_back_and_sends_what_came_before(
    till: Till, client: BackendClient, backend: Backend, servers: Servers
) -> None:
    """The engine believed the backend took schema 2 (it did, then it was downgraded): the 422 for
    the event holds it back, the sales before it still go in the same round, nothing is quarantined."""
    client.base_url = servers.start(REGISTRY_V2)
    sync, recorder = make_engine(till, client)
    queue_sales(till.db, 1)
    assert sync.step()  # bootstrap, and the versions read: audit.recorded 1 and 2
    client.base_url = servers.start(EVENTS)  # the same database, a backend without schema 2
    queue_sales(till.db, 2, start=2)
    queue(till.db, "audit.recorded", audit_payload(schema=2))
    assert sync.step()
    assert recorder.states[-1].held_back == HeldBack(
        seq=4, type="audit.recorded", schema=2, accepted=(1,), count=1
    )
    assert outbox_counts(till.db) == {"pending": 1, "acked": 3, "failed": 0}
    assert attempts(till.db) == [(4, "pending", 0)]
    assert len(server_sales(backend)) == 3
    client.base_url = servers.start(REGISTRY_V2)
    assert sync.step()  # held back events make the next round read the versions again
    assert recorder.states[-1].held_back is None
    assert outbox_counts(till.db) == {"pending": 0, "acked": 4, "failed": 0}
    assert recorded(backend) == 4


def _without_accepts(app: Any) -> Any:
    """The app as a backend from before versions answers: a sync state without `accepts`."""

    async def legacy(scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http" or not scope["path"].endswith("/sync-state"):
            await app(scope, receive, send)
            return
        start: dict[str, Any] = {}
        body = bytearray()

        async def capture(message: dict[str, Any]) -> None:
            if message["type"] == "http.response.start":
                start.update(message)
                return
            body.extend(message.get("body", b""))
            if not message.get("more_body"):
                state = orjson.loads(bytes(body))
                state.pop("accepts", None)
                data = orjson.dumps(state)
                headers = [(k, v) for k, v in start["headers"] if k.lower() != b"content-length"]
                await send({**start, "headers": [*headers, (b"content-length", str(len(data)).encode())]})
                await send({"type": "http.response.body", "body": data})

        await app(scope, receive, capture)

    return legacy


def test_a_backend_from_before_versions_takes_schema_1_of_the_types_it_knew(
    till: Till, client: BackendClient, backend: Backend, servers: Servers
) -> None:
    client.base_url = servers.start(app=_without_accepts(create_app(Settings(db_url=backend.db.url))))
    assert client.sync_state("T01").accepts == {}
    sync, recorder = make_engine(till, client)
    queue_sales(till.db, 1)
    queue(till.db, "audit.recorded", audit_payload(schema=1))
    queue(till.db, "audit.recorded", audit_payload(schema=2))
    assert sync.step()
    assert recorder.states[-1].held_back == HeldBack(
        seq=3, type="audit.recorded", schema=2, accepted=(1,), count=1
    )
    assert outbox_counts(till.db) == {"pending": 1, "acked": 2, "failed": 0}
    with backend.db.read() as session:
        assert session.scalar(select(func.count()).select_from(AuditEntry)) == 1


# ---------------------------------------------------------------- BackendVersions on its own


def _event(seq: int, event_type: str, schema: int = 1) -> OutboxEvent:
    return OutboxEvent(seq, f"e{seq}", event_type, schema, NOW, "{}", "pending", 0, None)


def test_versions_are_read_when_unknown_stale_or_while_holding_back() -> None:
    versions = BackendVersions(max_age=timedelta(minutes=5))
    assert versions.due(NOW, holding=False)
    assert not versions.accepts("sale.completed", 1)  # nothing goes before the backend was asked
    versions.update({"sale.completed": [1]}, NOW)
    assert not versions.due(NOW + timedelta(minutes=4), holding=False)
    assert versions.due(NOW + timedelta(minutes=4), holding=True)
    assert versions.due(NOW + timedelta(minutes=5), holding=False)


def test_sendable_is_the_prefix_before_the_first_unaccepted_event() -> None:
    versions = BackendVersions()
    versions.update({"sale.completed": [1], "audit.recorded": [1, 2]}, NOW)
    events = [_event(1, "sale.completed"), _event(2, "audit.recorded", 2), _event(3, "till.closed"),
              _event(4, "sale.completed")]  # fmt: skip
    assert versions.sendable(events) == 2  # till.closed is not listed: it and the sale after it wait
    assert versions.sendable(events[3:]) == 1
    assert versions.sendable([]) == 0
    versions.refuse("audit.recorded", 2)
    assert versions.sendable(events) == 1
    assert versions.accepted("audit.recorded") == (1,)


def test_a_refusal_outlives_the_read_that_follows_it_but_not_the_next_scheduled_one() -> None:
    versions = BackendVersions()
    versions.update({"audit.recorded": [1, 2]}, NOW)
    versions.refuse("audit.recorded", 2)
    versions.update({"audit.recorded": [1, 2]}, NOW, keep_refusals=True)  # the backend still lists it
    assert not versions.accepts("audit.recorded", 2)  # so the engine does not send it again and again
    versions.update({"audit.recorded": [1, 2]}, NOW + timedelta(seconds=30))
    assert versions.accepts("audit.recorded", 2)


def test_an_empty_listing_means_the_legacy_set() -> None:
    versions = BackendVersions()
    versions.update({}, NOW)
    assert versions.accepts("sale.completed", 1)
    assert not versions.accepts("sale.completed", 2)
    assert not versions.accepts("pickup.handed_over", 1)
    assert not versions.accepts("visit.completed", 1)
