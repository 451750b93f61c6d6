"""A whole sale driven through the UI on a REAL till (tests/support/till.py): no fake services.

Login by PIN on the keypad; items from the scanner (the bridge's `sig_scan_received`, as the wedge
and serial scanners deliver them) and typed into the scan field; a misread and an unknown barcode
refused while the basket stays; a quantity change; a discount over the cashier's limit approved by
a manager; a short cash tender refused, then cash with change; and the receipt bytes from the till's
print queue decoded back to text and checked line by line (VAT per rate, receipt number, umlauts).
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from types import SimpleNamespace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from hardware.escpos_decode import decode_lines
from terminal.domain.scan import with_check_digit
from terminal.storage import print_jobs
from terminal.ui.approval_dialog import ApprovalDialog
from terminal.ui.bridge import Bridge
from terminal.ui.cart_model import DETAIL_ROLE
from terminal.ui.discount_dialog import DiscountDialog
from terminal.ui.main_window import MainWindow
from terminal.ui.payment_dialog import PaymentDialog
from terminal.ui.quantity_dialog import QuantityDialog
from terminal.ui.receipt_preview import ReceiptPreview
from terminal.ui.sale_screen import SaleScreen
from tests.support.till import Till, product_named

DRILL = product_named("Akku-Bohrschrauber")  # 129,99 €, 19 %
DOWELS = product_named("Fischer Dübel")  # 4,29 €, 19 %
MUESLI = product_named("Kölln Müsli")  # 3,49 €, 7 %
MILK = product_named("Vollmilch")  # 1,49 €, 7 %
CONFIG = SimpleNamespace(language="de", currency="EUR", store_name="Baumarkt & Mehr Berlin-Mitte")


@pytest.fixture
def window(qtbot: QtBot, till: Till, bridge: Bridge) -> Iterator[MainWindow]:
    win = MainWindow(till.services, bridge, config=CONFIG)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    yield win
    assert win.worker.wait_for_done()  # pool queries end before the till's database closes


def tap(qtbot: QtBot, button: QPushButton) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def tap_keys(qtbot: QtBot, keypad: object, keys: str) -> None:
    for key in keys:
        tap(qtbot, keypad.buttons[key])  # type: ignore[attr-defined]


def scan_typed(qtbot: QtBot, screen: SaleScreen, code: str) -> None:
    qtbot.keyClicks(screen.entry, code)
    qtbot.keyClick(screen.entry, Qt.Key.Key_Return)


def scan_from_scanner(qtbot: QtBot, bridge: Bridge, code: str, source: str) -> None:
    """As the scanners deliver a code: the serial reader calls `publish_scan` from its own thread
    (queued into the GUI thread), the wedge filter's `sig_scanned` is connected to `sig_scan_received`."""
    if source == "serial":
        with qtbot.waitSignal(bridge.sig_scan_received):
            reader = threading.Thread(target=bridge.publish_scan, args=(code, "serial"))
            reader.start()
            reader.join()
    else:
        bridge.sig_scan_received.emit(code, "wedge")


def dialog_of(qtbot: QtBot, screen: SaleScreen, kind: type) -> object:
    qtbot.waitUntil(lambda: isinstance(screen.dialog, kind) and screen.dialog.isVisible())
    return screen.dialog


def log_in_by_pin(qtbot: QtBot, window: MainWindow, pin: str) -> SaleScreen:
    assert window.showing(window.login)
    tap_keys(qtbot, window.login.keypad, pin)
    assert window.login.pin.text() == pin  # typed on the keypad, masked on screen
    with qtbot.waitSignal(window.login.sig_staff_logged_in):
        tap(qtbot, window.login.keypad.buttons["enter"])
    assert window.showing(window.sale)
    return window.sale


def test_whole_sale_through_the_ui(qtbot: QtBot, window: MainWindow, bridge: Bridge, till: Till) -> None:
    screen = log_in_by_pin(qtbot, window, "1111")
    assert "Anna" in window.status.staff.text()

    # Items: a serial scan, a wedge scan, typed codes, and a typed multiplier before a scan.
    scan_from_scanner(qtbot, bridge, DRILL.barcode, "serial")
    qtbot.waitUntil(lambda: screen.model.rowCount() == 1)
    scan_typed(qtbot, screen, DOWELS.barcode)
    scan_from_scanner(qtbot, bridge, MUESLI.barcode, "wedge")
    qtbot.keyClicks(screen.entry, "2*")
    scan_from_scanner(qtbot, bridge, MILK.barcode, "wedge")
    qtbot.waitUntil(lambda: screen.model.rowCount() == 4)
    assert [line.name for line in till.services.selling.basket().lines] == [
        DRILL.name, DOWELS.name, MUESLI.name, MILK.name,
    ]  # fmt: skip
    assert screen.selected_line().quantity == 2
    assert screen.totals.total.text() == "140,75\xa0€"

    # A misread (wrong check digit) and an unknown barcode: said plainly, the basket untouched.
    misread = DOWELS.barcode[:-1] + str((int(DOWELS.barcode[-1]) + 1) % 10)
    scan_from_scanner(qtbot, bridge, misread, "wedge")
    qtbot.waitUntil(lambda: screen.banner.kind == "banner-error")
    assert "wrong check digit" in screen.banner.text()
    assert misread in screen.banner.text()
    assert screen.entry.selectedText() == misread  # the next scan replaces it
    unknown = with_check_digit("400000099999")
    scan_typed(qtbot, screen, unknown)
    assert "not in the catalogue" in screen.banner.text()
    assert unknown in screen.banner.text()
    assert screen.model.rowCount() == 4
    assert screen.totals.total.text() == "140,75\xa0€"

    # Quantity: the dowels line, 3 packs, through the quantity dialog's keypad.
    tap(qtbot, screen.keypad.buttons["clear"])  # the refused code leaves the scan field
    screen.table.select_row(1)
    tap(qtbot, screen.action_bar.buttons["quantity"])
    quantity = dialog_of(qtbot, screen, QuantityDialog)
    assert isinstance(quantity, QuantityDialog)
    tap_keys(qtbot, quantity.keypad, "3")
    tap(qtbot, quantity.keypad.buttons["enter"])
    qtbot.waitUntil(lambda: screen.dialog is None)
    assert till.services.selling.basket().lines[1].quantity == 3
    assert not screen.banner.isVisible()

    # 20 % off the drill is over the cashier's 10 %: a manager approves with her PIN.
    screen.table.select_row(0)
    tap(qtbot, screen.action_bar.buttons["line_discount"])
    discount = dialog_of(qtbot, screen, DiscountDialog)
    assert isinstance(discount, DiscountDialog)
    qtbot.keyClicks(discount.entry, "20")
    qtbot.keyClick(discount.entry, Qt.Key.Key_Return)
    approval = dialog_of(qtbot, screen, ApprovalDialog)
    assert isinstance(approval, ApprovalDialog)
    assert "discount above the cashier's limit" in approval.prompt.text()
    qtbot.keyClicks(approval.entry, "2222")  # Ben is a cashier: refused in the dialog
    qtbot.keyClick(approval.entry, Qt.Key.Key_Return)
    assert "not a manager" in approval.error.text()
    assert approval.isVisible()
    tap_keys(qtbot, approval.keypad, "9999")
    tap(qtbot, approval.keypad.buttons["enter"])
    qtbot.waitUntil(lambda: screen.dialog is None)
    drill = till.services.selling.basket().lines[0]
    assert drill.discount is not None
    assert drill.total.amount_minor == 10399
    assert screen.model.data(screen.model.index(0, 4)) == "103,99\xa0€"  # the total, after the discount
    assert screen.model.data(screen.model.index(0, 1), DETAIL_ROLE).endswith("-20 % -26,00\xa0€")
    assert screen.totals.total.text() == "123,33\xa0€"

    # Payment: 100 € is short (refused on completion), 50 € more settles it with change.
    tap(qtbot, screen.action_bar.buttons["pay"])
    pay = dialog_of(qtbot, screen, PaymentDialog)
    assert isinstance(pay, PaymentDialog)
    assert "123,33" in pay.due_label.text()
    qtbot.keyClicks(pay.entry, "100")
    qtbot.keyClick(pay.entry, Qt.Key.Key_Return)
    assert "23,33" in pay.due_label.text()
    with qtbot.assertNotEmitted(pay.sig_sale_completed):
        tap(qtbot, pay.complete_button)
    assert pay.error.isVisible()
    assert "Still to pay: 23,33\xa0€" in pay.error.text()
    qtbot.keyClicks(pay.entry, "50")
    with qtbot.waitSignal(pay.sig_sale_completed) as completed:
        qtbot.keyClick(pay.entry, Qt.Key.Key_Return)
    sale = completed.args[0]
    assert sale.receipt_number == "S001-T01-000001"
    assert pay.change_label.isVisible()
    assert pay.change_label.text() == "Change 26,67\xa0€"
    tap(qtbot, pay.next_button)
    qtbot.waitUntil(lambda: screen.dialog is None)
    assert screen.model.rowCount() == 0
    assert "S001-T01-000001" in screen.banner.text()
    assert "26,67" in screen.banner.text()

    # The receipt as the printer gets it: the print job's bytes, decoded with the code page.
    with till.db.read() as session:
        jobs = [j for j in print_jobs.list_jobs(session) if j.receipt_number == "S001-T01-000001"]
    assert len(jobs) == 1
    assert jobs[0].job_id == sale.print_job_id
    text = "\n".join(decode_lines(jobs[0].data))
    assert_receipt(text)

    # F10: the same receipt on screen.
    tap(qtbot, screen.action_bar.buttons["reprint"])
    preview = dialog_of(qtbot, screen, ReceiptPreview)
    assert isinstance(preview, ReceiptPreview)
    assert "Kölln Müsli" in preview.text.toPlainText()
    assert "S001-T01-000001" in preview.text.toPlainText()
    preview.reject()
    qtbot.waitUntil(lambda: screen.dialog is None)


def assert_receipt(text: str) -> None:
    lines = text.splitlines()
    for expected in ("Bosch Akku-Bohrschrauber", "Fischer Dübel SX 6x30", "Kölln Müsli Schoko 500 g",
                     "Bio Vollmilch 3,8 % 1 l", "Friedrichstraße 101"):  # fmt: skip
        assert expected in text, expected
    assert any("3 x 4,29" in line and "12,87" in line for line in lines), text
    assert any("2 x 1,49" in line and "2,98" in line for line in lines), text
    drill = lines.index("Bosch Akku-Bohrschrauber GSR 12V-15")  # the long name wraps, nothing is cut
    assert lines[drill + 1].startswith("Professional "), text
    assert lines[drill + 1].endswith(" 129,99"), text  # before its discount; the total below it
    assert lines[drill + 2].split() == ["Rabatt", "-26,00", "103,99", "A"], text
    assert any(line.strip().startswith("Rabatt") and "-26,00" in line for line in lines), text
    assert any(line.startswith("SUMME") and "123,33" in line for line in lines), text
    assert [line.split()[-1] for line in lines if line.startswith("Bar ")] == ["100,00", "50,00"], text
    assert any(line.startswith("Rückgeld") and "26,67" in line for line in lines), text
    # VAT per rate: 19 % on 103,99 + 12,87 = 116,86; 7 % on 3,49 + 2,98 = 6,47 (VAT from the gross).
    assert any(_cells(line) == ["A", "19%", "98,20", "18,66", "116,86"] for line in lines), text
    assert any(_cells(line) == ["B", "7%", "6,05", "0,42", "6,47"] for line in lines), text
    assert any("S001-T01-000001" in line for line in lines if line.startswith("Beleg")), text
    assert "[BARCODE CODE128 R:S001-T01-000001]" in lines, text  # scannable for returns
    assert "Anna" in text
    assert "[UNKNOWN" not in text


def _cells(line: str) -> list[str]:
    return line.split()
