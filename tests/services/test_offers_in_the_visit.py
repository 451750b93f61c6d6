"""Personal offers in the open visit (docs/adr/0022-offers-redeemed-by-the-visit.md): the offer and
its claim live in the visit (a restart keeps them), the completed visit reports them in its event
(`visit.completed` schema 3) with the lines and the discount, lines of the group scanned after the
offer get it too, a void (or a visit completed without using it) gives the hold back, and offline
nothing is applied. Real till database; the backend's offers are a hand-written fake of the
`CustomerDirectory` port (the real one is driven in tests/acceptance/test_journey_pickup_offer.py and
tests/sync/test_releases_backend.py)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import suppress
from dataclasses import dataclass, field
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import text

from sync.versions import BackendVersions
from terminal.domain.customer import AppliedOffer, Customer, Offer, Timeline
from terminal.domain.errors import TillError
from terminal.domain.money import Money
from terminal.domain.pricing import Discount
from terminal.domain.staff import Action
from terminal.services.ports import CustomersOfflineError
from terminal.storage import outbox
from tests.support.till import Till, open_till, product_named

LAPTOP = product_named("Lenovo Laptop")
MILK = product_named("Vollmilch")
OFFER = Offer("O-1", "electronics", 10, "Welcome")


@dataclass
class FakeOffers:
    """The backend's offers as the till's port sees them: claims and releases recorded."""

    claimed: list[tuple[str, str]] = field(default_factory=list)  # (offer id, claim id)
    released: list[str] = field(default_factory=list)
    offline: bool = False

    def search(self, query: str) -> list[Customer]:
        return []

    def timeline(self, customer_id: str, *, offset: int, limit: int) -> Timeline:
        raise CustomersOfflineError("not here")

    def offers(self, customer_id: str) -> list[Offer]:
        if self.offline:
            raise CustomersOfflineError("down")
        return [OFFER]

    def claim_offer(self, offer_id: str, *, claim_id: str, staff_id: str) -> None:
        if self.offline:
            raise CustomersOfflineError("down")
        if any(o == offer_id for o, _c in self.claimed):
            raise TillError("offer.held")
        self.claimed.append((offer_id, claim_id))

    def release_offer(self, claim_id: str) -> None:
        self.released.append(claim_id)


@pytest.fixture
def opened() -> Iterator[list[Till]]:
    """The tills a test opens, closed after it whatever happens."""
    tills: list[Till] = []
    yield tills
    for till in tills:
        with suppress(Exception):  # closed already by the test (a restart)
            till.db.close()


def _till(path: Path, directory: FakeOffers, opened: list[Till]) -> Till:
    till = open_till(path, customer_directory=directory)
    opened.append(till)
    with till.db.write() as session:
        session.execute(text("UPDATE product SET group_id = 'electronics' WHERE sku = :s"), {"s": LAPTOP.sku})
    till.services.staff.login("1111")
    return till


def _last_event(till: Till) -> tuple[str, dict[str, object]]:
    with till.db.read() as session:
        kind, payload = session.execute(
            text("SELECT type, payload FROM outbox ORDER BY seq DESC LIMIT 1")
        ).one()
    return kind, json.loads(payload)


def test_the_offer_survives_a_restart_and_the_visit_reports_it(tmp_path: Path, opened: list[Till]) -> None:
    directory = FakeOffers()
    till = _till(tmp_path / "till.sqlite3", directory, opened)
    s = till.services
    s.selling.scan(MILK.barcode)
    s.selling.scan(LAPTOP.barcode)
    s.customers.attach(Customer("C-1", "Mia"))
    with pytest.raises(TillError, match=r"offer\.no_lines"):
        s.customers.apply_offer(Offer("O-2", "garden", 5))  # nothing of that group, at the Customers area
    s.customers.apply_offer(OFFER)
    ((offer_id, claim_id),) = directory.claimed
    with pytest.raises(TillError, match=r"offer\.applied"):
        s.customers.apply_offer(OFFER)
    till.db.close()  # the till is closed (or crashes) mid-visit

    till = _till(tmp_path / "till.sqlite3", directory, opened)
    s = till.services
    (kept,) = s.customers.applied()
    assert (kept.offer_id, kept.claim_id, kept.percent) == (offer_id, claim_id, 10)
    tenth = round(LAPTOP.price_minor / 10)
    assert [ln.discount_amount.amount_minor for ln in s.selling.basket().lines] == [0, tenth]
    s.checkout.add_cash(s.checkout.begin().remaining)
    done = s.checkout.complete()
    kind, payload = _last_event(till)
    assert (kind, payload["schema"], payload["receipt_number"]) == ("visit.completed", 3, done.receipt_number)
    assert payload["offers"] == [
        {"offer_id": "O-1", "claim_id": claim_id, "group_id": "electronics", "percent": 10,
         "discount_minor": tenth, "line_nos": [2]}
    ]  # fmt: skip
    assert payload["customer_id"] == "C-1"
    assert s.customers.applied() == ()  # the next visit starts without it
    assert directory.released == []  # redeemed by the event, not given back


def test_at_a_pickup_the_offer_takes_the_lines_scanned_after_it(tmp_path: Path, opened: list[Till]) -> None:
    directory = FakeOffers()
    till = _till(tmp_path / "till.sqlite3", directory, opened)
    s = till.services
    s.customers.apply_offer(OFFER, customer_id="C-7", before_lines=True)  # nothing scanned yet
    assert s.selling.visit().customer_id == "C-7"  # the order's customer
    s.selling.scan(MILK.barcode)
    s.selling.scan(LAPTOP.barcode)
    s.selling.scan(LAPTOP.barcode)  # a discounted line is not merged into: a new line, discounted too
    lines = s.selling.basket().lines
    assert [(ln.sku, ln.quantity, ln.discount is not None) for ln in lines] == [
        (MILK.sku, Decimal(1), False),
        (LAPTOP.sku, Decimal(1), True),
        (LAPTOP.sku, Decimal(1), True),
    ]
    assert lines[2].discount_amount == Money(round(LAPTOP.price_minor / 10), "EUR")
    with pytest.raises(TillError, match=r"offer\.other_customer"):
        s.customers.apply_offer(Offer("O-9", "electronics", 5), customer_id="C-8", before_lines=True)


def test_an_offer_without_lines_is_not_reported_and_given_back_and_a_void_gives_the_hold_back(
    tmp_path: Path, opened: list[Till]
) -> None:
    directory = FakeOffers()
    till = _till(tmp_path / "till.sqlite3", directory, opened)
    s = till.services
    s.customers.apply_offer(OFFER, customer_id="C-7", before_lines=True)
    first_claim = directory.claimed[-1][1]
    s.selling.scan(MILK.barcode)  # nothing of the offer's group
    s.checkout.add_cash(s.checkout.begin().remaining)
    assert directory.released == []
    s.checkout.complete()
    assert _last_event(till)[0] == "sale.completed"  # the offer was not used: its hold goes back
    assert directory.released == [first_claim]

    s.selling.scan(LAPTOP.barcode)
    s.customers.apply_offer(Offer("O-3", "electronics", 20))
    claim_id = directory.claimed[-1][1]
    s.selling.void_basket()
    assert directory.released == [first_claim, claim_id]
    assert s.customers.applied() == ()


def test_offline_no_offer_is_applied_and_the_cashier_is_told(tmp_path: Path, opened: list[Till]) -> None:
    directory = FakeOffers(offline=True)
    till = _till(tmp_path / "till.sqlite3", directory, opened)
    s = till.services
    s.selling.scan(LAPTOP.barcode)
    with pytest.raises(TillError) as offline:
        s.customers.open_offers("C-1")
    assert offline.value.code == "offer.offline"
    assert s.customers.offers("C-1") == []  # the Customers area shows none
    with pytest.raises(TillError) as refused:
        s.customers.apply_offer(OFFER, customer_id="C-1")
    assert refused.value.code == "offer.offline"
    assert s.customers.applied() == ()
    assert s.selling.basket().lines[0].discount is None


def test_a_backend_without_visit_schema_3_holds_back_only_from_the_offer_visit(
    tmp_path: Path, opened: list[Till]
) -> None:
    """ADR 0022 with ADR 0010, tills first: a sale, a sale with an offer (schema 3), a sale. A backend
    that lists schemas 1 and 2 of visit.completed takes the first sale; the rest waits, not refused."""
    directory = FakeOffers()
    till = _till(tmp_path / "till.sqlite3", directory, opened)
    s = till.services
    for with_offer in (False, True, False):
        s.selling.scan(LAPTOP.barcode)
        if with_offer:
            s.customers.apply_offer(OFFER, customer_id="C-1")
        s.checkout.add_cash(s.checkout.begin().remaining)
        s.checkout.complete()
    with till.db.read() as session:
        events = outbox.pending_events(session)
    assert [(e.type, e.schema) for e in events] == [
        ("till.opened", 2), ("sale.completed", 1), ("visit.completed", 3), ("sale.completed", 1),
    ]  # fmt: skip  # the first sale opened the day (ADR 0024)
    versions = BackendVersions()
    day = {"till.opened": [1, 2]}
    versions.update({**day, "sale.completed": [1], "visit.completed": [1, 2]}, datetime.now(UTC))
    assert versions.sendable(events) == 2
    versions.update({**day, "sale.completed": [1], "visit.completed": [1, 2, 3]}, datetime.now(UTC))
    assert versions.sendable(events) == 4


def test_an_offer_refused_by_the_visit_leaves_no_discount_behind(tmp_path: Path, opened: list[Till]) -> None:
    """The visit holds the offer already (a second claim of it raced the first): the second
    application is refused and its percent must not stay on the lines, in memory or on disk, without
    an offer that the visit's event would redeem."""
    directory = FakeOffers()
    till = _till(tmp_path / "till.sqlite3", directory, opened)
    s = till.services
    first = s.selling.scan(LAPTOP.barcode).line_id
    second = s.selling.scan(MILK.barcode).line_id
    s.selling.apply_offer([first], AppliedOffer("O-1", "c-1", "electronics", 10))
    with pytest.raises(TillError, match=r"offer\.applied"):
        s.selling.apply_offer([second], AppliedOffer("O-1", "c-2", "electronics", 10))
    assert [ln.discount is not None for ln in s.selling.basket().lines] == [True, False]
    assert [o.claim_id for o in s.customers.applied()] == ["c-1"]
    till.db.close()
    restarted = _till(tmp_path / "till.sqlite3", directory, opened)
    assert [ln.discount is not None for ln in restarted.services.selling.basket().lines] == [True, False]


def test_a_visit_holding_a_customers_offer_keeps_that_customer(tmp_path: Path, opened: list[Till]) -> None:
    """Her offer applied at the handover, she leaves: detaching her (or scanning the next shopper's
    card) must not hand her discount to whoever buys next and redeem her offer with their visit.
    Voiding the visit gives the offer back; then the till is free for anyone."""
    directory = FakeOffers()
    till = _till(tmp_path / "till.sqlite3", directory, opened)
    s = till.services
    s.customers.apply_offer(OFFER, customer_id="C-7", before_lines=True)
    for change in (s.customers.detach, lambda: s.customers.attach(Customer("C-8", "Ben"))):
        with pytest.raises(TillError, match=r"customer\.offers_held"):
            change()
        assert s.selling.visit().customer_id == "C-7"
    s.customers.attach(Customer("C-7", "Anna"))  # the same customer again: nothing to refuse
    s.selling.void_basket()
    assert directory.released == [directory.claimed[0][1]]
    s.customers.attach(Customer("C-8", "Ben"))
    s.selling.scan(LAPTOP.barcode)
    assert s.selling.basket().lines[0].discount is None


def test_an_offer_never_gives_less_off_than_a_line_discount_already_given(
    tmp_path: Path, opened: list[Till]
) -> None:
    """A manager's 30 % on one laptop stays (the offer's 10 % would take 20 % back from the customer);
    a 5 % on the other laptop gives way to the offer's 10 %."""
    directory = FakeOffers()
    till = _till(tmp_path / "till.sqlite3", directory, opened)
    s = till.services
    manager = s.staff.approve("9999", Action.DISCOUNT_OVER_LIMIT)  # a 30 % discount needs a manager
    first = s.selling.scan(LAPTOP.barcode).line_id
    s.selling.discount_line(first, Discount.of_percent(Decimal(30), reason="Vorführgerät"), manager)
    second = s.selling.scan(LAPTOP.barcode).line_id  # a discounted line is not merged into: a new one
    s.selling.discount_line(second, Discount.of_percent(Decimal(5), reason="Stammkunde"))
    s.customers.attach(Customer("C-1", "Mia"))
    s.customers.apply_offer(OFFER)
    kept, offered = s.selling.basket().lines
    assert kept.discount is not None
    assert offered.discount is not None
    assert (kept.discount.reason, kept.discount_amount) == (
        "Vorführgerät",
        Money(round(LAPTOP.price_minor * 0.3), "EUR"),
    )
    assert offered.discount.reason == "offer O-1"
    assert offered.discount_amount == Money(round(LAPTOP.price_minor / 10), "EUR")
