"""Receipts after the sale: the last one, reprints of any one (marked COPY), and the print queue.

A reprint is rebuilt from the recorded sale, so it can never differ from the original except for the
COPY mark; it goes through the same persistent print queue as every receipt. No receipt's bytes open
the cash drawer (the checkout opens it at the sale), so neither can a reprint.
"""

from __future__ import annotations

from terminal.domain.errors import TillError
from terminal.domain.receipt import Receipt
from terminal.services.context import TillContext
from terminal.services.ports import Clock, IdFactory, ReceiptRenderer, Waker
from terminal.services.record_visit import receipt_from_record
from terminal.services.staff import StaffService
from terminal.storage import audit, print_jobs, visits
from terminal.storage import staff as staff_repo
from terminal.storage.db import Database


class ReceiptService:
    """Find, preview and reprint receipts of this till."""

    def __init__(
        self,
        *,
        db: Database,
        ctx: TillContext,
        staff: StaffService,
        renderer: ReceiptRenderer,
        clock: Clock,
        new_id: IdFactory,
        printer: Waker,
    ) -> None:
        self._db = db
        self._ctx = ctx
        self._staff = staff
        self._renderer = renderer
        self._clock = clock
        self._new_id = new_id
        self._printer = printer

    def _receipt(self, number: str | None, *, is_copy: bool) -> Receipt | None:
        with self._db.read() as session:
            sale = (
                visits.last_visit(session, self._ctx.terminal_id)
                if number is None
                else visits.get_visit_by_receipt(session, number)
            )
            if sale is None:
                return None
            cashier = staff_repo.get_staff(session, sale.staff_id)
        name = cashier.name if cashier else sale.staff_id
        return receipt_from_record(self._ctx, sale, cashier_name=name, is_copy=is_copy)

    def last(self) -> Receipt | None:
        """The receipt of this till's last sale, or None before the first sale."""
        return self._receipt(None, is_copy=False)

    def find(self, receipt_number: str) -> Receipt:
        receipt = self._receipt(receipt_number.strip(), is_copy=False)
        if receipt is None:
            raise TillError("receipt.not_found", receipt_number=receipt_number)
        return receipt

    def reprint_last(self) -> Receipt:
        """Print a copy of the last receipt (the customer wants one, or the printer was off)."""
        receipt = self._receipt(None, is_copy=True)
        if receipt is None:
            raise TillError("receipt.none_yet")
        self._queue(receipt)
        return receipt

    def reprint(self, receipt_number: str) -> Receipt:
        """Print a copy of any receipt of this till by its number."""
        receipt = self._receipt(receipt_number.strip(), is_copy=True)
        if receipt is None:
            raise TillError("receipt.not_found", receipt_number=receipt_number)
        self._queue(receipt)
        return receipt

    def _queue(self, receipt: Receipt) -> None:
        staff = self._staff.require()
        now = self._clock()
        with self._db.write() as session:
            print_jobs.enqueue(
                session, receipt_number=receipt.receipt_number, data=self._renderer.render(receipt), at=now
            )
            audit.append(
                session,
                at=now,
                staff_id=staff.staff_id,
                approved_by=None,
                action="receipt.reprint",
                details={"receipt_number": receipt.receipt_number},
            )
        self._printer.wake()

    def preview_lines(self, receipt: Receipt) -> list[str]:
        """The receipt as the printer would print it, decoded to text for the screen."""
        return self._renderer.decode(self._renderer.render(receipt))

    def waiting_jobs(self) -> int:
        """Receipts not yet printed (printer off, out of paper, busy)."""
        with self._db.read() as session:
            return print_jobs.count_pending(session)
