"""The outbox payloads of click-and-collect, built from their contract models (contract/payloads/pickup.py).

Pure functions: the pickups use cases call them inside the transaction that changes the local state,
and append what they return with `outbox.append_event`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from decimal import Decimal
from typing import Any

from terminal.domain.pickup import OrderLine
from terminal.domain.visit_record import VisitRecord


def _head(order_number: str, store_id: str, terminal_id: str, staff_id: str) -> dict[str, str]:
    return {
        "order_number": order_number,
        "store_id": store_id,
        "terminal_id": terminal_id,
        "staff_id": staff_id,
    }


def started(
    *, order_number: str, store_id: str, terminal_id: str, staff_id: str, pick_id: str
) -> dict[str, Any]:
    from contract.payloads.pickup import PickupStarted

    head = _head(order_number, store_id, terminal_id, staff_id)
    return PickupStarted.model_validate({**head, "pick_id": pick_id}).model_dump(mode="json")


def picked(
    *,
    order_number: str,
    store_id: str,
    terminal_id: str,
    staff_id: str,
    pick_id: str,
    lines: Iterable[OrderLine],
    ready: bool,
) -> tuple[str, dict[str, Any]]:
    """`pickup.picked` (some lines, absolute) or, with `ready`, `pickup.ready` (every line)."""
    from contract.payloads.pickup import PickedLine, PickupPicked, PickupReady

    head = _head(order_number, store_id, terminal_id, staff_id)
    picked_lines = [
        PickedLine(order_line_no=ln.line_no, sku=ln.sku, picked=ln.picked, short=ln.short) for ln in lines
    ]
    fields = {**head, "pick_id": pick_id, "lines": picked_lines}
    if ready:
        return "pickup.ready", PickupReady.model_validate(fields).model_dump(mode="json")
    return "pickup.picked", PickupPicked.model_validate(fields).model_dump(mode="json")


def handed_over(
    *, record: VisitRecord, handover_id: str, order_number: str, details: Mapping[str, Any]
) -> dict[str, Any]:
    """`pickup.handed_over`: the visit's collected quantities of the order, with the refused and missing
    lines, the collector and the claim that `details` (the pending handover) remembers."""
    from contract.payloads.pickup import Collector, HandedOverLine, PickupHandedOver

    collected = {h.order_line_no: h.quantity for h in record.handovers if h.order_number == order_number}
    lines = []
    for ln in details["lines"]:
        no = int(ln["line_no"])
        lines.append(
            HandedOverLine(
                order_line_no=no,
                sku=ln["sku"],
                collected=collected.get(no, Decimal(0)),
                refused=Decimal(ln["refused"]),
                missing=Decimal(ln["missing"]),
                reason=ln.get("reason"),
                confirmed_without_scan=bool(ln.get("confirm_reason")),
                confirm_reason=ln.get("confirm_reason"),
            )
        )
    collector = Collector(
        name=details["collector"],
        authorised=bool(details["authorised"]),
        id_checked=bool(details["id_checked"]),
    )
    head = _head(order_number, record.store_id, record.terminal_id, details["staff_id"])
    payload = PickupHandedOver.model_validate(
        {
            **head,
            "handover_id": handover_id,
            "receipt_number": record.receipt_number,
            "found_by": details["found_by"],
            "claimed": bool(details["claimed"]),
            "collector": collector,
            "lines": lines,
        }
    )
    return payload.model_dump(mode="json")
