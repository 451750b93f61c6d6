"""Checkout: take tenders (or pay out) and complete the visit in ONE local transaction, then print.

Tenders go the way of the visit's balance (terminal/domain/tenders.py): taken in while the customer
owes (cash, card, a voucher held at the backend: terminal/services/voucher_tenders.py), paid out while
the till owes (cash out, a card refund, back to a web order's online payment, store credit as a new
voucher: terminal/services/refunds.py says which are possible and suggests the original's). A voucher
tender undone gives its hold back; a voided visit's holds go back through the selling service (both
through the `Releases` port: queued, never waited for at the counter).

`complete()` writes the sale, its lines, payments and VAT, the gapless receipt number, the outbox event
for the sync (and what the `on_record` hooks add: a pickup's `pickup.handed_over`), the receipt's
print job (and after it what the `after_receipt` hooks queue: handover and voucher slips), and clears the open
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
from terminal.domain.visit import Visit
from terminal.domain.visit_record import VisitRecord
from terminal.services.context import TillContext
from terminal.services.open_visit import OpenVisit
from terminal.services.ports import Clock, Drawer, IdFactory, ReceiptRenderer, Releases, Vouchers, Waker
from terminal.services.record_visit import build_record, event_of, receipt_from_record
from terminal.services.refunds import RefundOptions, in_tenders, suggested_tender, web_refundable
from terminal.services.staff import StaffService
from terminal.services.voucher_tenders import VoucherTenders, new_voucher_code
from terminal.storage import audit, counters, movements, outbox, print_jobs, visits, web_orders
from terminal.storage.db import Database, Transaction

log = logging.getLogger(__name__)

RecordHook = Callable[[Transaction, VisitRecord, datetime], None]
"""Writes what else a completed visit means, inside its transaction (terminal/services/pickup_handover.py)."""

NumberHook = Callable[[Transaction, datetime], None]
"""Runs inside the visit's transaction before its receipt number is taken: may refuse the visit or
write what must come before it (the till's day, terminal/services/till_day.py)."""
CommittedHook = Callable[[Visit, VisitRecord], None]
"""Told a completed visit (as it was on the screen) and its record after the commit; must not block."""


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
        vouchers: Vouchers | None = None,
        before_payment: Sequence[Callable[[], None]] = (),
        before_number: Sequence[NumberHook] = (),
        releases: Releases | None = None,
        after_commit: Sequence[CommittedHook] = (),
    ) -> None:
        """`after_commit`: told each completed visit and its record once it is committed (the
        customers use case gives back the holds of offers the visit did not use); network there goes
        through `releases`, never waited for."""
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
        self._vouchers = VoucherTenders(ctx=ctx, vouchers=vouchers, new_id=new_id, releases=releases)
        self._after_commit = tuple(after_commit)
        self._before_payment = tuple(before_payment)  # each may refuse (e.g. the day is closed)
        self._before_number = tuple(before_number)  # e.g. the day a till's first receipt opens

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
        settlement = self._sale.settlement()
        return self._take(Tender(kind, amount, reference, settlement.direction or Direction.IN))

    def _take(self, tender: Tender) -> Settlement:
        """Add a tender the domain accepts and persist it (a crash keeps it, with its hold)."""
        self._sale.advance(CheckoutEvent.ADD_TENDER)
        payment = self._sale.settlement().add(tender)  # the domain refuses bad tenders
        self._sale.commit(self._sale.visit, (*self._sale.tenders, tender))
        return payment

    # --- paying out ---------------------------------------------------------------------------

    def refund_options(self) -> RefundOptions:
        """What the till may pay out with, and the tender it suggests first (the original's)."""
        visit = self._sale.visit
        with self._db.read() as session:

            def paid_online(order_number: str) -> bool:
                # The backend's look-up said so (an order of any store), or this till's copy of it.
                if any(
                    r.paid_online and r.origin.kind == "web_order" and r.origin.reference == order_number
                    for r in visit.returns
                ):
                    return True
                head = web_orders.head(session, order_number)
                return head is not None and head.paid

            def original(receipt_number: str) -> dict[str, int]:
                record = visits.get_visit_by_receipt(session, receipt_number)
                if record is not None:
                    return in_tenders(
                        tuple((p.tender, p.direction, p.amount.amount_minor) for p in record.payments)
                    )
                # Another till's receipt: its tenders as the backend's look-up gave them.
                found = next(
                    (r.origin_tenders for r in visit.returns if r.origin.reference == receipt_number),
                    (),
                )
                return in_tenders(tuple((t.tender, "in", t.amount_minor) for t in found))

            web = web_refundable(visit, self._sale.tenders, paid_online)
            no_receipt = bool(visit.returns) and visit.suggested_refund() == "voucher"
            return RefundOptions(
                suggested=suggested_tender(visit, web, original), web_refundable=web, as_paid=not no_receipt
            )

    def add_web_refund(self, order_number: str | None = None, amount: Money | None = None) -> Settlement:
        """Pay back to a web order's online payment (its return lines' refunds at most); the backend
        asks the web shop to refund it. Without an order: the first the visit may refund to."""
        self.begin()
        options = self.refund_options()
        if order_number is None:
            order_number = next((o for o, left in options.web_refundable.items() if not left.is_zero()), None)
        if order_number is None or order_number not in options.web_refundable:
            raise TillError("refund.web_not_possible")
        limit = options.web_refundable[order_number]
        remaining = self._sale.settlement().remaining
        amount = amount or min(limit, remaining)
        if amount > limit:
            raise TillError(
                "refund.web_over_order",
                order_number=order_number,
                amount_minor=amount.amount_minor,
                limit_minor=limit.amount_minor,
                currency=amount.currency,
            )
        return self._take(Tender(TenderKind.WEB, amount, order_number, Direction.OUT))

    def issue_store_credit(self, amount: Money | None = None) -> Settlement:
        """Pay out as store credit: a new voucher (its code made here, so it issues offline too),
        printed on a voucher slip with the receipt."""
        settlement = self.begin()
        if settlement.direction is not Direction.OUT:
            raise TillError("tender.wrong_direction", direction=str(Direction.OUT))
        amount = amount or settlement.remaining
        return self._take(Tender(TenderKind.VOUCHER, amount, new_voucher_code(), Direction.OUT))

    # --- vouchers taken in --------------------------------------------------------------------

    def add_voucher(self, typed: str, amount: Money | None = None) -> Settlement:
        """A voucher handed over (scanned `V:` code or typed): held at the backend for what it pays
        (the amount typed, or what it can pay of what is owed), or offline up to the store's limit."""
        staff = self._staff.require()
        settlement = self.begin()
        tender = self._vouchers.redeem(settlement, typed, amount, staff_id=staff.staff_id)
        try:
            return self._take(tender)
        except BaseException:
            self._vouchers.release((tender,))
            raise

    def remove_last_tender(self, approval: Approval | None = None) -> Settlement:
        """Take back the last tender (cash counted wrong). A card tender needs a manager."""
        staff = self._staff.require()
        if not self._sale.tenders:
            raise TillError("tender.none")
        last = self._sale.tenders[-1]
        if last.kind is TenderKind.CARD:
            approvals.require(staff.role, Action.REMOVE_CARD_TENDER, approval)
        self._sale.commit(self._sale.visit, self._sale.tenders[:-1])
        self._vouchers.release((last,))  # a voucher's hold, given back once the tender is gone
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
                for first in self._before_number:  # e.g. refuse after a Z, or open the first day
                    first(session, occurred_at)
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
        for after in self._after_commit:
            try:
                after(visit, record)
            except Exception:  # the sale is committed; a hook's failure must not look like a failed sale
                log.exception("after completing %s", record.receipt_number)
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
