"""A till ahead of its backend: events of a payload version the backend does not accept yet are held
back and shown, never quarantined, and go exactly once when the backend is restarted accepting them.

The real backend on loopback (first accepting schema 1 only, then restarted on the same database with
the `audit.recorded` schema 2 model), a real till database through the real migrations, sales through
the real checkout, schema-2 audit entries queued through the real outbox, the real sync engine and the
manager's sync screen.
"""

from __future__ import annotations

import random
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import func, select, text

from backend.app import create_app
from backend.db import Database as BackendDb
from backend.embedded import EmbeddedBackend
from backend.models import AuditEntry, Sale, TerminalEvent
from backend.settings import Settings
from contract.registry import EVENTS
from sync.client import BackendClient
from sync.engine import SyncEngine, SyncReport
from sync.versions import HeldBack
from terminal.domain.money import Money
from terminal.services.sync_admin import SyncAdminService
from terminal.storage import outbox
from terminal.storage.feed_apply import FeedScope
from terminal.ui.sync_screen import SyncScreen
from tests.support.server import serve_in_thread
from tests.support.till import CountingWaker, Till, open_till, product_named
from tests.support.versions import REGISTRY_V2, audit_payload


def _sell(till: Till, name: str) -> str:
    s = till.services
    s.selling.scan(product_named(name).barcode)
    s.checkout.add_cash(Money(100_000, "EUR"))
    return s.checkout.complete().receipt_number


def _audit_v2(till: Till) -> str:
    payload = audit_payload(schema=2)
    with till.db.write() as session:
        outbox.append_event(
            session,
            event_id=payload["audit_id"],
            type="audit.recorded",
            occurred_at=datetime.now(UTC),
            payload=payload,
        )
    return str(payload["audit_id"])


def _server(db: BackendDb) -> dict[str, Any]:
    """This till's sales, audit entries and recorded events on the server (the demo chain has others)."""
    with db.read() as session:
        sales = session.execute(
            select(Sale.receipt_number, func.count())
            .where(Sale.terminal_id == "T01")
            .group_by(Sale.receipt_number)
        ).all()
        audits = session.execute(
            select(AuditEntry.audit_id, func.count())
            .where(AuditEntry.terminal_id == "T01")
            .group_by(AuditEntry.audit_id)
        ).all()
        events = session.scalar(
            select(func.count()).select_from(TerminalEvent).where(TerminalEvent.terminal_id == "T01")
        )
    return {"sales": dict(sales), "audits": dict(audits), "events": events}


def _counts(till: Till) -> dict[str, int]:
    with till.db.read() as session:
        return outbox.counts(session)


def test_newer_events_wait_visibly_for_the_backend_then_go_exactly_once(qtbot: Any, tmp_path: Path) -> None:
    backend = EmbeddedBackend(tmp_path / "backend.sqlite3")  # migrates and seeds; served below
    backend.prepare(products=300)
    db_url = f"sqlite:///{tmp_path / 'backend.sqlite3'}"
    backend_db = BackendDb(db_url)
    till = open_till(tmp_path / "till.sqlite3")
    reports: list[SyncReport] = []
    try:
        with serve_in_thread(create_app(Settings(db_url=db_url), events=EVENTS)) as old_url:  # schema 1 only
            client = BackendClient(old_url, read_timeout=20)
            code = EmbeddedBackend(tmp_path / "backend.sqlite3").enroll_code(
                store_id="S001", terminal_id="T01"
            )
            client.token = client.enroll(code).token
            engine = SyncEngine(
                db=till.db,
                client=client,
                terminal_id="T01",
                scope=FeedScope("S001", "DE", "EUR"),
                clock=lambda: datetime.now(UTC),
                on_state=reports.append,
                first_retry=0.01,
                max_retry=0.05,
                rng=random.Random(5),
            )
            till.services.staff.login("9999")
            first = _sell(till, "Bohrschrauber")
            audits = [_audit_v2(till)]
            receipts = [first, _sell(till, "Vollmilch")]
            audits.append(_audit_v2(till))
            assert engine.step()
            # #1 is the day the first sale opened (ADR 0024), #2 that sale; the audit waits from #3.
            held = HeldBack(seq=3, type="audit.recorded", schema=2, accepted=(1,), count=3)
            assert reports[-1].held_back == held
            assert _counts(till) == {"pending": 3, "acked": 2, "failed": 0}
            assert _server(backend_db) == {"sales": {first: 1}, "audits": {}, "events": 2}

            receipts.append(_sell(till, "Bohrschrauber"))  # selling goes on meanwhile
            assert engine.step()
            assert reports[-1].held_back == HeldBack(3, "audit.recorded", 2, (1,), 4)
            assert reports[-1].failed == 0

            admin = SyncAdminService(
                db=till.db, sync=CountingWaker(), staff=till.services.staff, clock=lambda: datetime.now(UTC)
            )
            screen = SyncScreen(admin, status=reports[-1])
            qtbot.addWidget(screen)
            assert not screen.held_label.isHidden()
            assert "4 event(s) from #3, Audit entry in version 2" in screen.held_label.text()
            assert screen.pending_list.count() == 4
            client.close()

        # The backend is upgraded: restarted on the same database, now with audit.recorded schema 2.
        with serve_in_thread(create_app(Settings(db_url=db_url), events=REGISTRY_V2)) as new_url:
            client.base_url = new_url
            assert engine.step()
            assert reports[-1].held_back is None
            screen.on_bridge_sync_state_changed(reports[-1])
            assert screen.held_label.isHidden()
            assert _counts(till) == {"pending": 0, "acked": 6, "failed": 0}
            expected = {"sales": dict.fromkeys(receipts, 1), "audits": dict.fromkeys(audits, 1), "events": 6}
            assert _server(backend_db) == expected

            with till.db.write() as session:  # every ack lost: the till sends everything again
                session.execute(text("UPDATE outbox SET status = 'pending', acked_at = NULL"))
            assert engine.step()
            assert _counts(till) == {"pending": 0, "acked": 6, "failed": 0}
            assert _server(backend_db) == expected  # answered as duplicates: nothing twice
            client.close()
    finally:
        till.db.close()
        backend_db.dispose()
