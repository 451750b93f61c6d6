"""The change feed: per-channel logs whose positions come from a sequencer row locked by the writer.

Channels are "chain" (catalogue, list prices, customers) and "store:<id>" (stock levels, store
prices, web orders for pickup there). See docs/adr/0003-change-feed-sequencer.md.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, BigInteger, String
from sqlalchemy.orm import Mapped, mapped_column

from backend.models.base import Base, UtcDateTime, utcnow


class FeedSequencer(Base):
    __tablename__ = "feed_sequencer"
    channel: Mapped[str] = mapped_column(String(40), primary_key=True)
    last_pos: Mapped[int] = mapped_column(BigInteger, default=0)
    # Rows at or below this position were pruned; a cursor below it answers 410.
    pruned_through: Mapped[int] = mapped_column(BigInteger, default=0)


class FeedChange(Base):
    __tablename__ = "feed_change"
    channel: Mapped[str] = mapped_column(String(40), primary_key=True)
    pos: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    entity: Mapped[str] = mapped_column(String(32))
    key: Mapped[str] = mapped_column(String(120))
    version: Mapped[int] = mapped_column(BigInteger)
    op: Mapped[str] = mapped_column(String(8))
    data: Mapped[dict[str, Any] | None] = mapped_column(JSON, nullable=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
