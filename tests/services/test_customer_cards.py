"""A customer card scanned at the till: known cards attach, a card the backend does not know is
refused and leaves the visit's customer as it was, and offline a card is attached by its id."""

from __future__ import annotations

from pathlib import Path

import pytest

from terminal.domain.customer import Customer, Offer, Timeline
from terminal.domain.errors import TillError
from terminal.services.ports import CustomersOfflineError
from tests.support.till import Till, closing, open_till

JULIA = Customer("C0001", "Julia Hoffmann", "julia@example.test", "")


class _Directory:
    """The backend's customer search as the port gives it: Julia only, or unreachable."""

    def __init__(self) -> None:
        self.offline = False

    def search(self, query: str) -> list[Customer]:
        if self.offline:
            raise CustomersOfflineError("no route")
        return [JULIA] if query in (JULIA.customer_id, "Julia") else []

    def timeline(self, customer_id: str, *, offset: int, limit: int) -> Timeline:
        raise CustomersOfflineError("not needed")

    def offers(self, customer_id: str) -> list[Offer]:
        return []

    def claim_offer(self, offer_id: str, *, claim_id: str, staff_id: str) -> None:
        """Not needed."""

    def release_offer(self, claim_id: str) -> None:
        """Not needed."""


@pytest.fixture
def directory() -> _Directory:
    return _Directory()


@pytest.fixture
def till(tmp_path: Path, directory: _Directory) -> Till:
    t = open_till(tmp_path / "t.sqlite3", customer_directory=directory)
    t.services.staff.login("1111")
    yield from closing(t)  # type: ignore[misc]


def test_a_known_card_attaches_its_customer(till: Till) -> None:
    change = till.services.customers.attach_card("C:C0001")
    assert change.basket.customer_id == "C0001"
    assert till.services.customers.attached() == JULIA


def test_a_card_the_backend_does_not_know_is_refused_and_the_customer_stays(till: Till) -> None:
    till.services.customers.attach_card("C:C0001")
    with pytest.raises(TillError) as refused:
        till.services.customers.attach_card("C:C9999")  # a mistyped card, or another chain's
    assert refused.value.code == "customer.unknown"
    assert refused.value.params["customer_id"] == "C9999"
    assert till.services.customers.attached() == JULIA  # the visit is still Julia's


def test_offline_a_card_is_attached_by_its_id(till: Till, directory: _Directory) -> None:
    directory.offline = True
    change = till.services.customers.attach_card("C:C7777")
    assert change.basket.customer_id == "C7777"  # the backend keeps the id with the visit
