"""The backend's day view of a store: each till's openings, cash movements and Z closings on a date.

`GET /v1/stores/{store_id}/days/{date}` answers a `StoreDay`. Figures are in minor units of the
store's currency; `difference_minor` is counted - expected summed over a closing's tenders (negative:
short). A closing reported as `till.closed` schema 1 has no day, float, movements' totals, counted
cash or reason (those fields are null or empty).
"""

from __future__ import annotations

from datetime import date, datetime

from contract.base import Outbound


class DenominationView(Outbound):
    value_minor: int
    count: int


class OpeningView(Outbound):
    day_id: str
    staff_id: str
    opened_at: datetime
    float_minor: int
    denominations: list[DenominationView]
    # False for a day the till opened itself for its first receipt: the float (0) was not counted,
    # so the Z's cash difference includes whatever was in the drawer (ADR 0024).
    float_counted: bool = True


class MovementView(Outbound):
    movement_id: str
    staff_id: str
    approver_id: str | None
    kind: str
    amount_minor: int
    reason: str
    occurred_at: datetime


class TenderView(Outbound):
    tender: str
    expected_minor: int
    counted_minor: int
    difference_minor: int


class ClosingView(Outbound):
    closing_id: str
    day_id: str | None
    z_number: int
    staff_id: str
    opened_at: datetime
    closed_at: datetime
    sales_count: int
    gross_minor: int
    float_minor: int | None
    cash_in_minor: int | None
    cash_out_minor: int | None
    tenders: list[TenderView]
    counted_cash: list[DenominationView]
    difference_minor: int
    difference_reason: str


class TillDay(Outbound):
    """One till's facts on the date."""

    terminal_id: str
    openings: list[OpeningView]
    movements: list[MovementView]
    closings: list[ClosingView]
    cash_in_minor: int
    cash_out_minor: int
    difference_minor: int  # over its closings


class StoreDay(Outbound):
    """A store's day: its tills in terminal order, and the store's totals over them."""

    store_id: str
    date: date  # the business date: the tills' days opened on it in the store's time zone
    timezone: str  # the store's IANA time zone ("Europe/Berlin") that `date` is read in
    currency: str
    tills: list[TillDay]
    closings: int
    difference_minor: int
