"""Receipt sequence numbers: gapless per terminal, taken in the same transaction as the sale.

`next_receipt_seq` reads and bumps `receipt_counter` inside the caller's `BEGIN IMMEDIATE` transaction,
so the number and the sale commit together or not at all: a crash or a rollback never burns a number,
and two writers can never take the same one.
"""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.orm import Session

_BUMP = text(
    "INSERT INTO receipt_counter (terminal_id, next_seq) VALUES (:terminal_id, 2) "
    "ON CONFLICT (terminal_id) DO UPDATE SET next_seq = next_seq + 1 RETURNING next_seq - 1"
)


def next_receipt_seq(session: Session, terminal_id: str) -> int:
    """The next receipt sequence of `terminal_id` (1, 2, 3, ...). Call inside `db.write()`."""
    return int(session.execute(_BUMP, {"terminal_id": terminal_id}).scalar_one())


def peek_receipt_seq(session: Session, terminal_id: str) -> int:
    """The sequence the next sale will get, without taking it."""
    value = session.execute(
        text("SELECT next_seq FROM receipt_counter WHERE terminal_id = :t"), {"t": terminal_id}
    ).scalar()
    return 1 if value is None else int(value)


def receipt_number(store_id: str, terminal_id: str, seq: int) -> str:
    """`<store>-<terminal>-<sequence>` as DESIGN.md fixes it, e.g. `S001-T01-000042`."""
    return f"{store_id}-{terminal_id}-{seq:06d}"
