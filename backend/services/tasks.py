"""Manager tasks: anomalies that never reject a fact but must reach a person.

A `TaskBuffer` collects the anomalies of one transaction and writes them in one go: at most one open
task per store, kind and subject (the sku, else the source), whether the earlier one was opened by
this transaction or long ago.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Sequence
from typing import Any, TypeVar

from sqlalchemy import any_, bindparam, insert, select
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.orm import Session

from backend.models import ManagerTask, table_of, utcnow

T = TypeVar("T")
_TASK = table_of(ManagerTask)
IN_CHUNK = 1000  # bound parameters per IN (...) list; far below SQLite's and PostgreSQL's limits


def chunked(items: Sequence[T], size: int = IN_CHUNK) -> Iterator[Sequence[T]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def one_of(column: Any, values: Sequence[Any], session: Session) -> Any:
    """`column IN (values)`: on PostgreSQL as `= ANY(array)`, one parameter whatever the count (a
    500-element IN list is 500 parameters to convert and plan per query); elsewhere a plain IN."""
    if session.get_bind().dialect.name == "postgresql":
        return column == any_(bindparam(None, list(values), type_=ARRAY(column.type)))
    return column.in_(values)


class TaskBuffer:
    """The manager tasks of one transaction; `flush()` writes the ones not already open."""

    def __init__(self, session: Session) -> None:
        self._session = session
        self._pending: dict[tuple[str, str, str], dict[str, Any]] = {}

    def raise_task(
        self, *, store_id: str, kind: str, summary: str, details: dict[str, Any], source: str
    ) -> None:
        """Open a task unless one of the same kind is already open for the same subject."""
        subject = str(details.get("sku") or source)[:120]
        self._pending.setdefault(
            (store_id, kind, subject),
            {
                "store_id": store_id,
                "kind": kind,
                "status": "open",
                "summary": summary[:300],
                "details": details,
                "source": source,
                "subject": subject,
            },
        )

    def flush(self) -> int:
        """Insert the pending tasks that are not open yet; returns how many were opened."""
        if not self._pending:
            return 0
        subjects: dict[tuple[str, str], list[str]] = defaultdict(list)
        for store_id, kind, subject in self._pending:
            subjects[(store_id, kind)].append(subject)
        for (store_id, kind), wanted in subjects.items():
            for part in chunked(wanted):
                for (subject,) in self._session.execute(
                    select(ManagerTask.subject).where(
                        ManagerTask.store_id == store_id,
                        ManagerTask.kind == kind,
                        ManagerTask.subject.in_(part),
                        ManagerTask.status == "open",
                    )
                ):
                    self._pending.pop((store_id, kind, subject), None)
        now = utcnow()
        rows = [{**row, "created_at": now} for row in self._pending.values()]
        if rows:
            self._session.execute(insert(_TASK), rows)
        self._pending.clear()
        return len(rows)


def raise_task(
    session: Session, *, store_id: str, kind: str, summary: str, details: dict[str, Any], source: str
) -> None:
    """A single task written at once (for callers outside a batch)."""
    tasks = TaskBuffer(session)
    tasks.raise_task(store_id=store_id, kind=kind, summary=summary, details=details, source=source)
    tasks.flush()
