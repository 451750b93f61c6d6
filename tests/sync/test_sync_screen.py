"""The sync screen renders pending, refused and held back events; resubmits through the service."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sync.engine import SyncReport
from terminal.services.sync_admin import SyncAdminService
from terminal.ui.sync_screen import SyncScreen
from tests.support.till import CountingWaker, Till
from tests.support.versions import audit_payload
from tests.sync.sales import outbox_counts, queue_sales
from tests.sync.test_push import queue_refused
from tests.sync.test_versions import queue


def test_screen_lists_and_resubmits(qtbot: Any, till: Till, engine: tuple) -> None:
    sync, _ = engine
    queue_refused(till.db)
    queue_sales(till.db, 2)
    assert sync.step()
    till.services.staff.login("9999")
    admin = SyncAdminService(
        db=till.db, sync=CountingWaker(), staff=till.services.staff, clock=lambda: datetime.now(UTC)
    )
    screen = SyncScreen(admin)
    qtbot.addWidget(screen)
    assert screen.pending_list.count() == 2
    assert screen.failed_list.count() == 1
    screen.on_bridge_sync_state_changed(SyncReport(online=False))
    assert "offline" in screen.online_label.text().lower()
    screen.tabs.setCurrentIndex(1)
    screen.failed_list.setCurrentRow(0)
    assert "W-100001" in screen.payload.toPlainText()
    assert screen.resubmit_button.isEnabled()
    with qtbot.waitSignal(screen.sig_events_resubmitted) as signal:
        screen.resubmit_button.click()
    assert signal.args == [1]
    assert outbox_counts(till.db)["failed"] == 0
    assert screen.failed_list.count() == 1  # "Nothing here"


def test_screen_shows_what_is_held_back_and_why(qtbot: Any, till: Till, engine: tuple) -> None:
    sync, recorder = engine
    queue(till.db, "audit.recorded", audit_payload(schema=2))
    queue_sales(till.db, 1)
    till.services.staff.login("9999")
    admin = SyncAdminService(
        db=till.db, sync=CountingWaker(), staff=till.services.staff, clock=lambda: datetime.now(UTC)
    )
    screen = SyncScreen(admin, status=SyncReport(online=True))
    qtbot.addWidget(screen)
    assert screen.held_label.isHidden()
    assert sync.step()
    screen.on_bridge_sync_state_changed(recorder.states[-1])
    screen.refresh()
    assert not screen.held_label.isHidden()
    text = screen.held_label.text()
    assert "2 event(s) from #1" in text
    assert "Audit entry in version 2" in text
    assert "version(s) 1 of it" in text
    assert screen.pending_list.count() == 2  # both wait in the queue, none is refused
    assert screen.failed_list.count() == 1  # "Nothing here"
    screen.on_bridge_sync_state_changed(SyncReport(online=True))
    assert screen.held_label.isHidden()
