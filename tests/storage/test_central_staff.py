"""Feed pages of `staff` changes written into the till's staff table (ADR 0017), and the login lockout.

Pages are read through the contract (`ChangePage.model_validate`, as the sync client reads them), so a
malformed staff change is refused as a page, and applied with `apply_page` into a real migrated file.
"""

from __future__ import annotations

import secrets
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from pydantic import ValidationError
from sqlalchemy import text

from contract.feed import ChangePage
from terminal.domain.errors import TillError
from terminal.services.staff import LOCKOUT_SECONDS, MAX_FAILED_LOGINS, StaffService
from terminal.storage import staff as staff_repo
from terminal.storage.db import Database
from terminal.storage.feed_apply import FeedScope, apply_page

SCOPE = FeedScope(store_id="S001", price_list="DE", currency="EUR")
NOW = datetime(2026, 12, 2, 9, 0, tzinfo=UTC)


def _person(pin: str, **changes: Any) -> dict[str, Any]:
    salt = secrets.token_hex(16)
    data = {
        "staff_id": "zoe", "name": "Zoe Kraus", "role": "cashier", "store_ids": ["S001"], "all_stores": False,
        "badge_code": "B-ZOE", "pin_salt": salt, "pin_hash": staff_repo.hash_pin(pin, salt), "active": True,
    }  # fmt: skip
    return data | changes


def _page(*changes: tuple[str, int, str, dict[str, Any] | None], cursor: str = "v1.0.1") -> ChangePage:
    return ChangePage.model_validate(
        {
            "changes": [
                {"entity": "staff", "key": key, "version": version, "op": op, "data": data}
                for key, version, op, data in changes
            ],
            "next_cursor": cursor,
            "has_more": False,
        }
    )


def _rows(db: Database) -> dict[str, tuple[Any, ...]]:
    with db.read() as session:
        found = session.execute(text("SELECT staff_id, name, active, badge_code, version FROM staff"))
        return {r[0]: tuple(r[1:]) for r in found}


def test_staff_changes_apply_by_version_and_win_over_local_people(db: Database) -> None:
    with db.write() as session:  # a local person holding the badge the central one will get
        staff_repo.add_staff(
            session, staff_id="lena", name="Lena", role="cashier", pin="5555", badge_code="B-ZOE"
        )
    applied = apply_page(db, _page(("zoe", 2, "upsert", _person("4321"))), scope=SCOPE, now=NOW)
    assert applied.counts == {"staff": 1}
    assert _rows(db) == {"lena": ("Lena", 1, None, None), "zoe": ("Zoe Kraus", 1, "B-ZOE", 2)}
    with db.read() as session:
        assert staff_repo.verify_pin(session, "4321") is not None
        assert staff_repo.find_by_badge(session, "B-ZOE") is not None
    # An older version (a page applied again after a snapshot) changes nothing.
    apply_page(db, _page(("zoe", 1, "upsert", _person("1234", name="Old"))), scope=SCOPE, now=NOW)
    assert _rows(db)["zoe"] == ("Zoe Kraus", 1, "B-ZOE", 2)
    # A local --add-staff of a central id is refused: the head office manages her.
    with db.write() as session, pytest.raises(TillError) as refused:
        staff_repo.add_staff(session, staff_id="zoe", name="Zoe", role="manager", pin="8888")
    assert refused.value.code == "staff.managed_centrally"
    # Moved to another store: inactive here, badge given back, her old PIN recognised as removed.
    apply_page(db, _page(("zoe", 3, "upsert", _person("4321", store_ids=["S002"]))), scope=SCOPE, now=NOW)
    assert _rows(db)["zoe"] == ("Zoe Kraus", 0, None, 3)
    with db.read() as session:
        assert staff_repo.verify_pin(session, "4321") is None
        gone = staff_repo.find_removed(session, "4321")
    assert gone is not None
    assert gone.name == "Zoe Kraus"
    # Back in every store, then removed (an inactive upsert without hash), then a delete of someone
    # the till never knew: each applied, none breaks the page.
    everywhere = _person("4321", store_ids=[], all_stores=True, badge_code=None)
    removed = _person("4321", active=False, pin_hash=None, pin_salt=None, badge_code=None)
    apply_page(db, _page(("zoe", 4, "upsert", everywhere)), scope=SCOPE, now=NOW)
    assert _rows(db)["zoe"][1] == 1
    apply_page(db, _page(("zoe", 5, "upsert", removed), ("max", 1, "delete", None)), scope=SCOPE, now=NOW)
    assert _rows(db)["zoe"] == ("Zoe Kraus", 0, None, 5)
    assert "max" not in _rows(db)
    with db.read() as session:  # the hash she had stays for the "removed" message
        assert staff_repo.find_removed(session, "4321") is not None


def test_a_malformed_staff_change_refuses_the_whole_page() -> None:
    with pytest.raises(ValidationError, match="staff zoe: role"):
        _page(("zoe", 1, "upsert", _person("4321", role="owner")))


class _Clock:
    def __init__(self) -> None:
        self.now = NOW

    def __call__(self) -> datetime:
        return self.now


def test_five_wrong_pins_lock_the_login_for_a_while(db: Database) -> None:
    with db.write() as session:
        staff_repo.add_staff(session, staff_id="anna", name="Anna", role="cashier", pin="1111")
    clock = _Clock()
    service = StaffService(db=db, clock=clock)
    for _ in range(MAX_FAILED_LOGINS):
        with pytest.raises(TillError) as wrong:
            service.login("0000")
        assert wrong.value.code == "staff.unknown"
    with pytest.raises(TillError) as locked:
        service.login("1111")  # even the right PIN waits
    assert (locked.value.code, locked.value.params["seconds"]) == ("staff.locked", LOCKOUT_SECONDS)
    clock.now += timedelta(seconds=LOCKOUT_SECONDS)
    assert service.login("1111").staff_id == "anna"
    service.logout()
    for _ in range(MAX_FAILED_LOGINS - 1):  # a correct login started the count again
        with pytest.raises(TillError):
            service.login("0000")
    assert service.login("1111").staff_id == "anna"
