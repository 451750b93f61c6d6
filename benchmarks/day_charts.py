"""The Till area's charts query for a busy day: 2,000 visits (issue 11: "fast for a day with 2,000
visits"; the brief's bound is 50 ms).

    ./dev run python benchmarks/day_charts.py --visits 2000 --runs 30

A till (real migrations, demo seed) opens its day and completes `visits` visits through the real
checkout, spread over twelve hours: one to five lines of the first 60 demo products, paid in cash
(with change) or by card, every twentieth a return of a line of the visit before it, paid out in
cash. Measured, per run: `DayChartsService.charts()` (the read transaction, the three queries and the
domain's bucketing and ranking), as the worker thread runs it.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks._support import machine, summary


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--visits", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=30)
    args = parser.parse_args()

    from terminal.domain.money import Money
    from terminal.services.day_charts import DayChartsService
    from terminal.services.returns import Choice
    from tests.support.till import TickingClock, demo_products, open_till

    clock = TickingClock(datetime(2026, 12, 3, 7, 0, tzinfo=UTC))
    products = [p for p in demo_products()[:60] if p.unit == "pc"]
    with tempfile.TemporaryDirectory() as tmp:
        till = open_till(Path(tmp) / "till.sqlite3", clock=clock)
        s = till.services
        s.staff.login("1111")
        s.till_day.open_day({5000: 2})
        started = time.perf_counter()
        last = ""
        for n in range(args.visits):
            clock.jump_to(
                datetime(2026, 12, 3, 8, 0, tzinfo=UTC) + timedelta(seconds=n * 12 * 3600 // args.visits)
            )
            if n % 20 == 19 and last:
                original = s.returns.find(last)
                s.returns.add(original, [Choice(original.lines[0].line_no, Decimal(1), "changed_mind")])
            for k in range(1 + n % 5):
                s.selling.add_product(products[(n * 7 + k) % len(products)].sku)
            settlement = s.checkout.begin()
            due = settlement.remaining
            if due.amount_minor <= 0:
                s.checkout.add_cash(Money(-due.amount_minor, due.currency))
            elif n % 2:
                s.checkout.add_card(due, "A1")
            else:
                s.checkout.add_cash(Money(-(-due.amount_minor // 5000) * 5000, due.currency))
            last = s.checkout.complete().receipt_number
        print(f"{args.visits} visits completed in {time.perf_counter() - started:.1f} s", flush=True)
        service = DayChartsService(db=till.db, ctx=s.ctx, clock=clock, tz=UTC)
        charts = service.charts()
        assert charts.visits == args.visits, charts.visits
        samples = []
        for _ in range(args.runs):
            t0 = time.perf_counter()
            service.charts()
            samples.append((time.perf_counter() - t0) * 1000)
        print(machine())
        print(summary(f"charts of a day with {args.visits} visits", samples))
        till.db.close()


if __name__ == "__main__":
    main()
