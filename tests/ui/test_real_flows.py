"""Sale-screen flows on a REAL till (tests/support/till.py), driven like a cashier: search, card
payment taken back with a manager's approval, and a manager action cancelled."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from terminal.ui.approval_dialog import ApprovalDialog
from terminal.ui.formatting import MoneyFormat
from terminal.ui.payment_dialog import PaymentDialog
from terminal.ui.sale_screen import SaleScreen
from terminal.ui.search_dialog import SearchDialog
from terminal.ui.worker import Worker
from tests.support.till import Till, product_named

DRILL = product_named("Akku-Bohrschrauber")


@pytest.fixture
def screen(qtbot: QtBot, till: Till) -> SaleScreen:
    till.services.staff.login("1111")
    worker = Worker()
    sale = SaleScreen(till.services, MoneyFormat("de", "EUR"), worker)
    qtbot.addWidget(sale)
    sale.show()
    sale.refresh()
    return sale


def open_dialog(qtbot: QtBot, screen: SaleScreen, action: str, kind: type) -> object:
    qtbot.mouseClick(screen.action_bar.buttons[action], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(screen.dialog, kind) and screen.dialog.isVisible())
    return screen.dialog


def test_search_by_name_adds_the_chosen_product(qtbot: QtBot, screen: SaleScreen, till: Till) -> None:
    search = open_dialog(qtbot, screen, "search", SearchDialog)
    assert isinstance(search, SearchDialog)
    with qtbot.waitSignal(search.sig_results_shown) as shown:
        search.query.insert("Kölln")  # QTest types ASCII only; an umlaut arrives like a keyboard's
    assert shown.args[0] >= 1
    assert search.model.hits[0].name.startswith("Kölln")
    qtbot.keyClick(search.query, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: screen.dialog is None)
    assert [line.name for line in till.services.selling.basket().lines] == [search.model.hits[0].name]
    assert screen.model.rowCount() == 1


def test_card_tender_is_taken_back_only_with_a_manager(qtbot: QtBot, screen: SaleScreen, till: Till) -> None:
    screen.submit_code(DRILL.barcode)
    pay = open_dialog(qtbot, screen, "pay", PaymentDialog)
    assert isinstance(pay, PaymentDialog)
    qtbot.keyClicks(pay.entry, "50")
    qtbot.mouseClick(pay.card_button, Qt.MouseButton.LeftButton)
    assert "50,00" in pay.error.text()
    qtbot.mouseClick(pay.card_approved, Qt.MouseButton.LeftButton)
    assert pay.tenders.count() == 1
    assert "79,99" in pay.due_label.text()
    qtbot.mouseClick(pay.undo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(pay.approval_dialog, ApprovalDialog))
    approval = pay.approval_dialog
    assert approval is not None
    assert "approved card payment" in approval.prompt.text()
    qtbot.keyClicks(approval.entry, "9999")
    qtbot.keyClick(approval.entry, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: pay.approval_dialog is None)
    assert pay.tenders.count() == 0
    assert till.services.checkout.payment().tenders == ()
    pay.reject()  # back to the basket: nothing was taken
    qtbot.waitUntil(lambda: screen.dialog is None)
    assert screen.model.rowCount() == 1


def test_cancelled_approval_says_so_and_changes_nothing(qtbot: QtBot, screen: SaleScreen) -> None:
    approval = open_dialog(qtbot, screen, "drawer", ApprovalDialog)
    assert isinstance(approval, ApprovalDialog)
    approval.reject()
    qtbot.waitUntil(lambda: screen.dialog is None)
    assert screen.banner.kind == "banner-error"
    assert "No manager approval was given" in screen.banner.text()
