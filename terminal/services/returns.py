"""Taking things back at the till: find the original, choose what comes back, claim it, put it into
the visit (DESIGN.md "Returns and exchanges").

- `find(text)`: a scanned receipt code (`R:<receipt>`), a receipt number, a web-order number or a
  pickup QR (`P:<order>:<code>` names the order). Online the backend answers for any store; a
  receipt it does not know yet (this till's, not synced) and every receipt while offline come from
  this till's own history; anything else offline is "unverified": no lines known, the cashier scans
  what comes back (`add_article`) and a manager approves.
- `add(original, choices)`: the chosen lines of a known original, refused when paid in another
  currency than the till's (no rate to refund it with), final sale or more than returnable (what
  the till knows, less what the visit holds already), a manager's override when the window ended.
  Online each line is claimed at the backend first (its claim id is the line's `claim_id`; all
  lines or none); a claim the backend cannot take (offline) makes an own receipt's line go on with
  the local check and another till's need a manager (`verified=False`).
- `add_article(original | None, raw, …)`: an unverified receipt's article at the till's current price,
  or a return without a receipt at the article's lowest recent price (online only), both with a
  manager's approval. Every override goes into the till's audit log, in the visit's transaction.
- `remove(line_id)` and a voided visit (`visit_voided`) release the claims (best effort, through the
  `Releases` port: sent off the caller's thread, retried, else the claim lapses).

The refund of a line is the price actually paid for those units (`terminal/domain/returns.py`
`line_refund`); which way it goes back is `Visit.suggested_refund()` and the lines' `origin_tenders`
and `paid_online` (the payment side settles it).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from functools import partial
from typing import Any

from terminal.domain import approvals
from terminal.domain import returns as rules
from terminal.domain.basket_line import UNITS, Unit, check_quantity
from terminal.domain.errors import TillError
from terminal.domain.money import Money
from terminal.domain.pricing import extended_price
from terminal.domain.returns import Original, OriginalLine
from terminal.domain.staff import Action, Approval, StaffMember
from terminal.domain.tax import VatRate
from terminal.domain.visit import Disposition, ReturnOrigin, Visit
from terminal.services import return_originals as originals
from terminal.services.context import TillContext
from terminal.services.open_visit import OpenVisit
from terminal.services.ports import (
    BarcodeParser,
    ClaimRequest,
    Clock,
    IdFactory,
    Releases,
    ReturnsBackend,
    ReturnsOfflineError,
)
from terminal.services.releases import SendNow
from terminal.services.return_originals import parse_reference
from terminal.services.scans import find_article
from terminal.services.staff import StaffService
from terminal.services.visit_lines import ReturnSpec, VisitChange, VisitLinesService
from terminal.storage import audit, catalogue
from terminal.storage import returns as store
from terminal.storage.catalogue import ProductRecord
from terminal.storage.db import Database, Transaction

AUDIT_ACTION = "return.override"


@dataclass(frozen=True)
class Choice:
    """What the cashier chose of one original line."""

    line_no: int
    quantity: Decimal
    reason: str
    reason_text: str = ""
    disposition: str = "restock"


@dataclass(frozen=True)
class _Planned:
    spec: ReturnSpec
    why: str | None  # an override's code, or None


@dataclass(frozen=True)
class Prepared:
    """Return lines checked, approved and claimed (the network part, off the UI thread), ready to go
    into the visit with `put` (on the UI thread, which owns the open visit)."""

    lines: tuple[_Planned, ...]
    claims: tuple[str, ...] = ()


class ReturnsService:
    """Finding originals and putting their returns into the open visit."""

    def __init__(
        self,
        *,
        db: Database,
        ctx: TillContext,
        staff: StaffService,
        open_visit: OpenVisit,
        visit_lines: VisitLinesService,
        parser: BarcodeParser,
        clock: Clock,
        new_id: IdFactory,
        backend: ReturnsBackend | None = None,
        releases: Releases | None = None,
    ) -> None:
        self._db = db
        self._releases: Releases = releases or SendNow()
        self._ctx = ctx
        self._staff = staff
        self._visit = open_visit
        self._lines = visit_lines
        self._parser = parser
        self._clock = clock
        self._new_id = new_id
        self._backend = backend

    # ------------------------------------------------------------ finding the original

    def find(self, text: str) -> Original:
        """The original behind a scan or what was typed (see the module's docstring), its store by
        name where the till knows the name (`return_originals.with_store_name`)."""
        self._staff.require()
        return originals.with_store_name(self._db, self._ctx, self._find(text))

    def _find(self, text: str) -> Original:
        kind, reference = parse_reference(text)
        if self._backend is not None:
            try:
                found = (
                    self._backend.receipt(reference)
                    if kind == "receipt"
                    else self._backend.web_order(reference)
                )
            except ReturnsOfflineError:
                pass
            except TillError as exc:
                if exc.code != "return.unknown_receipt":
                    raise
                own = self._own(reference)  # this till's, not synced yet
                if own is None:
                    raise
                return own
            else:
                return originals.with_local_returns(self._db, found)
        if kind == "receipt":
            own = self._own(reference)
            if own is not None:
                return own
        return Original(kind=kind, reference=reference, source="unverified", currency=self._ctx.currency)

    def today(self) -> date:
        return self._clock().astimezone().date()

    def in_visit(self, original: Original) -> dict[int, Decimal]:
        """What the open visit already gives back of each line of `original`."""
        held: dict[int, Decimal] = {}
        for line in self._visit.visit.returns:
            o = line.origin
            if o.kind == original.kind and o.reference == original.reference and o.line_no is not None:
                held[o.line_no] = held.get(o.line_no, Decimal(0)) + line.quantity
        return held

    # ------------------------------------------------------------ lines of a known original

    def add(
        self,
        original: Original,
        choices: Sequence[Choice],
        approval: Approval | None = None,
        override_reason: str = "",
    ) -> VisitChange:
        """Put the chosen lines into the visit (claimed first, online); see the module's docstring."""
        return self.put(self.prepare(original, choices, approval, override_reason))

    def put(self, prepared: Prepared) -> VisitChange:
        """Prepared lines into the visit, with the audit of their overrides, in one transaction; their
        claims are released when that fails."""
        staff = self._staff.require()
        try:
            return self._put(staff, prepared.lines)
        except BaseException:
            self._release(prepared.claims)
            raise

    def check_override(self, approval: Approval | None = None) -> Approval | None:
        """Refuse (`ApprovalRequiredError`) unless a manager is logged in or approved: the screen asks
        first, before a look-up that may wait on the network."""
        return approvals.require(self._staff.require().role, Action.RETURN_OVERRIDE, approval)

    def prepare(
        self,
        original: Original,
        choices: Sequence[Choice],
        approval: Approval | None = None,
        override_reason: str = "",
    ) -> Prepared:
        """Check, approve and claim the chosen lines (network: off the UI thread)."""
        staff = self._staff.require()
        if not original.verified:
            raise TillError("return.scan_articles", reference=original.reference)
        if not choices:
            raise TillError("return.nothing_chosen")
        if original.currency != self._ctx.currency:  # a Budapest receipt at a Berlin till: no rate to
            # refund forints in euros with, and a visit holds one currency; refused before any claim
            raise TillError(
                "return.other_currency",
                reference=original.reference,
                currency=original.currency,
                expected=self._ctx.currency,
            )
        held = self.in_visit(original)
        today = self.today()
        window_ended: list[OriginalLine] = []
        for choice in choices:
            line = original.line(choice.line_no)
            rules.check_reason(choice.reason, choice.reason_text)
            rules.check_disposition(choice.disposition)
            check_quantity(_unit(line.unit), choice.quantity)
            if choice.line_no in held:
                raise TillError("return.already_in_visit", reference=original.reference, line_no=line.line_no)
            rules.check_quantity(line, choice.quantity)
            if rules.line_state(line, today) == "window_ended":
                window_ended.append(line)
        approved = self._approved(staff, approval) if window_ended else None
        claims: list[str] = []
        verified = True
        why_all: str | None = None
        if original.source == "backend" and self._backend is not None:
            try:
                claims = self._claim(staff, original, choices)
            except ReturnsOfflineError:
                claims = []
                if original.terminal_id != self._ctx.terminal_id:  # not checked against anything here
                    approved = self._approved(staff, approval)
                    verified = False
                    why_all = rules.OVERRIDE_UNVERIFIED
        planned = []
        for i, choice in enumerate(choices):
            line = original.line(choice.line_no)
            why = why_all or (rules.OVERRIDE_WINDOW if line in window_ended else None)
            refund = Money(rules.line_refund(line, choice.quantity), original.currency)
            spec = ReturnSpec(
                origin=ReturnOrigin(original.kind, original.reference, line.line_no),
                sku=line.sku,
                name=line.name,
                quantity=choice.quantity,
                refund=refund,
                vat=_rate(line),
                reason=choice.reason,
                reason_text=choice.reason_text.strip(),
                disposition=Disposition(choice.disposition),
                claim_id=claims[i] if claims else None,
                verified=verified,
                unit=_unit(line.unit),
                approved_by=approved.staff_id if why and approved else None,
                override_reason=(override_reason.strip() or why) if why else "",
                origin_tenders=original.tenders,
                paid_online=original.paid_online,
            )
            planned.append(_Planned(spec, why))
        return Prepared(tuple(planned), tuple(claims))

    # ------------------------------------------------------------ articles without a known line

    def add_article(
        self,
        original: Original | None,
        raw: str,
        *,
        quantity: Decimal,
        reason: str,
        reason_text: str = "",
        disposition: str = "restock",
        approval: Approval | None = None,
        override_reason: str = "",
    ) -> VisitChange:
        """An article of an unverified receipt (at the till's price) or one without a receipt (`original`
        None: at its lowest recent price, online only); a manager approves either."""
        return self.put(
            self.prepare_article(
                original,
                raw,
                quantity=quantity,
                reason=reason,
                reason_text=reason_text,
                disposition=disposition,
                approval=approval,
                override_reason=override_reason,
            )
        )

    def prepare_article(
        self,
        original: Original | None,
        raw: str,
        *,
        quantity: Decimal,
        reason: str,
        reason_text: str = "",
        disposition: str = "restock",
        approval: Approval | None = None,
        override_reason: str = "",
    ) -> Prepared:
        """`add_article`'s checks and look-ups (network: off the UI thread)."""
        staff = self._staff.require()
        if original is not None and original.verified:
            raise TillError("return.choose_lines", reference=original.reference)
        rules.check_reason(reason, reason_text)
        rules.check_disposition(disposition)
        product = self.article(raw)
        check_quantity(_unit(product.unit), quantity)
        policy = self._policy(product.sku)
        if policy.final_sale:
            raise TillError("return.final_sale", name=product.name)
        if original is None:
            approved = self._approved(staff, approval)  # before the look-up: nobody waits for nothing
            unit_refund = self._lowest_price(product)
            origin = ReturnOrigin.no_receipt()
            why, verified = rules.OVERRIDE_NO_RECEIPT, True
        else:
            approved = self._approved(staff, approval)
            unit_refund = product.price
            origin = ReturnOrigin(original.kind, original.reference, None)
            why, verified = rules.OVERRIDE_UNVERIFIED, False
        spec = ReturnSpec(
            origin=origin,
            sku=product.sku,
            name=product.name,
            quantity=quantity,
            refund=extended_price(unit_refund, quantity),
            vat=self._ctx.vat_rate(product.vat_code),
            reason=reason,
            reason_text=reason_text.strip(),
            disposition=Disposition(disposition),
            verified=verified,
            unit=_unit(product.unit),
            approved_by=(approved or staff).staff_id,
            override_reason=override_reason.strip() or why,
        )
        return Prepared((_Planned(spec, why),))

    def article(self, raw: str) -> ProductRecord:
        """The product behind a scan, a barcode or an article number."""
        text = raw.strip()
        if not text:
            raise TillError("barcode.empty")
        with self._db.read() as session:
            product = find_article(session, self._parser, text)
        if product is None:
            raise TillError("catalogue.unknown_barcode", code=text)
        return product

    def search(self, text: str) -> list[ProductRecord]:
        """Articles by name or number, to take back without a barcode."""
        with self._db.read() as session:
            return catalogue.search_products(session, text, limit=20)

    # ------------------------------------------------------------ taking lines out again

    def remove(self, line_id: int) -> VisitChange:
        """Take a return line out of the visit and release its claim."""
        line = next((r for r in self._visit.visit.returns if r.line_id == line_id), None)
        change = self._lines.remove(line_id)
        if line is not None and line.claim_id:
            self._release([line.claim_id])
        return change

    def visit_voided(self, visit: Visit, _tenders: object = ()) -> None:
        """The visit was thrown away: its claims go back (best effort)."""
        self._release([r.claim_id for r in visit.returns if r.claim_id])

    # ------------------------------------------------------------ helpers

    def _own(self, receipt_number: str) -> Original | None:
        with self._db.read() as session:
            return store.own_receipt(session, receipt_number)

    def _policy(self, sku: str) -> rules.Policy:
        with self._db.read() as session:
            return store.policies(session, [sku])[sku]

    def _lowest_price(self, product: ProductRecord) -> Money:
        if self._backend is None:
            raise TillError("return.no_receipt_offline")
        try:
            lowest = self._backend.lowest_price(product.sku)
        except ReturnsOfflineError:
            raise TillError("return.no_receipt_offline") from None
        return Money(lowest.lowest_minor, lowest.currency)

    def _approved(self, staff: StaffMember, approval: Approval | None) -> StaffMember | None:
        """The manager who approves a return override: the one logged in, or the approval's."""
        given = approvals.require(staff.role, Action.RETURN_OVERRIDE, approval)
        if given is None:
            return staff
        return StaffMember(given.manager_id, given.manager_name, staff.role)

    def _claim(self, staff: StaffMember, original: Original, choices: Sequence[Choice]) -> list[str]:
        """One claim per line (a line removed later releases its own); all or none."""
        assert self._backend is not None
        claims: list[str] = []
        try:
            for choice in choices:
                claim_id = self._new_id()
                request = ClaimRequest(original.kind, original.reference, choice.line_no, choice.quantity)
                self._backend.claim(claim_id, staff.staff_id, [request])
                claims.append(claim_id)
        except BaseException:
            self._release(claims)
            raise
        return claims

    def _release(self, claim_ids: Sequence[str]) -> None:
        """Queued, never waited for (a void must not freeze the counter on a slow backend)."""
        if self._backend is None:
            return
        for claim_id in claim_ids:
            self._releases.release(f"return claim {claim_id}", partial(self._backend.release, claim_id))

    def _put(self, staff: StaffMember, planned: Sequence[_Planned]) -> VisitChange:
        at = self._clock()

        def audit_overrides(session: Transaction) -> None:
            for item in planned:
                if item.why is None:
                    continue
                s = item.spec
                details: dict[str, Any] = {
                    "why": item.why,
                    "override_reason": s.override_reason,
                    "origin_kind": s.origin.kind,
                    "reference": s.origin.reference,
                    "line_no": s.origin.line_no,
                    "sku": s.sku,
                    "quantity": str(s.quantity),
                    "refund_minor": s.refund.amount_minor,
                }
                audit.append(session, action=AUDIT_ACTION, at=at, staff_id=staff.staff_id,
                             approved_by=s.approved_by, details=details)  # fmt: skip

        return self._lines.add_returns([p.spec for p in planned], also=audit_overrides)


def _rate(line: OriginalLine) -> VatRate:
    return VatRate(line.vat_code, line.vat_percent)


def _unit(value: str) -> Unit:
    return value if value in UNITS else "pc"
