"""The payment dialog on a REAL till: change shown large, a short tender refused, split tenders, card
confirmation, and no way back once a tender was taken (until it is taken back)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from terminal.ui.formatting import MoneyFormat
from terminal.ui.payment_dialog import PaymentDialog
from tests.support.till import Till, product_named

DRILL = product_named("Akku-Bohrschrauber")  # 129,99 €
DOWELS = product_named("Fischer Dübel")  # 4,29 €
MILK = product_named("Vollmilch")  # 1,49 €


def open_dialog(qtbot: QtBot, till: Till, *barcodes: str) -> PaymentDialog:
    services = till.services
    services.staff.login("1111")
    for code in barcodes:
        services.selling.scan(code)
    dialog = PaymentDialog(services.checkout, services.checkout.begin(), MoneyFormat("de", "EUR"),
                           approver=services.staff)  # fmt: skip
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_cash_over_the_total_completes_and_shows_change(qtbot: QtBot, till: Till) -> None:
    dialog = open_dialog(qtbot, till, DOWELS.barcode, MILK.barcode)  # 4,29 + 1,49 = 5,78
    assert "5,78" in dialog.due_label.text()
    qtbot.keyClicks(dialog.entry, "10")
    with qtbot.waitSignal(dialog.sig_sale_completed) as completed:
        qtbot.keyClick(dialog.entry, Qt.Key.Key_Return)
    assert completed.args[0].change.amount_minor == 422
    assert dialog.change_label.isVisible()
    assert dialog.change_label.text() == "Change 4,22\xa0€"
    assert dialog.next_button.isVisible()


def test_short_tender_is_refused(qtbot: QtBot, till: Till) -> None:
    dialog = open_dialog(qtbot, till, DRILL.barcode)
    qtbot.keyClicks(dialog.entry, "50")
    qtbot.keyClick(dialog.entry, Qt.Key.Key_Return)
    assert dialog.completed is None
    assert "79,99" in dialog.due_label.text()
    with qtbot.assertNotEmitted(dialog.sig_sale_completed):
        qtbot.mouseClick(dialog.complete_button, Qt.MouseButton.LeftButton)
    assert dialog.error.isVisible()
    assert "Still to pay" in dialog.error.text()
    assert "79,99" in dialog.error.text()


def test_split_cash_then_card_after_confirmation(qtbot: QtBot, till: Till) -> None:
    dialog = open_dialog(qtbot, till, DRILL.barcode)
    qtbot.keyClicks(dialog.entry, "20")
    qtbot.keyClick(dialog.entry, Qt.Key.Key_Return)
    qtbot.mouseClick(dialog.card_button, Qt.MouseButton.LeftButton)
    assert dialog.card_confirm.isVisible()
    assert "109,99" in dialog.card_question.text()
    with qtbot.waitSignal(dialog.sig_sale_completed) as completed:
        qtbot.mouseClick(dialog.card_approved, Qt.MouseButton.LeftButton)
    assert completed.args[0].change.amount_minor == 0
    assert dialog.tenders.count() == 2


def test_quick_amount_exact(qtbot: QtBot, till: Till) -> None:
    dialog = open_dialog(qtbot, till, DOWELS.barcode)
    exact = dialog.findChild(type(dialog.cash_button), "quick_0")
    with qtbot.waitSignal(dialog.sig_sale_completed):
        qtbot.mouseClick(exact, Qt.MouseButton.LeftButton)


def test_back_is_refused_after_a_tender(qtbot: QtBot, till: Till) -> None:
    dialog = open_dialog(qtbot, till, DRILL.barcode)
    qtbot.keyClicks(dialog.entry, "5")
    qtbot.keyClick(dialog.entry, Qt.Key.Key_Return)
    dialog.reject()
    assert dialog.isVisible()
    assert "payment has started" in dialog.error.text()
    qtbot.mouseClick(dialog.undo_button, Qt.MouseButton.LeftButton)
    assert dialog.tenders.count() == 0
    dialog.reject()
    assert not dialog.isVisible()
