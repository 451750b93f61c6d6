"""Claims and holds given back at the real backend without the counter waiting (sync/releases.py),
and a personal offer the visit did not use given back when it completes.

Real parts on loopback: the seeded backend (uvicorn, SQLite), a real till database, the real
adapters (sync/customers.py, sync/vouchers.py) talking to the backend through a proxy that holds
every DELETE at a gate until the test opens it: a backend as slow as the test wants. The void must
be committed while its releases still wait at that gate (an ordering, not a time measured), and
once the gate opens the backend has the offer open again and the voucher's hold released.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urlparse

import pytest
from sqlalchemy import select, text

from backend.models.offers import CustomerOffer
from backend.models.vouchers import Voucher, VoucherHold
from backend.services import offers as backend_offers
from contract.offers import OfferIn
from contract.vouchers import new_code
from sync.client import BackendClient
from sync.customers import BackendCustomers
from sync.releases import BackgroundReleases
from sync.vouchers import BackendVouchers
from terminal.domain.customer import Customer, Offer
from terminal.domain.money import Money
from terminal.domain.staff import Action
from terminal.storage import baskets
from tests.support.gateproxy import GateProxy
from tests.support.till import Till, open_till, product_named
from tests.sync.conftest import Backend

LAPTOP = product_named("Lenovo Laptop")  # electronics: the offer's group
MILK = product_named("Vollmilch")
CUSTOMER = "C0001"
OFFER = Offer("O-REL", "electronics", 10, "Welcome back")


@dataclass
class Counter:
    till: Till
    proxy: GateProxy
    releases: BackgroundReleases
    backend: Backend


@pytest.fixture
def counter(backend: Backend, tmp_path: Path) -> Iterator[Counter]:
    with backend.db.write() as session:
        body = OfferIn(offer_id=OFFER.offer_id, group_id=OFFER.group_id, percent=OFFER.percent)
        backend_offers.create(session, CUSTOMER, body, datetime.now(UTC))
    target = urlparse(backend.url)
    assert target.hostname is not None
    assert target.port is not None
    with GateProxy(target.hostname, target.port) as proxy:
        # Longer than the proxy holds a DELETE: a till waiting for its release would see it go
        # through before the void returned, and the test's "still held after the void" would fail.
        client = BackendClient(proxy.url, read_timeout=60)
        client.token = client.enroll(backend.enroll_code()).token
        releases = BackgroundReleases(delays=(0.05,))
        stop = threading.Event()
        loop = threading.Thread(target=releases.run, args=(stop,), daemon=True)
        loop.start()
        till = open_till(
            tmp_path / "till.sqlite3",
            customer_directory=BackendCustomers(client),
            vouchers=BackendVouchers(client),
            releases=releases,
        )
        with till.db.write() as session:  # the laptop is of the offer's group at the till too
            session.execute(
                text("UPDATE product SET group_id = 'electronics' WHERE sku = :s"), {"s": LAPTOP.sku}
            )
        till.services.staff.login("1111")
        try:
            yield Counter(till, proxy, releases, backend)
        finally:
            proxy.open()
            releases.wait_idle(10)
            stop.set()
            releases.wake()
            loop.join(10)
            till.db.close()
            client.close()


def _offer(backend: Backend) -> tuple[str, str | None]:
    with backend.db.read() as session:
        offer = session.get(CustomerOffer, OFFER.offer_id)
        assert offer is not None
        return offer.status, offer.claim_id


def _voucher(backend: Backend, balance_minor: int) -> str:
    code = new_code()
    with backend.db.write() as session:
        session.add(
            Voucher(
                code=code,
                currency="EUR",
                issued_minor=balance_minor,
                balance_minor=balance_minor,
                status="active",
                issued_at=datetime.now(UTC),
            )
        )
    return code


def _hold_status(backend: Backend, hold_id: str) -> str:
    with backend.db.read() as session:
        return str(
            session.execute(select(VoucherHold.status).where(VoucherHold.hold_id == hold_id)).scalar_one()
        )


def _open_basket(till: Till) -> object:
    """The open visit as stored (None: nothing open)."""
    with till.db.read() as session:
        return baskets.load_open_basket(session, till.services.ctx.terminal_id)


def test_voiding_returns_while_the_releases_wait_and_the_backend_gets_them_afterwards(
    counter: Counter,
) -> None:
    s, backend = counter.till.services, counter.backend
    s.selling.scan(LAPTOP.barcode)
    s.customers.attach(Customer(CUSTOMER, "Mia"))
    s.customers.apply_offer(OFFER)
    assert _open_basket(counter.till) is not None
    code = _voucher(backend, 2000)
    hold_id = s.checkout.add_voucher(code, Money(1000, "EUR")).tenders[-1].hold_id
    assert hold_id is not None
    assert _offer(backend)[0] == "held"
    assert _hold_status(backend, hold_id) == "held"

    s.selling.void_basket(approval=s.staff.approve("9999", Action.VOID_PAID_BASKET))

    # The void is committed and the counter free while its releases still wait at the proxy.
    assert _open_basket(counter.till) is None
    assert s.selling.visit().is_empty
    assert counter.proxy.arrived.wait(10), "no release reached the backend's door"
    assert counter.proxy.passed == 0
    assert counter.releases.pending() >= 1
    assert _offer(backend)[0] == "held"
    assert _hold_status(backend, hold_id) == "held"

    counter.proxy.open()
    assert counter.releases.wait_idle(10)
    assert _offer(backend) == ("open", None)  # another till, or the web shop, may take it now
    assert _hold_status(backend, hold_id) == "released"
    assert counter.proxy.passed >= 1


def test_an_offer_left_without_lines_is_free_again_right_after_the_visit_completes(
    counter: Counter,
) -> None:
    s, backend = counter.till.services, counter.backend
    counter.proxy.open()  # a backend answering at once
    s.selling.scan(LAPTOP.barcode)
    s.customers.attach(Customer(CUSTOMER, "Mia"))
    s.customers.apply_offer(OFFER)
    assert _offer(backend)[0] == "held"
    laptop = s.selling.basket().lines[0]
    s.selling.void_line(laptop.line_id)  # the customer does not take the laptop after all
    s.selling.scan(MILK.barcode)
    s.checkout.add_cash(s.checkout.begin().remaining)
    s.checkout.complete()

    assert counter.releases.wait_idle(10)
    assert _offer(backend) == ("open", None)
    with counter.till.db.read() as session:
        kind = session.execute(text("SELECT type FROM outbox ORDER BY seq DESC LIMIT 1")).scalar_one()
    assert kind == "sale.completed"  # the event names no offer: nothing redeems it


def test_an_offer_the_visit_used_stays_held_for_its_event(counter: Counter) -> None:
    s, backend = counter.till.services, counter.backend
    counter.proxy.open()
    s.selling.scan(LAPTOP.barcode)
    s.customers.attach(Customer(CUSTOMER, "Mia"))
    s.customers.apply_offer(OFFER)
    claim_id = s.customers.applied()[0].claim_id
    s.checkout.add_cash(s.checkout.begin().remaining)
    s.checkout.complete()

    assert counter.releases.wait_idle(10)
    assert _offer(backend) == ("held", claim_id)  # its event, once synced, redeems it
