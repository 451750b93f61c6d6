"""Parking: set the open visit aside while the customer fetches something, and bring it back later.

A parked visit is stored whole (its persisted form, version 2) in `parked_basket`; one written by an
earlier release (a bare basket) is read as well. Parking is refused once a tender was taken.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from terminal.domain.checkout import CheckoutEvent, CheckoutState
from terminal.domain.errors import TillError
from terminal.domain.money import Money
from terminal.services.context import TillContext
from terminal.services.open_visit import BasketChange, OpenVisit, read_state, state_dict
from terminal.services.ports import Clock, IdFactory
from terminal.services.staff import StaffService
from terminal.storage import baskets
from terminal.storage.db import Database


@dataclass(frozen=True)
class ParkedBasket:
    """A visit set aside for later: shown in the resume list."""

    parked_id: str
    label: str
    parked_at: datetime
    total: Money
    item_count: Decimal


class ParkingService:
    """Park the open visit, list what is parked, resume one."""

    def __init__(
        self,
        *,
        db: Database,
        ctx: TillContext,
        open_visit: OpenVisit,
        staff: StaffService,
        clock: Clock,
        new_id: IdFactory,
    ) -> None:
        self._db = db
        self._ctx = ctx
        self._visit = open_visit
        self._staff = staff
        self._clock = clock
        self._new_id = new_id

    def park(self, label: str = "") -> BasketChange:
        """Set the visit aside and start an empty one."""
        staff = self._staff.require()
        if self._visit.state is not CheckoutState.SCANNING:
            raise TillError("checkout.payment_in_progress")
        if self._visit.visit.is_empty:
            raise TillError("basket.empty")
        self._visit.check(CheckoutEvent.PARK)
        with self._db.write() as session:
            baskets.park_basket(
                session,
                parked_id=self._new_id(),
                terminal_id=self._ctx.terminal_id,
                label=label,
                data=state_dict(self._visit.visit, ()),
                at=self._clock(),
                staff_id=staff.staff_id,
            )
            baskets.clear_open_basket(session, self._ctx.terminal_id)
        self._visit.reset()
        return BasketChange(self._visit.basket, None, "parked")

    def parked(self) -> list[ParkedBasket]:
        with self._db.read() as session:
            rows = baskets.list_parked(session, self._ctx.terminal_id)
        out = []
        for row in rows:
            visit, _tenders = read_state(row.data)
            totals = visit.totals()
            count = visit.basket.totals().item_count
            out.append(ParkedBasket(row.parked_id, row.label, row.parked_at, totals.balance, count))
        return out

    def resume(self, parked_id: str) -> BasketChange:
        """Bring a parked visit back; refused while another visit is open."""
        self._staff.require()
        if not self._visit.visit.is_empty or self._visit.payment_started:
            raise TillError("basket.not_empty")
        with self._db.write() as session:
            parked = baskets.take_parked(session, parked_id)
            if parked is None:
                raise TillError("basket.no_such_parked", parked_id=parked_id)
            self._visit.visit, _tenders = read_state(parked.data)
            self._visit.tenders = ()
            self._visit.write(session)
        return BasketChange(self._visit.basket, None, "resumed")
