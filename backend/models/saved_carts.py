"""Saved carts and wish lists the web shop posts per customer (contract/saved_carts.py, migration
0014_saved_carts). A cart is replaced whole by each PUT: its lines are deleted and written again."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from backend.models.base import Base, UtcDateTime


class SavedCart(Base):
    """One saved cart or wish list of one customer, keyed by the shop's cart id."""

    __tablename__ = "saved_cart"

    cart_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    customer_id: Mapped[str] = mapped_column(String(64), index=True)
    kind: Mapped[str] = mapped_column(String(16))  # cart | wish_list
    name: Mapped[str] = mapped_column(String(200), default="")
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime)  # the shop's clock
    received_at: Mapped[datetime] = mapped_column(UtcDateTime)  # ours


class SavedCartLine(Base):
    __tablename__ = "saved_cart_line"

    cart_id: Mapped[str] = mapped_column(
        ForeignKey("saved_cart.cart_id", ondelete="CASCADE"), primary_key=True
    )
    line_no: Mapped[int] = mapped_column(Integer, primary_key=True)
    sku: Mapped[str] = mapped_column(String(64))
    quantity_milli: Mapped[int] = mapped_column(BigInteger)
    shop_price_minor: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
