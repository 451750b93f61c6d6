"""Claims, return visits and releases of the same receipts from four tills at once keep one lock order
(docs/adr/0009-one-lock-order.md): no deadlock counted by PostgreSQL, every claim ends confirmed or
released, and what came back is exactly what the visits returned (the ledger matches its levels)."""

from __future__ import annotations

import random
import threading
import time

from sqlalchemy import func, select

from backend.db import Database
from backend.models import ReturnClaim, SaleLine
from tests.backend.invariants import assert_ledger_matches_levels
from tests.backend.returns_parts import claim, claim_body, release, return_visit
from tests.backend.test_lock_order import _deadlocks
from tests.backend.tills import Till


def test_four_tills_claiming_returning_and_releasing_keep_one_lock_order(
    backend_db_url: str, db: Database, till: Till, base_url: str
) -> None:
    sales = [till.sale(("SKU-2", "500"), ("SKU-3", "500")) for _ in range(2)]
    assert till.push(sales).ok
    receipts = [str(s["payload"]["receipt_number"]) for s in sales]
    keys = [(r, n) for r in receipts for n in (1, 2)]
    is_pg = backend_db_url.startswith("postgresql")
    before = _deadlocks(backend_db_url) if is_pg else 0
    tills = [till, *(Till.enrol(db, base_url, "S001", f"T1{n}") for n in range(3))]
    returned = [0] * len(tills)
    stop = time.monotonic() + 2.0

    failures: list[BaseException] = []

    def work(index: int, one: Till) -> None:
        try:
            _loop(index, one)
        except BaseException as exc:  # a thread's assertion must fail the test
            failures.append(exc)

    def _loop(index: int, one: Till) -> None:
        rng = random.Random(index)
        while time.monotonic() < stop:
            picked = rng.sample(keys, 2)  # two lines of the two receipts, in any order
            body = claim_body(*(("receipt", r, n, "1") for r, n in picked))
            granted = claim(one, body)
            assert granted.status_code == 201, granted.text
            if rng.random() < 0.3:
                assert release(one, body["claim_id"]).status_code == 204
                continue
            visit = return_visit(
                one,
                *(
                    {"origin_kind": "receipt", "origin_reference": r, "origin_line_no": n,
                     "sku": "SKU-2" if n == 1 else "SKU-3", "quantity": "1", "refund_minor": 199,
                     "claim_id": body["claim_id"]}
                    for r, n in picked
                ),
            )  # fmt: skip
            answer = one.push([visit])
            assert answer.status_code == 200, answer.text
            returned[index] += 2

    threads = [threading.Thread(target=work, args=(i, t)) for i, t in enumerate(tills)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert not failures, failures
    assert sum(returned) > 0
    with db.read() as session:
        total = session.scalar(select(func.sum(SaleLine.returned_milli)))
        statuses = set(session.scalars(select(ReturnClaim.status)).all())
    assert total == sum(returned) * 1000
    assert statuses <= {"confirmed", "released"}
    assert_ledger_matches_levels(db)
    if is_pg:
        time.sleep(0.5)  # the server's statistics reach pg_stat_database
        assert _deadlocks(backend_db_url) == before
