"""Database invariants the tests check after every scenario."""

from __future__ import annotations

from sqlalchemy import func, select

from backend.db import Database
from backend.models import ManagerTask, Sale, StockLevel, StockMovement


def assert_ledger_matches_levels(db: Database) -> None:
    """stock_level == SUM(stock_movement) per store, sku and bucket."""
    with db.read() as session:
        sums: dict[tuple[str, str], list[int]] = {}
        for store, sku, bucket, total in session.execute(
            select(
                StockMovement.store_id,
                StockMovement.sku,
                StockMovement.bucket,
                func.sum(StockMovement.qty_milli),
            ).group_by(StockMovement.store_id, StockMovement.sku, StockMovement.bucket)
        ):
            sums.setdefault((store, sku), [0, 0])[0 if bucket == "on_hand" else 1] += int(total)
        levels = {
            (lv.store_id, lv.sku): [lv.on_hand_milli, lv.reserved_milli]
            for lv in session.execute(select(StockLevel)).scalars()
            # A writer that locks its levels first creates missing rows at zero (ADR 0009); one that
            # then moved nothing leaves a zero row without movements: the sum of nothing.
            if lv.on_hand_milli or lv.reserved_milli or (lv.store_id, lv.sku) in sums
        }
    assert levels == sums


def level(db: Database, store_id: str, sku: str) -> int:
    with db.read() as session:
        found = session.get(StockLevel, (store_id, sku))
        return found.on_hand_milli if found else 0


def count_sales(db: Database) -> int:
    with db.read() as session:
        return int(session.execute(select(func.count()).select_from(Sale)).scalar_one())


def count_movements(db: Database) -> int:
    with db.read() as session:
        return int(session.execute(select(func.count()).select_from(StockMovement)).scalar_one())


def open_tasks(db: Database, kind: str) -> list[ManagerTask]:
    with db.read() as session:
        return list(
            session.execute(
                select(ManagerTask).where(ManagerTask.kind == kind, ManagerTask.status == "open")
            ).scalars()
        )
