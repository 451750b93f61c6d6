"""The chain's stores reach the till by name (ADR 0025), through the real backend on a loopback port and
a real till database: the bootstrap brings every store, a store added and one renamed later with
`store-backend store` arrive with the next sync, a till bootstrapped before the snapshot had stores loads
them once, and against a backend without them the till asks again only after an hour. The Stock area's
Receive tab lists the other stores by name, sorted, picked by keyboard or finger, and the fact it queues
names the store by id.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from backend import cli
from backend.services import snapshot
from sync.client import BackendClient
from sync.stores import StoresCatchUp
from terminal.storage import stores, sync_state
from terminal.ui.formatting import MoneyFormat
from terminal.ui.stock_area import StockArea
from terminal.ui.theme import load_stylesheet
from terminal.ui.worker import Worker
from tests.support.qt import delete_closed_widgets
from tests.support.till import Till, product_named
from tests.sync.conftest import Backend, make_engine, utc_now

DRILL = product_named("Akku-Bohrschrauber")
OTHERS = [
    "Baumarkt & Mehr Budapest (S101)",
    "Baumarkt & Mehr Köln (S003)",
    "Baumarkt & Mehr München (S002)",
]


def _store_cli(backend: Backend, *args: str) -> None:
    url = backend.db.url
    assert cli.main(["--db", url, "store", *args]) == 0


def _known(till: Till) -> dict[str, str]:
    with till.db.read() as session:
        return stores.names(session)


def _listed(area: StockArea) -> list[str]:
    combo = area.receive_tab.from_store
    return [combo.itemText(i) for i in range(combo.count())]


@pytest.fixture
def touch_styled(qapp: QApplication) -> Iterator[None]:
    """The till's style sheet (its touch sizes) for the test, the plain application afterwards."""
    font = qapp.font()
    qapp.setStyleSheet(load_stylesheet())
    yield
    delete_closed_widgets()
    qapp.setStyleSheet("")
    qapp.setFont(font)


@pytest.mark.usefixtures("touch_styled")
def test_stores_arrive_at_bootstrap_and_later_changes_through_the_feed(
    till: Till, client: BackendClient, backend: Backend, qtbot: QtBot
) -> None:
    sync, _ = make_engine(till, client)
    assert sync.step()  # the bootstrap
    assert _known(till) == {
        "S001": "Baumarkt & Mehr Berlin-Mitte",
        "S002": "Baumarkt & Mehr München",
        "S003": "Baumarkt & Mehr Köln",
        "S101": "Baumarkt & Mehr Budapest",
    }
    till.services.staff.login("9999")
    area = StockArea(till.services, MoneyFormat("en", "EUR"), Worker())
    qtbot.addWidget(area)
    area.resize(1024, 700)
    area.show()
    area.tabs.setCurrentWidget(area.receive_tab)
    assert _listed(area) == OTHERS  # not this store; by name
    combo = area.receive_tab.from_store
    assert combo.currentIndex() == -1
    assert combo.currentText() == ""
    assert area.receive_tab.sender_store_id() == ""

    # A store opened and one renamed at head office reach the till with its next sync.
    _store_cli(
        backend, "add", "S004", "--name", "Baumarkt & Mehr Augsburg", "--country", "DE", "--currency", "EUR"
    )
    _store_cli(backend, "rename", "S003", "Baumarkt & Mehr Köln-Deutz")
    _store_cli(backend, "rename", "S003", "Baumarkt & Mehr Köln-Deutz")  # the same name: no new change
    assert sync.step()
    assert _known(till)["S004"] == "Baumarkt & Mehr Augsburg"
    with till.db.read() as session:
        version = session.execute(
            text("SELECT version FROM chain_store WHERE store_id = 'S003'")
        ).scalar_one()
    assert version == 2
    area.tabs.setCurrentWidget(area.levels_tab)
    area.tabs.setCurrentWidget(area.receive_tab)  # shown again: read again
    assert _listed(area) == [
        "Baumarkt & Mehr Augsburg (S004)",
        "Baumarkt & Mehr Budapest (S101)",
        "Baumarkt & Mehr Köln-Deutz (S003)",
        "Baumarkt & Mehr München (S002)",
    ]

    # Keyboard: part of the name narrows the list; the arrow keys choose; the event carries the id.
    combo.setFocus()
    qtbot.keyClicks(combo.lineEdit(), "NCHEN")  # any case; QTest types ASCII only
    popup = combo.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    assert [popup.model().index(r, 0).data() for r in range(popup.model().rowCount())] == [
        "Baumarkt & Mehr München (S002)"
    ]
    assert popup.visualRect(popup.model().index(0, 0)).height() >= 44  # a finger can pick it too
    qtbot.keyClick(popup, Qt.Key.Key_Escape)
    combo.lineEdit().clear()

    # The area left and opened again on this tab (Ctrl+4) reads the stores again too.
    _store_cli(backend, "rename", "S004", "Baumarkt & Mehr Augsburg-Lechhausen")
    assert sync.step()
    area.hide()
    area.show()
    assert _listed(area)[0] == "Baumarkt & Mehr Augsburg-Lechhausen (S004)"
    qtbot.keyClicks(combo.lineEdit(), "NCHEN")
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert combo.currentText() == "Baumarkt & Mehr München (S002)"
    assert area.receive_tab.sender_store_id() == "S002"
    area.on_scanner_scanned(DRILL.barcode)
    area.receive_tab.on_receive_clicked()
    assert area.banner.text() == "Goods received from Baumarkt & Mehr München (S002): 1 pieces."
    with till.db.read() as session:
        payload = session.execute(
            text("SELECT payload FROM outbox WHERE type = 'stock.transferred_in'")
        ).scalar_one()
    assert '"from_store_id":"S002"' in payload.replace(" ", "")

    # Touch: the list opens and a finger picks a store.
    combo.showPopup()
    view = combo.view()
    qtbot.waitUntil(view.isVisible)
    rect = view.visualRect(view.model().index(1, 0))
    assert rect.height() >= 44
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert area.receive_tab.sender_store_id() == "S101"
    assert area.worker.wait_for_done()


def test_a_till_bootstrapped_before_stores_loads_them_once(
    till: Till, client: BackendClient, backend: Backend
) -> None:
    sync, _ = make_engine(till, client)
    assert sync.step()
    with till.db.write() as session:  # as a till set up before ADR 0025 stands after its migration
        session.execute(text("DELETE FROM chain_store"))
        session.execute(text("DELETE FROM sync_state WHERE key = :k"), {"k": sync_state.STORES_LOADED_KEY})
    _store_cli(backend, "rename", "S002", "Baumarkt & Mehr München-Pasing")
    assert sync.step()  # the feed brings S002's rename; the catch-up brings every store
    assert _known(till) == {
        "S001": "Baumarkt & Mehr Berlin-Mitte",
        "S002": "Baumarkt & Mehr München-Pasing",
        "S003": "Baumarkt & Mehr Köln",
        "S101": "Baumarkt & Mehr Budapest",
    }
    assert sync_state.get(till.db, sync_state.STORES_LOADED_KEY) is not None
    assert [s.store_id for s in till.services.stock_desk.other_stores()] == ["S101", "S003", "S002"]


def test_against_a_backend_without_stores_the_till_asks_again_only_after_an_hour(
    till: Till, client: BackendClient, backend: Backend, monkeypatch: pytest.MonkeyPatch
) -> None:
    sync, _ = make_engine(till, client)
    monkeypatch.delitem(snapshot.ENTITIES, "stores")  # the backend as it was before ADR 0025
    assert sync.step()
    assert _known(till) == {}
    assert sync_state.get(till.db, sync_state.STORES_LOADED_KEY) is None
    now = [utc_now()]
    catch_up = StoresCatchUp(db=till.db, client=client, store_id="S001", clock=lambda: now[0])
    assert not catch_up.run()
    monkeypatch.undo()  # the backend is upgraded
    now[0] += timedelta(minutes=59)
    assert not catch_up.run()  # not asked again yet
    assert _known(till) == {}
    now[0] += timedelta(minutes=2)
    assert catch_up.run()
    assert len(_known(till)) == 4
    assert not catch_up.run()  # loaded: never again
