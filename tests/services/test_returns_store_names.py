"""Where the original was bought, as the Returns area's header names it (ADR 0025): the store's current
name from the chain's stores the feed gave the till, else the name the backend sent, else (a receipt
of this store, found offline) the till's configured name; with none of them the id stays. Real till
(migrated SQLite), the feed applied the way the sync engine applies it, a hand-written backend port."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

import pytest

from contract.feed import Change, ChangePage
from terminal.storage.feed_apply import FeedScope, apply_page
from tests.support.returns_backend import FakeReturnsBackend, budapest_receipt
from tests.support.till import Till, open_till, product_named

BUDAPEST = "S101-T01-000042"
NAMED = "S101-T01-000043"


@pytest.fixture
def backend() -> FakeReturnsBackend:
    fake = FakeReturnsBackend()
    fake.originals[BUDAPEST] = budapest_receipt(BUDAPEST)  # no store name from the backend
    fake.originals[NAMED] = budapest_receipt(NAMED, store_name="Baumarkt & Mehr Budapest (old)")
    return fake


@pytest.fixture
def till(tmp_path: Path, backend: FakeReturnsBackend) -> Iterator[Till]:
    t = open_till(tmp_path / "till.sqlite3", returns_backend=backend)
    t.services.staff.login("1111")
    yield t
    t.db.close()


def name_store(till: Till, store_id: str, name: str, version: int = 1) -> None:
    change = Change(entity="store", key=store_id, version=version, op="upsert", data={"name": name})
    page = ChangePage(changes=[change], next_cursor=f"v1.1.{version}", has_more=False)
    scope = FeedScope(store_id="S001", price_list="DE", currency="EUR")
    apply_page(till.db, page, scope=scope, now=datetime(2026, 12, 3, 8, 0, tzinfo=UTC))


def test_without_a_name_from_anywhere_the_store_stays_its_id(till: Till) -> None:
    found = till.services.returns.find(BUDAPEST)
    assert (found.store_id, found.store_name) == ("S101", None)


def test_the_backends_name_is_kept_until_the_till_knows_the_store(till: Till) -> None:
    assert till.services.returns.find(NAMED).store_name == "Baumarkt & Mehr Budapest (old)"


def test_the_chains_stores_name_it_by_its_current_name(till: Till) -> None:
    name_store(till, "S101", "Baumarkt & Mehr Budapest")
    assert till.services.returns.find(BUDAPEST).store_name == "Baumarkt & Mehr Budapest"
    assert till.services.returns.find(NAMED).store_name == "Baumarkt & Mehr Budapest"  # renamed since
    name_store(till, "S101", "Baumarkt & Mehr Budapest-Belváros", version=2)
    assert till.services.returns.find(BUDAPEST).store_name == "Baumarkt & Mehr Budapest-Belváros"


def test_an_own_receipt_found_offline_is_named_by_the_tills_config(
    till: Till, backend: FakeReturnsBackend
) -> None:
    till.services.selling.add_product(product_named("Vollmilch").sku, Decimal(1))
    settlement = till.services.checkout.begin()
    till.services.checkout.add_card(settlement.remaining)
    sold = till.services.checkout.complete()
    backend.offline = True
    found = till.services.returns.find(sold.receipt_number)
    assert found.source == "own"
    assert (found.store_id, found.store_name) == ("S001", till.services.ctx.store_name)
    assert found.store_name
