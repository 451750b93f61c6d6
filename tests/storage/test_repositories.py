"""Receipt counters, outbox, sales, staff, baskets, print queue, audit log and the demo seed."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import text

from terminal.domain.errors import TillError
from terminal.domain.money import Money
from terminal.domain.tax import VatLine, VatRate
from terminal.domain.visit_record import SaleLine, SalePayment, VisitRecord
from terminal.storage import audit, baskets, counters, outbox, print_jobs, staff, visits
from terminal.storage.db import Database, open_database
from terminal.storage.seed import seed_demo

from .conftest import NOW


def _sale(seq: int) -> VisitRecord:
    def eur(minor: int) -> Money:
        return Money(minor, "EUR")

    return VisitRecord(
        sale_id=f"sale-{seq}", receipt_number=counters.receipt_number("S001", "T01", seq), store_id="S001",
        terminal_id="T01", seq=seq, staff_id="anna", occurred_at=NOW, currency="EUR", subtotal=eur(1497),
        discount=eur(0), total=eur(1497), rounding=eur(0), change=eur(503), customer_id=None,
        lines=(
            SaleLine(1, "1000002", "4393616000004", "Bio Vollmilch 3,8 % 1 l", Decimal("3"), "pc", eur(149),
                     eur(0), eur(447), "B", Decimal("7")),
            SaleLine(2, "1000005", "2800010000001", "Bananen lose", Decimal("0.755"), "kg", eur(199), eur(0),
                     eur(150), "B", Decimal("7"), voided=True, note="falsch gewogen"),
        ),
        payments=(SalePayment(1, "cash", eur(2000)),),
        vat=(VatLine(VatRate("B", Decimal("7")), eur(1497), eur(1399), eur(98)),),
    )  # fmt: skip


def test_receipt_sequence_is_gapless_across_rollback_and_reopen(db_path: Path) -> None:
    with open_database(db_path) as db:
        with db.write() as s:
            assert [counters.next_receipt_seq(s, "T01") for _ in range(3)] == [1, 2, 3]

        def failed_sale() -> None:
            with db.write() as s:
                counters.next_receipt_seq(s, "T01")
                raise RuntimeError("sale failed")

        with pytest.raises(RuntimeError):
            failed_sale()
    with open_database(db_path) as db, db.write() as s:
        assert counters.next_receipt_seq(s, "T01") == 4
        assert counters.next_receipt_seq(s, "T02") == 1
    assert counters.receipt_number("S001", "T01", 42) == "S001-T01-000042"


def test_sale_round_trip(db: Database) -> None:
    with db.write() as s:
        visits.insert_visit(s, _sale(1))
        visits.insert_visit(s, _sale(2))
    with db.read() as s:
        assert visits.get_visit_by_receipt(s, "S001-T01-000001") == _sale(1)
        last = visits.last_visit(s, "T01")
        assert last is not None
        assert last.seq == 2
        assert last.lines[1].voided
        assert last.occurred_at == NOW
        assert visits.last_visit(s, "T09") is None
        assert visits.get_visit_by_receipt(s, "nope") is None


def test_sale_lines_need_their_sale(db: Database) -> None:
    with pytest.raises(Exception, match="FOREIGN KEY"), db.write() as s:
        s.execute(text("INSERT INTO sale_payment VALUES ('ghost', 1, 'cash', 1, NULL, 'in')"))


def test_outbox_sequence_acks_and_failures(db: Database) -> None:
    with db.write() as s:
        seqs = [
            outbox.append_event(
                s, event_id=f"ev-{n}", type="sale.completed", occurred_at=NOW, payload={"b": 1, "a": n}
            )
            for n in range(1, 6)
        ]
    assert seqs == [1, 2, 3, 4, 5]
    with pytest.raises(Exception, match="UNIQUE"), db.write() as s:
        outbox.append_event(s, event_id="ev-1", type="sale.completed", occurred_at=NOW, payload={})
    with db.write() as s:  # the refused duplicate did not burn seq 6
        assert outbox.append_event(s, event_id="ev-6", type="till.closed", occurred_at=NOW, payload="{}") == 6
    with db.read() as s:
        first = outbox.pending_events(s, 2)
        assert [e.seq for e in first] == [1, 2]
        assert first[0].payload == '{"a":1,"b":1}'  # canonical JSON
        assert first[0].occurred_at == NOW
    with db.write() as s:
        acks = [outbox.Ack(f"ev-{n}", n, '{"status":"applied"}') for n in (1, 2)]
        assert outbox.record_acks(s, acks, at=NOW, server_acked=2) == 2
        assert outbox.record_acks(s, acks, at=NOW, server_acked=2) == 0  # acked once is enough
        # an ack counts only for the row with that id AND seq
        assert outbox.record_acks(s, [outbox.Ack("ev-4", 5, "{}")], at=NOW, server_acked=2) == 0
        assert outbox.record_acks(s, [outbox.Ack("ev-4", 4, "{}")], at=NOW, server_acked=4) == 1
        assert outbox.mark_failed(s, ["ev-3"], error="timeout") == 1
        assert outbox.mark_failed(s, ["ev-5"], error="422 content differs", permanent=True) == 1
    with db.read() as s:
        assert [(e.event_id, e.attempts) for e in outbox.pending_events(s, 10)] == [("ev-3", 1), ("ev-6", 0)]
        assert [e.event_id for e in outbox.failed_events(s)] == ["ev-5"]
        assert outbox.counts(s) == {"pending": 2, "acked": 3, "failed": 1}
        assert outbox.last_seq(s) == 6


def test_outbox_keeps_each_events_schema_from_its_payload(db: Database) -> None:
    with db.write() as s:
        for event_id, payload in (
            ("v1", {"a": 1}),
            ("v1-said", {"a": 1, "schema": 1}),
            ("v2", '{"schema":2}'),
        ):
            outbox.append_event(s, event_id=event_id, type="audit.recorded", occurred_at=NOW, payload=payload)
    for bad in ({"schema": "2"}, {"schema": True}, {"schema": 0}, "[1]"):
        with pytest.raises(ValueError, match="positive integer schema"), db.write() as s:
            outbox.append_event(s, event_id="bad", type="audit.recorded", occurred_at=NOW, payload=bad)
    with db.read() as s:
        assert [(e.event_id, e.schema) for e in outbox.pending_events(s)] == [
            ("v1", 1),
            ("v1-said", 1),
            ("v2", 2),
        ]
        assert outbox.pending_events(s)[2].payload == '{"schema":2}'  # text queued as given
        assert [outbox.pending_from(s, seq) for seq in (1, 3, 4)] == [3, 1, 0]


def test_staff_pins_and_badges(db: Database) -> None:
    with db.write() as s:
        staff.add_staff(s, staff_id="anna", name="Anna", role="cashier", pin="1111", badge_code="B-1")
        staff.add_staff(s, staff_id="maria", name="Maria", role="manager", pin="9999")
        with pytest.raises(TillError, match=r"staff\.pin_taken"):
            staff.add_staff(s, staff_id="ben", name="Ben", role="cashier", pin="1111")
        with pytest.raises(TillError, match=r"staff\.pin_invalid"):
            staff.add_staff(s, staff_id="ben", name="Ben", role="cashier", pin="12")
    with db.read() as s:
        anna = staff.verify_pin(s, "1111")
        assert anna is not None
        assert (anna.staff_id, anna.role) == ("anna", "cashier")
        assert staff.verify_pin(s, "1112") is None
        assert staff.verify_pin(s, "9999", staff_id="anna") is None
        badge = staff.find_by_badge(s, "B-1")
        assert badge is not None
        assert badge.staff_id == "anna"
        assert staff.find_by_badge(s, "B-2") is None
        row = s.execute(text("SELECT pin_hash FROM staff WHERE staff_id = 'anna'")).scalar()
        assert "1111" not in str(row)
        assert [p.staff_id for p in staff.list_staff(s)] == ["anna", "maria"]


def test_open_and_parked_baskets(db: Database) -> None:
    data = {"lines": [{"id": 1, "sku": "1000002", "quantity": "2"}], "discount": None}
    with db.write() as s:
        baskets.save_open_basket(s, "T01", data, at=NOW)
        baskets.save_open_basket(s, "T01", {**data, "discount": "5"}, at=NOW)
        baskets.park_basket(s, parked_id="p1", terminal_id="T01", data=data, at=NOW, label="Herr Maier")
    with db.read() as s:
        assert baskets.load_open_basket(s, "T01") == {**data, "discount": "5"}
        assert [p.label for p in baskets.list_parked(s, "T01")] == ["Herr Maier"]
    with db.write() as s:
        baskets.clear_open_basket(s, "T01")
        taken = baskets.take_parked(s, "p1")
        assert taken is not None
        assert taken.data == data
        assert baskets.take_parked(s, "p1") is None
    with db.read() as s:
        assert baskets.load_open_basket(s, "T01") is None
        assert baskets.list_parked(s) == []


def test_print_queue(db: Database) -> None:
    with db.write() as s:
        first = print_jobs.enqueue(s, data=b"\x1b@receipt 1", at=NOW, receipt_number="S001-T01-000001")
        second = print_jobs.enqueue(s, data=b"\x1b@receipt 2", at=NOW)
    with db.write() as s:
        job = print_jobs.next_pending(s)
        assert job is not None
        assert (job.job_id, job.data) == (first, b"\x1b@receipt 1")
        print_jobs.mark_failed(s, first, error="paper out", retry=False)
        print_jobs.mark_printed(s, second, at=NOW)
    with db.read() as s:
        assert print_jobs.next_pending(s) is None
        assert [(j.job_id, j.status) for j in print_jobs.list_jobs(s)] == [
            (second, "printed"),
            (first, "failed"),
        ]
    with db.write() as s:
        print_jobs.requeue(s, first)
    with db.read() as s:
        again = print_jobs.next_pending(s)
        assert again is not None
        assert (again.job_id, again.attempts, again.last_error) == (first, 1, "paper out")


def test_audit_log(db: Database) -> None:
    with db.write() as s:
        audit.append(s, action="line.void", at=NOW, staff_id="anna", approved_by="maria", details={"line": 2})
        audit.append(s, action="drawer.open", at=NOW, staff_id="anna")
    with db.read() as s:
        entries = audit.list_entries(s)
        assert [e.action for e in entries] == ["drawer.open", "line.void"]
        assert entries[1].details == {"line": 2}
        assert [e.action for e in audit.list_entries(s, action="line.void", since=NOW)] == ["line.void"]


def test_seed_demo_is_idempotent(db: Database) -> None:
    assert seed_demo(db, store_id="S001", products=500, at=NOW)
    assert not seed_demo(db, store_id="S001", products=500, at=NOW)
    with db.read() as s:
        assert s.execute(text("SELECT count(*) FROM product")).scalar() == 500
        assert s.execute(text("SELECT code, percent FROM vat_rate ORDER BY code")).all() == [
            ("A", "19"),
            ("B", "7"),
        ]
        assert s.execute(text("SELECT count(*) FROM stock_level WHERE store_id = 'S001'")).scalar() == 500
        maria = staff.verify_pin(s, "9999")
        assert maria is not None
        assert maria.role == "manager"
