"""The demo chain's store runs short of a few articles, so a newcomer's `./dev demo` shows a Stock area
with a low-stock list: seeded centrally, brought to an empty till by the real bootstrap over loopback,
listed by the real `StockDesk.low_stock` below the store's default threshold."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from sqlalchemy import select

from backend.models import StockLevel, WebOrderLine
from sync.bootstrap import initial_bootstrap
from sync.client import BackendClient
from tests.support.till import open_till
from tests.sync.conftest import SCOPE, Backend, utc_now


def test_the_demo_store_has_a_low_stock_list_after_the_first_sync(
    tmp_path: Path, client: BackendClient, backend: Backend
) -> None:
    till = open_till(tmp_path / "empty.sqlite3", seed=False)  # nothing of its own: all from the sync
    try:
        initial_bootstrap(till.db, client, scope=SCOPE, now=utc_now())
        low = till.services.stock_desk.low_stock()
        threshold = till.services.ctx.low_stock_below
    finally:
        till.db.close()
    assert threshold == Decimal(3)  # the default of `[store] low_stock_below`
    assert len(low) >= 3
    assert {ln.available for ln in low} <= {Decimal(1), Decimal(2)}  # the last one or two: realistic
    assert all(ln.name and ln.name != ln.sku for ln in low)  # named articles of the catalogue
    with backend.db.read() as session:
        central = {
            sku: Decimal(on_hand) / 1000
            for sku, on_hand in session.execute(
                select(StockLevel.sku, StockLevel.on_hand_milli).where(StockLevel.store_id == "S001")
            )
        }
        ordered = set(session.scalars(select(WebOrderLine.sku)))
        elsewhere = session.scalars(
            select(StockLevel.on_hand_milli).where(StockLevel.store_id != "S001")
        ).all()
    assert all(central[ln.sku] == ln.available for ln in low)  # the backend's own figures
    assert not ordered & {ln.sku for ln in low}  # the web orders waiting for pickup stay fully in stock
    assert min(elsewhere) >= 5000  # only the demo till's store runs short
