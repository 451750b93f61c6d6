"""The managers' charts of the till's day: sales by hour, by tender, and the top products.

Scope: this till's day from its own SQLite (offline-safe, no backend needed): the open day, else the
last closed one (a manager looks back at it after the Z); a till that never opened a day shows its
receipts since local midnight. The UI calls `charts()` through its worker (a bulk read, never on the
UI thread).
"""

from __future__ import annotations

from datetime import tzinfo

from terminal.domain.day_charts import DayCharts, day_charts
from terminal.domain.money import Money
from terminal.services.context import TillContext
from terminal.services.ports import Clock
from terminal.storage import day_charts as rows_of
from terminal.storage import till_days
from terminal.storage.day_charts import DayScope
from terminal.storage.db import Database, Transaction


class DayChartsService:
    """Reads one till's day for the charts."""

    def __init__(self, *, db: Database, ctx: TillContext, clock: Clock, tz: tzinfo | None = None) -> None:
        self._db = db
        self._ctx = ctx
        self._clock = clock
        self._tz = tz  # None: the till's local zone (the hours a cashier reads on the clock)

    def charts(self) -> DayCharts:
        """The day's figures by hour, tender and product; empty when nothing was sold yet."""
        currency = self._ctx.currency
        with self._db.read() as session:
            scope = self._scope(session)
            if scope is None:
                return day_charts(currency=currency, visits=(), payments=(), change=_zero(currency), lines=())
            rows = rows_of.chart_rows(session, scope, currency)
        return day_charts(
            currency=currency,
            visits=rows.visits,
            payments=rows.payments,
            change=rows.change,
            lines=rows.lines,
            tz=self._tz,
        )

    def _scope(self, session: Transaction) -> DayScope | None:
        terminal_id = self._ctx.terminal_id
        day = till_days.latest_day(session, terminal_id)
        if day is not None:
            return DayScope(terminal_id, day.first_seq, day.last_seq)
        midnight = self._clock().astimezone(self._tz).replace(hour=0, minute=0, second=0, microsecond=0)
        first = rows_of.first_seq_since(session, terminal_id, midnight)
        return None if first is None else DayScope(terminal_id, first)


def _zero(currency: str) -> Money:
    return Money.zero(currency)
