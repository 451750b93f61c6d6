"""Two tills of one store against one backend: the last unit sold twice while one till is offline.

The real embedded backend (what `--demo` starts, the same app `store-backend serve` runs) on a loopback
port, two real till databases, real enrolment codes and real sync engines. Both sales stand, stock
goes below zero, a manager task is raised, and each sale is on the server exactly once.
"""

from __future__ import annotations

import random
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

from sqlalchemy import func, select

from backend.db import Database as BackendDb
from backend.embedded import EmbeddedBackend
from backend.models import ManagerTask, Sale
from backend.services.stock import ledger_sum
from sync.client import BackendClient
from sync.engine import SyncEngine
from terminal.domain.money import Money
from terminal.storage.feed_apply import FeedScope
from tests.support.server import free_port
from tests.support.till import Till, open_till, product_named

SCOPE = FeedScope(store_id="S001", price_list="DE", currency="EUR")


def _engine(till: Till, client: BackendClient, terminal_id: str) -> SyncEngine:
    return SyncEngine(
        db=till.db,
        client=client,
        terminal_id=terminal_id,
        scope=SCOPE,
        clock=lambda: datetime.now(UTC),
        first_retry=0.01,
        max_retry=0.05,
        poll_interval=0.05,
        rng=random.Random(3),
    )


def _sell(till: Till, code: str, quantity: int) -> str:
    s = till.services
    s.selling.scan(f"{quantity}*{code}" if quantity > 1 else code)
    s.checkout.add_card(s.checkout.payment().remaining, "APPROVED")
    return s.checkout.complete().receipt_number


def _on_hand(client: BackendClient, sku: str) -> Decimal:
    view = client.stock(sku)
    return next(Decimal(level.on_hand) for level in view.stores if level.store_id == "S001")


def test_two_tills_sell_the_last_unit_while_one_is_offline(tmp_path: Path) -> None:
    backend = EmbeddedBackend(tmp_path / "backend.sqlite3")
    backend.prepare(products=300)
    url = backend.start()
    tills: dict[str, Till] = {}
    clients: dict[str, BackendClient] = {}
    try:
        for tid in ("T01", "T02"):
            tills[tid] = open_till(tmp_path / f"{tid}.sqlite3", terminal_id=tid)
            clients[tid] = BackendClient(url, read_timeout=20)
            code = backend.enroll_code(store_id="S001", terminal_id=tid)
            clients[tid].token = clients[tid].enroll(code).token
            tills[tid].services.staff.login("1111")
        a, b = tills["T01"], tills["T02"]
        engine_a = _engine(a, clients["T01"], "T01")
        assert engine_a.step()  # bootstrap: catalogue and stock from the backend
        assert _engine(b, clients["T02"], "T02").step()

        drill = product_named("Bohrschrauber GSR 12V")
        on_hand = _on_hand(clients["T01"], drill.sku)
        assert on_hand >= 2
        first = _sell(a, drill.barcode, int(on_hand) - 1)
        assert engine_a.step()
        assert _on_hand(clients["T01"], drill.sku) == 1  # one left in the store

        # T02 loses the network (its engine talks to a port nobody listens on) and sells "the last one".
        offline = BackendClient(f"http://127.0.0.1:{free_port()}", token=clients["T02"].token, read_timeout=2)
        engine_b_offline = _engine(b, offline, "T02")
        second = _sell(b, drill.barcode, 1)
        assert not engine_b_offline.step()
        assert engine_b_offline.status.online is False
        # T02's first receipt opened its first day (ADR 0024): the opening and the sale wait.
        assert engine_b_offline.status.pending == 2

        third = _sell(a, drill.barcode, 1)  # T01 sells the real last one, online
        assert engine_a.step()
        assert _on_hand(clients["T01"], drill.sku) == 0

        engine_b = _engine(b, clients["T02"], "T02")  # the network is back
        assert engine_b.step()
        assert engine_b.status.pending == 0
        assert _on_hand(clients["T01"], drill.sku) == -1  # both sales stand

        db = BackendDb(f"sqlite:///{tmp_path / 'backend.sqlite3'}")
        try:
            with db.read() as session:
                ours = Sale.terminal_id.in_(["T01", "T02"])  # the demo seed has history from other tills
                numbers = session.scalars(select(Sale.receipt_number).where(ours)).all()
                assert sorted(numbers) == sorted([first, second, third])
                assert ledger_sum(session, "S001", drill.sku)[0] == -1000  # milli-units
                tasks = session.scalars(
                    select(ManagerTask).where(
                        ManagerTask.kind == "stock.negative", ManagerTask.subject == drill.sku
                    )
                ).all()
                assert len(tasks) == 1
                assert session.scalar(select(func.count()).select_from(Sale).where(ours)) == 3
        finally:
            db.dispose()
        # Staff at T01 can look up T02's receipt (for a return) through the backend.
        view = clients["T01"].receipt(second)
        assert view.receipt_number == second
        assert sum(Decimal(line.quantity) for line in view.lines) == 1
        assert a.services.checkout.payment().balance == Money(0, "EUR")
    finally:
        for client in clients.values():
            client.close()
        for till in tills.values():
            till.db.close()
        backend.stop()
