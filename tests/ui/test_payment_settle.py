"""The payment dialog settling both ways on a REAL till: a visit with a return says how much to refund
(not "to pay") and suggests the original tender; store credit completes the visit and queues a
voucher slip after the receipt; an even exchange completes without a tender; a voucher typed by its
code is held (a hand-written vouchers port: tests/support/vouchers.py) and a typing error is refused
in plain words."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from contract.vouchers import grouped
from hardware.escpos_decode import decode_lines
from terminal.domain.money import Money
from terminal.domain.visit import ReturnOrigin
from terminal.storage import print_jobs
from terminal.ui.formatting import MoneyFormat
from terminal.ui.payment_dialog import PaymentDialog
from tests.support.till import Till, open_till, product_named
from tests.support.vouchers import FakeVouchers

DRILL = product_named("Akku-Bohrschrauber")  # 129,99 €
MILK = product_named("Vollmilch")  # 1,49 €


@pytest.fixture
def port() -> FakeVouchers:
    return FakeVouchers()


@pytest.fixture
def till(tmp_path: Path, port: FakeVouchers) -> Iterator[Till]:
    real = open_till(tmp_path / "till.sqlite3", language="en", vouchers=port)
    real.services.staff.login("1111")
    yield real
    real.db.close()


def give_back(till: Till, product: object = DRILL) -> None:
    s = till.services
    s.visit_lines.add_return(
        origin=ReturnOrigin("receipt", "S001-T01-000042", 1), sku=product.sku,  # type: ignore[attr-defined]
        name=product.name, quantity=Decimal(1),  # type: ignore[attr-defined]
        refund=Money(product.price_minor, "EUR"),  # type: ignore[attr-defined]
        vat=s.ctx.vat_rate("A"), reason="defective",
    )  # fmt: skip


def open_dialog(qtbot: QtBot, till: Till) -> PaymentDialog:
    checkout = till.services.checkout
    dialog = PaymentDialog(
        checkout,
        checkout.begin(),
        MoneyFormat("en", "EUR"),
        scans=till.services.scans,
        approver=till.services.staff,
    )
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_a_refund_is_said_as_one_and_store_credit_queues_a_voucher_slip(qtbot: QtBot, till: Till) -> None:
    give_back(till)
    till.services.selling.scan(MILK.barcode)
    dialog = open_dialog(qtbot, till)
    assert dialog.total_label.text() == "Refund €128.50 to the customer"
    assert "To pay" not in dialog.due_label.text()
    assert dialog.cash_button.text() == "Cash out"
    assert dialog.card_button.text() == "Card refund"
    assert dialog.credit_button.isVisible()
    assert not dialog.web_button.isVisible()  # nothing of a web order paid online came back
    assert not dialog.voucher_button.isVisible()
    assert dialog.hint_label.text() == "Suggested: Cash out (as it was paid)"
    qtbot.keyClicks(dialog.entry, "28.50")
    qtbot.mouseClick(dialog.cash_button, Qt.MouseButton.LeftButton)
    assert dialog.completed is None
    assert "€100.00" in dialog.due_label.text()
    qtbot.mouseClick(dialog.card_button, Qt.MouseButton.LeftButton)
    assert dialog.error.text() == "Card refund of €100.00: did the card terminal confirm the refund?"
    qtbot.mouseClick(dialog.card_declined, Qt.MouseButton.LeftButton)  # the card terminal said no
    assert not dialog.card_confirm.isVisible()
    with qtbot.waitSignal(dialog.sig_sale_completed) as completed:
        qtbot.mouseClick(dialog.credit_button, Qt.MouseButton.LeftButton)
    done = completed.args[0]
    assert done.total == Money(-12850, "EUR")
    assert not dialog.change_label.isVisible()  # a payout has no change
    assert dialog.tenders.item(1).text().startswith("Store credit")
    with till.db.read() as session:
        jobs = sorted(print_jobs.list_jobs(session), key=lambda job: job.job_id)
    assert [job.receipt_number for job in jobs] == [done.receipt_number] * 2  # the receipt, then the slip
    (code,) = [t.reference for t in dialog.payment.tenders if t.kind == "voucher"]
    slip = decode_lines(jobs[1].data)
    assert grouped(code) in slip
    assert f"[QR V:{code}]" in slip


def test_an_even_exchange_says_so_and_completes(qtbot: QtBot, till: Till) -> None:
    give_back(till, MILK)
    till.services.selling.scan(MILK.barcode)
    dialog = open_dialog(qtbot, till)
    assert dialog.total_label.text() == "Even exchange — nothing to pay"
    assert not dialog.cash_button.isVisible()
    assert dialog.complete_button.text() == "Complete"
    with qtbot.waitSignal(dialog.sig_sale_completed):
        qtbot.keyClick(dialog.entry, Qt.Key.Key_Return)


def test_a_voucher_typed_by_its_code(qtbot: QtBot, till: Till, port: FakeVouchers) -> None:
    code = port.issue(5000)
    till.services.selling.scan(DRILL.barcode)
    dialog = open_dialog(qtbot, till)
    assert dialog.voucher_button.isVisible()
    assert not dialog.credit_button.isVisible()
    wrong = grouped(code)[:-1] + ("0" if code[-1] != "0" else "1")
    qtbot.keyClicks(dialog.voucher_entry, wrong)
    qtbot.keyClick(dialog.voucher_entry, Qt.Key.Key_Return)
    assert dialog.error.isVisible()
    assert dialog.error.text().startswith("This voucher code has a typing error")
    assert dialog.payment.tenders == ()
    dialog.voucher_entry.clear()
    qtbot.keyClicks(dialog.voucher_entry, grouped(code).lower())
    qtbot.mouseClick(dialog.voucher_button, Qt.MouseButton.LeftButton)
    assert dialog.error.isHidden()
    assert dialog.tenders.item(0).text() == "Voucher\t€50.00"
    assert dialog.voucher_entry.text() == ""
    assert list(port.holds.values()) == [(code, 5000)]
    assert "€79.99" in dialog.due_label.text()


def test_a_scanned_voucher_qr_code_is_taken_while_paying(
    qtbot: QtBot, till: Till, port: FakeVouchers
) -> None:
    from contract.vouchers import qr_payload

    code = port.issue(500)
    till.services.selling.scan(MILK.barcode)
    dialog = open_dialog(qtbot, till)
    with qtbot.waitSignal(dialog.sig_sale_completed):  # 5,00 € on the voucher pays the 1,49 € milk
        dialog.on_scanner_scanned(qr_payload(code), "serial")
    assert list(port.holds.values()) == [(code, MILK.price_minor)]


def test_a_web_order_paid_online_goes_back_to_its_payment(qtbot: QtBot, till: Till) -> None:
    from tests.support.web_orders import customer, feed, order_data

    feed(till.db, customer(), order_data("W-7", [(DRILL, 1)]))
    give_back(till)  # a receipt's drill: cash
    till.services.visit_lines.add_return(
        origin=ReturnOrigin("web_order", "W-7", 1), sku=MILK.sku, name=MILK.name, quantity=Decimal(1),
        refund=Money(MILK.price_minor, "EUR"), vat=till.services.ctx.vat_rate("B"), reason="changed_mind",
    )  # fmt: skip
    dialog = open_dialog(qtbot, till)
    assert dialog.web_button.isVisible()
    assert dialog.hint_label.text() == "Suggested: Back to web payment (as it was paid)"
    qtbot.mouseClick(dialog.web_button, Qt.MouseButton.LeftButton)
    assert dialog.tenders.item(0).text() == "Back to web payment W-7\t€1.49"  # that order's refund, no more
    assert not dialog.web_button.isVisible()  # nothing more may go back to it
    with qtbot.waitSignal(dialog.sig_sale_completed):
        qtbot.mouseClick(dialog.cash_button, Qt.MouseButton.LeftButton)
    assert dialog.tenders.item(1).text() == "Cash out\t€129.99"


def test_the_sale_screen_says_what_was_refunded(qtbot: QtBot, till: Till) -> None:
    from terminal.ui.sale_screen import SaleScreen
    from terminal.ui.worker import Worker

    worker = Worker()
    screen = SaleScreen(till.services, MoneyFormat("en", "EUR"), worker)
    qtbot.addWidget(screen)
    screen.show()
    give_back(till)
    screen.refresh()
    screen.do_pay()
    qtbot.waitUntil(lambda: isinstance(screen.dialog, PaymentDialog) and screen.dialog.isVisible())
    pay = screen.dialog
    assert isinstance(pay, PaymentDialog)
    with qtbot.waitSignal(pay.sig_sale_completed):
        qtbot.mouseClick(pay.credit_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(pay.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.dialog is None)
    assert screen.banner.text() == "Visit S001-T01-000001 complete — refunded €129.99"
    assert worker.wait_for_done()
