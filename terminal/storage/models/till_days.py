"""The till's days: opened with a float, cash moved in and out, closed by a numbered Z report."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, CheckConstraint, ForeignKey, Index, Integer, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column

from terminal.storage.models.base import Base, IsoDateTime


class TillDayRow(Base):
    """A day of this till: opened with a counted float, closed by a Z report with its Z number.

    Sales belong to the day by receipt sequence (`first_seq` up to `last_seq`), not by clock, so a
    clock put right in the middle of the day moves no sale out of it. One open day per terminal.
    `float_counted` is false for a day the till opened itself for its first receipt (ADR 0024).
    """

    __tablename__ = "till_day"
    __table_args__ = (
        CheckConstraint("status IN ('open', 'closed')", name="status"),
        Index("uq_till_day_terminal_z", "terminal_id", "z_number", unique=True),
        Index("uq_till_day_one_open", "terminal_id", unique=True, sqlite_where=text("status = 'open'")),
    )

    day_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    store_id: Mapped[str] = mapped_column(String(32))
    terminal_id: Mapped[str] = mapped_column(String(32))
    currency: Mapped[str] = mapped_column(String(3))
    status: Mapped[str] = mapped_column(String(8))
    opened_at: Mapped[datetime] = mapped_column(IsoDateTime)
    opened_by: Mapped[str] = mapped_column(String(32))
    float_minor: Mapped[int] = mapped_column(Integer)
    float_count: Mapped[str] = mapped_column(Text)  # JSON {"2000": 3, ...}
    float_counted: Mapped[bool] = mapped_column(Boolean, default=True, server_default="1")
    first_seq: Mapped[int] = mapped_column(Integer)
    closed_at: Mapped[datetime | None] = mapped_column(IsoDateTime)
    closed_by: Mapped[str | None] = mapped_column(String(32))
    z_number: Mapped[int | None] = mapped_column(Integer)
    last_seq: Mapped[int | None] = mapped_column(Integer)
    closing: Mapped[str | None] = mapped_column(Text)  # JSON: counted, expected, differences, reason


class TillCashMovementRow(Base):
    """Cash into or out of the drawer outside a sale, in a day, with its reason."""

    __tablename__ = "till_cash_movement"
    __table_args__ = (CheckConstraint("kind IN ('cash_in', 'cash_out')", name="kind"),)

    movement_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    day_id: Mapped[str] = mapped_column(ForeignKey("till_day.day_id"), index=True)
    kind: Mapped[str] = mapped_column(String(16))
    amount_minor: Mapped[int] = mapped_column(Integer)
    reason: Mapped[str] = mapped_column(String(32))
    note: Mapped[str] = mapped_column(Text, default="")
    staff_id: Mapped[str] = mapped_column(String(32))
    approver_id: Mapped[str | None] = mapped_column(String(32))
    occurred_at: Mapped[datetime] = mapped_column(IsoDateTime)


class ZCounter(Base):
    """The next Z number of a terminal: bumped in the transaction that records the closing."""

    __tablename__ = "z_counter"

    terminal_id: Mapped[str] = mapped_column(String(32), primary_key=True)
    next_z: Mapped[int] = mapped_column(Integer)
