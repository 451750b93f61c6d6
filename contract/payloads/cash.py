"""`cash.movement` (schema 1): cash into or out of the drawer outside a sale."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from contract.base import MAX_MINOR, Currency, Id, LaxUUID, Text
from contract.payloads.base import Payload


class CashMovement(Payload):
    """Cash into or out of the drawer outside a sale: the opening float, cash in, paid out, a pick-up."""

    movement_id: LaxUUID
    store_id: Id
    terminal_id: Id
    staff_id: Id
    kind: Literal["float", "cash_in", "cash_out", "pickup"]
    currency: Currency
    amount_minor: Annotated[int, Field(gt=0, le=MAX_MINOR, strict=True)]
    reason: Text = ""
    approver_id: Id | None = None
