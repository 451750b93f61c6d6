"""Two tills holding the last of a voucher's balance at the same moment: exactly one wins, the other
gets 409 `voucher.insufficient` with what is left. Real server, real threads, SQLite and (with
STORE_TEST_PG_URL) PostgreSQL, where the voucher row lock (`FOR UPDATE`) does the work."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor

import requests

from backend.db import Database
from contract.vouchers import new_code
from tests.backend.tills import Till
from tests.backend.vouchers import hold, issue, look_up

ROUNDS = 6


def test_two_tills_holding_the_last_balance_at_once_one_wins(till: Till, db: Database, base_url: str) -> None:
    other = Till.enrol(db, base_url, "S002", "T02")
    codes = [new_code() for _ in range(ROUNDS)]
    for code in codes:
        issue(till, code, 500)
    for code in codes:
        start = threading.Barrier(2)

        def race(who: Till, code: str = code, start: threading.Barrier = start) -> requests.Response:
            start.wait()
            return hold(who, code, 400)

        with ThreadPoolExecutor(2) as pool:
            answers = list(pool.map(race, [till, other]))
        outcome = sorted((a.status_code, a.json().get("error")) for a in answers)
        assert outcome == [(201, None), (409, "voucher.insufficient")], [a.text for a in answers]
        loser = next(a for a in answers if a.status_code == 409)
        assert loser.json()["detail"] == {"available_minor": 100}
        assert look_up(till, code).json()["held_minor"] == 400
