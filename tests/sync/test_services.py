"""The manager's sync use cases and the stock figure with its age, against the real backend."""

from __future__ import annotations

import threading
from datetime import UTC, datetime
from decimal import Decimal

import pytest

from sync.client import BackendClient
from sync.lookups import LiveStockLookup
from terminal.domain.errors import ApprovalRequiredError
from terminal.domain.staff import Action
from terminal.services.stock import StockService
from terminal.services.sync_admin import SyncAdminService
from terminal.storage import audit
from tests.support.server import free_port
from tests.support.till import CountingWaker, Till
from tests.sync.conftest import Backend, make_engine
from tests.sync.sales import PRODUCTS, outbox_counts, queue_sales
from tests.sync.test_push import REFUSED_ID, queue_refused


def test_failed_event_is_listed_and_resubmitted(till: Till, engine: tuple) -> None:
    sync, _ = engine
    queue_refused(till.db)
    queue_sales(till.db, 1, start=1)
    assert sync.step()
    waker = CountingWaker()
    till.services.staff.login("9999")
    admin = SyncAdminService(
        db=till.db, sync=waker, staff=till.services.staff, clock=lambda: datetime.now(UTC)
    )
    view = admin.overview()
    assert (view.failed_count, view.pending_count) == (1, 1)
    (failed,) = view.failed
    assert failed.event_id == REFUSED_ID
    assert '"order_number": "W-100001"' in failed.payload
    assert failed.last_error
    assert "event.invalid_payload" in failed.last_error
    assert view.last_success is not None
    assert admin.resubmit([REFUSED_ID]) == 1
    assert waker.wakes == 1
    assert outbox_counts(till.db) == {"pending": 2, "acked": 0, "failed": 0}
    with till.db.read() as session:
        (entry,) = audit.list_entries(session, action="sync.resubmit")
    assert (entry.staff_id, entry.details["event_ids"]) == ("maria", [REFUSED_ID])


def test_sync_screen_is_for_managers_or_with_a_managers_approval(till: Till) -> None:
    staff = till.services.staff
    admin = SyncAdminService(db=till.db, sync=CountingWaker(), staff=staff, clock=lambda: datetime.now(UTC))
    staff.login("1111")
    with pytest.raises(ApprovalRequiredError) as err:
        admin.check_access()
    assert err.value.action == Action.SYNC_ADMIN
    admin.check_access(staff.approve("9999", Action.SYNC_ADMIN))
    staff.logout()
    staff.login("9999")
    admin.check_access()
    with till.db.read() as session:
        opened = [
            (e.staff_id, e.approved_by)
            for e in reversed(audit.list_entries(session, action="sync.screen_opened"))
        ]
    assert opened == [("anna", "maria"), ("maria", None)]


def test_stock_is_live_when_online_and_cached_with_its_age_offline(
    till: Till, client: BackendClient, backend: Backend
) -> None:
    sync, _ = make_engine(till, client)
    assert sync.step()
    sku = PRODUCTS[0].sku
    queue_sales(till.db, 1, start=300, qty=2)  # 300 % 300 == 0: PRODUCTS[0], not yet synced
    live_client = BackendClient(backend.url, token=client.token)
    service = StockService(
        db=till.db, store_id="S001", clock=lambda: datetime.now(UTC), live=LiveStockLookup(live_client)
    )
    live = service.stock_for(sku)
    assert live.source == "live"
    assert live.unconfirmed == -2
    here = next(lv for lv in live.levels if lv.store_id == "S001")
    assert here.on_hand == Decimal(9 - 2)
    assert len(live.levels) > 1  # every store
    live_client.base_url = f"http://127.0.0.1:{free_port()}"
    cached = service.stock_for(sku)
    assert cached.source == "local"
    assert cached.as_of is not None
    assert cached.levels[0].on_hand == Decimal(9 - 2)
    live_client.close()


def test_engine_thread_syncs_after_wake(till: Till, engine: tuple, backend: Backend) -> None:
    sync, recorder = engine
    sync._poll = 30.0  # only wake() should make it go again quickly
    stop = threading.Event()
    thread = threading.Thread(target=sync.run, args=(stop,), daemon=True)
    thread.start()
    try:
        deadline = datetime.now(UTC).timestamp() + 20
        while not (recorder.states and recorder.states[-1].last_success):
            assert datetime.now(UTC).timestamp() < deadline
            threading.Event().wait(0.02)
        queue_sales(till.db, 3)
        sync.wake()
        while outbox_counts(till.db)["acked"] < 3:
            assert datetime.now(UTC).timestamp() < deadline
            threading.Event().wait(0.02)
    finally:
        stop.set()
        sync.wake()
        thread.join(10)
    assert not thread.is_alive()
