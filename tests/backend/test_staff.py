"""Staff managed centrally (ADR 0017): the admin API and `store-backend staff`, and what the tills get.

Through the real app on a loopback port (SQLite, and PostgreSQL when STORE_TEST_PG_URL is set): an
admin key is required (401 without, 403 with a web-shop key), a PIN must be unique among the active
staff of each store (409 `staff.pin_taken`), hostile input is a 4xx with a stable code and writes
nothing, and the feed and the snapshot carry each person with the till's PIN hash, never the PIN.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import requests
from sqlalchemy import select

from backend.cli import main
from backend.db import Database
from backend.models import FeedChange, StaffMember
from backend.services.security import create_api_key
from backend.services.staff import pin_matches
from terminal.storage.staff import hash_pin as till_hash_pin
from tests.backend.tills import Till

ZOE = {"staff_id": "zoe", "name": "Zoe Kraus", "role": "cashier", "pin": "4321", "store_ids": ["S001"]}


@pytest.fixture
def admin(db: Database) -> dict[str, str]:
    with db.write() as session:
        return {"X-Api-Key": create_api_key(session, "head office", "admin")}


def _staff_changes(till: Till) -> list[dict[str, Any]]:
    changes = till.get("/v1/stores/S001/changes", limit=1000).json()["changes"]
    return [c for c in changes if c["entity"] == "staff"]


def test_add_change_and_remove_reach_the_store_feed_and_snapshot(
    base_url: str, admin: dict[str, str], till: Till, db: Database
) -> None:
    url = f"{base_url}/v1/admin/staff"
    created = requests.post(url, json=ZOE | {"badge_code": "B-ZOE"}, headers=admin, timeout=10)
    assert created.status_code == 201, created.text
    assert created.json() == {
        "staff_id": "zoe", "name": "Zoe Kraus", "role": "cashier", "store_ids": ["S001"],
        "all_stores": False, "badge_code": "B-ZOE", "active": True, "version": 1,
    }  # fmt: skip
    assert "pin" not in created.text
    assert "4321" not in created.text

    # The feed carries the till's own hash format: the till's hash function gives the same digest.
    (change,) = _staff_changes(till)
    data = change["data"]
    assert (change["key"], change["version"], change["op"]) == ("zoe", 1, "upsert")
    assert "4321" not in str(data)
    assert data["pin_hash"] == till_hash_pin("4321", data["pin_salt"])
    assert data["active"]
    assert data["store_ids"] == ["S001"]
    assert data["badge_code"] == "B-ZOE"

    # The snapshot lists her with the same hash, for a till set up today.
    page = till.get("/v1/stores/S001/snapshot", entity="staff").json()
    assert "staff" in till.get("/v1/stores/S001/snapshot").json()["entities"]
    rows = {r[0]: dict(zip(page["columns"], r, strict=True)) for r in page["rows"]}
    assert rows["zoe"]["pin_hash"] == data["pin_hash"]
    assert rows["zoe"]["version"] == 1

    # Another PIN: a new hash on the feed; the old PIN no longer matches.
    changed = requests.patch(f"{url}/zoe", json={"pin": "8765", "role": "manager"}, headers=admin, timeout=10)
    assert changed.status_code == 200, changed.text
    assert (changed.json()["role"], changed.json()["version"]) == ("manager", 2)
    latest = _staff_changes(till)[-1]["data"]
    assert latest["pin_hash"] == till_hash_pin("8765", latest["pin_salt"])

    # Moving her to S002 (with her PIN, checked there): S001's channel hears she left, S002's gets her.
    moved = requests.patch(f"{url}/zoe", json={"store_ids": ["S002"]}, headers=admin, timeout=10)
    assert moved.status_code == 422
    assert moved.json()["error"] == "staff.pin_needed"
    moved = requests.patch(
        f"{url}/zoe", json={"store_ids": ["S002"], "pin": "8765"}, headers=admin, timeout=10
    )
    assert moved.status_code == 200, moved.text
    left = _staff_changes(till)[-1]
    assert (left["version"], left["data"]["store_ids"]) == (3, ["S002"])
    with db.read() as session:
        channels = set(session.scalars(select(FeedChange.channel).where(FeedChange.key == "zoe")))
    assert channels == {"store:S001", "store:S002"}
    assert "zoe" not in {r[0] for r in till.get("/v1/stores/S001/snapshot", entity="staff").json()["rows"]}

    # Removed: an inactive upsert on her store's channel, without PIN hash or badge.
    removed = requests.delete(f"{url}/zoe", headers=admin, timeout=10)
    assert removed.status_code == 200
    assert removed.json()["active"] is False
    again = requests.delete(f"{url}/zoe", headers=admin, timeout=10)
    assert again.status_code == 200
    assert again.json()["version"] == removed.json()["version"]
    with db.read() as session:
        last = session.scalars(
            select(FeedChange)
            .where(FeedChange.key == "zoe", FeedChange.channel == "store:S002")
            .order_by(FeedChange.pos.desc())
        ).first()
    assert last is not None
    assert (last.op, last.version) == ("upsert", 4)
    assert last.data is not None
    assert (last.data["active"], last.data["pin_hash"], last.data["badge_code"]) == (False, None, None)
    listed = requests.get(url, headers=admin, timeout=10).json()["staff"]
    assert "zoe" not in {p["staff_id"] for p in listed}
    listed = requests.get(url, params={"removed": "true"}, headers=admin, timeout=10).json()["staff"]
    assert {p["staff_id"]: p["active"] for p in listed}["zoe"] is False
    # Changing a removed person is refused; adding her again brings her back, badge free again.
    refused = requests.patch(f"{url}/zoe", json={"name": "Z"}, headers=admin, timeout=10)
    assert refused.status_code == 409
    assert refused.json()["error"] == "staff.removed"
    back = requests.post(url, json=ZOE | {"badge_code": "B-ZOE"}, headers=admin, timeout=10)
    assert back.status_code == 201
    assert back.json()["version"] == 5


def test_a_pin_is_unique_among_the_active_staff_of_each_store(base_url: str, admin: dict[str, str]) -> None:
    url = f"{base_url}/v1/admin/staff"
    assert requests.post(url, json=ZOE, headers=admin, timeout=10).status_code == 201
    # The same PIN in the same store: refused; in another store: fine.
    clash = ZOE | {"staff_id": "yan", "name": "Yan"}
    refused = requests.post(url, json=clash, headers=admin, timeout=10)
    assert refused.status_code == 409
    assert refused.json()["error"] == "staff.pin_taken"
    assert (
        requests.post(url, json=clash | {"store_ids": ["S002"]}, headers=admin, timeout=10).status_code == 201
    )
    # Someone in every store clashes with both; moving Yan to S001 with the taken PIN is refused.
    everywhere = ZOE | {"staff_id": "max", "name": "Max", "store_ids": [], "all_stores": True}
    assert requests.post(url, json=everywhere, headers=admin, timeout=10).json()["error"] == "staff.pin_taken"
    move = requests.patch(
        f"{url}/yan", json={"store_ids": ["S001", "S002"], "pin": "4321"}, headers=admin, timeout=10
    )
    assert move.status_code == 409
    assert move.json()["error"] == "staff.pin_taken"
    # Same id twice, a taken badge, an unknown store: each its own code.
    assert (
        requests.post(url, json=ZOE | {"pin": "1234"}, headers=admin, timeout=10).json()["error"]
        == "staff.exists"
    )
    assert (
        requests.patch(f"{url}/zoe", json={"badge_code": "B-1"}, headers=admin, timeout=10).status_code == 200
    )
    taken = requests.patch(f"{url}/yan", json={"badge_code": "B-1"}, headers=admin, timeout=10)
    assert taken.status_code == 409
    assert taken.json()["error"] == "staff.badge_taken"
    unknown = requests.post(
        url, json=clash | {"store_ids": ["S999"], "pin": "1357"}, headers=admin, timeout=10
    )
    assert unknown.status_code == 422
    assert unknown.json()["error"] == "staff.unknown_store"
    # After removal the PIN is free again in that store.
    assert requests.delete(f"{url}/zoe", headers=admin, timeout=10).status_code == 200
    assert (
        requests.patch(
            f"{url}/yan", json={"store_ids": ["S001"], "pin": "4321"}, headers=admin, timeout=10
        ).status_code
        == 200
    )


HOSTILE: list[tuple[dict[str, Any], str]] = [
    (ZOE | {"pin": "12"}, "pin"),  # too short
    (ZOE | {"pin": 4321}, "pin"),  # a number, not a string
    (ZOE | {"pin": "１２３４"}, "pin"),  # full-width digits
    (ZOE | {"role": "owner"}, "role"),
    (ZOE | {"staff_id": "x" * 33}, "staff_id"),  # the till's column is 32 wide
    (ZOE | {"staff_id": "zoe kraus"}, "staff_id"),
    (ZOE | {"name": "Zoe\nKraus"}, "name"),
    (ZOE | {"name": "x" * 201}, "name"),
    (ZOE | {"store_ids": []}, "body"),  # no store at all
    (ZOE | {"all_stores": True}, "body"),  # both
    (ZOE | {"store_ids": ["S001", "S001"]}, "body"),
    (ZOE | {"is_admin": True}, "is_admin"),  # unknown fields are refused
    (ZOE | {"badge_code": ""}, "badge_code"),
]


def test_hostile_input_is_a_422_naming_the_field_and_writes_nothing(
    base_url: str, admin: dict[str, str], db: Database
) -> None:
    for body, where in HOSTILE:  # one app for all of them (a server per case costs 1.5 s)
        answer = requests.post(f"{base_url}/v1/admin/staff", json=body, headers=admin, timeout=10)
        assert answer.status_code == 422, (body, answer.text)
        assert answer.json()["error"] == "invalid_request"
        assert where in answer.text, answer.text
    patch = requests.patch(
        f"{base_url}/v1/admin/staff/anna", json={"all_stores": False}, headers=admin, timeout=10
    )
    assert patch.status_code == 422
    with db.read() as session:
        assert session.scalar(select(StaffMember.staff_id)) is None


def test_the_admin_api_needs_an_admin_key(base_url: str, shop: dict[str, str], admin: dict[str, str]) -> None:
    url = f"{base_url}/v1/admin/staff"
    missing = requests.get(url, timeout=10)
    assert missing.status_code == 401
    assert missing.json()["error"] == "auth.missing_api_key"
    wrong = requests.post(url, json=ZOE, headers={"X-Api-Key": "adk_nonsense"}, timeout=10)
    assert wrong.status_code == 401
    assert wrong.json()["error"] == "auth.bad_api_key"
    shop_key = requests.post(url, json=ZOE, headers=shop, timeout=10)
    assert shop_key.status_code == 403
    assert shop_key.json()["error"] == "auth.not_admin"
    # ... and an admin key is no web-shop key.
    stock = requests.get(f"{base_url}/v1/stock", params={"sku": "SKU-1"}, headers=admin, timeout=10)
    assert stock.status_code == 403
    assert stock.json()["error"] == "auth.wrong_scope"
    assert requests.get(f"{base_url}/v1/stock", params={"sku": "SKU-1"}, headers=shop, timeout=10).ok
    unknown = requests.delete(f"{url}/nobody", headers=admin, timeout=10)
    assert unknown.status_code == 404
    assert unknown.json()["error"] == "staff.unknown"
    bad_path = requests.get(f"{url}/{'x' * 40}", headers=admin, timeout=10)
    assert bad_path.status_code == 422


def test_the_cli_adds_lists_changes_and_removes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    url = f"sqlite:///{tmp_path / 'cli.sqlite3'}"
    assert main(["--db", url, "seed-demo", "--products", "50"]) == 0
    assert main(["--db", url, "staff", "list", "--store", "S002"]) == 0
    out = capsys.readouterr().out
    assert "anna\tcashier\tAnna Schmidt\tall stores\tbadge STAFF-0001" in out  # the demo staff
    # The demo cashier's PIN is taken in every store; the PIN comes from stdin when not a terminal.
    monkeypatch.setattr("sys.stdin", _Stdin("1111\n"))
    assert main(["--db", url, "staff", "add", "zoe", "--name", "Zoe", "--store", "S001"]) == 2
    assert "staff.pin_taken" in capsys.readouterr().err
    assert (
        main(["--db", url, "staff", "add", "zoe", "--name", "Zoe", "--store", "S001", "--pin", "4321"]) == 0
    )
    assert main(["--db", url, "staff", "set-badge", "zoe", "B-Z"]) == 0
    monkeypatch.setattr("sys.stdin", _Stdin("5678\n"))
    assert main(["--db", url, "staff", "set-pin", "zoe"]) == 0
    assert main(["--db", url, "staff", "set-pin", "zoe", "--pin", "12ab"]) == 2
    assert "pin" in capsys.readouterr().err
    assert main(["--db", url, "staff", "remove", "zoe"]) == 0
    assert main(["--db", url, "staff", "list", "--removed"]) == 0
    assert "zoe\tcashier\tZoe\tS001\tbadge -  (removed)" in capsys.readouterr().out
    assert main(["--db", url, "api-key", "--scope", "admin"]) == 0
    assert capsys.readouterr().out.startswith("adk_")
    database = Database(url)
    with database.read() as session:
        row = session.get(StaffMember, "zoe")
        assert row is not None
        assert pin_matches("5678", row.pin_salt, row.pin_hash)
        assert (row.version, row.active) == (4, False)
    database.dispose()


class _Stdin:
    def __init__(self, text: str) -> None:
        self._text = text

    def isatty(self) -> bool:
        return False

    def readline(self) -> str:
        return self._text
