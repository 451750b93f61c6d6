"""Z numbers are consecutive per till and never reset: across process restarts, and a process that
dies in the middle of a closing neither skips nor repeats a number (the number is taken in the
closing's own transaction, terminal/storage/till_days.py)."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

from terminal.domain.money import Money
from terminal.storage import outbox, till_days
from tests.support.till import closing, open_till

CHILD = textwrap.dedent(
    """
    import os, sys
    from pathlib import Path
    from tests.support.till import open_till

    class DiesWhilePrinting:
        # The Z number is taken, the day marked closed, the event queued: then the process dies.
        def render_report(self, report):
            print("z", report.z_number, flush=True)
            os._exit(9)

    till = open_till(Path(sys.argv[1]), seed=False)
    till.services.staff.login("1111")
    if sys.argv[2] == "die":
        till.services.till_day._renderer = DiesWhilePrinting()
    till.services.till_day.open_day({1000: 5})
    change = till.services.till_day.close_day(cash={1000: 5}, other={})
    print("closed", change.report.z_number, flush=True)
    till.db.close()
    """
)


def _child(db: Path, mode: str) -> subprocess.CompletedProcess[str]:
    repo = Path(__file__).resolve().parents[2]
    env = {**os.environ, "PYTHONPATH": str(repo)}
    return subprocess.run(
        [sys.executable, "-c", CHILD, str(db), mode],
        capture_output=True,
        check=False,  # the test reads the exit status (9: killed mid-close)
        env=env,
        cwd=repo,
        text=True,
        timeout=60,
    )


def test_z_numbers_are_gapless_across_restarts_and_a_crash_mid_close(tmp_path: Path) -> None:
    db = tmp_path / "till.sqlite3"
    for till in closing(open_till(db)):  # this process: Z 1
        till.services.staff.login("1111")
        till.services.till_day.open_day({1000: 5})
        z1 = till.services.till_day.close_day(cash={1000: 5}, other={})
        assert z1.report is not None
        assert z1.report.z_number == 1

    ok = _child(db, "close")  # another process on the same file: Z 2
    assert ok.returncode == 0, ok.stderr
    assert ok.stdout.split() == ["closed", "2"]

    died = _child(db, "die")  # dies holding Z 3 in an uncommitted transaction
    assert died.returncode == 9, died.stderr
    assert died.stdout.split() == ["z", "3"]

    for till in closing(open_till(db, seed=False)):  # a new engine on the file after the crash
        day = till.services.till_day.state().day
        assert day is not None
        assert day.is_open
        with till.db.read() as session:
            assert till_days.z_numbers(session, "T01") == [1, 2]
            closings = [e for e in outbox.pending_events(session) if e.type == "till.closed"]
            assert [e.payload_dict()["z_number"] for e in closings] == [1, 2]
        till.services.staff.login("1111")
        z3 = till.services.till_day.close_day(cash={1000: 5}, other={"card": Money(0, "EUR")})
        assert z3.report is not None
        assert z3.report.z_number == 3
        with till.db.read() as session:
            assert till_days.z_numbers(session, "T01") == [1, 2, 3]
