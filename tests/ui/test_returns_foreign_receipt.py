"""A receipt of another store in another currency, opened in the Returns area of a Berlin till (EUR):
its amounts in forints as the cashier's language writes them (was "1039,90 €"-style: the till's sign and
decimals), and the store by the name the chain's stores gave the till (ADR 0025), else by its id (the
backend sends no store name)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from types import SimpleNamespace

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from contract.feed import Change, ChangePage
from terminal.storage.feed_apply import FeedScope, apply_page
from terminal.ui.bridge import Bridge
from terminal.ui.main_window import MainWindow
from terminal.ui.messages import message_for_code
from terminal.ui.returns_model import ReturnLinesModel
from tests.support.qt import themed_application
from tests.support.returns_backend import FakeReturnsBackend, budapest_receipt
from tests.support.till import Till, closing, open_till

RECEIPT = "S101-T01-000042"
NBSP = "\xa0"
FIGURES = {  # language: (total, a drill paid each, the pretzel, store)
    "de": (f"104.305{NBSP}HUF", f"51.995{NBSP}HUF", f"315{NBSP}HUF"),
    "hu": (f"104{NBSP}305{NBSP}Ft", f"51{NBSP}995{NBSP}Ft", f"315{NBSP}Ft"),
}


@pytest.fixture
def backend() -> FakeReturnsBackend:
    fake = FakeReturnsBackend()
    fake.originals[RECEIPT] = budapest_receipt(RECEIPT)
    return fake


@pytest.fixture
def till(tmp_path: Path, backend: FakeReturnsBackend) -> Iterator[Till]:
    yield from closing(open_till(tmp_path / "till.sqlite3", returns_backend=backend))


def name_store(till: Till, store_id: str, name: str) -> None:
    """The feed's `store` change, applied the way the sync engine applies it."""
    change = Change(entity="store", key=store_id, version=1, op="upsert", data={"name": name})
    page = ChangePage(changes=[change], next_cursor="v1.1.1", has_more=False)
    scope = FeedScope(store_id="S001", price_list="DE", currency="EUR")
    apply_page(till.db, page, scope=scope, now=datetime(2026, 12, 3, 8, 0, tzinfo=UTC))


def open_receipt(qtbot: QtBot, till: Till, language: str) -> MainWindow:
    config = SimpleNamespace(language=language, currency="EUR", store_name="Baumarkt & Mehr Berlin-Mitte")
    window = MainWindow(till.services, Bridge(), config=config)
    qtbot.addWidget(window)
    window.setFixedSize(1024, 768)
    window.show()
    till.services.staff.login("1111")
    window.on_login_staff_logged_in(till.services.staff.current)
    window.areas.show_area("returns")
    window.returns.look_up(RECEIPT)
    qtbot.waitUntil(lambda: window.returns.model.rowCount() == 2)
    QApplication.processEvents()
    return window


@pytest.mark.parametrize("language", ["de", "hu"])
def test_a_budapest_receipt_shows_forints_and_the_stores_name(
    qtbot: QtBot, qapp: QApplication, till: Till, language: str
) -> None:
    name_store(till, "S101", "Baumarkt & Mehr Budapest")
    total, drill, pretzel = FIGURES[language]
    with themed_application(qapp, language):
        window = open_receipt(qtbot, till, language)
        area = window.returns
        header = area.header.text()
        assert " · Baumarkt & Mehr Budapest · " in header
        assert "S101 ·" not in header
        assert f" · {total} · " in header  # the receipt's total
        assert header.endswith(f" {total}")  # paid by card: the whole total
        paid = [area.model.index(r, ReturnLinesModel.COLUMN_PAID).data() for r in range(2)]
        assert paid == [drill, pretzel]
        assert "€" not in header + "".join(paid)
        assert window.worker.wait_for_done()


def test_a_store_the_till_does_not_know_by_name_is_shown_by_its_id(
    qtbot: QtBot, qapp: QApplication, till: Till
) -> None:
    with themed_application(qapp, "de"):
        window = open_receipt(qtbot, till, "de")
        assert f"{RECEIPT} · S101 · " in window.returns.header.text()
        assert window.worker.wait_for_done()


def test_taking_it_back_is_refused_in_words_before_anything_is_claimed(
    qtbot: QtBot, qapp: QApplication, till: Till, backend: FakeReturnsBackend
) -> None:
    """No rate turns forints into euros at the till, and a visit holds one currency: the cashier is
    told why, the visit stays as it was (it raised a bare ValueError after claiming)."""
    with themed_application(qapp, "de"):
        window = open_receipt(qtbot, till, "de")
        area = window.returns
        area.table.selectRow(1)
        area.change_quantity(+1)
        area.choose_reason("changed_mind")
        area.do_add()
        expected = message_for_code(
            "return.other_currency", reference=RECEIPT, currency="HUF", expected="EUR"
        )
        qtbot.waitUntil(lambda: area.banner.text() == expected)
        assert expected == f"{RECEIPT} wurde in HUF bezahlt; diese Kasse erstattet nur in EUR."
        assert backend.claims == {}
        assert till.services.selling.visit().returns == ()
        assert window.worker.wait_for_done()
