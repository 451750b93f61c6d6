"""The Z report prints the till's local times: a Jakarta day opened at 06:30 (23:30 UTC the day
before) prints its opening on its local business date, and its movements at their local hour."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from hardware.escpos_decode import decode_lines
from terminal.domain.money import Money
from terminal.domain.till_day import MovementKind
from terminal.storage import print_jobs
from tests.support.till import TickingClock, closing, open_till

JAKARTA = ZoneInfo("Asia/Jakarta")


def test_the_z_report_prints_the_local_opening_date_and_times(tmp_path: Path) -> None:
    clock = TickingClock(datetime(2026, 11, 3, 6, 30, tzinfo=JAKARTA))  # 2026-11-02 23:30 UTC
    for till in closing(open_till(tmp_path / "till.sqlite3", clock=clock)):
        s = till.services
        s.staff.login("1111")
        s.till_day.open_day({2000: 5})
        clock.advance(timedelta(hours=2))  # 08:30 local
        s.till_day.move_cash(MovementKind.CASH_OUT, Money(500, "EUR"), reason="expense", note="Stamps")
        clock.jump_to(datetime(2026, 11, 3, 21, 0, tzinfo=JAKARTA))
        z = s.till_day.close_day(cash={2000: 4, 500: 3}, other={})
        assert z.report is not None
        with till.db.read() as session:
            (job,) = [j for j in print_jobs.list_jobs(session) if j.receipt_number is None]
        text = "\n".join(decode_lines(job.data))
        assert "03.11.2026 06:30" in text, text  # opened: the local business date, not 02.11 23:30
        assert "03.11.2026 21:00" in text, text  # printed at the Z
        assert "08:30" in text, text  # the movement at its local hour
        assert "02.11.2026" not in text, text
        assert "23:30" not in text, text
