"""Staff managed centrally reach the till through its sync (ADR 0017), through the real backend on a
loopback port: the snapshot brings the chain's people, the admin API adds and removes one, and after
the next sync a removed person is refused at login by name; offline, the till logs in with the people
it knew; a re-bootstrap from the snapshot (feed cursor gone) retires whoever it no longer lists.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import requests
from sqlalchemy import text

from backend.services.feed import prune
from backend.services.security import create_api_key
from sync.client import BackendClient
from terminal.domain.errors import TillError
from terminal.storage import staff as staff_repo
from terminal.ui.messages import message_for
from tests.support.till import open_till
from tests.sync.conftest import Backend, make_engine


def _refusal(login: object, secret: str) -> TillError:
    with pytest.raises(TillError) as refused:
        login(secret)  # type: ignore[operator]
    return refused.value


def test_central_staff_reach_the_till_and_a_removed_person_is_refused_after_sync(
    tmp_path: Path, client: BackendClient, backend: Backend
) -> None:
    till = open_till(tmp_path / "till.sqlite3", seed=False)
    try:
        with till.db.write() as session:  # a person added at this till (store-terminal --add-staff)
            staff_repo.add_staff(session, staff_id="lena", name="Lena Local", role="cashier", pin="5555")
            staff_repo.add_staff(
                session, staff_id="anna", name="Anna (local)", role="cashier", pin="7777", badge_code="B-OLD"
            )
        sync, _ = make_engine(till, client)
        assert sync.step()  # the bootstrap: the demo chain's staff come from the backend
        staff = till.services.staff
        anna = staff.login("1111")
        assert (anna.staff_id, anna.name) == ("anna", "Anna Schmidt")  # central wins over the local "anna"
        staff.logout()
        assert staff.login("B:STAFF-0009").staff_id == "maria"
        staff.logout()
        assert _refusal(staff.login, "7777").code == "staff.unknown"  # the local PIN of "anna" is gone

        with backend.db.write() as session:
            admin = {"X-Api-Key": create_api_key(session, "head office", "admin")}
        url = f"{backend.url}/v1/admin/staff"
        zoe = {
            "staff_id": "zoe",
            "name": "Zoe Kraus",
            "role": "cashier",
            "pin": "4321",
            "store_ids": ["S001"],
        }
        pia = {"staff_id": "pia", "name": "Pia Central", "role": "manager", "pin": "5555", "all_stores": True}
        for person in (zoe | {"badge_code": "B-ZOE"}, pia):
            assert requests.post(url, json=person, headers=admin, timeout=10).status_code == 201
        assert sync.step()
        assert staff.login("4321").staff_id == "zoe"
        staff.logout()
        assert staff.login("B:B-ZOE").staff_id == "zoe"
        staff.logout()
        assert staff.login("5555").staff_id == "pia"  # same PIN as the local Lena: central first
        staff.logout()

        assert requests.delete(f"{url}/zoe", headers=admin, timeout=10).status_code == 200
        assert staff.login("4321").staff_id == "zoe"  # not synced yet: the till knows what it knew
        staff.logout()
        assert sync.step()
        removed = _refusal(staff.login, "4321")
        assert removed.code == "staff.removed"
        assert "Zoe Kraus" in message_for(removed)
        assert _refusal(staff.login, "B:B-ZOE").code == "staff.unknown"  # her badge went with her
        with till.db.read() as session:
            row = session.execute(text("SELECT active, version FROM staff WHERE staff_id = 'zoe'")).one()
            failed = session.execute(
                text("SELECT details FROM audit_log WHERE action = 'login.failed'")
            ).scalars()
            refusals = [json.loads(details) for details in failed]
        assert tuple(row) == (0, 2)
        assert {"removed": "zoe"} in refusals  # the audit log says who was refused

        # Offline: the till works with the last staff it knew (and still refuses Zoe).
        client.base_url = "http://127.0.0.1:9"
        assert not sync.step()
        assert staff.login("2222").staff_id == "ben"
        staff.logout()
        assert _refusal(staff.login, "4321").code == "staff.removed"
        client.base_url = backend.url

        # Ben removed, then the feed pruned past the till's cursor: the 410 re-bootstrap retires him.
        assert requests.delete(f"{url}/ben", headers=admin, timeout=10).status_code == 200
        with backend.db.write() as session:
            prune(session, datetime.now(UTC) + timedelta(days=1))
        assert sync.step()
        assert _refusal(staff.login, "2222").code == "staff.removed"
        assert staff.login("1111").staff_id == "anna"  # those the snapshot lists stay
        staff.logout()
        assert staff.login("5555").staff_id == "pia"
    finally:
        till.db.close()
