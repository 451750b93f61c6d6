"""`store-backend prune-notifications`: delivered rows past the retention (by delivery) and skipped
ones (by creation) go, in batches of their own transactions; pending and dead rows always stay."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import event, select

from backend.cli import main
from backend.db import Database
from backend.models import Notification, utcnow
from backend.services.notification_prune import prune
from tests.backend.test_notifications import place


def _row(number: str, status: str, created: datetime, delivered: datetime | None = None) -> Notification:
    return Notification(
        event_id=f"e-{status}-{created.isoformat()}"[:36],
        order_number=number,
        kind="ready",
        channel="email",
        recipient="julia@example.test",
        payload={"event_id": "x"},
        status=status,
        attempts=1,
        created_at=created,
        next_attempt_at=created,
        give_up_at=created + timedelta(hours=24),
        last_error="",
        delivered_at=delivered,
    )


def _left(db: Database) -> list[tuple[str, str]]:
    with db.read() as session:
        return [
            (str(status), str(kind))
            for status, kind in session.execute(
                select(Notification.status, Notification.recipient).order_by(Notification.notification_id)
            )
        ]


def test_prune_keeps_pending_dead_and_recent_rows(
    db: Database, backend_db_url: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    place(db, "W-1")
    now = utcnow()
    old, recent = now - timedelta(days=100), now - timedelta(days=10)
    rows = [
        ("delivered old", _row("W-1", "delivered", old, old)),
        ("delivered late", _row("W-1", "delivered", old, recent)),  # written long ago, delivered lately
        ("skipped old", _row("W-1", "skipped", old)),
        ("skipped recent", _row("W-1", "skipped", recent)),
        ("pending old", _row("W-1", "pending", now - timedelta(days=400))),
        ("dead old", _row("W-1", "dead", now - timedelta(days=400))),
    ]
    with db.write() as session:
        for name, row in rows:
            row.recipient = name
            session.add(row)
    monkeypatch.delenv("STORE_BACKEND_NOTIFICATION_RETENTION_DAYS", raising=False)
    assert main(["--db", backend_db_url, "prune-notifications"]) == 0  # default: 90 days
    assert "pruned 2 " in capsys.readouterr().out
    assert _left(db) == [
        ("delivered", "delivered late"),
        ("skipped", "skipped recent"),
        ("pending", "pending old"),
        ("dead", "dead old"),
    ]
    # A shorter retention from the setting, and --days over it.
    monkeypatch.setenv("STORE_BACKEND_NOTIFICATION_RETENTION_DAYS", "5")
    assert main(["--db", backend_db_url, "prune-notifications", "--days", "30"]) == 0
    assert "pruned 0 " in capsys.readouterr().out
    assert main(["--db", backend_db_url, "prune-notifications"]) == 0
    assert "pruned 2 " in capsys.readouterr().out
    assert _left(db) == [("pending", "pending old"), ("dead", "dead old")]
    for bad in ("0", "-3", "ninety"):
        with pytest.raises(SystemExit) as refused:
            main(["--db", backend_db_url, "prune-notifications", "--days", bad])
        assert refused.value.code == 2
        assert "at least 1" in capsys.readouterr().err
    # The setting too: 0 or less would prune every delivered row; refused, naming the variable.
    with db.write() as session:
        row = _row("W-1", "delivered", utcnow(), utcnow())
        row.recipient = "delivered now"
        session.add(row)
    for bad in ("0", "-1", "ninety"):
        monkeypatch.setenv("STORE_BACKEND_NOTIFICATION_RETENTION_DAYS", bad)
        assert main(["--db", backend_db_url, "prune-notifications"]) == 2
        err = capsys.readouterr().err
        assert "STORE_BACKEND_NOTIFICATION_RETENTION_DAYS must be a whole number of days, at least 1" in err
    assert ("delivered", "delivered now") in _left(db)  # nothing pruned


def test_prune_deletes_in_batches_of_their_own_transactions(db: Database) -> None:
    place(db, "W-2")
    old = utcnow() - timedelta(days=100)
    with db.write() as session:
        session.add_all([_row("W-2", "delivered", old, old) for _ in range(25)])
        session.add(_row("W-2", "dead", old))
    commits: list[Any] = []

    def committed(connection: Any) -> None:
        commits.append(connection)

    event.listen(db.writer, "commit", committed)
    try:
        assert prune(db, utcnow() - timedelta(days=90), batch=7) == 25
    finally:
        event.remove(db.writer, "commit", committed)
    assert len(commits) == 4  # 7 + 7 + 7 + 4: each batch committed on its own
    assert [status for status, _ in _left(db)] == ["dead"]
