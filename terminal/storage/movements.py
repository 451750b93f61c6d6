"""What a completed visit moved: local stock movements and the quantities returned per receipt line.

Both are rows written in the visit's own transaction. A stock movement is tied to the outbox event
that reports it, so "what this till moved that the backend has not confirmed yet" is a join with the
outbox, never a parse of queued JSON. Quantities are integer thousandths (the gram is the finest a
quantity goes), so sums are exact.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.dialects.sqlite import insert
from sqlalchemy.orm import Session

from terminal.domain.visit_record import HANDOVER_MOVE, StockMove
from terminal.storage.models.journal import Outbox
from terminal.storage.models.stock import StockMovementRow
from terminal.storage.models.visits import ReturnedQuantityRow
from terminal.storage.outbox import ACKED


def to_milli(quantity: Decimal) -> int:
    """A quantity (at most three decimals) in thousandths."""
    return int((quantity * 1000).to_integral_value())


def record_movements(
    session: Session,
    moves: Iterable[StockMove],
    *,
    store_id: str,
    sale_id: str | None,
    event_id: str,
    at: datetime,
) -> None:
    """Write a visit's stock moves, tied to the outbox event `event_id` (same transaction)."""
    session.add_all(
        StockMovementRow(
            store_id=store_id,
            sku=m.sku,
            quantity_milli=to_milli(m.quantity),
            reason=m.reason,
            sale_id=sale_id,
            line_no=m.line_no,
            event_id=event_id,
            occurred_at=at,
        )
        for m in moves
        if m.quantity
    )


def unconfirmed(session: Session, *, store_id: str, sku: str) -> tuple[Decimal, Decimal]:
    """What this till moved of `sku` that the backend has not acknowledged: (on hand, reserved).

    A handover takes a unit that was reserved for its web order: it leaves the shelf and its
    reservation together, so what is available does not change."""
    stmt = (
        select(StockMovementRow.reason, func.coalesce(func.sum(StockMovementRow.quantity_milli), 0))
        .join(Outbox, Outbox.event_id == StockMovementRow.event_id)
        .where(StockMovementRow.sku == sku, StockMovementRow.store_id == store_id, Outbox.status != ACKED)
        .group_by(StockMovementRow.reason)
    )
    by_reason = {str(reason): int(milli) for reason, milli in session.execute(stmt)}
    on_hand = sum(by_reason.values())
    reserved = by_reason.get(HANDOVER_MOVE, 0)
    return Decimal(on_hand) / 1000, Decimal(reserved) / 1000


def add_returned(session: Session, *, receipt_number: str, line_no: int, quantity: Decimal) -> None:
    """Count `quantity` more as returned from a receipt line (an upsert in the caller's transaction)."""
    milli = to_milli(quantity)
    stmt = insert(ReturnedQuantityRow).values(
        receipt_number=receipt_number, line_no=line_no, quantity_milli=milli
    )
    session.execute(
        stmt.on_conflict_do_update(
            index_elements=["receipt_number", "line_no"],
            set_={"quantity_milli": ReturnedQuantityRow.quantity_milli + milli},
        )
    )


def returned(session: Session, receipt_number: str) -> dict[int, Decimal]:
    """What this till has taken back of each line of a receipt (lines never returned are absent)."""
    rows = session.execute(
        select(ReturnedQuantityRow.line_no, ReturnedQuantityRow.quantity_milli).where(
            ReturnedQuantityRow.receipt_number == receipt_number
        )
    )
    return {int(line_no): Decimal(int(milli)) / 1000 for line_no, milli in rows}
