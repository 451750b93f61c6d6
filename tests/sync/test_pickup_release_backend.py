"""An abandoned handover gives its pickup claim back, so the customer can be served at the next till
at once instead of waiting out the backend's ten minutes.

Real parts on loopback: the seeded backend (uvicorn, SQLite), two real till databases (T01 and T02)
with their real claim adapters (sync/pickup_claims.py). Till A sends its releases through
sync/releases.py's loop and a proxy that holds every DELETE at a gate: the void is committed while
the release still waits there (the counter never waits for the backend), and once the gate opens the
backend has the claim back and till B claims the order. A completed visit releases nothing.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from urllib.parse import urlparse

import pytest
from sqlalchemy import text

from backend.models import WebOrder
from backend.services import webshop
from contract.pickup import qr_payload
from contract.webshop import WebCustomer, WebOrderIn, WebOrderLineIn
from sync.client import BackendClient
from sync.errors import SyncError
from sync.pickup_claims import BackendPickupClaims
from sync.releases import BackgroundReleases
from terminal.domain.errors import TillError
from terminal.domain.pickup import Handover
from terminal.services.pickup_handover import Collector
from terminal.storage import baskets
from tests.support.gateproxy import GateProxy
from tests.support.till import Till, open_till, product_named
from tests.support.web_orders import customer, feed, order_data
from tests.sync.conftest import Backend

MILK = product_named("Vollmilch")
NUMBER = "W-REL1"


@dataclass
class Counter:
    a: Till  # the till where the handover is abandoned (releases through the gate)
    b: Till  # the till the customer walks to
    proxy: GateProxy
    releases: BackgroundReleases
    backend: Backend
    code: str


def _place(backend: Backend) -> str:
    """A paid web order for one Vollmilch waiting at S001; its pickup code."""
    with backend.db.write() as session:
        webshop.create_order(
            session,
            WebOrderIn(
                order_number=NUMBER,
                pickup_store_id="S001",
                customer=WebCustomer(customer_id="C9001", name="Erika Mustermann"),
                lines=[
                    WebOrderLineIn(sku=MILK.sku, quantity=Decimal("1"), unit_price_minor=MILK.price_minor)
                ],
                currency="EUR",
                paid=True,
            ),
        )
        order = session.get(WebOrder, NUMBER)
        assert order is not None
        return order.pickup_code


def _client(url: str, backend: Backend, terminal_id: str) -> BackendClient:
    client = BackendClient(url, read_timeout=60)
    client.token = client.enroll(backend.enroll_code(terminal_id)).token
    return client


@pytest.fixture
def counter(backend: Backend, tmp_path: Path) -> Iterator[Counter]:
    code = _place(backend)
    target = urlparse(backend.url)
    assert target.hostname is not None
    assert target.port is not None
    with GateProxy(target.hostname, target.port) as proxy:
        client_a = _client(proxy.url, backend, "T01")
        client_b = _client(backend.url, backend, "T02")
        releases = BackgroundReleases(delays=(0.05,))
        stop = threading.Event()
        loop = threading.Thread(target=releases.run, args=(stop,), daemon=True)
        loop.start()
        a = open_till(
            tmp_path / "a.sqlite3", claims=BackendPickupClaims(client_a), releases=releases, terminal_id="T01"
        )
        b = open_till(tmp_path / "b.sqlite3", claims=BackendPickupClaims(client_b), terminal_id="T02")
        for till in (a, b):
            # The order as the change feed brings it to each till (the backend's own pickup code).
            feed(till.db, customer(), order_data(NUMBER, [(MILK, 1)], status="ready", picked=True, code=code))
            till.services.staff.login("1111")
        try:
            yield Counter(a, b, proxy, releases, backend, code)
        finally:
            proxy.open()
            releases.wait_idle(10)
            stop.set()
            releases.wake()
            loop.join(10)
            for till in (a, b):
                till.db.close()
            client_a.close()
            client_b.close()


def _scanned(till: Till, code: str) -> Handover:
    s = till.services
    return s.handover.scan(
        s.handover.start(s.pickups.find_by_scan(qr_payload(NUMBER, code)), code), MILK.barcode
    )


def _claim_and_hand_over(till: Till, code: str, handover_id: str) -> None:
    s = till.services
    handover = _scanned(till, code)
    assert s.handover.claim(handover, collector=Collector(), handover_id=handover_id).outcome == "claimed"
    s.handover.hand_over(handover, collector=Collector(), claimed=True, handover_id=handover_id)


def _claim(backend: Backend) -> tuple[str | None, str | None]:
    with backend.db.read() as session:
        order = session.get(WebOrder, NUMBER)
        assert order is not None
        return order.claimed_by, order.claim_handover_id


def _pending(till: Till) -> list[str]:
    with till.db.read() as session:
        rows = session.execute(text("SELECT handover_id FROM pickup_handover WHERE receipt_number IS NULL"))
        return [r[0] for r in rows]


A_ID = "00000000-0000-4000-8000-0000000000a1"
B_ID = "00000000-0000-4000-8000-0000000000b1"


def test_a_voided_visit_gives_the_claim_back_and_the_next_till_hands_the_order_over(counter: Counter) -> None:
    a, b = counter.a.services, counter.b.services
    _claim_and_hand_over(counter.a, counter.code, A_ID)
    assert _claim(counter.backend) == ("S001/T01", A_ID)
    with pytest.raises(TillError) as taken:
        b.handover.claim(_scanned(counter.b, counter.code), collector=Collector(), handover_id=B_ID)
    assert taken.value.code == "pickup.claimed"

    a.selling.void_basket()

    # The void is committed and till A free while the release still waits at the backend's door.
    with counter.a.db.read() as session:
        assert baskets.load_open_basket(session, "T01") is None
    assert a.selling.visit().is_empty
    assert _pending(counter.a) == []  # the handover will not happen
    assert counter.proxy.arrived.wait(10), "no release reached the backend's door"
    assert counter.proxy.passed == 0
    assert _claim(counter.backend) == ("S001/T01", A_ID)

    counter.proxy.open()
    assert counter.releases.wait_idle(10)
    assert counter.proxy.passed == 1
    assert _claim(counter.backend) == (None, None)
    # The customer at till B gets the order right away.
    handover = _scanned(counter.b, counter.code)
    assert b.handover.claim(handover, collector=Collector(), handover_id=B_ID).outcome == "claimed"
    b.handover.hand_over(handover, collector=Collector(), claimed=True, handover_id=B_ID)
    b.checkout.complete()
    assert _claim(counter.backend) == ("S001/T02", B_ID)
    assert _pending(counter.b) == []


def test_taking_the_order_out_of_the_visit_gives_the_claim_back(counter: Counter) -> None:
    a = counter.a.services
    counter.proxy.open()  # a backend answering at once
    a.selling.scan(MILK.barcode)  # the customer buys something as well
    _claim_and_hand_over(counter.a, counter.code, A_ID)
    assert len(a.selling.visit().handovers) == 1

    change = a.handover.remove_order(NUMBER)

    assert change.visit.handovers == ()
    assert len(change.visit.basket.lines) == 1  # the sale stays
    assert _pending(counter.a) == []
    assert counter.releases.wait_idle(10)
    assert _claim(counter.backend) == (None, None)
    assert (
        counter.b.services.handover.claim(
            _scanned(counter.b, counter.code), collector=Collector(), handover_id=B_ID
        ).outcome
        == "claimed"
    )


def test_a_handover_refused_after_its_claim_gives_the_claim_back(counter: Counter) -> None:
    a = counter.a.services
    counter.proxy.open()
    a.selling.scan(MILK.barcode)
    a.checkout.begin()  # payment under way: no handover lines may join the visit now
    handover = _scanned(counter.a, counter.code)
    assert a.handover.claim(handover, collector=Collector(), handover_id=A_ID).outcome == "claimed"
    with pytest.raises(TillError) as refused:
        a.handover.hand_over(handover, collector=Collector(), claimed=True, handover_id=A_ID)
    assert refused.value.code == "checkout.payment_in_progress"
    assert counter.releases.wait_idle(10)
    assert _claim(counter.backend) == (None, None)


def test_a_completed_handover_releases_nothing(counter: Counter) -> None:
    a = counter.a.services
    counter.proxy.open()
    _claim_and_hand_over(counter.a, counter.code, A_ID)
    a.checkout.complete()
    assert counter.releases.wait_idle(10)
    assert not counter.proxy.arrived.is_set()  # no DELETE was sent
    assert _claim(counter.backend) == ("S001/T01", A_ID)
    assert _pending(counter.a) == []  # finished with its receipt, not dropped
    with counter.a.db.read() as session:
        finished = session.execute(text("SELECT receipt_number FROM pickup_handover")).scalars().all()
    assert len(finished) == 1
    assert finished[0]


def test_the_release_adapter_says_what_is_left_to_try_again(counter: Counter) -> None:
    counter.proxy.open()
    client = _client(counter.backend.url, counter.backend, "T03")
    try:
        claims = BackendPickupClaims(client)
        claims.release("W-NONE", A_ID)  # unknown there: nothing to give back
        _claim_and_hand_over(counter.a, counter.code, A_ID)
        claims.release(NUMBER, A_ID)  # another till's live claim: not ours, done (409 logged)
        assert _claim(counter.backend) == ("S001/T01", A_ID)
    finally:
        client.close()
    gone = BackendClient("http://127.0.0.1:9", token="t", read_timeout=1)
    try:
        with pytest.raises(SyncError):  # unreachable: raised, so the loop tries again
            BackendPickupClaims(gone).release(NUMBER, A_ID)
    finally:
        gone.close()
