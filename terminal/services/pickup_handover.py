"""Handing a web order over at the counter: scan each item, claim the order, put it into the visit.

`start` opens a handover of an order found by QR, code or name (terminal/services/pickups.py);
`scan`, `confirm_count` and `refuse` change it (pure values, terminal/domain/pickup.py). Before
the handover, `claim` asks the backend (through the `PickupClaims` port, off the UI thread) so that
two tills cannot hand over one order; an unreachable backend allows an offline handover (`claimed:
false`). `hand_over` puts the collected quantities into the open visit as handover lines and
remembers the pending handover in the same transaction. The visit is then paid at the sale screen as
usual; `record_handovers` (a checkout hook) writes `pickup.handed_over` with the visit's receipt
number in the transaction that completes the visit: the whole visit with its handover, or nothing.

An abandoned handover gives its claim back at once, so the customer can be served at another till:
the visit voided (`visit_voided`, a void hook), the order taken out of the visit (`remove_order`), or
the handover failing after the claim (`hand_over` refused). The release goes through the `Releases`
port (sent off the UI thread, retried until the claim would lapse anyway) for every handover, claimed
or offline: an offline answer may hide a claim that went through. A completed visit releases nothing:
its `pickup.handed_over` closes the order at the backend.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from functools import partial
from typing import Any

from terminal.domain.errors import TillError
from terminal.domain.money import Money
from terminal.domain.pickup import Handover
from terminal.domain.visit import Visit
from terminal.domain.visit_record import VisitRecord
from terminal.services import pickup_events
from terminal.services.context import TillContext
from terminal.services.pickups import Found, PickupsService
from terminal.services.ports import ClaimAnswer, Clock, IdFactory, PickupClaims, Releases
from terminal.services.releases import SendNow
from terminal.services.staff import StaffService
from terminal.services.visit_lines import HandoverSpec, VisitChange, VisitLinesService
from terminal.storage import catalogue, outbox, web_orders
from terminal.storage.db import Database, Transaction

REFUSE_REASONS = ("damaged", "wrong_item", "not_wanted", "other")
CONFIRM_REASONS = ("no_barcode", "label_damaged", "bulky")


@dataclass(frozen=True)
class Collector:
    """Who takes the goods: the customer, or someone they sent (authorised); an ID checked or not."""

    name: str = ""
    authorised: bool = False
    id_checked: bool = False


class _Offline:
    def claim(self, order_number: str, **_: Any) -> ClaimAnswer:
        """No backend configured: every handover is an offline one."""
        return ClaimAnswer("offline")

    def release(self, order_number: str, handover_id: str) -> None:
        """Nothing was claimed anywhere."""


class HandoverService:
    """The counter's side of click-and-collect."""

    def __init__(
        self,
        *,
        db: Database,
        ctx: TillContext,
        staff: StaffService,
        pickups: PickupsService,
        visit_lines: VisitLinesService,
        clock: Clock,
        new_id: IdFactory,
        claims: PickupClaims | None = None,
        releases: Releases | None = None,
    ) -> None:
        self._db = db
        self._ctx = ctx
        self._staff = staff
        self._pickups = pickups
        self._lines = visit_lines
        self._clock = clock
        self._new_id = new_id
        self._claims: PickupClaims = claims or _Offline()
        self._releases: Releases = releases or SendNow()

    def start(self, found: Found, code: str | None = None) -> Handover:
        return Handover.start(found.order, found.found_by, code)

    def scan(self, handover: Handover, raw: str) -> Handover:
        sku, name = self._pickups.article(raw)
        return handover.scan(sku, article_name=name)[0]

    def claim(self, handover: Handover, *, collector: Collector, handover_id: str) -> ClaimAnswer:
        """Claim the order at the backend (network: run it off the UI thread). A refusal raises
        TillError in the cashier's words; `offline` lets the handover go on without a claim."""
        staff = self._staff.require()
        _check_ready(handover, collector)
        answer = self._claims.claim(
            handover.order.order_number,
            code=handover.code,
            found_by=handover.found_by,
            id_checked=collector.id_checked,
            staff_id=staff.staff_id,
            handover_id=handover_id,
        )
        if answer.outcome == "refused":
            raise TillError(
                answer.code or "pickup.refused", order_number=handover.order.order_number, **answer.detail
            )
        return answer

    def hand_over(
        self, handover: Handover, *, collector: Collector, claimed: bool, handover_id: str
    ) -> VisitChange:
        """The collected quantities into the open visit, and the pending handover, in one transaction.
        Refused (raised), the claim goes back: the handover did not happen."""
        try:
            return self._put(handover, collector=collector, claimed=claimed, handover_id=handover_id)
        except BaseException:
            self._release([(handover_id, handover.order.order_number)])
            raise

    def _put(
        self, handover: Handover, *, collector: Collector, claimed: bool, handover_id: str
    ) -> VisitChange:
        staff = self._staff.require()
        _check_ready(handover, collector)
        order = handover.order
        specs = []
        with self._db.read() as session:
            for h in handover.lines:
                if h.collected <= 0:
                    continue
                product = catalogue.get_product(session, h.line.sku)
                if product is None:
                    raise TillError("catalogue.unknown_sku", sku=h.line.sku)
                specs.append(
                    HandoverSpec(
                        order_number=order.order_number,
                        order_line_no=h.line.line_no,
                        sku=h.line.sku,
                        name=h.line.name or product.name,
                        quantity=h.collected,
                        unit_price=Money(h.line.unit_price_minor, order.currency),
                        vat=self._ctx.vat_rate(product.vat_code),
                        paid_online=order.nothing_to_pay,
                        unit="kg" if product.unit == "kg" else "pc",
                    )
                )
        details = {
            "staff_id": staff.staff_id,
            "found_by": handover.found_by,
            "claimed": claimed,
            "collector": collector.name.strip() or order.customer_name or "-",
            "authorised": collector.authorised,
            "id_checked": collector.id_checked,
            "lines": [
                {
                    "line_no": h.line.line_no,
                    "sku": h.line.sku,
                    "name": h.line.name,  # for the handover slip (terminal/services/handover_slips.py)
                    "refused": str(h.refused),
                    "missing": str(h.missing),
                    "reason": h.refuse_reason if h.refused > 0 else ("missing" if h.missing > 0 else None),
                    "confirm_reason": h.confirm_reason,
                }
                for h in handover.lines
            ],
        }

        def remember(session: Transaction) -> None:
            web_orders.add_pending_handover(
                session,
                handover_id=handover_id,
                order_number=order.order_number,
                terminal_id=self._ctx.terminal_id,
                details=details,
                at=self._clock(),
            )

        return self._lines.add_handovers(specs, also=remember)

    def remove_order(self, order_number: str) -> VisitChange:
        """Take the order's handover lines out of the open visit (before any tender), forget its
        pending handover and give its claim back. An order not in the open visit changes nothing (a
        parked visit's handover of it stays as it is)."""
        ids = [h.line_id for h in self._lines.visit.handovers if h.order_number == order_number]
        if not ids:
            return VisitChange(self._lines.visit, None, "line_removed")
        with self._db.read() as session:
            pending = web_orders.pending_handovers(session, self._ctx.terminal_id, [order_number])
        change = self._lines.remove_lines(
            ids, also=lambda s: web_orders.drop_pending_handovers(s, [p[0] for p in pending])
        )
        self._release((handover_id, number) for handover_id, number, _ in pending)
        return change

    def visit_voided(self, visit: Visit, _tenders: object = ()) -> None:
        """Void hook: the thrown-away visit's handovers will not happen; their claims go back."""
        orders = {h.order_number for h in visit.handovers}
        if not orders:
            return
        with self._db.write() as session:
            pending = web_orders.pending_handovers(session, self._ctx.terminal_id, orders)
            web_orders.drop_pending_handovers(session, [p[0] for p in pending])
        self._release((handover_id, number) for handover_id, number, _ in pending)

    def record_handovers(self, session: Transaction, record: VisitRecord, at: datetime) -> None:
        """Checkout hook: the completed visit's pending handovers become `pickup.handed_over` events."""
        orders = {h.order_number for h in record.handovers}
        for handover_id, order_number, details in web_orders.pending_handovers(
            session, record.terminal_id, orders
        ):
            payload = pickup_events.handed_over(
                record=record, handover_id=handover_id, order_number=order_number, details=details
            )
            outbox.append_event(
                session, event_id=self._new_id(), type="pickup.handed_over", occurred_at=at, payload=payload
            )
            web_orders.finish_handover(session, handover_id, receipt_number=record.receipt_number)
            web_orders.set_progress(session, order_number, state="handed_over", pick_id=None, at=at)

    def _release(self, handovers: Iterable[tuple[str, str]]) -> None:
        for handover_id, order_number in handovers:
            self._releases.release(
                f"pickup claim {order_number} (handover {handover_id})",
                partial(self._claims.release, order_number, handover_id),
            )


def missing_for_handover(handover: Handover, collector: Collector) -> tuple[str, ...]:
    """What is still missing before the order may be handed over (refusal codes, in screen order)."""
    missing = []
    if not handover.collected_any:
        missing.append("pickup.nothing_collected")
    if handover.found_by == "name" and not collector.id_checked:
        missing.append("pickup.id_check_needed")
    if (handover.found_by == "name" or collector.authorised) and not collector.name.strip():
        missing.append("pickup.collector_needed")
    return tuple(missing)


def _check_ready(handover: Handover, collector: Collector) -> None:
    """Refuses with everything missing at once (the cashier fixes it all in one go, not one by one);
    checked before the claim too, so an order is never claimed for a handover that cannot happen."""
    missing = missing_for_handover(handover, collector)
    number = handover.order.order_number
    if len(missing) == 1:
        raise TillError(missing[0], order_number=number)
    if missing:
        raise TillError("pickup.handover_incomplete", order_number=number, missing=missing)


def refused_total(handover: Handover) -> Decimal:
    """How many units the customer refused (for the screen's summary)."""
    return sum((h.refused for h in handover.lines), Decimal(0))
