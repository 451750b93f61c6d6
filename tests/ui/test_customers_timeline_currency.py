"""A purchase in the Budapest store, in the timeline of a Berlin till (EUR): shown in forints, whole (the
chain counts HUF in whole forints, ADR 0001), in the cashier's language. Was "3.15 HUF": the amount
divided by 100 and written with a point whatever the language.

The figures are the demo chain's own (backend seed, migrated SQLite): Sabine's pretzel in Budapest, sold
at the Hungarian price list's 315 Ft while the German one says 0,79 €. The history goes through the
backend's look-up, the contract model and the sync adapter's conversion, as it reaches a till."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from backend.db import Database
from backend.migrate import upgrade
from backend.models import Price
from backend.services.lookups import customer_history
from backend.services.seed import seed_demo
from contract.lookups import CustomerHistory
from sync.customers import _entry
from terminal.domain.customer import TimelineEntry
from terminal.ui.customers_timeline import TimelineModel
from terminal.ui.formatting import MoneyFormat

NBSP = "\xa0"
AMOUNT = 4  # the timeline's column
WHEN = datetime(2026, 11, 20, 10, 0, tzinfo=UTC)


@pytest.fixture(scope="module")
def demo_chain(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    path: Path = tmp_path_factory.mktemp("chain") / "backend.sqlite3"
    upgrade(f"sqlite:///{path}")
    db = Database(f"sqlite:///{path}")
    seed_demo(db, products=200, stocked=100)
    yield db
    db.dispose()


def budapest_purchase(db: Database) -> tuple[TimelineEntry, dict[str, int]]:
    """C0003's purchase in S101 as a till gets it, and its article's price per price list."""
    with db.read() as session:
        page = CustomerHistory.model_validate(customer_history(session, "C0003"))
        (entry,) = (_entry(e) for e in page.entries if e.store_id == "S101")
        sku = entry.lines[0].sku
        prices = {p.currency: p.amount_minor for p in session.scalars(select(Price).where(Price.sku == sku))}
    return entry, prices


def test_the_demo_chain_counts_forints_whole(demo_chain: Database) -> None:
    entry, prices = budapest_purchase(demo_chain)
    assert (entry.currency, entry.total_minor) == ("HUF", prices["HUF"])
    assert (prices["EUR"], prices["HUF"]) == (79, 315)  # 0,79 € and 315 Ft, not 3,15 Ft
    forints_per_euro = prices["HUF"] / (prices["EUR"] / 100)
    assert 350 < forints_per_euro < 450  # about 400 Ft per euro: whole forints (in fillér it were 40,000)


@pytest.mark.parametrize(
    ("language", "expected"), [("de", f"315{NBSP}HUF"), ("hu", f"315{NBSP}Ft"), ("en", f"HUF{NBSP}315")]
)
def test_the_budapest_purchase_shows_forints_at_a_euro_till(
    demo_chain: Database, qapp: QApplication, language: str, expected: str
) -> None:
    entry, _prices = budapest_purchase(demo_chain)
    model = TimelineModel(MoneyFormat(language, "EUR"))
    model.set_entries([entry])
    assert model.text(0, AMOUNT) == expected


@pytest.mark.parametrize(
    ("language", "total", "balance"),
    [("de", f"−12.990{NBSP}HUF", f"4.500{NBSP}HUF"), ("hu", f"−12{NBSP}990{NBSP}Ft", f"4500{NBSP}Ft")],
)
def test_a_return_and_a_vouchers_balance_in_forints(
    qapp: QApplication, language: str, total: str, balance: str
) -> None:
    returned = TimelineEntry("return", "S101-T01-000042", "S101", WHEN, 12990, "HUF", "returned")
    voucher = TimelineEntry("voucher", "SV7K2M9QX4D8", "S101", WHEN, 12990, "HUF", "active", "", 4500)
    model = TimelineModel(MoneyFormat(language, "EUR"))
    model.set_entries([returned, voucher])
    assert model.text(0, AMOUNT) == total
    assert model.text(1, AMOUNT) == total.lstrip("−")
    assert model.text(1, 3).endswith(balance)  # its state, with the balance left
