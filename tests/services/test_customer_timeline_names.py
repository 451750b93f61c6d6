"""The customer's timeline names what the backend sends by number only (found under Xvfb: "1 × 1000001"
and "S001"): an article by the till's catalogue name, this store by its name, another store by the name
the feed gave it (its current one, ADR 0025); what the till does not know stays as the backend sent
it. The backend's answer goes through the real contract model and the real conversion of the sync
adapter; the port itself is a hand-written fake."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from contract.feed import Change, ChangePage
from contract.lookups import HistoryEntry
from sync.customers import _entry
from terminal.domain.customer import Customer, Offer, Timeline
from terminal.storage.feed_apply import FeedScope, apply_page
from terminal.ui.customers_area import CustomersArea
from terminal.ui.customers_timeline import TimelineModel
from terminal.ui.formatting import MoneyFormat
from terminal.ui.worker import Worker
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


def _store_change(store_id: str, version: int, name: str) -> ChangePage:
    change = Change(entity="store", key=store_id, version=version, op="upsert", data={"name": name})
    return ChangePage(changes=[change], next_cursor="v1.1.1", has_more=False)


def test_other_stores_show_by_their_current_name_once_the_feed_named_them(till: Till, qtbot: QtBot) -> None:
    """ADR 0025: the chain's stores reach the till through the feed; a rename shows in every entry."""
    scope = FeedScope(store_id="S001", price_list="DE", currency="EUR")
    apply_page(till.db, _store_change("S002", 1, "Baumarkt & Mehr München"), scope=scope, now=AT)
    area = CustomersArea(till.services, MoneyFormat("en", "EUR"), Worker())
    qtbot.addWidget(area)
    area.show()
    area.search.setText("julia")
    area.on_search_entered()  # one customer found: her timeline opens
    qtbot.waitUntil(lambda: area.model.rowCount() == 2)
    assert area.worker.wait_for_done()  # the offers' look-up too: nothing in flight
    assert [area.model.text(r, 2) for r in range(2)] == [
        "Baumarkt & Mehr Berlin-Mitte",
        "Baumarkt & Mehr München",
    ]

    apply_page(till.db, _store_change("S002", 2, "Baumarkt & Mehr München-Pasing"), scope=scope, now=AT)
    area.on_result_chosen(area.results.item(0))  # read again: the current name
    assert area.model.rowCount() == 0
    qtbot.waitUntil(lambda: area.model.rowCount() == 2)
    assert area.model.text(1, 2) == "Baumarkt & Mehr München-Pasing"
    assert area.worker.wait_for_done()
