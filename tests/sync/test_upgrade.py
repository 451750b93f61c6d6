"""A till of release 1 (the sale-only till) upgrades in place in the middle of a day and loses nothing.

`tests/storage/fixtures/release_1.sql` is a database written by release 1's own code (see its maker,
make_release_1.py): three unsynced sales, a parked basket, and an open basket with a card payment
already approved. Opened by this release, it is migrated to the visit; both baskets are still there,
the card payment is still shown, live stock knows the unsynced sales, and every sale reaches the
real backend exactly once, also when the acknowledgements are lost and everything is pushed again.
"""

from __future__ import annotations

import sqlite3
from decimal import Decimal
from pathlib import Path

from sqlalchemy import func, select, text

from backend.models import Sale, StockLevel
from sync.client import BackendClient
from terminal.domain.money import Money
from terminal.storage import movements, outbox
from tests.support.till import open_till, product_named

from .conftest import Backend, make_engine

FIXTURE = Path(__file__).resolve().parents[1] / "storage" / "fixtures" / "release_1.sql"
DRILL = product_named("Akku-Bohrschrauber")
DOWELS = product_named("Fischer Dübel")
MILK = product_named("Vollmilch")
MUESLI = product_named("Kölln Müsli")


def release_1_till(tmp_path: Path) -> Path:
    path = tmp_path / "release_1.sqlite3"
    with sqlite3.connect(path) as conn:
        conn.executescript(FIXTURE.read_text(encoding="utf-8"))
    return path


def backend_sales(backend: Backend) -> list[str]:
    with backend.db.read() as session:
        return sorted(session.scalars(select(Sale.receipt_number).where(Sale.terminal_id == "T01")))


def level(backend: Backend, sku: str) -> int:
    with backend.db.read() as session:
        return int(
            session.scalar(
                select(func.sum(StockLevel.on_hand_milli)).where(
                    StockLevel.store_id == "S001", StockLevel.sku == sku
                )
            )
            or 0
        )


def test_a_release_1_till_upgrades_in_place_and_pushes_every_sale_once(
    tmp_path: Path, backend: Backend, client: BackendClient
) -> None:
    till = open_till(release_1_till(tmp_path), seed=False)  # migrated to head on open
    try:
        s = till.services
        s.staff.login("1111")

        # Both baskets are kept: the open one with its approved card payment, the parked one.
        assert [line.sku for line in s.selling.basket().lines] == [DRILL.sku, MILK.sku]
        paid = s.checkout.payment_in_progress()
        assert paid is not None
        assert paid.paid == Money(5000, "EUR")
        assert paid.remaining == Money(DRILL.price_minor + MILK.price_minor - 5000, "EUR")
        (parked,) = s.parking.parked()
        assert parked.label == "Frau Klein holt Dübel"

        # Live stock knows the three unsynced sales (their movements were written by the migration).
        with till.db.read() as session:
            assert movements.unconfirmed(session, store_id="S001", sku=MUESLI.sku)[0] == Decimal(-3)
            assert movements.unconfirmed(session, store_id="S001", sku=DOWELS.sku)[0] == Decimal(-1)
            assert movements.unconfirmed(session, store_id="S001", sku=DRILL.sku)[0] == Decimal(-1)

        before = {sku: level(backend, sku) for sku in (DRILL.sku, DOWELS.sku, MUESLI.sku, MILK.sku)}
        engine, _ = make_engine(till, client)
        assert engine.step()
        with till.db.read() as session:
            assert outbox.counts(session)["acked"] == 3
            assert movements.unconfirmed(session, store_id="S001", sku=MUESLI.sku)[0] == 0
        expected = ["S001-T01-000001", "S001-T01-000002", "S001-T01-000003"]
        assert backend_sales(backend) == expected

        # The acknowledgements are lost: everything is pushed again and applied once only.
        with till.db.write() as session:
            session.execute(text("UPDATE outbox SET status = 'pending', acked_at = NULL"))
        assert engine.step()
        assert backend_sales(backend) == expected
        moved = {sku: level(backend, sku) - before[sku] for sku in before}
        assert moved == {DRILL.sku: -1000, DOWELS.sku: -1000, MUESLI.sku: -3000, MILK.sku: -1000}

        # The open sale goes on after the upgrade: the rest is paid, it gets the next number.
        s.checkout.add_card(paid.remaining)
        completed = s.checkout.complete()
        assert completed.receipt_number == "S001-T01-000004"
        resumed = s.parking.resume(parked.parked_id)
        assert [line.sku for line in resumed.basket.lines] == [MILK.sku]
        assert engine.step()
        assert backend_sales(backend) == [*expected, "S001-T01-000004"]
    finally:
        till.db.close()
