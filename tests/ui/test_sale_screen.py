"""The sale screen on a REAL till: scanning adds and selects the line; a refusal shows, beeps and loses
nothing; function keys act on the selected line."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from terminal.domain.scan import with_check_digit
from terminal.ui.formatting import MoneyFormat
from terminal.ui.sale_screen import SaleScreen
from terminal.ui.worker import Worker
from tests.support.till import Till, product_named

DOWELS = product_named("Fischer Dübel")  # 4,29 €
MILK = product_named("Vollmilch")  # 1,49 €
UNKNOWN = with_check_digit("400000099999")


@pytest.fixture
def screen(qtbot: QtBot, till: Till) -> Iterator[SaleScreen]:
    till.services.staff.login("1111")
    worker = Worker()
    widget = SaleScreen(till.services, MoneyFormat("de", "EUR"), worker)
    qtbot.addWidget(widget)
    widget.show()
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)  # function keys are shortcuts: they need the active window
    widget.refresh()
    yield widget
    assert worker.wait_for_done()


def scan_typed(qtbot: QtBot, screen: SaleScreen, code: str) -> None:
    qtbot.keyClicks(screen.entry, code)
    qtbot.keyClick(screen.entry, Qt.Key.Key_Return)


def test_scan_adds_selects_and_totals(qtbot: QtBot, screen: SaleScreen) -> None:
    scan_typed(qtbot, screen, DOWELS.barcode)
    scan_typed(qtbot, screen, MILK.barcode)
    assert screen.model.rowCount() == 2
    assert screen.selected_line().name == MILK.name
    assert screen.totals.total.text() == "5,78\xa0€"
    assert screen.entry.text() == ""
    assert screen.entry.hasFocus()


def test_multiplier_prefix(qtbot: QtBot, screen: SaleScreen) -> None:
    scan_typed(qtbot, screen, f"3*{DOWELS.barcode}")
    assert screen.selected_line().quantity == 3


def test_wedge_scan_after_typed_multiplier(qtbot: QtBot, screen: SaleScreen) -> None:
    qtbot.keyClicks(screen.entry, "2*")
    screen.on_scanner_scanned(MILK.barcode, "wedge")
    assert screen.selected_line().quantity == 2


def test_unknown_barcode_is_refused_without_losing_the_basket(
    qtbot: QtBot, screen: SaleScreen, till: Till
) -> None:
    scan_typed(qtbot, screen, DOWELS.barcode)
    scan_typed(qtbot, screen, UNKNOWN)
    assert screen.model.rowCount() == 1
    assert screen.banner.isVisible()
    assert screen.banner.kind == "banner-error"
    assert UNKNOWN in screen.banner.text()
    assert screen.entry.selectedText() == UNKNOWN  # the next scan replaces it
    scan_typed(qtbot, screen, MILK.barcode)
    assert not screen.banner.isVisible()
    assert [line.sku for line in till.services.selling.basket().lines] == [DOWELS.sku, MILK.sku]


def test_function_keys_void_the_selected_line(qtbot: QtBot, screen: SaleScreen, till: Till) -> None:
    scan_typed(qtbot, screen, DOWELS.barcode)
    scan_typed(qtbot, screen, MILK.barcode)
    qtbot.keyClick(screen.entry, Qt.Key.Key_F7)
    assert till.services.selling.basket().lines[1].voided
    assert screen.totals.total.text() == "4,29\xa0€"
    assert screen.action_bar.buttons["void_line"].text().startswith("F7\n")


def test_typed_number_then_f3_sets_the_quantity(qtbot: QtBot, screen: SaleScreen, till: Till) -> None:
    scan_typed(qtbot, screen, DOWELS.barcode)
    qtbot.keyClicks(screen.entry, "4")
    qtbot.keyClick(screen.entry, Qt.Key.Key_F3)
    assert till.services.selling.basket().lines[0].quantity == 4
    assert screen.entry.text() == ""


def test_actions_without_a_line_say_so(screen: SaleScreen) -> None:
    screen.on_action_bar_action_triggered("void_line")
    assert "Select a line" in screen.banner.text()


def test_pay_on_an_empty_basket_is_refused(qtbot: QtBot, screen: SaleScreen) -> None:
    qtbot.keyClick(screen.entry, Qt.Key.Key_F12)
    assert "empty" in screen.banner.text()


def test_escape_clears_entry_and_banner(qtbot: QtBot, screen: SaleScreen) -> None:
    scan_typed(qtbot, screen, UNKNOWN)
    qtbot.keyClick(screen.entry, Qt.Key.Key_Escape)
    assert screen.entry.text() == ""
    assert not screen.banner.isVisible()


@pytest.mark.parametrize(
    ("code", "says"),
    [
        ("R:S002-T03-000042", "receipt S002-T03-000042"),
        ("P:7KQ4-MX2A", "pickup code 7KQ4-MX2A"),
        ("B:STAFF-0002", "staff badge"),
    ],
)
def test_our_own_codes_say_what_they_are(qtbot: QtBot, screen: SaleScreen, code: str, says: str) -> None:
    scan_typed(qtbot, screen, code)
    assert says in screen.banner.text()
    assert screen.model.rowCount() == 0


def test_f12_says_refund_while_the_visit_pays_out_and_pay_again_once_it_does_not(
    qtbot: QtBot, screen: SaleScreen, till: Till
) -> None:
    """An exchange in the customer's favour: F12 reads "Refund"; once the new goods outweigh the
    return, "Pay" again (the key is F12 either way)."""
    from decimal import Decimal

    from terminal.domain.money import Money
    from terminal.domain.visit import ReturnOrigin

    pay = screen.action_bar.buttons["pay"]
    assert pay.text() == "F12\nPay"
    till.services.visit_lines.add_return(
        origin=ReturnOrigin.no_receipt(), sku=DOWELS.sku, name=DOWELS.name, quantity=Decimal(1),
        refund=Money(429, "EUR"), vat=till.services.ctx.vat_rate("A"), reason="defective",
    )  # fmt: skip
    screen.on_changed(None)
    assert pay.text() == "F12\nRefund"
    for _ in range(3):  # 3 x 1,49 € > 4,29 €
        scan_typed(qtbot, screen, MILK.barcode)
    qtbot.waitUntil(lambda: pay.text() == "F12\nPay")
