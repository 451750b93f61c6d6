"""Putting return and handover lines into the open visit, and taking them out again.

These are the visit's own operations, without the rules around them: the returns use case (what may
be returned, at which price, with whose approval, claimed at the backend) and the pickups use case
(which order, which code, which items scanned) decide, then call these. Each call persists the open
visit in its own small transaction and returns a `VisitChange` for the screens.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal

from terminal.domain.basket_line import Unit
from terminal.domain.checkout import CheckoutState
from terminal.domain.errors import TillError
from terminal.domain.money import Money
from terminal.domain.returns import OriginalTender
from terminal.domain.tax import VatRate
from terminal.domain.visit import Disposition, ReturnOrigin, Visit
from terminal.services.open_visit import OpenVisit
from terminal.services.staff import StaffService
from terminal.storage.db import Transaction


@dataclass(frozen=True)
class HandoverSpec:
    """One web-order line to hand over in the visit."""

    order_number: str
    order_line_no: int
    sku: str
    name: str
    quantity: Decimal
    unit_price: Money
    vat: VatRate
    paid_online: bool
    unit: Unit = "pc"


@dataclass(frozen=True)
class ReturnSpec:
    """One return line to put into the visit (the returns use case decided every field)."""

    origin: ReturnOrigin
    sku: str
    name: str
    quantity: Decimal
    refund: Money
    vat: VatRate
    reason: str
    reason_text: str = ""
    disposition: Disposition = Disposition.RESTOCK
    claim_id: str | None = None
    verified: bool = True
    unit: Unit = "pc"
    approved_by: str | None = None
    override_reason: str = ""
    origin_tenders: tuple[OriginalTender, ...] = ()
    paid_online: bool = False


@dataclass(frozen=True)
class VisitChange:
    """What changed in the visit: the new visit and the line touched (return or handover id)."""

    visit: Visit
    line_id: int | None
    kind: str  # return_added, handover_added, line_removed


class VisitLinesService:
    """The open visit's return and handover lines."""

    def __init__(self, *, open_visit: OpenVisit, staff: StaffService) -> None:
        self._visit = open_visit
        self._staff = staff

    def add_return(
        self,
        *,
        origin: ReturnOrigin,
        sku: str,
        name: str,
        quantity: Decimal,
        refund: Money,
        vat: VatRate,
        reason: str,
        reason_text: str = "",
        disposition: Disposition = Disposition.RESTOCK,
        claim_id: str | None = None,
        verified: bool = True,
        unit: Unit = "pc",
        approved_by: str | None = None,
        override_reason: str = "",
    ) -> VisitChange:
        self._ready()
        visit, line = self._visit.visit.add_return(
            origin=origin,
            sku=sku,
            name=name,
            quantity=quantity,
            refund=refund,
            vat=vat,
            reason=reason,
            reason_text=reason_text,
            disposition=disposition,
            claim_id=claim_id,
            verified=verified,
            unit=unit,
            approved_by=approved_by,
            override_reason=override_reason,
        )
        self._visit.commit(visit)
        return VisitChange(visit, line.line_id, "return_added")

    def add_returns(
        self, specs: Sequence[ReturnSpec], *, also: Callable[[Transaction], None] | None = None
    ) -> VisitChange:
        """Several return lines at once, persisted in ONE transaction with what `also` writes (the
        audit of a manager's override): all of them go into the visit, or none."""
        self._ready()
        visit = self._visit.visit
        last = None
        for spec in specs:
            visit, last = visit.add_return(
                origin=spec.origin,
                sku=spec.sku,
                name=spec.name,
                quantity=spec.quantity,
                refund=spec.refund,
                vat=spec.vat,
                reason=spec.reason,
                reason_text=spec.reason_text,
                disposition=spec.disposition,
                claim_id=spec.claim_id,
                verified=spec.verified,
                unit=spec.unit,
                approved_by=spec.approved_by,
                override_reason=spec.override_reason,
                origin_tenders=spec.origin_tenders,
                paid_online=spec.paid_online,
            )
        if last is None:
            raise TillError("return.nothing_chosen")
        self._visit.commit(visit, also=also)
        return VisitChange(visit, last.line_id, "return_added")

    def add_handover(
        self,
        *,
        order_number: str,
        order_line_no: int,
        sku: str,
        name: str,
        quantity: Decimal,
        unit_price: Money,
        vat: VatRate,
        paid_online: bool,
        unit: Unit = "pc",
    ) -> VisitChange:
        self._ready()
        visit, line = self._visit.visit.add_handover(
            order_number=order_number,
            order_line_no=order_line_no,
            sku=sku,
            name=name,
            quantity=quantity,
            unit_price=unit_price,
            vat=vat,
            paid_online=paid_online,
            unit=unit,
        )
        self._visit.commit(visit)
        return VisitChange(visit, line.line_id, "handover_added")

    def add_handovers(
        self, lines: Sequence[HandoverSpec], *, also: Callable[[Transaction], None] | None = None
    ) -> VisitChange:
        """Several handover lines of one order at once, persisted in ONE transaction together with
        what `also` writes (the pickup's pending handover), so a crash keeps both or neither."""
        self._ready()
        visit = self._visit.visit
        last = None
        for spec in lines:
            visit, last = visit.add_handover(
                order_number=spec.order_number,
                order_line_no=spec.order_line_no,
                sku=spec.sku,
                name=spec.name,
                quantity=spec.quantity,
                unit_price=spec.unit_price,
                vat=spec.vat,
                paid_online=spec.paid_online,
                unit=spec.unit,
            )
        if last is None:
            raise TillError("pickup.nothing_collected")
        self._visit.commit(visit, also=also)
        return VisitChange(visit, last.line_id, "handover_added")

    @property
    def visit(self) -> Visit:
        """The open visit as it stands."""
        return self._visit.visit

    def remove(self, line_id: int) -> VisitChange:
        """Take a return or handover line out again (before any tender)."""
        return self.remove_lines((line_id,))

    def remove_lines(
        self, line_ids: Sequence[int], *, also: Callable[[Transaction], None] | None = None
    ) -> VisitChange:
        """Take several return or handover lines out at once (before any tender), persisted in ONE
        transaction together with what `also` writes."""
        self._ready()
        visit = self._visit.visit
        for line_id in line_ids:
            visit = visit.remove_line(line_id)
        self._visit.commit(visit, also=also)
        return VisitChange(visit, line_ids[-1] if line_ids else None, "line_removed")

    def _ready(self) -> None:
        self._staff.require()
        if self._visit.state is not CheckoutState.SCANNING:
            raise TillError("checkout.payment_in_progress")
