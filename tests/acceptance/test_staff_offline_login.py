"""Central staff at a till that restarts offline (issue 11, ADR 0017), through the login screen.

Head office adds a cashier through the admin API; till T01 learns her in its sync and is switched off.
It starts again with the backend unreachable: she logs in by PIN on the keypad with the staff the till
cached. Head office removes her while the till is offline: the till still knows what it knew. Once a
sync round brings the removal, her next login is refused by name, by PIN and by badge.

Everything real: the seeded backend on loopback (SQLite, or PostgreSQL when STORE_TEST_PG_URL is set),
its admin API with an admin key, a till database with no local staff at all (central staff only),
enrolled with a real code, its SyncEngine, and its main window driven by qtbot.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
import requests
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from backend.services.security import create_api_key
from sync.client import BackendClient
from terminal.ui.bridge import Bridge
from terminal.ui.login_screen import LoginScreen
from terminal.ui.main_window import MainWindow
from tests.acceptance.journey_parts import DB_KINDS, UI_CONFIG, Chain, served, sync_engine
from tests.support.till import TickingClock, Till, open_till

UNREACHABLE = "http://127.0.0.1:9"
ZOE = {"staff_id": "zoe", "name": "Zoe Kraus", "role": "cashier", "pin": "4321", "badge_code": "B-ZOE"}


@pytest.fixture(params=DB_KINDS)
def backend(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Chain]:
    with served(request.param, tmp_path) as chain:
        yield chain


@pytest.fixture
def bridge(qapp: QApplication) -> Iterator[Bridge]:
    b = Bridge()
    yield b
    b.deleteLater()


def start_till(path: Path) -> Till:
    """The till's process starting on its database (no demo seed: only the staff the backend sent)."""
    return open_till(path, seed=False, language="en", clock=TickingClock(datetime.now(UTC)))


def type_pin(qtbot: QtBot, screen: LoginScreen, pin: str) -> None:
    for key in pin:
        qtbot.mouseClick(screen.keypad.buttons[key], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(screen.keypad.buttons["enter"], Qt.MouseButton.LeftButton)


def test_a_till_restarted_offline_logs_in_its_cached_staff_and_refuses_the_removed_after_sync(
    backend: Chain, tmp_path: Path, qtbot: QtBot, bridge: Bridge
) -> None:
    with backend.db.write() as session:
        admin = {"X-Api-Key": create_api_key(session, "head office", "admin")}
    staff_url = f"{backend.url}/v1/admin/staff"
    added = requests.post(staff_url, json=ZOE | {"store_ids": ["S001"]}, headers=admin, timeout=10)
    assert added.status_code == 201, added.text

    # The till learns her in its sync, then is switched off.
    path = tmp_path / "till.sqlite3"
    client = BackendClient(backend.url, read_timeout=20)
    client.token = client.enroll(backend.enroll_code("T01")).token
    till = start_till(path)
    try:
        assert sync_engine(till, client, "T01").step()
        assert till.services.staff.login("4321").name == "Zoe Kraus"
        till.services.staff.logout()
    finally:
        till.db.close()

    # It starts again with the backend out of reach.
    client.base_url = UNREACHABLE
    till = start_till(path)
    window = MainWindow(till.services, bridge, config=UI_CONFIG)
    try:
        engine = sync_engine(till, client, "T01")
        assert not engine.step()
        assert not engine.status.online
        qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()
        screen = window.login
        assert window.showing(screen)
        type_pin(qtbot, screen, "4321")
        qtbot.waitUntil(lambda: window.showing(window.sale))
        assert "Zoe Kraus" in window.status.staff.text()
        assert till.services.staff.require().staff_id == "zoe"
        window.sale.logout_button.click()
        assert window.showing(screen)

        # Head office removes her; the till, still offline, knows what it knew.
        client_office = requests.delete(f"{staff_url}/zoe", headers=admin, timeout=10)
        assert client_office.status_code == 200, client_office.text
        assert not engine.step()
        type_pin(qtbot, screen, "4321")
        qtbot.waitUntil(lambda: window.showing(window.sale))
        window.sale.logout_button.click()
        assert window.showing(screen)

        # Back online: the sync round brings the removal; her next login is refused by name.
        client.base_url = backend.url
        assert engine.step()
        assert engine.status.online
        type_pin(qtbot, screen, "4321")
        assert window.showing(screen)
        assert till.services.staff.current is None
        assert screen.error.isVisible()
        assert "Zoe Kraus" in screen.error.text()
        bridge.publish_scan("B:B-ZOE", "wedge")  # her badge went with her
        assert window.showing(screen)
        assert till.services.staff.current is None
        # Anyone head office did not remove still logs in.
        type_pin(qtbot, screen, "1111")
        qtbot.waitUntil(lambda: window.showing(window.sale))
        assert "Anna Schmidt" in window.status.staff.text()
        assert window.worker.wait_for_done()
    finally:
        window.close()
        client.close()
        till.db.close()
