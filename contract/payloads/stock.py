"""`stock.counted` (schema 1): a physical count, the one absolute quantity a till ever reports."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from contract.base import Counted, Id, Inbound, LaxUUID
from contract.payloads.base import Payload


class CountLine(Inbound):
    sku: Id
    counted: Counted


class StockCounted(Payload):
    """A physical count of some articles of the store; the backend books the difference."""

    count_id: LaxUUID
    store_id: Id
    terminal_id: Id
    staff_id: Id
    lines: Annotated[list[CountLine], Field(min_length=1, max_length=5000)]
