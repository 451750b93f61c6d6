"""Personal offers per customer and their claims (contract/offers.py, migration 0013_customer_offers)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from backend.models.base import Base, UtcDateTime


class CustomerOffer(Base):
    """One offer: `status` open -> held (a till's claim until `held_until`) -> redeemed (once)."""

    __tablename__ = "customer_offer"

    offer_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    customer_id: Mapped[str] = mapped_column(String(64), index=True)
    group_id: Mapped[str] = mapped_column(String(64))
    percent: Mapped[int] = mapped_column(Integer)
    description: Mapped[str] = mapped_column(String(200), default="")
    valid_until: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    source: Mapped[str] = mapped_column(String(64))  # "api" or "rule:<name>"
    status: Mapped[str] = mapped_column(String(10))  # open | held | redeemed
    claim_id: Mapped[str | None] = mapped_column(String(36), nullable=True, unique=True)
    claimed_by: Mapped[str | None] = mapped_column(String(140), nullable=True)  # store/terminal/staff
    held_until: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    redeemed_receipt: Mapped[str | None] = mapped_column(String(64), nullable=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    redeemed_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
