"""A till's claim of a web order before it hands it over online (`POST /v1/terminal/pickups/{n}/claim`).

The claim answers with the order as the feed carries it plus who holds the claim until when; a
second till is told 409 `pickup.claimed`. Refusals and the attempt limit: docs/adr/0012-pickup-lifecycle.md.
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal

from pydantic import Field

from contract.base import Id, Inbound, LaxUUID
from contract.feed import WebOrderData


class PickupClaimIn(Inbound):
    """What the till knows when the customer stands at the counter."""

    # The typed or scanned pickup code ("4827 1930" or "48271930"); not needed when found by name
    # with an ID check.
    code: Annotated[str, Field(min_length=1, max_length=32, strict=True)] | None = None
    found_by: Literal["qr", "code", "name"]
    id_checked: Annotated[bool, Field(strict=True)] = False
    staff_id: Id
    handover_id: LaxUUID  # the till's id of this handover: the same id again is the same claim


class PickupView(WebOrderData):
    """An order as a till sees it online: the feed's data, the customer's name and the live claim."""

    customer_name: str | None = None
    claimed_by: str | None = None  # "<store>/<terminal>"
    claim_handover_id: str | None = None
    claimed_until: datetime | None = None
