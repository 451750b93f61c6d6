"""Terminals, their enrolment codes and tokens, web-shop API keys, and the recorded terminal events."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, BigInteger, Boolean, ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from backend.models.base import Base, UtcDateTime, utcnow


class Terminal(Base):
    __tablename__ = "terminal"
    store_id: Mapped[str] = mapped_column(ForeignKey("store.store_id"), primary_key=True)
    terminal_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    token_hash: Mapped[str | None] = mapped_column(String(64), unique=True, nullable=True)
    last_seq: Mapped[int] = mapped_column(BigInteger, default=0)
    revoked: Mapped[bool] = mapped_column(Boolean, default=False)
    enrolled_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)


class EnrollCode(Base):
    __tablename__ = "enroll_code"
    code_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    store_id: Mapped[str] = mapped_column(ForeignKey("store.store_id"))
    terminal_id: Mapped[str] = mapped_column(String(64))
    expires_at: Mapped[datetime] = mapped_column(UtcDateTime)
    used_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)


class ApiKey(Base):
    __tablename__ = "api_key"
    key_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    # What the key may do: "webshop" (the web-shop API) or "admin" (the admin API, e.g. staff).
    scope: Mapped[str] = mapped_column(String(16), default="webshop", server_default="webshop")
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)


class TerminalEvent(Base):
    """The idempotency record: written in the same transaction as the event's effects."""

    __tablename__ = "terminal_event"
    # Led by seq, so that a look-up of a terminal's event ids has only the primary key to take (migration
    # 0016: without statistics PostgreSQL took this index and read the till's whole history).
    __table_args__ = (UniqueConstraint("seq", "store_id", "terminal_id", name="uq_terminal_event_seq"),)
    store_id: Mapped[str] = mapped_column(String(16), primary_key=True)
    terminal_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    event_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    seq: Mapped[int] = mapped_column(BigInteger)
    type: Mapped[str] = mapped_column(String(32))
    content_hash: Mapped[str] = mapped_column(String(64))
    occurred_at: Mapped[datetime] = mapped_column(UtcDateTime)
    recorded_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    payload: Mapped[dict[str, Any]] = mapped_column(JSON)
    result: Mapped[dict[str, Any]] = mapped_column(JSON)
