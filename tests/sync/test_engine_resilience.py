"""A change the till cannot apply never ends the sync thread: the round fails visibly and is retried."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from contract.events import BatchResult
from contract.feed import Change, ChangePage
from terminal.storage.bulk import raw_connection
from terminal.storage.feed_apply import store_cursor
from tests.support.till import open_till
from tests.sync.conftest import make_engine


class _MalformedFeed:
    """A backend whose change feed sends an upsert without data (a bug or a hostile proxy)."""

    def __init__(self) -> None:
        self.pulls = 0

    def push_events(self, terminal_id: str, events: Any) -> BatchResult:
        return BatchResult(acked_through_seq=0, results=[])

    def changes(self, store_id: str, cursor: str | None, limit: int) -> ChangePage:
        self.pulls += 1
        bad = Change(entity="price", key="X", version=1, op="upsert", data=None)
        return ChangePage(changes=[bad], next_cursor="v1.1.1", has_more=False)


def test_an_unexpected_error_fails_the_round_and_the_next_round_still_runs(tmp_path: Path) -> None:
    till = open_till(tmp_path / "till.sqlite3")
    try:
        with till.db.write() as session:
            store_cursor(raw_connection(session), "v1.0.0")  # a synced till: no bootstrap
        client = _MalformedFeed()
        engine, recorder = make_engine(till, client)  # type: ignore[arg-type]
        assert engine.step() is False  # no exception escapes: run() keeps looping
        assert recorder.states[-1].last_error == "sync.internal"
        assert engine.step() is False
        assert client.pulls == 2
    finally:
        till.db.close()
