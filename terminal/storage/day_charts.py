"""The rows behind the managers' charts: the visits of one till's day, its tenders, its sold lines.

A day is a range of this till's receipt numbers (ADR 0018), so every query walks the
`uq_sale_terminal_seq` index and reaches the lines, payments and return lines by their primary keys
(which start with `sale_id`). A till that never opened a day gets the receipts since local midnight
(`first_seq_since`, on `ix_sale_occurred_at`). Grouping happens here where SQL does it exactly
(integer sums); quantities are decimal text, so lines are grouped per quantity and summed in
`terminal/domain/day_charts.py`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session

from terminal.domain.day_charts import SoldLines, VisitSum
from terminal.domain.money import Money
from terminal.domain.till_day import Payment
from terminal.storage.models.visits import ReturnLineRow, SaleLineRow, SalePaymentRow, SaleRow


@dataclass(frozen=True, slots=True)
class DayScope:
    """The receipts of one till that make a day: `first_seq` to `last_seq` (None: still open)."""

    terminal_id: str
    first_seq: int
    last_seq: int | None = None


@dataclass(frozen=True, slots=True)
class ChartRows:
    """What `terminal.domain.day_charts.day_charts` needs, read in one transaction."""

    visits: tuple[VisitSum, ...]
    payments: tuple[Payment, ...]
    change: Money
    lines: tuple[SoldLines, ...]


def first_seq_since(session: Session, terminal_id: str, since: datetime) -> int | None:
    """The first receipt number the till gave at or after `since`; None if it sold nothing since."""
    seq = session.execute(
        select(func.min(SaleRow.seq)).where(SaleRow.terminal_id == terminal_id, SaleRow.occurred_at >= since)
    ).scalar_one()
    return None if seq is None else int(seq)


def _in_scope(scope: DayScope) -> list[Any]:
    where = [SaleRow.terminal_id == scope.terminal_id, SaleRow.seq >= scope.first_seq]
    if scope.last_seq is not None:
        where.append(SaleRow.seq <= scope.last_seq)
    return where


def chart_rows(session: Session, scope: DayScope, currency: str) -> ChartRows:
    """Every row the day's charts are drawn from."""
    where = _in_scope(scope)
    refunds = (
        select(ReturnLineRow.sale_id, func.sum(ReturnLineRow.refund_minor).label("refunded"))
        .join(SaleRow, SaleRow.sale_id == ReturnLineRow.sale_id)
        .where(*where)
        .group_by(ReturnLineRow.sale_id)
        .subquery()
    )
    visits = tuple(
        VisitSum(at, int(total), int(refunded))
        for at, total, refunded in session.execute(
            select(SaleRow.occurred_at, SaleRow.total_minor, func.coalesce(refunds.c.refunded, 0))
            .outerjoin(refunds, refunds.c.sale_id == SaleRow.sale_id)
            .where(*where)
        )
    )
    change = session.execute(
        select(func.coalesce(func.sum(SaleRow.change_minor), 0)).where(*where)
    ).scalar_one()
    payments = tuple(
        Payment(tender, direction, Money(int(amount), currency))
        for tender, direction, amount in session.execute(
            select(SalePaymentRow.tender, SalePaymentRow.direction, func.sum(SalePaymentRow.amount_minor))
            .join(SaleRow, SaleRow.sale_id == SalePaymentRow.sale_id)
            .where(*where)
            .group_by(SalePaymentRow.tender, SalePaymentRow.direction)
        )
    )
    lines = tuple(
        SoldLines(sku, name, unit, Decimal(quantity), int(count), int(revenue))
        for sku, unit, quantity, count, revenue, name in session.execute(
            select(
                SaleLineRow.sku,
                SaleLineRow.unit,
                SaleLineRow.quantity,
                func.count(),
                func.sum(SaleLineRow.total_minor),
                func.min(SaleLineRow.name),
            )
            .join(SaleRow, and_(SaleRow.sale_id == SaleLineRow.sale_id, SaleLineRow.voided.is_(False)))
            .where(*where)
            .group_by(SaleLineRow.sku, SaleLineRow.unit, SaleLineRow.quantity)
        )
    )
    return ChartRows(visits, payments, Money(int(change), currency), lines)
