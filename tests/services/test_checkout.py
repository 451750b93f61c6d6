"""Completing sales on a real till: one transaction, gapless numbers, outbox, receipt bytes, reprints."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import func, select, text

from hardware.escpos_decode import decode_lines
from terminal.domain.errors import ApprovalRequiredError, TillError
from terminal.domain.money import Money
from terminal.domain.staff import Action
from terminal.storage import audit, outbox, print_jobs
from terminal.storage.models.visits import SaleRow
from tests.support.till import Till, open_till, product_named

DRILL = product_named("Bohrschrauber GSR 12V")  # 129.99, VAT A 19 %
MUESLI = product_named("Kölln Müsli")  # 3.49, VAT B 7 %


def _fill(till: Till) -> None:
    till.services.selling.scan(DRILL.barcode)
    till.services.selling.scan(f"2*{MUESLI.barcode}")


def test_cash_sale_is_one_transaction_with_outbox_and_print_job(cashier: Till) -> None:
    s = cashier.services
    _fill(cashier)
    payment = s.checkout.add_cash(Money(15000, "EUR"))
    assert payment.is_settled
    assert payment.change == Money(15000 - 12999 - 698, "EUR")
    done = s.checkout.complete()
    assert done.receipt_number == "S001-T01-000001"
    assert done.total == Money(13697, "EUR")
    assert done.change == Money(1303, "EUR")
    assert s.selling.basket().is_empty
    assert (cashier.printer.wakes, cashier.sync.wakes) == (1, 1)
    with cashier.db.read() as session:
        opening, event = outbox.pending_events(session, limit=10)
        job = print_jobs.next_pending(session)
    assert (opening.type, opening.schema) == ("till.opened", 2)  # the first receipt opened the day
    assert event.type == "sale.completed"
    payload = event.payload_dict()
    assert payload["receipt_number"] == "S001-T01-000001"
    assert [(line["sku"], line["quantity"], line["total_minor"]) for line in payload["lines"]] == [
        (DRILL.sku, "1", 12999),
        (MUESLI.sku, "2", 698),
    ]
    assert payload["payments"] == [{"tender": "cash", "amount_minor": 15000, "reference": None}]
    assert {v["code"]: (v["net_minor"], v["vat_minor"]) for v in payload["vat"]} == {
        "A": (10924, 2075),  # 129.99 / 1.19
        "B": (652, 46),  # 6.98 / 1.07
    }
    assert job is not None
    assert job.receipt_number == "S001-T01-000001"
    text_lines = decode_lines(job.data)
    joined = "\n".join(text_lines)
    assert cashier.drawer.opens == 1  # the cash sale opened the drawer at once ...
    assert done.opens_drawer
    assert "[DRAWER]" not in joined  # ... and not through its receipt, which may print much later
    assert b"\x1bp" not in job.data
    assert "Kölln Müsli Schoko 500 g" in joined
    assert "S001-T01-000001" in joined
    assert "136,97" in joined
    assert "13,03" in joined  # change


def test_short_tender_is_refused_and_nothing_is_written(cashier: Till) -> None:
    s = cashier.services
    _fill(cashier)
    s.checkout.add_cash(Money(5000, "EUR"))
    with pytest.raises(TillError) as err:
        s.checkout.complete()
    assert err.value.code == "tender.short"
    assert err.value.params["remaining"] == 13697 - 5000
    with cashier.db.read() as session:
        assert session.scalar(select(func.count()).select_from(SaleRow)) == 0
        assert outbox.pending_events(session, limit=10) == []


def test_split_tender_card_then_cash(cashier: Till) -> None:
    s = cashier.services
    _fill(cashier)
    s.checkout.add_card(Money(10000, "EUR"), "A1B2C3")
    with pytest.raises(TillError) as err:
        s.checkout.add_card(Money(5000, "EUR"))
    assert err.value.code == "tender.card_over_total"
    s.checkout.add_cash(Money(4000, "EUR"))
    done = s.checkout.complete()
    assert done.change == Money(303, "EUR")
    with cashier.db.read() as session:
        _opening, event = outbox.pending_events(session, limit=10)
    assert [p["tender"] for p in event.payload_dict()["payments"]] == ["card", "cash"]


def test_empty_basket_cannot_be_paid(cashier: Till) -> None:
    with pytest.raises(TillError) as err:
        cashier.services.checkout.begin()
    assert err.value.code == "checkout.empty_basket"


def test_receipt_numbers_are_gapless_across_restarts(tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "till.sqlite3"
    numbers = []
    for _ in range(3):
        till = open_till(path)
        try:
            till.services.staff.login("2222")
            for _ in range(2):
                till.services.selling.scan(MUESLI.barcode)
                till.services.checkout.add_cash(Money(500, "EUR"))
                numbers.append(till.services.checkout.complete().receipt_number)
        finally:
            till.db.close()
    assert numbers == [f"S001-T01-{n:06d}" for n in range(1, 7)]
    till = open_till(path)
    try:
        with till.db.read() as session:
            seqs = [e.seq for e in outbox.pending_events(session, limit=100)]
        assert seqs == list(range(1, 8))  # the day the first receipt opened, then the six sales
    finally:
        till.db.close()


def test_reprint_last_and_by_number_are_marked_copy(cashier: Till) -> None:
    s = cashier.services
    with pytest.raises(TillError) as none_yet:
        s.receipts.reprint_last()
    assert none_yet.value.code == "receipt.none_yet"
    _fill(cashier)
    s.checkout.add_card(Money(13697, "EUR"))
    number = s.checkout.complete().receipt_number
    copy = s.receipts.reprint(number)
    assert copy.is_copy
    assert copy.total == Money(13697, "EUR")
    with pytest.raises(TillError) as err:
        s.receipts.reprint("S001-T01-999999")
    assert err.value.code == "receipt.not_found"
    assert s.receipts.waiting_jobs() == 2
    with cashier.db.read() as session:
        jobs = print_jobs.list_jobs(session)
    assert cashier.drawer.opens == 0  # card only: the drawer stays shut
    assert "[DRAWER]" not in "\n".join(decode_lines(jobs[1].data))
    assert any("KOPIE" in line.upper() for line in decode_lines(jobs[0].data))
    preview = s.receipts.preview_lines(copy)
    assert any(number in line for line in preview)


def test_opening_the_drawer_needs_a_manager_and_is_audited(cashier: Till) -> None:
    s = cashier.services
    with pytest.raises(ApprovalRequiredError):
        s.checkout.open_drawer()
    assert cashier.drawer.opens == 0
    s.checkout.open_drawer(s.staff.approve("9999", Action.OPEN_DRAWER))
    with cashier.db.read() as session:
        (entry,) = audit.list_entries(session, action="drawer.open")
        assert print_jobs.next_pending(session) is None  # never a persistent job that opens it later
    assert entry.approved_by == "maria"
    assert cashier.drawer.opens == 1


def test_a_cash_sale_opens_the_drawer_only_when_configured(tmp_path) -> None:  # type: ignore[no-untyped-def]
    till = open_till(tmp_path / "till.sqlite3", open_drawer_on_cash=False)
    try:
        s = till.services
        s.staff.login("1111")
        s.selling.scan(MUESLI.barcode)
        s.checkout.add_cash(Money(500, "EUR"))
        assert not s.checkout.complete().opens_drawer
        assert till.drawer.opens == 0
    finally:
        till.db.close()


def test_split_card_and_cash_opens_the_drawer_once(cashier: Till) -> None:
    s = cashier.services
    _fill(cashier)
    s.checkout.add_card(Money(10000, "EUR"))
    assert cashier.drawer.opens == 0  # nothing opens before the sale is recorded
    s.checkout.add_cash(Money(5000, "EUR"))
    s.checkout.complete()
    assert cashier.drawer.opens == 1


def test_a_failing_drawer_does_not_fail_the_recorded_sale(tmp_path) -> None:  # type: ignore[no-untyped-def]
    class BrokenDrawer:
        def open(self) -> None:
            raise RuntimeError("adapter bug")

    till = open_till(tmp_path / "till.sqlite3", drawer=BrokenDrawer())
    try:
        till.services.staff.login("1111")
        till.services.selling.scan(MUESLI.barcode)
        till.services.checkout.add_cash(Money(500, "EUR"))
        assert till.services.checkout.complete().receipt_number == "S001-T01-000001"
        assert till.printer.wakes == 1
    finally:
        till.db.close()


def test_removing_a_card_tender_needs_a_manager(cashier: Till) -> None:
    s = cashier.services
    _fill(cashier)
    s.checkout.add_card(Money(1000, "EUR"))
    with pytest.raises(ApprovalRequiredError):
        s.checkout.remove_last_tender()
    payment = s.checkout.remove_last_tender(s.staff.approve("9999", Action.REMOVE_CARD_TENDER))
    assert payment.tenders == ()


def test_outbox_payload_is_canonical_json(cashier: Till) -> None:
    _fill(cashier)
    cashier.services.checkout.add_cash(Money(20000, "EUR"))
    cashier.services.checkout.complete()
    with cashier.db.read() as session:
        raw = session.execute(text("SELECT payload FROM outbox WHERE type = 'sale.completed'")).scalar_one()
    assert json.loads(raw)["total_minor"] == 13697


def test_a_locked_database_at_completion_keeps_the_sale_and_its_number(tmp_path) -> None:  # type: ignore[no-untyped-def]
    import sqlite3

    from terminal.domain.checkout import CheckoutState

    till = open_till(tmp_path / "till.sqlite3", busy_timeout_s=0.2)
    s = till.services
    try:
        s.staff.login("1111")
        _fill(till)
        s.checkout.add_cash(Money(20000, "EUR"))
        other = sqlite3.connect(tmp_path / "till.sqlite3", timeout=0.1)
        other.execute("BEGIN IMMEDIATE")  # another writer (a stuck process) holds the database
        with pytest.raises(TillError) as err:
            s.checkout.complete()
        assert err.value.code == "storage.busy"
        assert [line.sku for line in s.selling.basket().active_lines] == [DRILL.sku, MUESLI.sku]
        assert s.checkout.payment().paid == Money(20000, "EUR")
        other.rollback()
        other.close()
        assert s.checkout.complete().receipt_number == "S001-T01-000001"  # no number was used up
        assert s.selling.basket().is_empty
        assert s.selling._sale.state is CheckoutState.SCANNING
    finally:
        till.db.close()


def test_back_to_the_basket_only_before_a_tender(cashier: Till) -> None:
    s = cashier.services
    _fill(cashier)
    s.checkout.begin()
    with pytest.raises(TillError) as err:
        s.selling.scan(MUESLI.barcode)  # the payment dialog is open: first back to the basket
    assert err.value.code == "checkout.payment_in_progress"
    s.checkout.cancel()
    s.selling.scan(MUESLI.barcode)
    s.checkout.add_card(Money(100, "EUR"))
    with pytest.raises(TillError) as refused:
        s.checkout.cancel()
    assert refused.value.code == "checkout.payment_in_progress"
