"""A brand-new till sells without anyone opening its day (ADR 0024): two sales and a cash refund,
then a Z. Its real sync engine pushes the day the till opened itself (`till.opened` schema 2) ahead
of the sales, and the real embedded backend accepts everything; the store's day view shows that day
with its uncounted float and the Z covering all three receipts, each of which the backend knows."""

from __future__ import annotations

import random
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from zoneinfo import ZoneInfo

import requests

from backend.embedded import EmbeddedBackend
from sync.client import BackendClient
from sync.engine import SyncEngine
from terminal.domain.money import Money
from terminal.services.returns import Choice
from terminal.storage import outbox
from terminal.storage.feed_apply import FeedScope
from tests.support.till import open_till, product_named

MUESLI = product_named("Kölln Müsli")  # 3.49
EUR = "EUR"


def test_the_first_days_sales_reach_the_backends_day_view(tmp_path: Path) -> None:
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
            rng=random.Random(7),
        )
        assert engine.step()  # bootstrap
        s = till.services
        s.staff.login("1111")
        assert s.till_day.state().day is None  # nobody opens the day
        receipts = []
        for quantity in (1, 2):
            s.selling.add_product(MUESLI.sku, Decimal(quantity))
            s.checkout.add_cash(Money(1000, EUR))
            receipts.append(s.checkout.complete().receipt_number)
        original = s.returns.find(receipts[0])
        s.returns.add(original, [Choice(original.lines[0].line_no, Decimal(1), "changed_mind")])
        s.checkout.add_cash(s.checkout.begin().remaining)  # 3.49 paid out in cash
        receipts.append(s.checkout.complete().receipt_number)

        z = s.till_day.close_day(cash={500: 1, 100: 1, 50: 1, 20: 2, 5: 1, 2: 1, 1: 1}, other={})  # 6.98
        assert z.report is not None
        assert (z.report.z_number, z.report.figures.sales_count, z.report.float_counted) == (1, 3, False)
        assert dict(z.report.differences) == {"cash": Money(0, EUR)}  # no float was in the drawer
        for _ in range(5):
            engine.step()
            with till.db.read() as session:
                if not outbox.pending_events(session):
                    break
        with till.db.read() as session:
            assert outbox.pending_events(session) == []  # the schema-2 opening held nothing back
            assert outbox.failed_events(session) == []

        day = s.till_day.state().day
        assert day is not None
        today = day.opened_at.astimezone(ZoneInfo("Europe/Berlin")).date().isoformat()
        headers = {"Authorization": f"Bearer {client.token}"}
        view = requests.get(f"{url}/v1/stores/S001/days/{today}", headers=headers, timeout=10)
        assert view.status_code == 200, view.text
        (t01,) = view.json()["tills"]
        (opening,) = t01["openings"]
        assert opening["day_id"] == day.day_id
        assert (opening["float_minor"], opening["float_counted"], opening["staff_id"]) == (0, False, "anna")
        (closing,) = t01["closings"]
        assert closing["day_id"] == day.day_id
        assert (closing["z_number"], closing["sales_count"], closing["gross_minor"]) == (1, 3, 698)
        assert {t["tender"]: (t["expected_minor"], t["counted_minor"]) for t in closing["tenders"]} == {
            "cash": (698, 698)
        }
        for number in receipts:  # each receipt of the day is a sale the backend knows
            found = requests.get(f"{url}/v1/receipts/{number}", headers=headers, timeout=10)
            assert found.status_code == 200, (number, found.text)
    finally:
        client.close()
        till.db.close()
        backend.stop()
