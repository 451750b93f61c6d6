"""Manager tasks: anomalies that never reject a fact but must reach a person."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from backend.models import ManagerTask


def raise_task(
    session: Session, *, store_id: str, kind: str, summary: str, details: dict[str, Any], source: str
) -> None:
    """Open a task unless one of the same kind is already open for the same subject (sku, else source)."""
    subject = str(details.get("sku") or source)[:120]
    already = session.execute(
        select(ManagerTask.task_id)
        .where(
            ManagerTask.store_id == store_id,
            ManagerTask.kind == kind,
            ManagerTask.subject == subject,
            ManagerTask.status == "open",
        )
        .limit(1)
    ).first()
    if already is None:
        session.add(
            ManagerTask(
                store_id=store_id,
                kind=kind,
                summary=summary[:300],
                details=details,
                source=source,
                subject=subject,
            )
        )
