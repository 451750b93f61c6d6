"""Handover slips: one per web order handed over in a visit, printed after its receipt for the store.

Where the store wants a signature for what it hands over (config `[store] handover_slip`, off by
default), `queue_slips` runs as a checkout hook after the receipt's print job is queued, in the same
transaction that completes the visit: the visit, its receipt and its slips are all written, or none.
Each slip is built from the recorded visit (what was handed over) and the handover record that the
visit's completion just finished (terminal/storage/web_orders.py: what was refused or missing and
why, who collected). A slip never opens the cash drawer.

A reprint of the receipt (terminal/services/receipts.py) does not reprint its slips: the slip is the
store's signed record of the handover, and one was printed with the visit.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from decimal import Decimal
from typing import Any

from terminal.domain.handover_slip import HandoverSlip, SlipLine
from terminal.domain.visit_record import VisitRecord
from terminal.services.context import TillContext
from terminal.services.ports import ReceiptRenderer
from terminal.storage import print_jobs, web_orders
from terminal.storage import staff as staff_repo
from terminal.storage.db import Transaction


class HandoverSlips:
    """Queues the handover slips of a completed visit when the store asks for them."""

    def __init__(self, *, ctx: TillContext, renderer: ReceiptRenderer) -> None:
        self._ctx = ctx
        self._renderer = renderer

    def queue_slips(self, session: Transaction, record: VisitRecord, at: datetime) -> None:
        """Checkout hook (after the receipt's job): one print job per order handed over in the visit."""
        if not self._ctx.handover_slip or not record.handovers:
            return
        orders = [h.order_number for h in record.handovers]
        staff = staff_repo.get_staff(session, record.staff_id)
        staff_name = staff.name if staff else record.staff_id
        for _handover_id, order_number, details in web_orders.handovers_of_receipt(
            session, record.terminal_id, record.receipt_number, orders
        ):
            slip = slip_of(self._ctx, record, order_number, details, staff_name=staff_name)
            data = self._renderer.render_slip(slip)
            print_jobs.enqueue(session, receipt_number=record.receipt_number, data=data, at=at)


def slip_of(
    ctx: TillContext, record: VisitRecord, order_number: str, details: Mapping[str, Any], *, staff_name: str
) -> HandoverSlip:
    """The slip of one order's handover in the visit `record`; `details` is its handover record."""
    handed = [h for h in record.handovers if h.order_number == order_number]
    units = {h.order_line_no: h.unit for h in handed}
    not_handed = []
    for ln in details.get("lines", ()):
        name = str(ln.get("name") or ln.get("sku") or "")
        unit = units.get(int(ln["line_no"]), "pc")
        refused, missing = Decimal(ln.get("refused", "0")), Decimal(ln.get("missing", "0"))
        if refused > 0:
            reason = ln.get("reason")
            not_handed.append(SlipLine(name, refused, unit, reason if reason != "missing" else "other"))
        if missing > 0:
            not_handed.append(SlipLine(name, missing, unit, "missing"))
    return HandoverSlip(
        store_name=ctx.store_name,
        store_address=ctx.store_address,
        terminal_id=record.terminal_id,
        receipt_number=record.receipt_number,
        order_number=order_number,
        occurred_at=record.occurred_at,
        staff_name=staff_name,
        collector=str(details.get("collector") or "-"),
        authorised=bool(details.get("authorised")),
        id_checked=bool(details.get("id_checked")),
        handed_over=tuple(SlipLine(h.name, h.quantity, h.unit) for h in handed),
        not_handed_over=tuple(not_handed),
        language=ctx.language,
    )
