"""The backend validates each event with the model of its (type, schema), refuses any other pair for
that event alone, lists what it accepts in the sync state, and accepts what it is configured to."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
import requests
from sqlalchemy import func, select

from backend.app import create_app
from backend.db import Database
from backend.models import AuditEntry, TerminalEvent
from backend.settings import Settings, parse_accepts
from contract.registry import EVENTS
from tests.backend.tills import Till
from tests.support.server import serve_in_thread
from tests.support.versions import REGISTRY_V2, audit_payload

ALL_V1 = {t: [1] for t, _s, _m in EVENTS}
ALL = {  # 2: returns, till day (till.opened 2: a day the till opened itself, ADR 0024); 3: offers
    **ALL_V1,
    "visit.completed": [1, 2, 3],
    "till.closed": [1, 2],
    "till.opened": [1, 2],
}


def _recorded(db: Database) -> int:
    with db.read() as session:
        return int(session.execute(select(func.count()).select_from(TerminalEvent)).scalar_one())


def _accepts(till: Till, url: str | None = None) -> dict[str, list[int]]:
    state = till.http.get(
        f"{url or till.base_url}/v1/terminals/T01/sync-state", headers=till.headers, timeout=10
    )
    assert state.status_code == 200
    accepts: dict[str, list[int]] = state.json()["accepts"]
    return accepts


@pytest.fixture
def served(settings: Settings) -> Iterator[Any]:
    """Start another app on the same database: `served(events=..., accepts=...)` -> base URL."""
    stack: list[Any] = []

    def start(**kwargs: Any) -> str:
        events = kwargs.pop("events", EVENTS)
        server = serve_in_thread(create_app(Settings(db_url=settings.db_url, **kwargs), events=events))
        stack.append(server)
        return server.__enter__()

    yield start
    for server in reversed(stack):
        server.__exit__(None, None, None)


def test_sync_state_lists_the_accepted_versions(till: Till) -> None:
    assert _accepts(till) == ALL


def test_a_version_the_server_does_not_accept_is_refused_for_that_event_and_nothing_stored(
    db: Database, till: Till
) -> None:
    sale = till.sale(("SKU-2", "1"))
    v2 = till.event("audit.recorded", audit_payload(schema=2), seq=2)
    answer = till.push([sale, v2])
    assert answer.status_code == 422
    body = answer.json()
    assert body["error"] == "event.unsupported_schema"
    assert body["detail"] == {
        "event_id": v2["event_id"], "seq": 2, "type": "audit.recorded", "schema": 2, "accepted": [1]
    }  # fmt: skip
    assert _recorded(db) == 0  # the batch is one transaction: the sale before it waits too


def test_an_unknown_type_is_unsupported_and_a_bad_schema_is_an_invalid_payload(
    db: Database, till: Till
) -> None:
    unknown = till.push([till.event("visit.teleported", {"schema": 1}, seq=1)])
    assert unknown.status_code == 422
    assert unknown.json()["error"] == "event.unsupported_type"
    assert unknown.json()["detail"]["type"] == "visit.teleported"
    for bad in ("2", True, 0, 1.0, None):
        answer = till.push([till.event("audit.recorded", {**audit_payload(schema=1), "schema": bad}, seq=1)])
        assert answer.status_code == 422, bad
        assert answer.json()["error"] == "event.invalid_payload"
        assert answer.json()["detail"]["errors"][0]["loc"] == ["payload", "schema"]
    assert _recorded(db) == 0


def test_schema_1_is_accepted_said_or_unsaid(db: Database, till: Till) -> None:
    unsaid = audit_payload(schema=1)
    assert "schema" not in unsaid
    said = {**audit_payload(schema=1), "schema": 1}
    answer = till.push([till.event("audit.recorded", unsaid), till.event("audit.recorded", said)])
    assert answer.status_code == 200, answer.text
    assert _recorded(db) == 2


def test_a_server_with_the_new_model_accepts_both_versions(db: Database, till: Till, served: Any) -> None:
    url = served(events=REGISTRY_V2)
    assert _accepts(till, url)["audit.recorded"] == [1, 2]
    v2 = audit_payload(schema=2)
    v1 = audit_payload(schema=1)
    answer = till.push([till.event("audit.recorded", v2), till.event("audit.recorded", v1)], url=url)
    assert answer.status_code == 200, answer.text
    with db.read() as session:
        assert session.get(AuditEntry, v2["audit_id"]) is not None
    assert _recorded(db) == 2


def test_an_applied_event_replays_as_duplicate_even_where_its_version_is_not_accepted(
    db: Database, till: Till, served: Any
) -> None:
    event = till.event("audit.recorded", audit_payload(schema=2))
    assert till.push([event], url=served(events=REGISTRY_V2)).status_code == 200
    again = till.push([event])  # the first server: schema 1 only
    assert again.status_code == 200, again.text
    assert again.json()["results"][0]["status"] == "duplicate"
    assert _recorded(db) == 1


def test_settings_accept_fewer_versions(db: Database, till: Till, served: Any) -> None:
    url = served(events=REGISTRY_V2, accepts={"sale.completed": (1,), "audit.recorded": (1,)})
    assert _accepts(till, url) == {"audit.recorded": [1], "sale.completed": [1]}
    v2 = till.push([till.event("audit.recorded", audit_payload(schema=2), seq=1)], url=url)
    assert v2.json()["error"] == "event.unsupported_schema"
    cash = till.event("cash.movement", {"schema": 1}, seq=1)
    assert till.push([cash], url=url).json()["error"] == "event.unsupported_type"
    assert _recorded(db) == 0


def test_accepts_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("STORE_BACKEND_ACCEPTS", '{"sale.completed": [1], "audit.recorded": [1, 2]}')
    assert Settings.from_env().accepts == {"sale.completed": (1,), "audit.recorded": (1, 2)}
    for bad in ('["sale.completed"]', '{"sale.completed": 1}', '{"sale.completed": [0]}', "{"):
        with pytest.raises(ValueError, match=r"STORE_BACKEND_ACCEPTS|Expecting"):
            parse_accepts(bad)


def test_sync_state_of_an_old_backend_has_no_accepts(till: Till) -> None:
    """What tills read from a backend from before versions: the field is simply absent (no default)."""
    from contract.events import TerminalSyncState

    state = requests.get(
        f"{till.base_url}/v1/terminals/T01/sync-state", headers=till.headers, timeout=10
    ).json()
    del state["accepts"]
    assert TerminalSyncState.model_validate(state).accepts == {}
