"""A till process killed at a random moment while selling leaves whole sales only, never half a sale.

A child process sells in a loop (scan, pay, complete) on a real database; the test kills it with SIGKILL
at random moments, several times, then checks every invariant of DESIGN.md's durability section.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

from sqlalchemy import text

from tests.support.till import open_till

CHILD = textwrap.dedent(
    """
    import sys
    from terminal.domain.money import Money
    from tests.support.till import open_till, product_named
    till = open_till(__import__("pathlib").Path(sys.argv[1]))
    till.services.staff.login("1111")
    milk = product_named("Vollmilch")
    drill = product_named("Bohrschrauber GSR 12V")
    # What the cashier does after a crash: finish a restored payment, or start the basket again.
    if till.services.checkout.payment().tenders:
        till.services.checkout.complete()
    elif not till.services.selling.basket().is_empty:
        till.services.selling.void_basket()
    print("ready", flush=True)
    while True:
        till.services.selling.scan(milk.barcode)
        till.services.selling.scan(drill.barcode)
        till.services.checkout.add_cash(Money(20000, "EUR"))
        till.services.checkout.complete()
        print("sold", flush=True)
    """
)


def _run_and_kill(db: Path, rng: random.Random) -> None:
    repo = Path(__file__).resolve().parents[2]
    env = {**os.environ, "PYTHONPATH": str(repo)}
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(db)], stdout=subprocess.PIPE, env=env, cwd=repo, text=True
    )
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "ready"
    # Killed at a random moment once it sells (on a busy machine the first sale, which loads the
    # contract's models, can take longer than the whole window).
    assert child.stdout.readline().strip() == "sold"
    time.sleep(rng.uniform(0.05, 0.4))
    child.send_signal(signal.SIGKILL)
    child.wait(timeout=10)
    child.stdout.close()


def test_killed_in_the_middle_of_selling_leaves_no_half_sale(tmp_path: Path) -> None:
    db = tmp_path / "till.sqlite3"
    open_till(db).db.close()  # migrate and seed once
    rng = random.Random(7)
    for _ in range(4):
        _run_and_kill(db, rng)

    till = open_till(db)
    try:
        with till.db.read() as s:
            assert s.execute(text("PRAGMA integrity_check")).scalar_one() == "ok"
            sales = s.execute(
                text("SELECT sale_id, receipt_number, seq, total_minor FROM sale ORDER BY seq")
            ).all()
            assert len(sales) > 4, "the child should have completed some sales"
            # Gapless receipt numbers, and every number matches its seq.
            assert [row.seq for row in sales] == list(range(1, len(sales) + 1))
            assert all(row.receipt_number == f"S001-T01-{row.seq:06d}" for row in sales)
            for row in sales:
                lines = s.execute(
                    text("SELECT count(*), sum(total_minor) FROM sale_line WHERE sale_id = :i"),
                    {"i": row.sale_id},
                ).one()
                assert lines == (2, row.total_minor)
                paid = s.execute(
                    text("SELECT sum(amount_minor) FROM sale_payment WHERE sale_id = :i"), {"i": row.sale_id}
                ).scalar_one()
                assert paid == 20000
            events = s.execute(text("SELECT seq, type, payload FROM outbox ORDER BY seq")).all()
            # The first sale opened the till's day in its own transaction (ADR 0024): one opening,
            # ahead of the sales, and only if a sale was recorded.
            assert [e.type for e in events if e.type == "till.opened"] == (["till.opened"] if sales else [])
            days = s.execute(text("SELECT first_seq FROM till_day")).scalars().all()
            assert days == ([1] if sales else [])
            assert [e.seq for e in events] == list(range(1, len(events) + 1))
            events = [e for e in events if e.type != "till.opened"]
            assert len(events) == len(sales)
            assert sorted(__import__("json").loads(e.payload)["receipt_number"] for e in events) == sorted(
                row.receipt_number for row in sales
            )
            jobs = s.execute(text("SELECT receipt_number FROM print_job ORDER BY job_id")).scalars().all()
            assert jobs == [row.receipt_number for row in sales]
        # Whatever was being scanned when the process died is still there, and selling goes on.
        till.services.staff.login("1111")
        basket = till.services.selling.basket()
        assert len(basket.active_lines) <= 2
        if not till.services.checkout.payment().tenders:
            till.services.selling.void_basket()
            till.services.selling.scan("3*" + "4393616000004")
            till.services.checkout.add_cash(_remaining(till))
        assert till.services.checkout.complete().receipt_number == f"S001-T01-{len(sales) + 1:06d}"
    finally:
        till.db.close()


def _remaining(till):  # type: ignore[no-untyped-def]
    return till.services.checkout.payment().remaining
