"""The returns ledger (docs/adr/0015-returns-ledger.md): product groups with their return policy, the
price history that answers "the lowest price of the last 30 days", and the tills' claims on
returnable quantities (a claim per visit, one line per original line it takes back)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, BigInteger, Boolean, ForeignKey, Index, Integer, String, false
from sqlalchemy.orm import Mapped, mapped_column

from backend.models.base import Base, UtcDateTime, utcnow


class ProductGroup(Base):
    """A group of articles and its return policy; `return_days` None: the chain's default."""

    __tablename__ = "product_group"
    group_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    return_days: Mapped[int | None] = mapped_column(Integer, nullable=True)
    final_sale: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    version: Mapped[int] = mapped_column(BigInteger, default=1, server_default="1")


class PriceHistory(Base):
    """One price of one product in one scope from `valid_from` on (until the next row of the key)."""

    __tablename__ = "price_history"
    entry_id: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"), primary_key=True)
    sku: Mapped[str] = mapped_column(String(64))
    scope: Mapped[str] = mapped_column(String(40))
    amount_minor: Mapped[int] = mapped_column(BigInteger)
    currency: Mapped[str] = mapped_column(String(3))
    valid_from: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)


class ReturnClaim(Base):
    """A visit's claim on returnable quantities: held for `CLAIM_MINUTES`, then confirmed by the
    visit's `visit.completed`, released by the till, or expired (counted only while held and live)."""

    __tablename__ = "return_claim"
    claim_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    store_id: Mapped[str] = mapped_column(String(16))
    terminal_id: Mapped[str] = mapped_column(String(64))
    staff_id: Mapped[str] = mapped_column(String(64))
    status: Mapped[str] = mapped_column(String(16))  # held | confirmed | released | expired
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    expires_at: Mapped[datetime] = mapped_column(UtcDateTime)
    # The granted answer (ReturnClaimOut as JSON), replayed for a retry with the same lines.
    answer: Mapped[dict[str, Any]] = mapped_column(JSON)


class ReturnClaimLine(Base):
    __tablename__ = "return_claim_line"
    claim_id: Mapped[str] = mapped_column(ForeignKey("return_claim.claim_id"), primary_key=True)
    origin_kind: Mapped[str] = mapped_column(String(16), primary_key=True)  # receipt | web_order
    origin_reference: Mapped[str] = mapped_column(String(64), primary_key=True)
    origin_line_no: Mapped[int] = mapped_column(Integer, primary_key=True)
    quantity_milli: Mapped[int] = mapped_column(BigInteger)


Index("ix_price_history_key", PriceHistory.sku, PriceHistory.scope, PriceHistory.valid_from)
Index(
    "ix_return_claim_line_origin",
    ReturnClaimLine.origin_kind,
    ReturnClaimLine.origin_reference,
    ReturnClaimLine.origin_line_no,
)
