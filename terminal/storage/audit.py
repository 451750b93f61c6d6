"""The till's audit trail: who did what, and which manager approved it. Append-only."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from terminal.storage.models.journal import AuditLog
from terminal.storage.outbox import json_text


@dataclass(frozen=True, slots=True)
class AuditRecord:
    id: int
    occurred_at: datetime
    staff_id: str | None
    approved_by: str | None
    action: str
    details: dict[str, Any]


def append(
    session: Session,
    *,
    action: str,
    at: datetime,
    staff_id: str | None = None,
    approved_by: str | None = None,
    details: Mapping[str, Any] | None = None,
) -> int:
    row = AuditLog(
        occurred_at=at,
        staff_id=staff_id,
        approved_by=approved_by,
        action=action,
        details=json_text(details or {}),
    )
    session.add(row)
    session.flush()
    return row.id


def list_entries(
    session: Session, *, since: datetime | None = None, action: str | None = None, limit: int = 200
) -> list[AuditRecord]:
    """Newest first."""
    stmt = select(AuditLog).order_by(AuditLog.id.desc()).limit(limit)
    if since is not None:
        stmt = stmt.where(AuditLog.occurred_at >= since)
    if action is not None:
        stmt = stmt.where(AuditLog.action == action)
    return [
        AuditRecord(r.id, r.occurred_at, r.staff_id, r.approved_by, r.action, json.loads(r.details))
        for r in session.scalars(stmt)
    ]
