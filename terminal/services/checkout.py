"""Checkout: take tenders and complete the sale in ONE local transaction, then print.

`complete()` writes the sale, its lines, payments and VAT, the gapless receipt number, the outbox event
for the sync (and what the `on_record` hooks add: a pickup's `pickup.handed_over`), the receipt's
print job (and after it what the `after_receipt` hooks queue: handover slips), and clears the open
basket — all in one `BEGIN IMMEDIATE` transaction. Only after the commit are the print queue and the
sync engine woken.

The cash drawer opens right after that commit, for a sale with cash (config `open_drawer_on_cash`),
through the `Drawer` port and never through the receipt: a receipt may wait for a printer that is
off, and a drawer that pops open minutes later, after the customer has gone, is a till left open.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime

from terminal.domain import approvals
from terminal.domain.checkout import CheckoutEvent, CheckoutState
from terminal.domain.errors import TillError
from terminal.domain.money import Money
from terminal.domain.receipt import Receipt
from terminal.domain.staff import Action, Approval
from terminal.domain.tenders import Direction, Settlement, Tender, TenderKind
from terminal.domain.visit_record import VisitRecord
from terminal.services.context import TillContext
from terminal.services.open_visit import OpenVisit
from terminal.services.ports import Clock, Drawer, IdFactory, ReceiptRenderer, Waker
from terminal.services.record_visit import build_record, event_of, receipt_from_record
from terminal.services.staff import StaffService
from terminal.storage import audit, counters, movements, outbox, print_jobs, visits
from terminal.storage.db import Database, Transaction

log = logging.getLogger(__name__)

RecordHook = Callable[[Transaction, VisitRecord, datetime], None]
"""Writes what else a completed visit means, inside its transaction (terminal/services/pickup_handover.py)."""


@dataclass(frozen=True)
class CompletedSale:
    """What the cashier sees after the sale: its number, total, change, the receipt, and whether
    the drawer was asked to open."""

    receipt_number: str
    total: Money
    change: Money
    receipt: Receipt
    print_job_id: int
    opens_drawer: bool = False


class CheckoutService:
    """Payment and completion of the sale in progress."""

    def __init__(
        self,
        *,
        db: Database,
        ctx: TillContext,
        open_visit: OpenVisit,
        staff: StaffService,
        renderer: ReceiptRenderer,
        clock: Clock,
        new_id: IdFactory,
        printer: Waker,
        drawer: Drawer,
        sync: Waker | None = None,
        on_record: Sequence[RecordHook] = (),
        after_receipt: Sequence[RecordHook] = (),
        before_payment: Sequence[Callable[[], None]] = (),
    ) -> None:
        self._db = db
        self._ctx = ctx
        self._sale = open_visit
        self._staff = staff
        self._renderer = renderer
        self._clock = clock
        self._new_id = new_id
        self._printer = printer
        self._drawer = drawer
        self._sync = sync
        self._on_record = tuple(on_record)
        self._after_receipt = tuple(after_receipt)
        self._before_payment = tuple(before_payment)  # each may refuse (e.g. the day is closed)

    def begin(self) -> Settlement:
        """Start taking payment for the basket; refused for an empty basket. Again while paying: the same."""
        self._staff.require()
        if self._sale.state is not CheckoutState.PAYING:
            for check in self._before_payment:
                check()
            self._sale.advance(CheckoutEvent.START_PAYMENT)
            # The wire models load now, while the customer pays, not inside the write lock at the end.
            import terminal.services.visit_payloads  # noqa: F401
        return self._sale.settlement()

    def payment(self) -> Settlement:
        return self._sale.settlement()

    def payment_in_progress(self) -> Settlement | None:
        """The payment when tenders were already taken (e.g. a card approved before a restart), else None."""
        return self._sale.settlement() if self._sale.payment_started else None

    def add_cash(self, amount: Money) -> Settlement:
        """Cash handed over by the customer (may exceed what is due: change), or paid out to them
        when the visit's balance is negative."""
        return self._add(TenderKind.CASH, amount)

    def add_card(self, amount: Money, reference: str | None = None) -> Settlement:
        """The cashier confirmed that the external card terminal approved this amount (or refund)."""
        return self._add(TenderKind.CARD, amount, reference)

    def _add(self, kind: TenderKind, amount: Money, reference: str | None = None) -> Settlement:
        self.begin()
        self._sale.advance(CheckoutEvent.ADD_TENDER)
        settlement = self._sale.settlement()
        tender = Tender(kind, amount, reference, settlement.direction or Direction.IN)
        payment = settlement.add(tender)  # the domain refuses bad tenders
        self._sale.commit(self._sale.visit, (*self._sale.tenders, tender))
        return payment

    def remove_last_tender(self, approval: Approval | None = None) -> Settlement:
        """Take back the last tender (cash counted wrong). A card tender needs a manager."""
        staff = self._staff.require()
        if not self._sale.tenders:
            raise TillError("tender.none")
        last = self._sale.tenders[-1]
        if last.kind is TenderKind.CARD:
            approvals.require(staff.role, Action.REMOVE_CARD_TENDER, approval)
        self._sale.commit(self._sale.visit, self._sale.tenders[:-1])
        return self._sale.settlement()

    def cancel(self) -> None:
        """Back to the basket. Only possible while no tender was taken."""
        if self._sale.state is CheckoutState.PAYING:
            self._sale.advance(CheckoutEvent.BACK_TO_BASKET)

    def complete(self) -> CompletedSale:
        """Record the visit, number it, queue its event and receipt, move its stock and count what it
        took back — one transaction — then open the drawer, print and sync."""
        staff = self._staff.require()
        self.begin()
        payment = self._sale.settlement()
        self._sale.check(CheckoutEvent.COMPLETE)  # refused with tender.short until settled
        visit = self._sale.visit
        occurred_at = self._clock()
        sale_id = self._new_id()
        has_cash = any(t.kind is TenderKind.CASH for t in payment.tenders)
        open_drawer = has_cash and self._ctx.open_drawer_on_cash
        previous = (self._sale.visit, self._sale.tenders, self._sale.state)
        try:
            with self._db.write() as session:
                seq = counters.next_receipt_seq(session, self._ctx.terminal_id)
                number = f"{self._ctx.store_id}-{self._ctx.terminal_id}-{seq:06d}"
                record = build_record(
                    ctx=self._ctx,
                    sale_id=sale_id,
                    receipt_number=number,
                    seq=seq,
                    staff=staff,
                    visit=visit,
                    settlement=payment,
                    occurred_at=occurred_at,
                )
                visits.insert_visit(session, record)
                event_id = self._new_id()
                event_type, payload = event_of(record)
                outbox.append_event(
                    session, event_id=event_id, type=event_type, occurred_at=occurred_at, payload=payload
                )
                for hook in self._on_record:  # e.g. the pickups' handed-over events, after the visit's
                    hook(session, record, occurred_at)
                movements.record_movements(
                    session,
                    record.stock_moves(),
                    store_id=record.store_id,
                    sale_id=record.sale_id,
                    event_id=event_id,
                    at=occurred_at,
                )
                for line in record.returns:
                    if line.origin_kind == "receipt" and line.origin_reference and line.origin_line_no:
                        movements.add_returned(
                            session,
                            receipt_number=line.origin_reference,
                            line_no=line.origin_line_no,
                            quantity=line.quantity,
                        )
                receipt = receipt_from_record(self._ctx, record, cashier_name=staff.name)
                job_id = print_jobs.enqueue(
                    session, receipt_number=number, data=self._renderer.render(receipt), at=occurred_at
                )
                for hook in self._after_receipt:  # e.g. the handover slips, printed after the receipt
                    hook(session, record, occurred_at)
                self._sale.reset()
                self._sale.write(session)
        except BaseException:
            # Nothing was committed: the visit stays on the screen exactly as it was.
            self._sale.visit, self._sale.tenders, self._sale.state = previous
            raise
        if open_drawer:  # before waking the printer, so that the kick goes out ahead of the receipt
            self._open_drawer_after_sale()
        self._printer.wake()
        if self._sync is not None:
            self._sync.wake()
        return CompletedSale(number, record.total, payment.change, receipt, job_id, opens_drawer=open_drawer)

    def _open_drawer_after_sale(self) -> None:
        try:
            self._drawer.open()
        except Exception:  # the sale is committed; a drawer adapter's bug must not look like a failed sale
            log.exception("could not ask the cash drawer to open")

    def open_drawer(self, approval: Approval | None = None) -> None:
        """Open the cash drawer without a sale: a manager's decision, always audited (the request;
        a printer that cannot take the kick within seconds is reported by the drawer adapter)."""
        staff = self._staff.require()
        approved = approvals.require(staff.role, Action.OPEN_DRAWER, approval)
        now = self._clock()
        with self._db.write() as session:
            audit.append(
                session,
                at=now,
                staff_id=staff.staff_id,
                approved_by=approved.manager_id if approved else None,
                action="drawer.open",
                details={},
            )
        self._drawer.open()
