"""`till.closed` (schema 1): a Z report, with a consecutive Z number that never resets."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field, model_validator

from contract.base import AwareDatetime, Currency, Id, Inbound, LaxUUID, Minor
from contract.payloads.base import Payload


class TenderCount(Inbound):
    """One tender of a closing: what the till expected and what was counted."""

    tender: Annotated[str, Field(min_length=1, max_length=32, strict=True)]
    expected_minor: Minor
    counted_minor: Minor


class TillClosed(Payload):
    """A Z report: the till's day closed, with a consecutive Z number that never resets."""

    closing_id: LaxUUID
    store_id: Id
    terminal_id: Id
    staff_id: Id
    z_number: Annotated[int, Field(ge=1, le=10**9, strict=True)]
    currency: Currency
    opened_at: AwareDatetime
    sales_count: Annotated[int, Field(ge=0, le=10**9, strict=True)]
    gross_minor: Minor
    tenders: Annotated[list[TenderCount], Field(max_length=50)]

    @model_validator(mode="after")
    def _tenders_unique(self) -> TillClosed:
        names = [t.tender for t in self.tenders]
        if len(set(names)) != len(names):
            raise ValueError("a tender appears twice")
        return self
