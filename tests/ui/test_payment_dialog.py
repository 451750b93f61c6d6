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
                           scans=services.scans, approver=services.staff)  # fmt: skip
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
    assert "109,99" in dialog.error.text()
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


def test_an_article_scanned_while_paying_is_named_and_kept_for_the_basket(qtbot: QtBot, till: Till) -> None:
    """Found at the counter: a wedge scan of an article in the payment dialog only beeped."""
    dialog = open_dialog(qtbot, till, MILK.barcode)
    dialog.on_scanner_scanned(DRILL.barcode, "wedge")
    assert dialog.error.isVisible()
    assert dialog.error.text() == (
        f"{DRILL.name} is an article, not a voucher. It goes into the basket when you go back (Esc)."
    )
    assert dialog.error.property("role") == "banner-warn"
    assert dialog.held == [(DRILL.barcode, DRILL.name)]
    assert dialog.tenders.count() == 0  # nothing was taken as a tender


def test_after_a_tender_an_article_scan_says_the_payment_comes_first(qtbot: QtBot, till: Till) -> None:
    dialog = open_dialog(qtbot, till, DRILL.barcode)
    qtbot.keyClicks(dialog.entry, "5")
    qtbot.keyClick(dialog.entry, Qt.Key.Key_Return)
    dialog.on_scanner_scanned(DOWELS.barcode, "wedge")
    assert dialog.error.text() == (
        f"{DOWELS.name} is an article, not a voucher. Finish this payment first, then sell it in a new sale."
    )
    assert dialog.error.property("role") == "banner-error"
    assert dialog.held == []
    assert dialog.tenders.count() == 1


def test_other_codes_scanned_while_paying_are_named(qtbot: QtBot, till: Till) -> None:
    dialog = open_dialog(qtbot, till, MILK.barcode)
    said = {}
    for code in ("4000000000013", "R:S001-T01-000001", "B:STAFF-0002", "4006381333932"):
        dialog.on_scanner_scanned(code, "wedge")
        said[code] = dialog.error.text()
    assert said == {
        "4000000000013": "Code 4000000000013 is neither a voucher nor an article we know.",
        "R:S001-T01-000001": (
            "That is a receipt (R:S001-T01-000001), not a voucher. Finish this payment first, then take "
            "the return in Returns."
        ),
        "B:STAFF-0002": "That is a staff badge, not a voucher. Finish this payment first.",
        "4006381333932": "Barcode 4006381333932 is misread (wrong check digit). Scan it again.",
    }
    assert dialog.held == []
    assert dialog.completed is None
