"""The tills' days as reported: openings with their float, cash movements, Z closings."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, BigInteger, Boolean, ForeignKey, Index, Integer, String, true
from sqlalchemy.orm import Mapped, mapped_column

from backend.models.base import Base, UtcDateTime


class TillOpening(Base):
    """`till.opened`: a till's day opened with a counted float, or (schema 2, `float_counted` false)
    opened by the till itself for its first receipt with an uncounted float of 0."""

    __tablename__ = "till_opening"
    day_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    store_id: Mapped[str] = mapped_column(ForeignKey("store.store_id"))
    terminal_id: Mapped[str] = mapped_column(String(64))
    staff_id: Mapped[str] = mapped_column(String(64))
    currency: Mapped[str] = mapped_column(String(3))
    float_minor: Mapped[int] = mapped_column(BigInteger)
    float_counted: Mapped[bool] = mapped_column(Boolean, server_default=true(), default=True)
    denominations: Mapped[list[Any]] = mapped_column(JSON)
    event_id: Mapped[str] = mapped_column(String(36))
    occurred_at: Mapped[datetime] = mapped_column(UtcDateTime)


class CashMovementRecord(Base):
    """`cash.movement`: cash into or out of a till's drawer outside a sale, with its reason."""

    __tablename__ = "cash_movement"
    movement_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    store_id: Mapped[str] = mapped_column(ForeignKey("store.store_id"))
    terminal_id: Mapped[str] = mapped_column(String(64))
    staff_id: Mapped[str] = mapped_column(String(64))
    approver_id: Mapped[str | None] = mapped_column(String(64), nullable=True)
    kind: Mapped[str] = mapped_column(String(16))
    currency: Mapped[str] = mapped_column(String(3))
    amount_minor: Mapped[int] = mapped_column(BigInteger)
    reason: Mapped[str] = mapped_column(String(200))
    event_id: Mapped[str] = mapped_column(String(36))
    occurred_at: Mapped[datetime] = mapped_column(UtcDateTime)


class TillClosing(Base):
    """`till.closed`: a Z report (schema 1 or 2; the schema-2 fields are null for schema 1)."""

    __tablename__ = "till_closing"
    closing_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    store_id: Mapped[str] = mapped_column(ForeignKey("store.store_id"))
    terminal_id: Mapped[str] = mapped_column(String(64))
    staff_id: Mapped[str] = mapped_column(String(64))
    z_number: Mapped[int] = mapped_column(BigInteger)
    day_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    currency: Mapped[str] = mapped_column(String(3))
    opened_at: Mapped[datetime] = mapped_column(UtcDateTime)
    closed_at: Mapped[datetime] = mapped_column(UtcDateTime)
    sales_count: Mapped[int] = mapped_column(Integer)
    gross_minor: Mapped[int] = mapped_column(BigInteger)
    float_minor: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    cash_in_minor: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    cash_out_minor: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    tenders: Mapped[list[Any]] = mapped_column(JSON)
    counted_cash: Mapped[list[Any]] = mapped_column(JSON)
    difference_minor: Mapped[int] = mapped_column(BigInteger)
    difference_reason: Mapped[str] = mapped_column(String(200))
    event_id: Mapped[str] = mapped_column(String(36))


Index("ix_till_opening_store", TillOpening.store_id, TillOpening.occurred_at)
Index("ix_cash_movement_store", CashMovementRecord.store_id, CashMovementRecord.occurred_at)
Index("ix_till_closing_store", TillClosing.store_id, TillClosing.closed_at)
Index("ix_till_closing_store_opened", TillClosing.store_id, TillClosing.opened_at)
Index("ix_till_closing_terminal_z", TillClosing.store_id, TillClosing.terminal_id, TillClosing.z_number)
