"""Click-and-collect events of a till (schema 1): picking started, picked, ready, handed over.

Each carries absolute figures, never increments, so a repeat (a double tap, a retried push) changes
nothing: `pickup.picked` says how much of each line is picked and how much is short *now*. The
handover itself moves no stock and takes no money here: that is the visit's handover lines
(`visit.completed`, same receipt). `pickup.handed_over` says what the visit does not: the lines
refused or missing with their reasons, who collected, whether an ID was checked (never its number),
and whether the till had claimed the order first (`claimed: false` is an offline handover). The
backend settles the order with it: collected or partially collected, the rest released, refunded and
notified.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Annotated, Literal

from pydantic import Field, model_validator

from contract.base import Counted, Id, Inbound, LaxUUID, LineNo, Text
from contract.payloads.base import Payload

PickupWhy = Annotated[str, Field(min_length=1, max_length=32, strict=True)]  # e.g. damaged, not_found


class PickupHead(Payload):
    """What every pickup event names: the order, and where and by whom it was done."""

    order_number: Id
    store_id: Id
    terminal_id: Id
    staff_id: Id


class PickedLine(Inbound):
    """How much of an order line is picked, and how much could not be found (short), so far."""

    order_line_no: LineNo
    sku: Id
    picked: Counted
    short: Counted = Decimal(0)


class PickupStarted(PickupHead):
    """`pickup.started`: staff began picking the order (placed -> picking)."""

    pick_id: LaxUUID


class PickupPicked(PickupHead):
    """`pickup.picked`: the picking figures of some lines, absolute."""

    pick_id: LaxUUID
    lines: Annotated[list[PickedLine], Field(min_length=1, max_length=500)]


class PickupReady(PickupHead):
    """`pickup.ready`: picking done; the order waits at the counter (-> ready, customer notified)."""

    pick_id: LaxUUID
    lines: Annotated[list[PickedLine], Field(min_length=1, max_length=500)]


class HandedOverLine(Inbound):
    """One order line at the handover: collected (as in the visit), refused and missing, with why."""

    order_line_no: LineNo
    sku: Id
    collected: Counted
    refused: Counted = Decimal(0)
    missing: Counted = Decimal(0)
    reason: PickupWhy | None = None  # required when anything is refused or missing
    # Goods without a code: the count was confirmed instead of scanned, and why.
    confirmed_without_scan: Annotated[bool, Field(strict=True)] = False
    confirm_reason: PickupWhy | None = None


class Collector(Inbound):
    name: Annotated[str, Field(min_length=1, max_length=200, strict=True)]
    authorised: Annotated[bool, Field(strict=True)] = False  # someone the customer sent, not the customer
    id_checked: Annotated[bool, Field(strict=True)] = False


class PickupHandedOver(PickupHead):
    """`pickup.handed_over`: the end of a pickup at the counter, in the same transaction as its visit."""

    handover_id: LaxUUID
    receipt_number: Annotated[str, Field(min_length=3, max_length=64, strict=True)]
    found_by: Literal["qr", "code", "name"]
    claimed: Annotated[bool, Field(strict=True)]
    collector: Collector
    note: Text = ""
    lines: Annotated[list[HandedOverLine], Field(min_length=1, max_length=500)]

    @model_validator(mode="after")
    def _reasons(self) -> PickupHandedOver:
        seen: set[int] = set()
        for line in self.lines:
            if line.order_line_no in seen:
                raise ValueError(f"order line {line.order_line_no} twice")
            seen.add(line.order_line_no)
            if (line.refused > 0 or line.missing > 0) and line.reason is None:
                raise ValueError(f"order line {line.order_line_no}: refused or missing needs a reason")
            if line.confirmed_without_scan and line.confirm_reason is None:
                raise ValueError(f"order line {line.order_line_no}: an unscanned count needs a reason")
        if self.found_by == "name" and not self.collector.id_checked:
            raise ValueError("an order found by name is handed over only after an ID check")
        return self
