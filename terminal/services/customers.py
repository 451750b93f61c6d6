"""The Customers area's use cases: find a customer, read their cross-channel timeline, attach them to
the open visit (by card scan or from a search) so the visit's `customer_id` travels with it.

Online first: the backend's search and timeline (the `CustomerDirectory` port) know every store and the
web shop. When it cannot be asked (`CustomersOfflineError`), the till answers from its own database:
the customers the feed sent and this till's own visits and the store's web orders, marked "local" so
the screen says so. A card `C:<customer_id>` (terminal/domain/customer.py) is attached even offline and
even when the till has not heard of the id yet: the backend keeps the id with the visit.

Personal offers are applied only online (the backend holds each for the visit); the visit keeps the
offer with its claim, and the visit's event redeems it at the backend (docs/adr/0022). An offer the
visit ends without using (voided, or completed with no line carrying it) is given back at once, so
the customer can use it at another till or online: through the `Releases` port, never waited for.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import partial
from typing import Literal

from terminal.domain.customer import (
    AppliedOffer,
    Customer,
    Offer,
    Timeline,
    TimelineEntry,
    card_customer_id,
    summary_of,
)
from terminal.domain.errors import TillError
from terminal.domain.visit import Visit
from terminal.domain.visit_record import VisitRecord
from terminal.services.open_visit import BasketChange, OpenVisit
from terminal.services.ports import CustomerDirectory, CustomersOfflineError, IdFactory, Releases
from terminal.services.releases import SendNow
from terminal.services.selling import SellingService
from terminal.services.staff import StaffService
from terminal.storage import catalogue, customers, stores
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
        releases: Releases | None = None,
    ) -> None:
        self._db, self._visit, self._staff, self._directory = db, open_visit, staff, directory
        self._releases: Releases = releases or SendNow()
        self._selling, self._new_id = selling, new_id
        self._known: dict[str, Customer] = {}  # found online, maybe not on the feed yet

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
        """The customer of a card code: the till's copy, else the backend's; the id alone only while
        the backend cannot be asked (it keeps the id with the visit). A card the backend answers it does
        not know is TillError `customer.unknown`: a mistyped or foreign code never replaces the visit's
        customer."""
        customer_id = card_customer_id(raw) or raw.strip()
        if not customer_id:
            raise TillError("customer.unknown", customer_id=raw)
        known = self.customer(customer_id)
        if known.name or self._directory is None:
            return known
        try:
            found = self._directory.search(customer_id)
        except CustomersOfflineError:
            return known  # offline: attached by its id, the backend sorts it out
        except TillError as exc:
            if exc.code != "customer.query_too_short":
                raise
            return known  # an id too short to search for: kept as it is
        for customer in found:
            if customer.customer_id == customer_id:
                self._known[customer_id] = customer
                return customer
        raise TillError("customer.unknown", customer_id=customer_id)

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
                return replace(page, entries=self._with_stores(self._named(page.entries)))
        with self._db.read() as session:
            entries = customers.local_timeline(session, customer_id)
        chunk = self._with_stores(tuple(entries[offset : offset + limit]))
        after = offset + len(chunk)
        return Timeline(
            self.customer(customer_id),
            chunk,
            len(entries),
            after if after < len(entries) else None,
            "local",
        )

    def _named(self, entries: tuple[TimelineEntry, ...]) -> tuple[TimelineEntry, ...]:
        """Lines the backend sent with only their SKU get the name from this till's catalogue."""
        skus = [ln.sku for e in entries for ln in e.lines if not ln.name and ln.sku]
        if not skus:
            return entries
        with self._db.read() as session:
            names = catalogue.names_of(session, skus)
        named = []
        for e in entries:
            lines = tuple(replace(ln, name=ln.name or names.get(ln.sku, "")) for ln in e.lines)
            named.append(replace(e, lines=lines, summary=summary_of(lines)) if lines != e.lines else e)
        return tuple(named)

    def _with_stores(self, entries: tuple[TimelineEntry, ...]) -> tuple[TimelineEntry, ...]:
        """Each entry's store by its current name, as the chain's stores reached this till (ADR 0025)."""
        if not any(e.store_id for e in entries):
            return entries
        with self._db.read() as session:
            names = stores.names(session)
        return tuple(
            replace(e, store_name=names[e.store_id]) if e.store_id and e.store_id in names else e
            for e in entries
        )

    # ------------------------------------------------------------ the visit's customer

    def attached(self) -> Customer | None:
        customer_id = self._visit.visit.customer_id
        return None if customer_id is None else self.customer(customer_id)

    def attach(self, customer: Customer) -> BasketChange:
        """The open visit is for `customer` (replaces any other); refused once payment has begun, and
        while the visit holds another customer's personal offers (`customer.offers_held`)."""
        self._staff.require()
        if self._visit.payment_started:
            raise TillError("customer.payment_started")
        self._refuse_while_offers_held(customer.customer_id)
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
        self._refuse_while_offers_held(None)
        basket = self._visit.basket.with_customer(None)
        self._visit.commit_basket(basket)
        return BasketChange(basket, None, "customer")

    def _refuse_while_offers_held(self, customer_id: str | None) -> None:
        """A visit holding its customer's offers stays theirs: else the next shopper's lines of the
        group would get the discount and redeem the offer (voiding the visit gives the offers back)."""
        current = self._visit.visit.customer_id
        if self._visit.visit.offers and current is not None and customer_id != current:
            raise TillError("customer.offers_held")

    # ------------------------------------------------------------ personal offers

    def offers(self, customer_id: str) -> list[Offer]:
        """The customer's offers a till may apply now (none offline: they live at the backend)."""
        try:
            return self.open_offers(customer_id)
        except TillError:
            return []

    def open_offers(self, customer_id: str) -> list[Offer]:
        """The customer's offers a till may apply now; offline TillError `offer.offline` (an offer is
        applied only with the backend's hold on it: redeemed once, chain-wide)."""
        if self._directory is None:
            raise TillError("offer.offline")
        try:
            offers = self._directory.offers(customer_id)
        except CustomersOfflineError:
            raise TillError("offer.offline") from None
        with self._db.read() as session:
            names = customers.group_names(session, sorted({o.group_id for o in offers}))
        return [replace(o, group_name=names.get(o.group_id, "")) for o in offers]

    def applied(self) -> tuple[AppliedOffer, ...]:
        """The offers the open visit holds."""
        return self._visit.visit.offers

    def apply_offer(
        self, offer: Offer, *, customer_id: str | None = None, before_lines: bool = False
    ) -> BasketChange:
        """`claim_offer` then `take_offer` in one go (a caller that is not a screen: a screen claims
        on its worker and takes on the GUI thread); a refusal after the claim releases it."""
        applied = self.claim_offer(offer, customer_id=customer_id, before_lines=before_lines)
        try:
            return self.take_offer(applied, customer_id=customer_id, before_lines=before_lines)
        except BaseException:
            self.release_claim(applied)
            raise

    def claim_offer(
        self, offer: Offer, *, customer_id: str | None = None, before_lines: bool = False
    ) -> AppliedOffer:
        """Claim `offer` at the backend for the open visit (network: off the UI thread; the visit is
        not changed here, `take_offer` puts it in on the GUI thread). `customer_id`: whose offer it
        is, attached to a visit for nobody yet (a pickup's customer). `before_lines`: the visit may
        have no line of the group yet (at a pickup: lines of the group scanned later in this visit
        get it too; an offer that never finds a line is given back when the visit completes).
        Refused: no such line (`offer.no_lines`, unless `before_lines`), offline (`offer.offline`),
        already in the visit (`offer.applied`), a visit for another customer
        (`offer.other_customer`), or the backend's `offer.held` / `offer.redeemed` / `offer.expired`."""
        staff = self._staff.require()
        self._matching(offer.offer_id, offer.group_id, customer_id=customer_id, before_lines=before_lines)
        if self._directory is None:
            raise TillError("offer.offline")
        claim_id = self._new_id()
        try:
            self._directory.claim_offer(offer.offer_id, claim_id=claim_id, staff_id=staff.staff_id)
        except CustomersOfflineError:
            raise TillError("offer.offline") from None
        return AppliedOffer(offer.offer_id, claim_id, offer.group_id, offer.percent)

    def take_offer(
        self, applied: AppliedOffer, *, customer_id: str | None = None, before_lines: bool = False
    ) -> BasketChange:
        """Put a claimed offer into the open visit (GUI thread, no network): its percent off every
        sale line of its product group, and the offer with its claim, in one write, so the visit's
        event redeems it however the till ends (docs/adr/0022). The checks of `claim_offer` are made
        again on the visit as it is now (it may have changed during the claim); when refused, the
        caller releases the claim (`release_claim`)."""
        self._staff.require()
        matching = self._matching(
            applied.offer_id, applied.group_id, customer_id=customer_id, before_lines=before_lines
        )
        return self._selling.apply_offer(matching, applied, customer_id=customer_id)

    def release_claim(self, applied: AppliedOffer) -> None:
        """Give a claimed offer's hold back: queued, never waited for (best effort: else it lapses)."""
        directory = self._directory
        if directory is not None:
            claim_id = applied.claim_id
            what = f"offer claim {claim_id} (offer {applied.offer_id})"
            self._releases.release(what, partial(directory.release_offer, claim_id))

    def _matching(
        self, offer_id: str, group_id: str, *, customer_id: str | None, before_lines: bool
    ) -> list[int]:
        """The open visit's sale lines of the offer's group, or why the offer cannot go into it."""
        if self._visit.payment_started:
            raise TillError("customer.payment_started")
        if any(o.offer_id == offer_id for o in self._visit.visit.offers):
            raise TillError("offer.applied")
        attached = self._visit.visit.customer_id
        if customer_id is not None and attached not in (None, customer_id):
            raise TillError("offer.other_customer")  # the visit is for someone else
        lines = [ln for ln in self._visit.basket.lines if not ln.voided]
        with self._db.read() as session:
            groups = customers.groups_of(session, sorted({ln.sku for ln in lines}))
        matching = [ln.line_id for ln in lines if groups.get(ln.sku) == group_id]
        if not matching and not before_lines:
            raise TillError("offer.no_lines")
        return matching

    def visit_voided(self, visit: Visit, _tenders: object = ()) -> None:
        """The visit was thrown away: its offers' holds go back (queued; else they lapse)."""
        for offer in visit.offers:
            self.release_claim(offer)

    def visit_completed(self, visit: Visit, record: VisitRecord) -> None:
        """The visit completed: the offers it holds that no line carries (their lines voided, or none
        of the group ever came) are not in its event, so they go back now (queued) rather than stay
        held until they lapse."""
        reported = {o.claim_id for o in record.offers}
        for offer in visit.offers:
            if offer.claim_id not in reported:
                self.release_claim(offer)
