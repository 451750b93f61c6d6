"""The chain's stores for the tills (ADR 0025), through the real app on a loopback port: the snapshot's
`stores` lists every store with its version; `store-backend store add` and `rename` write a `store`
change to the chain channel, so every store's tills get it; the same name again writes nothing; an
unknown store or time zone is refused with a sentence and writes nothing."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import func, select

from backend.cli import main
from backend.db import Database
from backend.models import FeedChange, Store
from tests.backend.tills import Till


def _store_changes(till: Till, store_id: str = "S001") -> list[dict[str, Any]]:
    changes = till.get(f"/v1/stores/{store_id}/changes", limit=1000).json()["changes"]
    return [c for c in changes if c["entity"] == "store"]


def test_the_snapshot_lists_every_store_with_its_version(till: Till) -> None:
    assert "stores" in till.get("/v1/stores/S001/snapshot").json()["entities"]
    page = till.get("/v1/stores/S001/snapshot", entity="stores").json()
    assert page["columns"] == ["store_id", "name", "version"]
    assert page["rows"] == [["S001", "Store S001", 1], ["S002", "Store S002", 1]]
    assert page["next_after"] is None


def test_add_and_rename_reach_every_stores_feed(
    till: Till, db: Database, base_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    url = db.url
    assert _store_changes(till) == []  # the fixture's stores came without a feed writer
    args = [
        "--db",
        url,
        "store",
        "add",
        "S003",
        "--name",
        "Store Köln",
        "--country",
        "de",
        "--currency",
        "eur",
    ]
    assert main(args) == 0
    assert main(args) == 0  # it exists: nothing new
    assert main(["--db", url, "store", "rename", "S002", "Store München"]) == 0
    assert main(["--db", url, "store", "rename", "S002", "Store München"]) == 0  # the same name
    out = capsys.readouterr().out
    assert "store S003 added" in out
    assert "store S003 exists already" in out
    assert "store S002 is now 'Store München'" in out
    assert "store S002 unchanged" in out

    expected = [
        {"entity": "store", "key": "S003", "version": 1, "op": "upsert",
         "data": {"store_id": "S003", "name": "Store Köln"}},
        {"entity": "store", "key": "S002", "version": 2, "op": "upsert",
         "data": {"store_id": "S002", "name": "Store München"}},
    ]  # fmt: skip
    assert _store_changes(till) == expected
    other = Till.enrol(db, base_url, "S002", "T01")
    assert _store_changes(other, "S002") == expected  # the chain channel: every store's tills
    page = till.get("/v1/stores/S001/snapshot", entity="stores").json()
    assert page["rows"] == [
        ["S001", "Store S001", 1],
        ["S002", "Store München", 2],
        ["S003", "Store Köln", 1],
    ]
    with db.read() as session:
        added = session.get(Store, "S003")
        assert added is not None
        assert (added.country, added.currency, added.price_list, added.timezone) == (
            "DE",
            "EUR",
            "DE",
            "Europe/Berlin",
        )


def test_unknown_store_or_time_zone_is_refused_and_writes_nothing(
    db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    url = db.url
    assert main(["--db", url, "store", "rename", "S999", "Nowhere"]) == 2
    bad_zone = ["--db", url, "store", "add", "S004", "--name", "X", "--country", "DE", "--currency", "EUR"]
    assert main([*bad_zone, "--timezone", "Mars/Olympus"]) == 2
    err = capsys.readouterr().err
    assert "no store 'S999'" in err
    assert "Mars/Olympus" in err
    with db.read() as session:
        assert session.get(Store, "S004") is None
        assert (
            session.scalar(select(func.count()).select_from(FeedChange).where(FeedChange.entity == "store"))
            == 0
        )
