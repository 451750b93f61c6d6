"""Pushing the outbox to the real backend: exactly once, through lost responses, offline spells,
seq gaps and refused events."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import func, select, text

from backend.models import Sale, StockMovement, TerminalEvent
from sync.client import BackendClient
from terminal.domain.money import Money
from terminal.storage import outbox
from terminal.storage.db import Database
from tests.support.faultproxy import FaultProxy
from tests.support.server import free_port
from tests.support.till import Till, product_named
from tests.sync.conftest import Backend, make_engine
from tests.sync.sales import outbox_counts, queue_sales

CORRUPT_FIRST = (
    "UPDATE outbox SET status = 'pending', "
    'payload = replace(payload, \'"quantity":"1"\', \'"quantity":"9"\') WHERE seq = 1'
)
REFUSED_ID = "00000000-0000-4000-8000-000000000001"


def queue_refused(db: Database) -> None:
    """A sale.completed whose payload is not a sale: the backend refuses it for good (invalid_payload)."""
    with db.write() as session:
        outbox.append_event(
            session,
            event_id=REFUSED_ID,
            type="sale.completed",
            occurred_at=datetime.now(UTC),
            payload={"order_number": "W-100001"},
        )


def server_sales(backend: Backend) -> dict[str, int]:
    with backend.db.read() as session:
        rows = session.execute(
            select(Sale.receipt_number, func.count())
            .where(Sale.terminal_id == "T01")
            .group_by(Sale.receipt_number)
        ).all()
    return {str(number): int(n) for number, n in rows}


def test_sales_sync_once_each_and_outbox_is_acked(till: Till, engine: tuple, backend: Backend) -> None:
    sync, recorder = engine
    numbers = queue_sales(till.db, 7)
    assert sync.step()
    assert server_sales(backend) == dict.fromkeys(numbers, 1)
    assert outbox_counts(till.db) == {"pending": 0, "acked": 7, "failed": 0}
    assert recorder.states[-1].online
    assert recorder.states[-1].pending == 0
    assert recorder.states[-1].last_success is not None
    with till.db.read() as session:
        (result,) = session.execute(text("SELECT result FROM outbox WHERE seq = 1")).scalars()
    assert '"receipt_number":"S001-T01-000001"' in result
    assert sync.step()  # nothing more to do: still exactly one sale per receipt
    assert server_sales(backend) == dict.fromkeys(numbers, 1)


def test_till_checkout_sale_syncs_and_voided_lines_move_no_stock(
    till: Till, engine: tuple, backend: Backend
) -> None:
    """A sale completed through the real checkout (with a voided line) is accepted as the till wrote it."""
    sync, _ = engine
    drill = product_named("Bohrschrauber GSR 12V")
    milk = product_named("Vollmilch")
    s = till.services
    s.staff.login("1111")
    s.selling.scan(drill.barcode)
    voided = s.selling.scan(milk.barcode).line_id or 0
    s.selling.void_line(voided)
    s.checkout.add_cash(Money(20000, "EUR"))
    number = s.checkout.complete().receipt_number
    assert till.sync.wakes == 1
    assert sync.step()
    assert server_sales(backend) == {number: 1}
    # acked: the sale and the day it opened (ADR 0024)
    assert outbox_counts(till.db) == {"pending": 0, "acked": 2, "failed": 0}
    with backend.db.read() as session:
        moved = dict(
            session.execute(
                select(StockMovement.sku, func.sum(StockMovement.qty_milli))
                .where(StockMovement.reason == "sale")
                .group_by(StockMovement.sku)
            ).all()
        )
    assert moved == {drill.sku: -1000}  # the voided milk was never sold


def test_lost_response_is_retried_with_one_effect(
    till: Till, client: BackendClient, backend: Backend
) -> None:
    port = int(backend.url.rsplit(":", 1)[1])
    with FaultProxy("127.0.0.1", port) as proxy:
        proxied = BackendClient(proxy.url, token=client.token, read_timeout=10)
        sync, recorder = make_engine(till, proxied)
        first = queue_sales(till.db, 1)
        assert sync.step()  # bootstrap and the backend's versions first (their answers arrive)
        numbers = first + queue_sales(till.db, 3, start=2)
        proxied.session.close()  # a fresh connection, so the next request goes through the dropping proxy
        proxy.drop_responses = 1
        assert not sync.step()  # the push: the server committed, the answer never came
        assert proxy.dropped == 1
        assert recorder.states[-1].last_error == "sync.offline"
        assert outbox_counts(till.db)["pending"] == 3
        assert server_sales(backend) == dict.fromkeys(numbers, 1)
        assert sync.step()  # the resend is answered "duplicate"
        proxied.close()
    assert outbox_counts(till.db) == {"pending": 0, "acked": 4, "failed": 0}
    assert server_sales(backend) == dict.fromkeys(numbers, 1)
    with backend.db.read() as session:
        assert session.scalar(select(func.count()).select_from(TerminalEvent)) == 4


def test_offline_selling_goes_on_and_drains_on_reconnect(
    till: Till, client: BackendClient, backend: Backend
) -> None:
    sync, recorder = make_engine(till, client)
    assert sync.step()
    client.base_url = f"http://127.0.0.1:{free_port()}"  # nobody listens there: connection refused
    queue_sales(till.db, 5)
    assert not sync.step()
    assert (recorder.states[-1].online, recorder.states[-1].pending) == (False, 5)
    numbers = queue_sales(till.db, 5, start=6)
    assert not sync.step()
    assert recorder.states[-1].pending == 10
    with till.db.read() as session:
        assert all(e.attempts >= 1 for e in outbox.pending_events(session)[:5])
    client.base_url = backend.url
    assert sync.step()
    assert recorder.states[-1].online
    assert recorder.states[-1].pending == 0
    assert len(server_sales(backend)) == 10
    assert numbers[-1] in server_sales(backend)


def test_seq_gap_is_closed_by_the_till_itself(till: Till, engine: tuple, backend: Backend) -> None:
    sync, _ = engine
    queue_sales(till.db, 2)
    assert sync.step()
    # The server "forgets" nothing, but the till believes 3 and 4 arrived (e.g. an ack written for a
    # restored server backup): the next push starts at 5 and meets 409 expected_seq=3.
    queue_sales(till.db, 3, start=3)
    with till.db.write() as session:  # an ack the server does not remember (there is no blanket ack)
        session.execute(text("UPDATE outbox SET status = 'acked' WHERE seq IN (3, 4)"))
    assert outbox_counts(till.db)["pending"] == 1
    assert sync.step()
    assert outbox_counts(till.db) == {"pending": 0, "acked": 5, "failed": 0}
    assert sorted(server_sales(backend)) == [f"S001-T01-{n:06d}" for n in range(1, 6)]


def test_same_event_id_with_other_content_is_quarantined(till: Till, engine: tuple, backend: Backend) -> None:
    sync, recorder = engine
    queue_sales(till.db, 1)
    assert sync.step()
    queue_sales(till.db, 1, start=2)
    with till.db.write() as session:  # corrupt the acked event and queue it again
        session.execute(text(CORRUPT_FIRST))
    assert sync.step()
    with till.db.read() as session:
        (failed,) = outbox.failed_events(session)
    assert failed.seq == 1
    assert failed.last_error
    assert failed.last_error.startswith("event.conflict")
    assert recorder.states[-1].failed == 1
    assert recorder.states[-1].blocked_at is None
    assert outbox_counts(till.db) == {"pending": 0, "acked": 1, "failed": 1}  # seq 2 went on
    assert len(server_sales(backend)) == 2


def test_refused_event_blocks_the_queue_behind_it_until_resubmitted(
    till: Till, engine: tuple, backend: Backend
) -> None:
    sync, recorder = engine
    queue_sales(till.db, 1)
    queue_refused(till.db)
    queue_sales(till.db, 2, start=2)
    assert sync.step()
    assert outbox_counts(till.db) == {"pending": 2, "acked": 1, "failed": 1}
    assert recorder.states[-1].blocked_at == 2
    assert recorder.states[-1].held_back is None  # refused for good is not "held back"
    assert server_sales(backend) == {"S001-T01-000001": 1}


def test_offline_day_of_5000_sales_drains_without_loss(
    till: Till, client: BackendClient, backend: Backend
) -> None:
    sync, _ = make_engine(till, client, batch_size=500)
    assert sync.step()
    client.base_url = f"http://127.0.0.1:{free_port()}"
    numbers = queue_sales(till.db, 5000, qty=1)
    assert not sync.step()
    client.base_url = backend.url
    assert sync.step()
    assert outbox_counts(till.db) == {"pending": 0, "acked": 5000, "failed": 0}
    assert server_sales(backend) == dict.fromkeys(numbers, 1)
    with backend.db.read() as session:
        sold = session.execute(
            select(func.sum(StockMovement.qty_milli)).where(
                StockMovement.reason == "sale", StockMovement.store_id == "S001"
            )
        ).scalar_one()
        mismatched = session.execute(text(
            "SELECT count(*) FROM stock_level l WHERE l.store_id = 'S001' AND l.on_hand_milli != "
            "(SELECT coalesce(sum(m.qty_milli), 0) FROM stock_movement m WHERE m.store_id = l.store_id "
            "AND m.sku = l.sku AND m.bucket = 'on_hand')"
        )).scalar_one()  # fmt: skip
    assert sold == -5000 * 1000
    assert mismatched == 0
