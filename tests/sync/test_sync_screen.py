"""The sync screen renders pending and refused events and resubmits through the service (offscreen)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sync.engine import SyncStatus
from terminal.services.sync_admin import SyncAdminService
from terminal.ui.sync_screen import SyncScreen
from tests.support.till import CountingWaker, Till
from tests.sync.sales import outbox_counts, queue_sales
from tests.sync.test_push import queue_handover


def test_screen_lists_and_resubmits(qtbot: Any, till: Till, engine: tuple) -> None:
    sync, _ = engine
    queue_handover(till.db)
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
    screen.on_bridge_sync_state_changed(SyncStatus(online=False))
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
