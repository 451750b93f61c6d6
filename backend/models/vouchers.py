"""Store-credit vouchers: the balance of each code, the holds tills put on it, and its movements.

`Voucher.balance_minor` is the sum of its movements (issued plus the signed redemptions and
adjustments); it may go below zero when a till redeemed offline more than was left (a fact, never
refused: a manager task). A `VoucherMovement` names the event and the tender position it came from,
unique, so a replayed event never moves a balance twice; its code has no foreign key, because a till
offline may redeem a voucher whose issuing visit has not reached the backend yet
(docs/adr/0016-vouchers.md).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, Boolean, ForeignKey, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from backend.models.base import Base, UtcDateTime

VOUCHER_STATES = ("active", "spent", "void")
HOLD_STATES = ("held", "spent", "released", "expired")
MOVEMENT_KINDS = ("issued", "redeemed", "adjusted")


class Voucher(Base):
    """One voucher code (17 symbols, contract/vouchers.py) and what is left on it."""

    __tablename__ = "voucher"
    code: Mapped[str] = mapped_column(String(17), primary_key=True)
    currency: Mapped[str] = mapped_column(String(3))
    issued_minor: Mapped[int] = mapped_column(BigInteger)
    balance_minor: Mapped[int] = mapped_column(BigInteger)
    status: Mapped[str] = mapped_column(String(8))
    issued_at: Mapped[datetime] = mapped_column(UtcDateTime)
    issued_store_id: Mapped[str | None] = mapped_column(String(64), nullable=True)
    issued_terminal_id: Mapped[str | None] = mapped_column(String(64), nullable=True)
    issued_receipt: Mapped[str | None] = mapped_column(String(64), nullable=True)
    issued_event_id: Mapped[str | None] = mapped_column(String(36), nullable=True)


class VoucherHold(Base):
    """An amount a till keeps aside for a visit about to take the voucher; lives `HOLD_MINUTES`.

    `available_after_minor` is the answer given when it was placed (the same hold id asked again gets
    the same answer)."""

    __tablename__ = "voucher_hold"
    hold_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    code: Mapped[str] = mapped_column(ForeignKey("voucher.code"), index=True)
    amount_minor: Mapped[int] = mapped_column(BigInteger)
    available_after_minor: Mapped[int] = mapped_column(BigInteger)
    store_id: Mapped[str] = mapped_column(String(64))
    terminal_id: Mapped[str] = mapped_column(String(64))
    staff_id: Mapped[str] = mapped_column(String(64))
    status: Mapped[str] = mapped_column(String(10))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    expires_at: Mapped[datetime] = mapped_column(UtcDateTime)


class VoucherMovement(Base):
    """One change of a balance: issued (+), redeemed (-) or adjusted (signed), from one tender of one
    event (`source_event_id`, `position`: unique)."""

    __tablename__ = "voucher_movement"
    __table_args__ = (UniqueConstraint("source_event_id", "position", name="uq_voucher_movement_source"),)
    movement_id: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"), primary_key=True)
    code: Mapped[str] = mapped_column(String(17), index=True)
    kind: Mapped[str] = mapped_column(String(10))
    amount_minor: Mapped[int] = mapped_column(BigInteger)
    source_event_id: Mapped[str] = mapped_column(String(36))
    position: Mapped[int] = mapped_column(Integer)
    hold_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    offline: Mapped[bool] = mapped_column(Boolean)
    store_id: Mapped[str | None] = mapped_column(String(64), nullable=True)
    terminal_id: Mapped[str | None] = mapped_column(String(64), nullable=True)
    receipt_number: Mapped[str | None] = mapped_column(String(64), nullable=True)
    occurred_at: Mapped[datetime] = mapped_column(UtcDateTime)
    recorded_at: Mapped[datetime] = mapped_column(UtcDateTime)
