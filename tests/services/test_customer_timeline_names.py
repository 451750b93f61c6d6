"""The customer's timeline names what the backend sends by number only (found under Xvfb: "1 × 1000001"
and "S001"): an article by the till's catalogue name, this store by its name; what the till does not
know stays as the backend sent it. The backend's answer goes through the real contract model and the
real conversion of the sync adapter; the port itself is a hand-written fake."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from contract.lookups import HistoryEntry
from sync.customers import _entry
from terminal.domain.customer import Customer, Offer, Timeline
from terminal.ui.customers_timeline import TimelineModel
from terminal.ui.formatting import MoneyFormat
from tests.support.till import Till, closing, open_till, product_named

JULIA = Customer("C0001", "Julia Hoffmann", "julia.hoffmann@example.org", "")
DRILL = product_named("Akku-Bohrschrauber")
AT = datetime(2026, 12, 3, 7, 40, tzinfo=UTC)


def history(store_id: str, lines: list[dict[str, object]]) -> HistoryEntry:
    return HistoryEntry(
        channel="web", reference="W-100001", store_id=store_id, occurred_at=AT, total_minor=12999,
        currency="EUR", status="placed", lines=lines,
    )  # fmt: skip


class _Directory:
    """The backend's timeline: one order by SKU only (named and unknown lines), one of another store."""

    def search(self, query: str) -> list[Customer]:
        return [JULIA]

    def timeline(self, customer_id: str, *, offset: int, limit: int) -> Timeline:
        entries = (
            _entry(history("S001", [{"sku": DRILL.sku, "quantity": 1}, {"sku": "NOPE-1", "quantity": 2}])),
            _entry(history("S002", [{"sku": DRILL.sku, "quantity": 3, "name": "Drill (web name)"}])),
        )
        return Timeline(JULIA, entries, 2, None, "live")

    def offers(self, customer_id: str) -> list[Offer]:
        return []

    def claim_offer(self, offer_id: str, *, claim_id: str, staff_id: str) -> None:
        """Not needed."""

    def release_offer(self, claim_id: str) -> None:
        """Not needed."""


@pytest.fixture
def till(tmp_path: Path) -> Iterator[Till]:
    t = open_till(tmp_path / "t.sqlite3", customer_directory=_Directory())
    t.services.staff.login("1111")
    yield from closing(t)


def test_articles_sent_by_sku_get_the_catalogues_name(till: Till) -> None:
    page = till.services.customers.timeline("C0001")
    here, other = page.entries
    assert here.summary == f"1 × {DRILL.name}, 2 × NOPE-1"  # an unknown SKU stays a SKU
    assert other.summary == "3 × Drill (web name)"  # a name the backend sent is kept


def test_this_store_is_shown_by_its_name_and_another_by_its_id(till: Till, qapp: QApplication) -> None:
    ctx = till.services.ctx
    model = TimelineModel(MoneyFormat("en", "EUR"), store_names={ctx.store_id: ctx.store_name})
    model.set_entries(till.services.customers.timeline("C0001").entries)
    assert model.text(0, 2) == "Baumarkt & Mehr Berlin-Mitte"
    assert model.text(1, 2) == "S002"
    assert model.details(0).endswith(f"1 × {DRILL.name}, 2 × NOPE-1")
