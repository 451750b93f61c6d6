"""A blind count taken offline and synced later (issue 11, ADR 0020): the count holds for the moment
it was taken, and the sales after that moment (at another till while this one was offline, and at this
till after the count) apply on top of it; a sale before the count is absorbed by it.

Everything real: the seeded backend on loopback (SQLite, or PostgreSQL when STORE_TEST_PG_URL is set),
two tills of S001 with their own databases, enrolled with real codes, each with its real SyncEngine;
T01 is offline (its backend address unreachable) while it counts and sells.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from backend.models import StockMovement
from sync.client import BackendClient
from terminal.domain.money import Money
from terminal.services.stock_desk import BlindCount, ProductRef
from terminal.storage import outbox
from terminal.storage.stock_levels import cached_levels
from tests.acceptance.journey_parts import DB_KINDS, Chain, WebShop, served, set_on_hand, sync_engine
from tests.support.till import TickingClock, Till, open_till, product_named

LAPTOP = product_named("Lenovo Laptop")
UNREACHABLE = "http://127.0.0.1:9"


@pytest.fixture(params=DB_KINDS)
def backend(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Chain]:
    with served(request.param, tmp_path) as chain:
        yield chain


def sell_a_laptop(till: Till) -> str:
    """One laptop sold for cash; the receipt number."""
    s = till.services
    s.selling.scan(LAPTOP.barcode)
    s.checkout.add_cash(Money(LAPTOP.price_minor, "EUR"))
    return s.checkout.complete().receipt_number


def here(till: Till) -> tuple[Decimal, Decimal]:
    """The till's feed-confirmed level of the laptop at S001: (on hand, reserved)."""
    with till.db.read() as session:
        (level,) = [lv for lv in cached_levels(session, LAPTOP.sku) if lv.store_id == "S001"]
    return level.on_hand, level.reserved


def test_an_offline_count_holds_for_its_moment_and_later_sales_apply_on_top(
    backend: Chain, tmp_path: Path
) -> None:
    shop = WebShop(backend.url, backend.api_key("web shop"))
    set_on_hand(backend, "S001", LAPTOP.sku, 10)
    start = datetime.now(UTC).replace(microsecond=0)  # after the goods-in: the tills' day goes on from here
    clock_1, clock_2 = TickingClock(start + timedelta(minutes=10)), TickingClock(start)
    till_1 = open_till(tmp_path / "t01.sqlite3", language="en", clock=clock_1, terminal_id="T01")
    till_2 = open_till(tmp_path / "t02.sqlite3", language="en", clock=clock_2, terminal_id="T02")
    client_1 = BackendClient(backend.url, read_timeout=20)
    client_2 = BackendClient(backend.url, read_timeout=20)
    try:
        client_1.token = client_1.enroll(backend.enroll_code("T01")).token
        client_2.token = client_2.enroll(backend.enroll_code("T02")).token
        sync_1, sync_2 = sync_engine(till_1, client_1, "T01"), sync_engine(till_2, client_2, "T02")
        assert sync_1.step()  # both bootstrapped from the backend
        assert sync_2.step()
        till_1.services.staff.login("1111")
        till_2.services.staff.login("2222")

        # T02 sells one laptop before the count is taken; T01 learns the level (9) from its feed.
        sell_a_laptop(till_2)
        assert sync_2.step()
        assert shop.stock(LAPTOP.sku) == ("9", "0", "9")
        assert sync_1.step()
        assert here(till_1) == (9, 0)

        # T01 loses the backend. Offline, it takes a blind count: 7 laptops on the shelf, 9 expected.
        client_1.base_url = UNREACHABLE
        assert not sync_1.step()
        count = BlindCount()
        for _ in range(7):
            count.add(ProductRef(LAPTOP.sku, LAPTOP.name))
        (result,) = till_1.services.stock_desk.submit_count(count)
        assert (result.counted, result.expected, result.difference) == (7, 9, -2)
        with till_1.db.read() as session:
            (counted,) = [e for e in outbox.pending_events(session) if e.type == "stock.counted"]
        counted_at = counted.occurred_at

        # After the count: T02 (online) sells two more later that day, T01 (offline) one.
        clock_2.advance(timedelta(minutes=30))
        sell_a_laptop(till_2)
        sell_a_laptop(till_2)
        assert sync_2.step()
        assert shop.stock(LAPTOP.sku) == ("7", "0", "7")  # the backend has not seen the count yet
        sell_a_laptop(till_1)
        with till_1.db.read() as session:
            queued = [e.type for e in outbox.pending_events(session)]
        # both wait in T01's outbox, in order (its first sale opened its day, ADR 0024)
        assert queued == ["stock.counted", "till.opened", "sale.completed"]

        # T01 is back: its count and its sale reach the backend, in the order they happened there.
        client_1.base_url = backend.url
        assert sync_1.step()
        with till_1.db.read() as session:
            assert outbox.pending_events(session) == []
            assert outbox.failed_events(session) == []
        # 7 counted at its moment, 3 sold since (2 at T02, 1 at T01): 4. Setting the level to the
        # count when it arrived would have said 7 - 1 = 6; ignoring the count, 10 - 4 = 6 as well.
        assert shop.stock(LAPTOP.sku) == ("4", "0", "4")
        with backend.db.read() as session:
            moves = session.execute(
                select(StockMovement.qty_milli, StockMovement.occurred_at).where(
                    StockMovement.store_id == "S001",
                    StockMovement.sku == LAPTOP.sku,
                    StockMovement.reason == "count",
                )
            ).all()
        assert [m.qty_milli for m in moves] == [-2000]  # 2 missing at the moment of the count
        assert moves[0].occurred_at == counted_at
        assert sync_1.step()  # both tills' feeds bring the new level
        assert sync_2.step()
        assert here(till_1) == here(till_2) == (4, 0)
    finally:
        shop.close()
        client_1.close()
        client_2.close()
        till_1.db.close()
        till_2.db.close()
