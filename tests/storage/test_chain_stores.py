"""The chain's stores in the till database (ADR 0025), built by the real migrations: a feed change
applies only when newer, a snapshot page also when equal, a delete never forgets a store, the last
snapshot page marks the stores loaded, and a malformed `store` change stops its page whole."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from contract.feed import Change, ChangePage, SnapshotPage
from terminal.storage import snapshot_load, stores, sync_state
from terminal.storage.bulk import raw_connection
from terminal.storage.db import Database
from terminal.storage.feed_apply import FeedScope, apply_page

SCOPE = FeedScope(store_id="S001", price_list="DE", currency="EUR")
NOW = datetime(2026, 12, 3, 12, 0, tzinfo=UTC)


def _page(*changes: tuple[str, int, str, str | None]) -> ChangePage:
    return ChangePage(
        changes=[
            Change(entity="store", key=key, version=version, op=op,  # type: ignore[arg-type]
                   data=None if name is None else {"store_id": key, "name": name})
            for key, version, op, name in changes
        ],
        next_cursor="v1.1.1",
        has_more=False,
    )  # fmt: skip


def _names(db: Database) -> dict[str, str]:
    with db.read() as session:
        return stores.names(session)


def test_feed_changes_apply_when_newer_and_a_delete_keeps_the_name(db: Database) -> None:
    apply_page(db, _page(("S002", 2, "upsert", "München-Pasing")), scope=SCOPE, now=NOW)
    apply_page(db, _page(("S002", 1, "upsert", "München")), scope=SCOPE, now=NOW)  # older: ignored
    apply_page(db, _page(("S003", 1, "upsert", "Köln"), ("S003", 1, "delete", None)), scope=SCOPE, now=NOW)
    assert _names(db) == {"S002": "München-Pasing", "S003": "Köln"}


def test_snapshot_pages_load_every_store_and_the_last_marks_them_loaded(db: Database) -> None:
    apply_page(db, _page(("S002", 3, "upsert", "München-Pasing")), scope=SCOPE, now=NOW)
    first = SnapshotPage(
        entity="stores", columns=["store_id", "name", "version"],
        rows=[["S001", "Berlin-Mitte", 1], ["S002", "München", 2]], next_after="S002",
    )  # fmt: skip
    last = SnapshotPage(
        entity="stores",
        columns=["store_id", "name", "version"],
        rows=[["S101", "Budapest", 1]],
        next_after=None,
    )
    with db.write() as session:
        raw = raw_connection(session)
        snapshot_load.load_side_page(raw, first, SCOPE, "2026-12-03T12:00:00+00:00")
        assert sync_state.read(raw, sync_state.STORES_LOADED_KEY) is None
        snapshot_load.load_side_page(raw, last, SCOPE, "2026-12-03T12:00:00+00:00")
        assert sync_state.read(raw, sync_state.STORES_LOADED_KEY) is not None
    # the feed's newer name of S002 stays; a snapshot row never rolls a store back
    assert _names(db) == {"S001": "Berlin-Mitte", "S002": "München-Pasing", "S101": "Budapest"}


def test_a_snapshot_page_without_the_name_column_is_refused(db: Database) -> None:
    page = SnapshotPage(entity="stores", columns=["store_id", "version"], rows=[["S002", 1]], next_after=None)
    with db.write() as session, pytest.raises(snapshot_load.SnapshotShapeError):
        snapshot_load.load_side_page(raw_connection(session), page, SCOPE, "2026-12-03T12:00:00+00:00")


def test_a_store_change_without_a_name_is_a_malformed_page() -> None:
    with pytest.raises(ValueError, match="store S002: name"):
        ChangePage.model_validate(
            {
                "changes": [{"entity": "store", "key": "S002", "version": 1, "op": "upsert", "data": {}}],
                "next_cursor": "v1.1.1",
                "has_more": False,
            }
        )
