"""Voucher slips: one per voucher a visit issued as store credit, printed after its receipt.

A checkout hook (`after_receipt`), run in the transaction that completes the visit after the
receipt's print job is queued: the visit, its receipt and its voucher slips are all written, or
none. The slip waits in the print queue like the receipt, so a printer that is off loses neither;
the voucher itself is the visit's tender `voucher` out (its code is the tender's reference), which
the visit's event reports to the backend. A slip never opens the cash drawer.
"""

from __future__ import annotations

from datetime import datetime

from terminal.domain.visit_record import VisitRecord
from terminal.domain.voucher_slip import VoucherSlip
from terminal.services.context import TillContext
from terminal.services.ports import ReceiptRenderer
from terminal.storage import print_jobs
from terminal.storage.db import Transaction


class VoucherSlips:
    """Queues the voucher slips of a completed visit."""

    def __init__(self, *, ctx: TillContext, renderer: ReceiptRenderer) -> None:
        self._ctx = ctx
        self._renderer = renderer

    def queue_slips(self, session: Transaction, record: VisitRecord, at: datetime) -> None:
        """Checkout hook (after the receipt's job): one print job per voucher issued."""
        for slip in slips_of(self._ctx, record):
            data = self._renderer.render_voucher_slip(slip)
            print_jobs.enqueue(session, receipt_number=record.receipt_number, data=data, at=at)


def slips_of(ctx: TillContext, record: VisitRecord) -> list[VoucherSlip]:
    """The slips of the vouchers `record` issued (tenders `voucher` paid out), in tender order."""
    return [
        VoucherSlip(
            store_name=ctx.store_name,
            store_address=ctx.store_address,
            chain_name=ctx.chain_name,
            code=p.reference,
            amount=p.amount,
            receipt_number=record.receipt_number,
            terminal_id=record.terminal_id,
            occurred_at=record.occurred_at,
            language=ctx.language,
        )
        for p in record.payments
        if p.tender == "voucher" and p.direction == "out" and p.reference
    ]
