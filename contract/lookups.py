"""Answers of the online look-ups: a receipt from any store, a product's stock, customers and history."""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal

from contract.base import Outbound


class ReceiptLineView(Outbound):
    line_no: int
    sku: str
    name: str
    quantity: str
    returned_quantity: str
    unit_price_minor: int
    discount_minor: int
    total_minor: int
    vat_code: str
    vat_percent: str


class ReceiptView(Outbound):
    sale_id: str
    receipt_number: str
    store_id: str
    terminal_id: str
    staff_id: str
    currency: str
    total_minor: int
    customer_id: str | None
    occurred_at: datetime
    lines: list[ReceiptLineView]
    payments: list[dict[str, Any]]


class StoreStock(Outbound):
    store_id: str
    name: str = ""  # the store's name ("" from a backend before issue 11)
    on_hand: str
    reserved: str
    available: str


class StockView(Outbound):
    sku: str
    stores: list[StoreStock]


class CustomerView(Outbound):
    customer_id: str
    name: str
    email: str | None
    phone: str | None


class HistoryEntry(Outbound):
    channel: Literal["store", "web"]
    reference: str
    store_id: str | None
    occurred_at: datetime
    total_minor: int
    currency: str
    status: str
    lines: list[dict[str, Any]]


class CustomerHistory(Outbound):
    customer: CustomerView
    entries: list[HistoryEntry]
