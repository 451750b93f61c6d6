"""The Customers area's use cases: find a customer, read their cross-channel timeline, attach them to
the open visit (by card scan or from a search) so the visit's `customer_id` travels with it.

Online first: the backend's search and timeline (the `CustomerDirectory` port) know every store and the
web shop. When it cannot be asked (`CustomersOfflineError`), the till answers from its own database:
the customers the feed sent and this till's own visits and the store's web orders, marked "local" so
the screen says so. A card `C:<customer_id>` (terminal/domain/customer.py) is attached even offline and
even when the till has not heard of the id yet: the backend keeps the id with the visit.
"""

from __future__ import annotations

from contextlib import suppress
from dataclasses import dataclass
from decimal import Decimal
from typing import Literal

from terminal.domain.customer import Customer, Offer, Timeline, card_customer_id
from terminal.domain.errors import TillError
from terminal.domain.pricing import Discount
from terminal.services.open_visit import BasketChange, OpenVisit
from terminal.services.ports import CustomerDirectory, CustomersOfflineError, IdFactory
from terminal.services.selling import SellingService
from terminal.services.staff import StaffService
from terminal.storage import customers
from terminal.storage.db import Database

PAGE = 100


@dataclass(frozen=True, slots=True)
class Found:
    customers: tuple[Customer, ...]
    source: Literal["live", "local"]


class CustomersService:
    def __init__(
        self,
        *,
        db: Database,
        open_visit: OpenVisit,
        staff: StaffService,
        selling: SellingService,
        new_id: IdFactory,
        directory: CustomerDirectory | None = None,
    ) -> None:
        self._db, self._visit, self._staff, self._directory = db, open_visit, staff, directory
        self._selling, self._new_id = selling, new_id
        self._known: dict[str, Customer] = {}  # found online, maybe not on the feed yet
        self.claims: dict[str, str] = {}  # offer id -> claim id, for the open visit

    # ------------------------------------------------------------ finding

    def search(self, text: str) -> Found:
        """By name, e-mail, phone or id (or a card code); at least 2 characters."""
        text = text.strip()
        by_card = card_customer_id(text)
        if by_card is not None:
            return Found((self.by_card(text),), "local" if self._directory is None else "live")
        if len(text) < 2:
            raise TillError("customer.query_too_short")
        if self._directory is not None:
            try:
                found = self._directory.search(text)
            except CustomersOfflineError:
                pass
            else:
                self._known.update((c.customer_id, c) for c in found)
                return Found(tuple(found), "live")
        with self._db.read() as session:
            return Found(tuple(customers.search(session, text)), "local")

    def by_card(self, raw: str) -> Customer:
        """The customer of a card code: the till's copy, else the backend's, else the id alone."""
        customer_id = card_customer_id(raw) or raw.strip()
        if not customer_id:
            raise TillError("customer.unknown", customer_id=raw)
        known = self.customer(customer_id)
        if known.name:
            return known
        if self._directory is not None:
            try:
                for found in self._directory.search(customer_id):
                    if found.customer_id == customer_id:
                        self._known[customer_id] = found
                        return found
            except (CustomersOfflineError, TillError):
                pass
        return known

    def customer(self, customer_id: str) -> Customer:
        """What the till knows of `customer_id` (a name "" when it knows nothing yet)."""
        with self._db.read() as session:
            local = customers.get(session, customer_id)
        return local or self._known.get(customer_id) or Customer(customer_id, "")

    def timeline(self, customer_id: str, *, offset: int = 0, limit: int = PAGE) -> Timeline:
        """One page of the timeline, newest first: the backend's, or offline the till's own."""
        if self._directory is not None:
            try:
                page = self._directory.timeline(customer_id, offset=offset, limit=limit)
            except CustomersOfflineError:
                pass
            else:
                self._known[customer_id] = page.customer
                return page
        with self._db.read() as session:
            entries = customers.local_timeline(session, customer_id)
        chunk = tuple(entries[offset : offset + limit])
        after = offset + len(chunk)
        return Timeline(
            self.customer(customer_id),
            chunk,
            len(entries),
            after if after < len(entries) else None,
            "local",
        )

    # ------------------------------------------------------------ the visit's customer

    def attached(self) -> Customer | None:
        customer_id = self._visit.visit.customer_id
        return None if customer_id is None else self.customer(customer_id)

    def attach(self, customer: Customer) -> BasketChange:
        """The open visit is for `customer` (replaces any other); refused once payment has begun."""
        self._staff.require()
        if self._visit.payment_started:
            raise TillError("customer.payment_started")
        if customer.name:
            self._known.setdefault(customer.customer_id, customer)
        basket = self._visit.basket.with_customer(customer.customer_id)
        self._visit.commit_basket(basket)
        return BasketChange(basket, None, "customer")

    def attach_card(self, raw: str) -> BasketChange:
        return self.attach(self.by_card(raw))

    def detach(self) -> BasketChange:
        self._staff.require()
        if self._visit.payment_started:
            raise TillError("customer.payment_started")
        basket = self._visit.basket.with_customer(None)
        self._visit.commit_basket(basket)
        return BasketChange(basket, None, "customer")

    # ------------------------------------------------------------ personal offers

    def offers(self, customer_id: str) -> list[Offer]:
        """The customer's offers a till may apply now (none offline: they live at the backend)."""
        if self._directory is None:
            return []
        try:
            return self._directory.offers(customer_id)
        except CustomersOfflineError:
            return []

    def apply_offer(self, offer: Offer) -> BasketChange:
        """Claim `offer` at the backend for the visit's customer, then take its percent off every line
        of its product group. Refused: no such line (`offer.no_lines`), offline (`customer.offline`),
        or the backend's `offer.held` / `offer.redeemed` (another till has it)."""
        staff = self._staff.require()
        if self._directory is None:
            raise CustomersOfflineError("no backend")
        if offer.offer_id in self.claims:
            raise TillError("offer.applied")
        lines = [ln for ln in self._visit.basket.lines if not ln.voided]
        with self._db.read() as session:
            groups = customers.groups_of(session, sorted({ln.sku for ln in lines}))
        matching = [ln.line_id for ln in lines if groups.get(ln.sku) == offer.group_id]
        if not matching:
            raise TillError("offer.no_lines")
        claim_id = self._new_id()
        self._directory.claim_offer(offer.offer_id, claim_id=claim_id, staff_id=staff.staff_id)
        discount = Discount.of_percent(Decimal(offer.percent), reason=f"offer {offer.offer_id}")
        try:
            change = self._selling.apply_offer(matching, discount, offer_id=offer.offer_id)
        except BaseException:
            self._directory.release_offer(claim_id)
            raise
        self.claims[offer.offer_id] = claim_id
        return change

    def visit_completed(self, receipt_number: str) -> None:
        """The visit with applied offers completed: each is redeemed at the backend (runs off the UI
        thread; a failure leaves the claim, which the backend lets run out)."""
        claims, self.claims = self.claims, {}
        if self._directory is None:
            return
        for claim_id in claims.values():
            self._directory.redeem_offer(claim_id, receipt_number)

    def visit_voided(self, _visit: object, _tenders: object = ()) -> None:
        """The visit was thrown away: its offers go back (best effort; else their holds run out)."""
        claims, self.claims = self.claims, {}
        if self._directory is None:
            return
        for claim_id in claims.values():
            with suppress(TillError):
                self._directory.release_offer(claim_id)
