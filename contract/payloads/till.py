"""The till's day: `till.opened` (schema 1, the counted float; schema 2, a day the till opened itself
for its first receipt, its float not counted) and `till.closed` (a Z report, with a consecutive Z
number that never resets; schema 2 adds the cash counted by denomination, the movements' totals and
the reason for a difference). docs/adr/0018-the-tills-day.md, docs/adr/0024-the-first-day-opens-itself.md."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field, model_validator

from contract.base import MAX_MINOR, AwareDatetime, Currency, Id, Inbound, LaxUUID, Minor, Text
from contract.payloads.base import Payload
from contract.versions import SCHEMA_KEY


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


class DenominationCount(Inbound):
    """How many notes or coins of one value (minor units) were counted."""

    value_minor: Annotated[int, Field(gt=0, le=MAX_MINOR, strict=True)]
    count: Annotated[int, Field(ge=0, le=1_000_000, strict=True)]


Denominations = Annotated[list[DenominationCount], Field(max_length=40)]


def _unique_values(counts: list[DenominationCount]) -> None:
    values = [c.value_minor for c in counts]
    if len(set(values)) != len(values):
        raise ValueError("a denomination appears twice")


class TillOpened(Payload):
    """A day of the till opened with a counted float (its total is the denominations' sum)."""

    day_id: LaxUUID
    store_id: Id
    terminal_id: Id
    staff_id: Id
    currency: Currency
    float_minor: Annotated[int, Field(ge=0, le=MAX_MINOR, strict=True)]
    denominations: Denominations = Field(default_factory=list)

    @model_validator(mode="after")
    def _float_adds_up(self) -> TillOpened:
        _unique_values(self.denominations)
        if (
            self.denominations
            and sum(c.value_minor * c.count for c in self.denominations) != self.float_minor
        ):
            raise ValueError("float_minor is not the sum of the denominations")
        return self


class TillOpenedV2(TillOpened):
    """Schema 2 of an opening: says whether the float was counted. A till that completes a receipt
    while it has never had a day opens one itself, in that receipt's transaction, with an uncounted
    float (0, no denominations): `float_counted` false. Counted openings stay schema 1."""

    schema_version: Literal[2] = Field(alias=SCHEMA_KEY)  # type: ignore[assignment]
    float_counted: Annotated[bool, Field(strict=True)]

    @model_validator(mode="after")
    def _uncounted_has_no_count(self) -> TillOpenedV2:
        if not self.float_counted and self.denominations:
            raise ValueError("a float that was not counted has no denominations")
        return self


class TillClosedV2(TillClosed):
    """Schema 2 of a Z report: which day it closes, the float and the cash movements' totals, the cash
    counted by denomination, and the cashier's reason for a difference (required when any tender's
    counted figure differs from the expected one)."""

    schema_version: Literal[2] = Field(alias=SCHEMA_KEY)  # type: ignore[assignment]
    day_id: LaxUUID
    closed_at: AwareDatetime
    float_minor: Annotated[int, Field(ge=0, le=MAX_MINOR, strict=True)]
    cash_in_minor: Annotated[int, Field(ge=0, le=MAX_MINOR, strict=True)]
    cash_out_minor: Annotated[int, Field(ge=0, le=MAX_MINOR, strict=True)]
    counted_cash: Denominations = Field(default_factory=list)
    difference_reason: Text = ""

    @model_validator(mode="after")
    def _difference_has_reason(self) -> TillClosedV2:
        _unique_values(self.counted_cash)
        differs = any(t.counted_minor != t.expected_minor for t in self.tenders)
        if differs and not self.difference_reason.strip():
            raise ValueError("a difference between expected and counted needs difference_reason")
        cash = next((t for t in self.tenders if t.tender == "cash"), None)
        counted = sum(c.value_minor * c.count for c in self.counted_cash)
        if self.counted_cash and cash is not None and cash.counted_minor != counted:
            raise ValueError("the cash counted is not the sum of counted_cash")
        return self
