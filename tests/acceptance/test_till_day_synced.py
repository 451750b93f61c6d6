"""The till's day end to end: a real till opens its day, sells, takes cash out with a manager, prints
an X and closes with a Z and a cash difference; its real sync engine pushes `till.opened`,
`cash.movement` and `till.closed` (schema 2) to the real embedded backend, which accepts them all,
and the store's day view shows the float, the movement and the Z with its difference and reason."""

from __future__ import annotations

import random
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import requests

from backend.embedded import EmbeddedBackend
from sync.client import BackendClient
from sync.engine import SyncEngine
from terminal.domain.money import Money
from terminal.domain.staff import Action
from terminal.domain.till_day import MovementKind
from terminal.storage import outbox
from terminal.storage.feed_apply import FeedScope
from tests.support.till import open_till, product_named

MUESLI = product_named("Kölln Müsli")  # 3.49


def test_a_tills_day_reaches_the_backends_day_view(tmp_path: Path) -> None:
    backend = EmbeddedBackend(tmp_path / "backend.sqlite3")
    backend.prepare(products=100)
    url = backend.start()
    till = open_till(tmp_path / "till.sqlite3")
    client = BackendClient(url, read_timeout=20)
    try:
        client.token = client.enroll(backend.enroll_code(store_id="S001", terminal_id="T01")).token
        engine = SyncEngine(
            db=till.db,
            client=client,
            terminal_id="T01",
            scope=FeedScope(store_id="S001", price_list="DE", currency="EUR"),
            clock=lambda: datetime.now(UTC),
            first_retry=0.01,
            max_retry=0.05,
            poll_interval=0.05,
            rng=random.Random(5),
        )
        assert engine.step()  # bootstrap
        s = till.services
        s.staff.login("1111")
        s.till_day.open_day({5000: 2, 1000: 5})  # 150.00
        s.selling.scan(MUESLI.barcode)
        s.checkout.add_cash(Money(1000, "EUR"))
        s.checkout.complete()
        manager = s.staff.approve("9999", Action.CASH_OUT_OVER_LIMIT)
        s.till_day.move_cash(
            MovementKind.CASH_OUT, Money(12000, "EUR"), reason="bank_deposit", approval=manager
        )
        s.till_day.x_report()
        expected = s.till_day.state().figures.expected_cash  # type: ignore[union-attr]
        assert expected == Money(15000 + 349 - 12000, "EUR")
        z = s.till_day.close_day(
            cash={2000: 1, 1000: 1, 200: 1, 100: 1, 20: 2}, other={}, reason="2 coins short"
        )
        assert z.report is not None
        assert z.report.z_number == 1
        for _ in range(5):
            engine.step()
            with till.db.read() as session:
                if not outbox.pending_events(session):
                    break
        with till.db.read() as session:
            assert outbox.pending_events(session) == []  # every event accepted, none held back
            assert outbox.failed_events(session) == []

        opened = s.till_day.state().day
        assert opened is not None
        # The business date: the day's opening (the till's ticking test clock) in S001's zone.
        today = opened.opened_at.astimezone(ZoneInfo("Europe/Berlin")).date().isoformat()
        view = requests.get(
            f"{url}/v1/stores/S001/days/{today}",
            headers={"Authorization": f"Bearer {client.token}"},
            timeout=10,
        )
        assert view.status_code == 200, view.text
        (t01,) = view.json()["tills"]
        assert t01["openings"][0]["float_minor"] == 15000
        assert [(m["kind"], m["amount_minor"], m["approver_id"]) for m in t01["movements"]] == [
            ("cash_out", 12000, "maria")
        ]
        (closing,) = t01["closings"]
        assert closing["z_number"] == 1
        assert closing["sales_count"] == 1
        assert closing["difference_minor"] == 3340 - 3349
        assert closing["difference_reason"] == "2 coins short"
        assert {t["tender"]: t["counted_minor"] for t in closing["tenders"]} == {"cash": 3340}
    finally:
        client.close()
        till.db.close()
        backend.stop()
