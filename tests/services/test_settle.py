"""Settling a visit both ways on a real till (real migrations, real receipts, the real print queue):
paying out in cash, by card, back to a web payment and as store credit (a voucher slip printed after
the receipt), an even exchange, vouchers taken in against a hold at the backend (a hand-written port:
tests/support/vouchers.py) or offline up to the store's limit, and the visit's schema-2 event."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

import pytest

from contract.payloads.visit import VisitCompletedV2
from contract.vouchers import ALPHABET, grouped, is_valid
from hardware.escpos_decode import decode, decode_lines
from hardware.print_queue import PrintQueue
from hardware.printer import FilePrinter
from terminal.adapters import DbPrintJobStore
from terminal.domain.errors import TillError
from terminal.domain.money import Money
from terminal.domain.staff import Action
from terminal.domain.tenders import Direction, TenderKind
from terminal.domain.visit import ReturnOrigin
from terminal.storage import outbox, print_jobs
from tests.support.till import TickingClock, Till, open_till, product_named
from tests.support.vouchers import FakeVouchers
from tests.support.web_orders import customer, feed, order_data

DRILL = product_named("Akku-Bohrschrauber")  # 129,99 €, A
MILK = product_named("Vollmilch")  # 1,49 €, B
NOW = datetime(2026, 11, 24, 9, 30, tzinfo=UTC)


def eur(minor: int) -> Money:
    return Money(minor, "EUR")


@pytest.fixture
def port() -> FakeVouchers:
    return FakeVouchers()


@pytest.fixture
def till(tmp_path: Path, port: FakeVouchers) -> Iterator[Till]:
    t = open_till(tmp_path / "till.sqlite3", clock=TickingClock(NOW), language="en", vouchers=port)
    t.services.staff.login("1111")
    yield t
    t.db.close()


def give_back_drill(till: Till, origin: ReturnOrigin | None = None, **extra: object) -> None:
    s = till.services
    s.visit_lines.add_return(
        origin=origin or ReturnOrigin("receipt", "S001-T01-000042", 2), sku=DRILL.sku, name=DRILL.name,
        quantity=Decimal(1), refund=eur(DRILL.price_minor), vat=s.ctx.vat_rate("A"), reason="defective",
        **extra,  # type: ignore[arg-type]
    )  # fmt: skip


def last_event(till: Till) -> tuple[str, int, VisitCompletedV2]:
    """The last queued event, its payload read back as the contract's schema-2 model."""
    with till.db.read() as session:
        event = outbox.pending_events(session)[-1]
    return event.type, event.schema, VisitCompletedV2.model_validate_json(event.payload)


def printed(till: Till, tmp_path: Path) -> list[list[str]]:
    """What the print queue sends to a file printer, one list of lines per paper cut off."""
    device = tmp_path / "printer.bin"
    queue = PrintQueue(store=DbPrintJobStore(till.db, TickingClock()), printer=FilePrinter(device))
    while queue.step() == "printed":
        pass
    papers: list[list[str]] = [[]]
    for line in decode_lines(device.read_bytes() if device.exists() else b""):
        if line == "[CUT]":
            papers.append([])
        else:
            papers[-1].append(line)
    return [paper for paper in papers if any(paper)]


# --- paying out -------------------------------------------------------------------------------


def test_a_refund_paid_out_in_cash_by_card_and_as_store_credit(till: Till, tmp_path: Path) -> None:
    """A drill back (129,99 €), a milk bought: 128,50 € to refund, paid out as 20,00 € cash, 50,00 €
    to the card and the rest as store credit. The receipt names the original receipt, the reason and
    each refund tender (the voucher's code among them); a voucher slip follows it; the event is
    `visit.completed` schema 2 with the voucher out named by its code."""
    s = till.services
    give_back_drill(till)
    s.selling.scan(MILK.barcode)
    payment = s.checkout.begin()
    assert payment.direction is Direction.OUT
    assert payment.owed == eur(12850)
    assert s.checkout.refund_options().suggested is TenderKind.CASH  # not a receipt of this till
    s.checkout.add_cash(eur(2000))
    s.checkout.add_card(eur(5000), "RF-77")
    payment = s.checkout.issue_store_credit()
    assert payment.is_settled
    (credit,) = [t for t in payment.tenders if t.kind is TenderKind.VOUCHER]
    assert credit.direction is Direction.OUT
    assert credit.amount == eur(5850)
    assert credit.reference is not None
    assert is_valid(credit.reference)
    done = s.checkout.complete()
    assert done.opens_drawer  # cash went out of the drawer
    assert till.drawer.opens == 1  # type: ignore[attr-defined]

    event_type, schema, payload = last_event(till)
    assert (event_type, schema) == ("visit.completed", 2)
    model = payload
    assert model.total_minor == -12850
    assert [(p.tender, p.direction, p.amount_minor, p.reference) for p in model.payments] == [
        ("cash", "out", 2000, None),
        ("card", "out", 5000, "RF-77"),
        ("voucher", "out", 5850, credit.reference),
    ]

    receipt, slip = printed(till, tmp_path)
    text = "\n".join(receipt)
    assert "Receipt S001-T01-000042 #2 · defective" in text
    assert any(line.startswith("Cash out") and line.endswith("-20.00") for line in receipt)
    assert any(line.startswith("Card refund") and line.endswith("-50.00") for line in receipt)
    assert any(line.startswith("Store credit") and line.endswith("-58.50") for line in receipt)
    assert f"  {grouped(credit.reference)}" in receipt
    assert "Change" not in text  # a payout has no change
    assert "STORE CREDIT VOUCHER" in slip
    assert "€58.50" in slip
    assert grouped(credit.reference) in slip
    assert f"[QR V:{credit.reference}]" in slip
    assert "Valid at every store of Baumarkt & Mehr" in "\n".join(slip)
    assert f"Receipt: {done.receipt_number}" in slip


def test_back_to_the_web_payment_only_for_a_web_order_paid_online(till: Till) -> None:
    """A drill of W-7 (paid online) and a milk of W-8 (paid at the counter) come back: only the
    drill's refund may go back to W-7's payment; that is the suggestion; the rest goes out in cash."""
    s = till.services
    feed(till.db, customer(), order_data("W-7", [(DRILL, 1)]), order_data("W-8", [(MILK, 1)], paid=False))
    give_back_drill(till, ReturnOrigin("web_order", "W-7", 1))
    s.visit_lines.add_return(
        origin=ReturnOrigin("web_order", "W-8", 1), sku=MILK.sku, name=MILK.name, quantity=Decimal(1),
        refund=eur(MILK.price_minor), vat=s.ctx.vat_rate("B"), reason="changed_mind",
    )  # fmt: skip
    s.checkout.begin()
    options = s.checkout.refund_options()
    assert options.suggested is TenderKind.WEB
    assert dict(options.web_refundable) == {"W-7": eur(DRILL.price_minor)}
    with pytest.raises(TillError) as over:
        s.checkout.add_web_refund("W-7", eur(DRILL.price_minor + 1))
    assert over.value.code == "refund.web_over_order"
    assert over.value.params["limit_minor"] == DRILL.price_minor
    with pytest.raises(TillError) as unpaid:
        s.checkout.add_web_refund("W-8")
    assert unpaid.value.code == "refund.web_not_possible"
    payment = s.checkout.add_web_refund()  # the first order it may go back to, all it may take
    assert payment.remaining == eur(MILK.price_minor)
    assert s.checkout.refund_options().web_refundable == {"W-7": eur(0)}
    s.checkout.add_cash(eur(MILK.price_minor))
    s.checkout.complete()
    with till.db.read() as session:
        (job,) = print_jobs.list_jobs(session)
    receipt = decode_lines(job.data)
    assert any(line.startswith("Back to web payment") and line.endswith("-129.99") for line in receipt)
    assert "  W-7" in receipt  # the order whose payment it goes back to
    assert "  Order W-7 #1 · defective" in receipt
    assert "  Order W-8 #1 · changed mind" in receipt
    _type, _schema, payload = last_event(till)
    model = payload
    assert [(p.tender, p.direction, p.reference) for p in model.payments] == [
        ("web", "out", "W-7"),
        ("cash", "out", None),
    ]


def test_the_original_tender_is_suggested_for_a_receipt_of_this_till(till: Till) -> None:
    s = till.services
    s.selling.scan(DRILL.barcode)
    s.checkout.add_card(eur(DRILL.price_minor))
    sold = s.checkout.complete().receipt_number
    give_back_drill(till, ReturnOrigin("receipt", sold, 1))
    s.checkout.begin()
    assert s.checkout.refund_options().suggested is TenderKind.CARD


def test_store_credit_is_suggested_when_nothing_came_with_a_receipt(till: Till) -> None:
    s = till.services
    give_back_drill(till, ReturnOrigin.no_receipt(), approved_by="maria", override_reason="no_receipt")
    s.checkout.begin()
    options = s.checkout.refund_options()
    assert (options.suggested, options.as_paid) == (TenderKind.VOUCHER, False)  # by the rules, not as paid
    s.checkout.cancel()
    give_back_drill(till)  # and a receipt's line too: its tender (cash) again
    s.checkout.begin()
    options = s.checkout.refund_options()
    assert (options.suggested, options.as_paid) == (TenderKind.CASH, True)


def test_an_even_exchange_completes_without_a_tender(till: Till) -> None:
    s = till.services
    s.visit_lines.add_return(
        origin=ReturnOrigin("receipt", "S001-T01-000042", 1), sku=MILK.sku, name=MILK.name,
        quantity=Decimal(1), refund=eur(MILK.price_minor), vat=s.ctx.vat_rate("B"), reason="wrong_size",
        approved_by="M01", override_reason="outside_window",
    )  # fmt: skip
    s.selling.scan(MILK.barcode)
    payment = s.checkout.begin()
    assert payment.direction is None
    assert payment.is_settled
    with pytest.raises(TillError):
        s.checkout.issue_store_credit()  # nothing is owed either way
    done = s.checkout.complete()
    assert done.total == eur(0)
    assert not done.opens_drawer
    event_type, schema, payload = last_event(till)
    model = payload
    assert (event_type, schema, model.payments) == ("visit.completed", 2, [])
    (line,) = model.return_lines
    assert (line.approved_by, line.override_reason) == ("M01", "outside_window")


# --- vouchers taken in ------------------------------------------------------------------------


def test_a_voucher_is_held_online_released_when_undone_and_spent_by_the_event(
    till: Till, port: FakeVouchers
) -> None:
    s = till.services
    code = port.issue(5000)
    s.selling.scan(DRILL.barcode)
    typed = "v:" + grouped(code).lower()  # as scanned from the QR code, in any case
    payment = s.checkout.add_voucher(typed)
    (tender,) = payment.tenders
    assert (tender.kind, tender.reference, tender.amount, tender.offline) == (
        "voucher",
        code,
        eur(5000),
        False,
    )
    assert port.holds == {tender.hold_id: (code, 5000)}
    s.checkout.remove_last_tender()
    assert port.released == [tender.hold_id]
    assert port.holds == {}
    with pytest.raises(TillError) as short:
        s.checkout.add_voucher(code, eur(6000))  # more than it holds
    assert (short.value.code, short.value.params["balance_minor"]) == ("voucher.insufficient", 5000)
    payment = s.checkout.add_voucher(code, eur(3000))
    held = payment.tenders[-1]
    s.checkout.add_cash(eur(DRILL.price_minor - 3000))
    s.checkout.complete()
    assert port.holds == {held.hold_id: (code, 3000)}  # the backend spends it with the event
    with till.db.read() as session:
        (job,) = print_jobs.list_jobs(session)
    receipt = decode_lines(job.data)
    assert any(line.startswith("Voucher") and line.endswith("30.00") for line in receipt)
    assert "  ****-****-****-" + grouped(code)[-6:] in receipt  # the rest of the code is the credit left
    assert grouped(code) not in "\n".join(receipt)
    event_type, schema, payload = last_event(till)
    model = payload
    assert (event_type, schema) == ("visit.completed", 2)  # a sale paid by voucher is schema 2 too
    voucher = model.payments[0]
    assert (voucher.tender, voucher.reference, str(voucher.hold_id), voucher.offline) == (
        "voucher", code, held.hold_id, False,
    )  # fmt: skip


def test_a_typing_error_or_an_unknown_voucher_is_refused_in_the_tills_words(
    till: Till, port: FakeVouchers
) -> None:
    s = till.services
    code = port.issue(5000)
    s.selling.scan(DRILL.barcode)
    wrong = code[:-1] + next(ch for ch in ALPHABET if ch != code[-1])
    with pytest.raises(TillError) as typo:
        s.checkout.add_voucher(grouped(wrong))
    assert typo.value.code == "voucher.check_character"
    with pytest.raises(TillError) as malformed:
        s.checkout.add_voucher("12345")
    assert malformed.value.code == "voucher.malformed"
    assert port.asked == []  # neither reached the backend
    with pytest.raises(TillError) as unknown:
        s.checkout.add_voucher(port.issue(1) and _other_code(port))
    assert unknown.value.code == "voucher.unknown"
    assert s.checkout.payment().tenders == ()


def _other_code(port: FakeVouchers) -> str:
    from contract.vouchers import new_code

    code = new_code()
    assert code not in port.balances
    return code


def test_offline_a_voucher_pays_up_to_the_stores_limit_and_is_marked(till: Till, port: FakeVouchers) -> None:
    """The backend is away: the drill's 129,99 € is more than the 50,00 € limit (refused, clearly);
    45,00 € typed goes as an offline tender; the event says so."""
    s = till.services
    code = port.issue(4500)
    port.offline = True
    s.selling.scan(DRILL.barcode)
    with pytest.raises(TillError) as refused:
        s.checkout.add_voucher(code)
    assert refused.value.code == "voucher.offline_limit"
    assert refused.value.params["limit_minor"] == 5000
    payment = s.checkout.add_voucher(code, eur(4500))
    tender = payment.tenders[-1]
    assert (tender.offline, tender.hold_id) == (True, None)
    s.checkout.add_card(payment.remaining)
    s.checkout.complete()
    model = last_event(till)[2]
    assert [(p.tender, p.offline, p.hold_id) for p in model.payments] == [
        ("voucher", True, None),
        ("card", False, None),
    ]


def test_voiding_the_visit_releases_its_holds(till: Till, port: FakeVouchers) -> None:
    s = till.services
    code = port.issue(1000)
    s.selling.scan(DRILL.barcode)
    hold = s.checkout.add_voucher(code).tenders[-1].hold_id
    s.selling.void_basket(approval=s.staff.approve("9999", Action.VOID_PAID_BASKET))
    assert port.released == [hold]
    assert port.holds == {}


# --- a crash before completion ----------------------------------------------------------------


def test_an_issued_voucher_and_a_held_tender_survive_a_restart(
    tmp_path: Path, till: Till, port: FakeVouchers
) -> None:
    """Store credit issued and not yet completed: after a restart the same code completes and
    prints. A voucher held for a sale on a second till: after its restart the tender still names its
    hold, and taking it back releases that very hold."""
    s = till.services
    give_back_drill(till)
    code = s.checkout.issue_store_credit().tenders[-1].reference
    till.db.close()
    again = open_till(
        tmp_path / "till.sqlite3", clock=TickingClock(NOW), seed=False, language="en", vouchers=port
    )
    try:
        again.services.staff.login("1111")
        restored = again.services.checkout.payment_in_progress()
        assert restored is not None
        assert restored.is_settled
        assert restored.tenders[-1].reference == code
        again.services.checkout.complete()
        model = last_event(again)[2]
        assert model.payments[0].reference == code
        with again.db.read() as session:
            slips = [job for job in print_jobs.list_jobs(session) if f"V:{code}".encode() in job.data]
        assert len(slips) == 1

        voucher = port.issue(2000)
        again.services.selling.scan(MILK.barcode)
        again.services.selling.scan(DRILL.barcode)
        hold = again.services.checkout.add_voucher(voucher).tenders[-1].hold_id
    finally:
        again.db.close()
    third = open_till(
        tmp_path / "till.sqlite3", clock=TickingClock(NOW), seed=False, language="en", vouchers=port
    )
    try:
        third.services.staff.login("1111")
        restored = third.services.checkout.payment_in_progress()
        assert restored is not None
        (tender,) = restored.tenders
        assert (tender.reference, tender.hold_id, tender.amount) == (voucher, hold, eur(2000))
        third.services.checkout.remove_last_tender()
        assert port.released == [hold]
    finally:
        third.db.close()


def test_a_voucher_slip_waits_for_a_printer_that_is_off(till: Till, tmp_path: Path) -> None:
    s = till.services
    give_back_drill(till)
    code = s.checkout.issue_store_credit().tenders[-1].reference
    s.checkout.complete()
    off = PrintQueue(
        store=DbPrintJobStore(till.db, TickingClock()),
        printer=FilePrinter(tmp_path / "no" / "such" / "printer"),
    )
    assert off.step() == "failed"
    with till.db.read() as session:
        waiting = print_jobs.list_jobs(session, status="pending")
    assert len(waiting) == 2  # the receipt and the voucher slip, both still queued
    assert any(qr.data == f"V:{code}" for job in waiting for qr in decode(job.data).qr_codes)
    _receipt, slip = printed(till, tmp_path)  # the printer is back
    assert f"[QR V:{code}]" in slip


def test_a_voucher_scanned_at_the_sale_screen_is_not_an_article(till: Till) -> None:
    from contract.vouchers import new_code, qr_payload

    with pytest.raises(TillError) as exc:
        till.services.selling.scan(qr_payload(new_code()))
    assert exc.value.code == "scan.is_voucher"
