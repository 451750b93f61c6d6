"""The returns ledger's part of `visit.completed` (backend/services/visits.py calls these).

- `line_audit`: who approved a return line and why (schema 2), stored on `visit_return_line`.
- `refund_orders`: the web orders a visit pays back to the web payment (`web` out, reference the
  order number); their rows are locked with the handed-over orders (ADR 0009 addendum).
- `settle`: confirms the claims the return lines name (their units count as returned from now on,
  never also as claimed), and raises one refund request per visit and web order for the `web` out
  tenders, so the web shop pays it back (told through the notification outbox, like the pickup's
  refunds). A `web` out tender for an order not paid online (or unknown) is an anomaly for a manager.
"""

from __future__ import annotations

import uuid
from typing import Any

from backend.models import WebOrder
from backend.services import return_claims
from backend.services.handlers import ApplyContext
from backend.services.refunds import request_return_refund
from contract.base import quantity_str, to_milli
from contract.payloads.visit import VisitCompleted
from contract.payloads.visit import VisitReturnLine as ReturnIn


def line_audit(line: ReturnIn) -> dict[str, Any]:
    """The approval columns of a return line (schema 1 has none: empty)."""
    return {
        "approved_by": getattr(line, "approved_by", None),
        "override_reason": str(getattr(line, "override_reason", "") or ""),
    }


def _web_out(body: VisitCompleted) -> dict[str, int]:
    owed: dict[str, int] = {}
    for payment in body.payments:
        if payment.tender == "web" and payment.direction == "out" and payment.reference:
            owed[payment.reference] = owed.get(payment.reference, 0) + payment.amount_minor
    return owed


def refund_orders(bodies: list[Any]) -> set[str]:
    """The web orders these visits refund to their online payment."""
    return {number for body in bodies if isinstance(body, VisitCompleted) for number in _web_out(body)}


def refund_request_id(sale_id: str, order_number: str) -> str:
    """One request per visit and order: a replay (or a second event id) finds it and asks nothing."""
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"visit-refund:{sale_id}:{order_number}"))


def settle(ctx: ApplyContext, body: VisitCompleted, source: str) -> list[str]:
    """Confirm the named claims and raise the web refunds; returns anomalies for the visit's task."""
    claims = [line.claim_id for line in body.return_lines if line.claim_id]
    if claims:
        return_claims.confirm(ctx.session, claims)
    anomalies: list[str] = []
    for number, amount in sorted(_web_out(body).items()):
        order = ctx.session.get(WebOrder, number)
        if order is None or not order.paid:
            anomalies.append(f"refund of {amount} to the web payment of {number}, which was not paid online")
            continue
        lines = [
            {
                "line_no": line.origin_line_no,
                "sku": line.sku,
                "quantity": quantity_str(to_milli(line.quantity)),
                "amount_minor": line.refund_minor,
                "reason": line.reason,
            }
            for line in body.return_lines
            if line.origin_kind == "web_order" and line.origin_reference == number
        ]
        request_return_refund(
            ctx.session,
            ctx.feed,
            order,
            request_id=refund_request_id(str(body.sale_id), number),
            store_id=body.store_id,
            amount_minor=amount,
            lines=lines,
            source=source,
        )
    return anomalies
