"""A process killed in the middle of a write transaction leaves nothing half-written."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

from terminal.storage import counters, outbox, visits
from terminal.storage.db import open_database

REPO = Path(__file__).resolve().parents[2]

CHILD = """
import os, signal, sys
from datetime import datetime, timezone
from pathlib import Path
from decimal import Decimal
from terminal.domain.money import Money
from terminal.domain.visit_record import VisitRecord, SaleLine, SalePayment
from terminal.storage import counters, outbox, visits
from terminal.storage.db import open_database

db = open_database(Path(sys.argv[1]))
now = datetime(2026, 11, 24, 10, 0, tzinfo=timezone.utc)

def sale(sale_id, seq):
    eur = lambda minor: Money(minor, "EUR")
    return VisitRecord(
        sale_id=sale_id, receipt_number=counters.receipt_number("S001", "T01", seq), store_id="S001",
        terminal_id="T01", seq=seq, staff_id="anna", occurred_at=now, currency="EUR", subtotal=eur(499),
        discount=eur(0), total=eur(499), rounding=eur(0), change=eur(1), customer_id=None,
        lines=(SaleLine(1, "1000001", None, "Milch", Decimal(1), "pc", eur(499), eur(0), eur(499), "B",
                        Decimal(7)),),
        payments=(SalePayment(1, "cash", eur(500)),),
        vat=(),
    )

with db.write() as s:  # one sale that commits
    seq = counters.next_receipt_seq(s, "T01")
    visits.insert_visit(s, sale("sale-1", seq))
    outbox.append_event(s, event_id="ev-1", type="sale.completed", occurred_at=now, payload={"n": 1})

with db.write() as s:  # and one that never does
    seq = counters.next_receipt_seq(s, "T01")
    visits.insert_visit(s, sale("sale-2", seq))
    outbox.append_event(s, event_id="ev-2", type="sale.completed", occurred_at=now, payload={"n": 2})
    s.flush()
    print("in-transaction", flush=True)
    os.kill(os.getpid(), signal.SIGKILL)
"""


def test_kill_before_commit_leaves_only_whole_sales(tmp_path: Path) -> None:
    path = tmp_path / "till.db"
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    done = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(CHILD), str(path)],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert "in-transaction" in done.stdout, done.stderr
    assert done.returncode != 0  # killed, not a clean exit

    with open_database(path) as db, db.read() as s:  # the dead process's lock is gone with it
        assert visits.get_visit(s, "sale-1") is not None
        assert visits.get_visit(s, "sale-2") is None
        assert [e.event_id for e in outbox.pending_events(s, 10)] == ["ev-1"]
        assert counters.peek_receipt_seq(s, "T01") == 2  # the lost sale did not burn a number
        from sqlalchemy import text

        assert s.execute(text("SELECT count(*) FROM sale_line")).scalar() == 1
        assert s.execute(text("PRAGMA integrity_check")).scalar() == "ok"
