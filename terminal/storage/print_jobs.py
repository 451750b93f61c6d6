"""The reprint queue: receipt bytes wait here until the printer confirms, so no receipt is lost.

The service enqueues a job after the sale commits (or in the same transaction); the print loop takes
`next_pending`, sends the bytes off the UI thread and marks the outcome. A failed job stays listed for
a manual reprint; `mark_failed(..., retry=True)` keeps it pending for the loop to try again.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from terminal.storage.models.journal import PrintJob


@dataclass(frozen=True, slots=True)
class PrintJobRecord:
    job_id: int
    receipt_number: str | None
    data: bytes
    created_at: datetime
    status: str
    attempts: int
    last_error: str | None
    printed_at: datetime | None


def _record(row: PrintJob) -> PrintJobRecord:
    return PrintJobRecord(
        row.job_id,
        row.receipt_number,
        bytes(row.data),
        row.created_at,
        row.status,
        row.attempts,
        row.last_error,
        row.printed_at,
    )


def enqueue(session: Session, *, data: bytes, at: datetime, receipt_number: str | None = None) -> int:
    job = PrintJob(receipt_number=receipt_number, data=data, created_at=at, status="pending", attempts=0)
    session.add(job)
    session.flush()
    return job.job_id


def next_pending(session: Session) -> PrintJobRecord | None:
    """The oldest job still to print."""
    stmt = select(PrintJob).where(PrintJob.status == "pending").order_by(PrintJob.job_id).limit(1)
    row = session.scalars(stmt).first()
    return None if row is None else _record(row)


def mark_printed(session: Session, job_id: int, *, at: datetime) -> None:
    stmt = update(PrintJob).where(PrintJob.job_id == job_id)
    session.execute(
        stmt.values(status="printed", printed_at=at, attempts=PrintJob.attempts + 1, last_error=None)
    )


def mark_failed(session: Session, job_id: int, *, error: str, retry: bool = False) -> None:
    status = "pending" if retry else "failed"
    stmt = update(PrintJob).where(PrintJob.job_id == job_id)
    session.execute(stmt.values(status=status, attempts=PrintJob.attempts + 1, last_error=error[:2000]))


def requeue(session: Session, job_id: int) -> None:
    """Put a failed (or printed) job back in the queue: the cashier pressed "reprint"."""
    session.execute(update(PrintJob).where(PrintJob.job_id == job_id).values(status="pending"))


def list_jobs(session: Session, *, status: str | None = None, limit: int = 100) -> list[PrintJobRecord]:
    """Most recent first."""
    stmt = select(PrintJob).order_by(PrintJob.job_id.desc()).limit(limit)
    if status is not None:
        stmt = stmt.where(PrintJob.status == status)
    return [_record(r) for r in session.scalars(stmt)]


def count_pending(session: Session) -> int:
    """Receipts still waiting for the printer (shown in the status bar)."""
    stmt = select(func.count()).select_from(PrintJob).where(PrintJob.status == "pending")
    return int(session.scalar(stmt) or 0)
