"""Staff managed centrally (ADR 0017): people, their roles, PIN hashes and badges, and their stores.

The PIN hash is the till's own format (salted scrypt, terminal/storage/staff.py), so the feed carries it
to the tills as it is and a till checks a PIN offline. `all_stores` people work in every store; the
others in the stores of `staff_store`. A removed person stays as a row with `active` false.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, Boolean, CheckConstraint, ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from backend.models.base import Base, UtcDateTime, utcnow


class StaffMember(Base):
    __tablename__ = "staff"
    __table_args__ = (CheckConstraint("role IN ('cashier', 'manager')", name="role"),)
    staff_id: Mapped[str] = mapped_column(String(32), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(16))
    pin_salt: Mapped[str] = mapped_column(String(64))
    pin_hash: Mapped[str] = mapped_column(String(200))
    badge_code: Mapped[str | None] = mapped_column(String(64), unique=True, nullable=True)
    all_stores: Mapped[bool] = mapped_column(Boolean, default=False)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    version: Mapped[int] = mapped_column(BigInteger, default=1)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)


class StaffStore(Base):
    """A store a person works in (unless they work in all of them)."""

    __tablename__ = "staff_store"
    staff_id: Mapped[str] = mapped_column(ForeignKey("staff.staff_id"), primary_key=True)
    store_id: Mapped[str] = mapped_column(ForeignKey("store.store_id"), primary_key=True)


Index("ix_staff_store_store_id", StaffStore.store_id)
