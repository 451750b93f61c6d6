"""The handover slip, read from what the printer received: a real till (real migrations, orders from
real feed pages), the real print queue with the real job store, and the file printer collecting the
bytes that `hardware.escpos_decode` reads back. With `handover_slip` on, a visit that hands over a
web order prints its receipt and then one slip per order; off, the receipt only."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

import pytest

from contract.pickup import qr_payload
from hardware.drawer import drawer_kick
from hardware.escpos_decode import decode_lines
from hardware.print_queue import PrintQueue
from hardware.printer import FilePrinter
from terminal.adapters import DbPrintJobStore
from terminal.domain.money import Money
from terminal.services.pickup_handover import Collector
from terminal.storage import print_jobs
from tests.support.till import TickingClock, Till, open_till, product_named
from tests.support.web_orders import CODE, customer, feed, order_data

DRILL = product_named("Akku-Bohrschrauber")
MILK = product_named("Vollmilch")
NOW = datetime(2026, 11, 24, 9, 30, tzinfo=UTC)
HANDOVER_ID = "00000000-0000-4000-8000-000000000001"


def make_till(tmp_path: Path, *, slip: bool, language: str = "en") -> Till:
    till = open_till(
        tmp_path / "till.sqlite3", clock=TickingClock(NOW), language=language, handover_slip=slip
    )
    till.services.staff.login("1111")
    feed(till.db, customer(), order_data("W-1", [(DRILL, 1), (MILK, 2)], status="ready", picked=True))
    return till


@pytest.fixture
def tills(tmp_path: Path) -> Iterator[list[Till]]:
    opened: list[Till] = []
    yield opened
    for till in opened:
        till.db.close()


def hand_over_and_pay(till: Till, collector: Collector) -> str:
    """W-1 handed over by QR: the drill, one milk; the other milk refused as damaged. Paid online,
    so a bought item is paid by card."""
    s = till.services
    h = s.handover.start(s.pickups.find_by_scan(qr_payload("W-1", CODE)), CODE)
    h = s.handover.scan(h, DRILL.barcode)
    h = s.handover.scan(h, MILK.barcode)
    h, _ = h.refuse(2, Decimal(1), "damaged")
    s.handover.hand_over(h, collector=collector, claimed=False, handover_id=HANDOVER_ID)
    s.selling.scan(MILK.barcode)
    s.checkout.add_card(Money(MILK.price_minor, "EUR"))
    return s.checkout.complete().receipt_number


def printed(till: Till, tmp_path: Path) -> list[list[str]]:
    """Print what is queued on a file printer; each paper cut off, as decoded text."""
    device = tmp_path / "printer.bin"
    queue = PrintQueue(store=DbPrintJobStore(till.db, TickingClock()), printer=FilePrinter(device))
    while queue.step() == "printed":
        pass
    data = device.read_bytes() if device.exists() else b""
    assert drawer_kick() not in data  # a card visit: neither receipt nor slip opens the drawer
    papers: list[list[str]] = [[]]
    for line in decode_lines(data):
        if line == "[CUT]":
            papers.append([])
        else:
            papers[-1].append(line)
    return [paper for paper in papers if any(paper)]


def test_the_receipt_then_a_slip_for_the_store_to_sign(tmp_path: Path, tills: list[Till]) -> None:
    till = make_till(tmp_path, slip=True)
    tills.append(till)
    number = hand_over_and_pay(till, Collector(name="Max Power", authorised=True, id_checked=True))
    receipt, slip = printed(till, tmp_path)
    assert f"Receipt: {number}" in receipt
    assert "HANDOVER SLIP" not in "\n".join(receipt)
    assert slip[0] == "Baumarkt & Mehr Berlin-Mitte"
    assert "HANDOVER SLIP" in slip
    assert "Order: W-1" in slip
    assert f"Receipt: {number}" in slip
    (till_line,) = [line for line in slip if line.startswith("Till: T01")]
    assert till_line.endswith(" 2026-11-24 09:30")  # the visit's date and time
    handed = slip[slip.index("Handed over") + 1 : slip.index("Not handed over") - 1]
    assert "1 x " + DRILL.name[:30] in "\n".join(handed)
    assert any(line.startswith("1 x " + MILK.name[:20]) for line in handed)
    not_handed = slip[slip.index("Not handed over") + 1 :]
    assert not_handed[0].startswith("1 x " + MILK.name[:20])
    assert not_handed[1].strip() == "damaged"
    assert "Collected by: Max Power" in slip
    assert "  (authorised collector)" in slip
    assert "ID checked: yes" in slip
    assert "Staff: Anna Schmidt" in slip
    assert "Received in full" in slip
    assert [line for line in slip if line.startswith("Signature: ")] == ["Signature: " + "_" * 31]


def test_slip_and_receipt_are_queued_in_the_visits_transaction(tmp_path: Path, tills: list[Till]) -> None:
    till = make_till(tmp_path, slip=True)
    tills.append(till)
    number = hand_over_and_pay(till, Collector())
    with till.db.read() as session:
        jobs = sorted(print_jobs.list_jobs(session), key=lambda job: job.job_id)
    assert [job.receipt_number for job in jobs] == [number, number]
    assert jobs[0].created_at == jobs[1].created_at  # written together, at the visit's moment
    till.services.receipts.reprint_last()  # a copy of the receipt, not of the slip
    receipt, slip, copy = printed(till, tmp_path)
    assert f"Receipt: {number}" in receipt
    assert "*** COPY ***" in copy
    assert "HANDOVER SLIP" not in "\n".join(copy)
    assert "Collected by: Erika Mustermann" in slip  # the customer herself
    assert "ID checked: no" in slip
    assert "(authorised collector)" not in "\n".join(slip)


def test_a_slip_that_cannot_be_rendered_leaves_the_visit_open(
    tmp_path: Path, tills: list[Till], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Visit, receipt and slips in one transaction: none of it is written without the rest."""
    till = make_till(tmp_path, slip=True)
    tills.append(till)
    from hardware import receipt_render

    def broken(*args: object, **kwargs: object) -> bytes:
        raise RuntimeError("no slip")

    monkeypatch.setattr(receipt_render, "render_handover_slip", broken)
    with pytest.raises(RuntimeError, match="no slip"):
        hand_over_and_pay(till, Collector())
    with till.db.read() as session:
        assert print_jobs.list_jobs(session) == []
    assert till.services.receipts.last() is None
    assert [h.order_number for h in till.services.selling.visit().handovers] == ["W-1", "W-1"]


def test_without_the_setting_only_the_receipt(tmp_path: Path, tills: list[Till]) -> None:
    till = make_till(tmp_path, slip=False)
    tills.append(till)
    number = hand_over_and_pay(till, Collector(name="Max Power", authorised=True))
    (receipt,) = printed(till, tmp_path)
    assert f"Receipt: {number}" in receipt


def test_a_german_till_prints_a_german_slip(tmp_path: Path, tills: list[Till]) -> None:
    till = make_till(tmp_path, slip=True, language="de")
    tills.append(till)
    number = hand_over_and_pay(till, Collector(name="Max Power", authorised=True, id_checked=False))
    _receipt, slip = printed(till, tmp_path)
    for expected in (
        "ÜBERGABEBELEG",
        "Beleg für die Filiale",
        "Bestellung: W-1",
        f"Beleg: {number}",
        "Übergeben",
        "Nicht übergeben",
        "    beschädigt",
        "Abgeholt von: Max Power",
        "  (bevollmächtigte Person)",
        "Ausweis geprüft: nein",
        "Mitarbeiter/in: Anna Schmidt",
        "Vollständig erhalten",
    ):
        assert expected in slip, expected
    assert any(line.startswith("Unterschrift: ___") for line in slip)
    assert any(line.endswith("24.11.2026 09:30") for line in slip)


def test_two_orders_in_one_visit_make_two_slips(tmp_path: Path, tills: list[Till]) -> None:
    till = make_till(tmp_path, slip=True)
    tills.append(till)
    feed(till.db, order_data("W-2", [(MILK, 1)], status="ready", picked=True))
    s = till.services
    for number, handover_id in (("W-1", HANDOVER_ID), ("W-2", HANDOVER_ID[:-1] + "2")):
        h = s.handover.start(s.pickups.find_by_scan(qr_payload(number, CODE)), CODE)
        for line in h.lines:
            h, _ = h.confirm_count(line.line.line_no, "bulky")
        s.handover.hand_over(h, collector=Collector(), claimed=False, handover_id=handover_id)
    s.checkout.begin()
    receipt_number = s.checkout.complete().receipt_number
    receipt, first, second = printed(till, tmp_path)
    assert f"Receipt: {receipt_number}" in receipt
    assert ("Order: W-1" in first, "Order: W-2" in second) == (True, True)
    assert "Not handed over" not in first + second  # everything collected
    assert "2 x " + MILK.name in first
    assert "1 x " + MILK.name in second
