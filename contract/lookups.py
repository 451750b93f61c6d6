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


HistoryChannel = Literal["store", "web", "return", "voucher"]


class HistoryEntry(Outbound):
    """One entry of a customer's cross-channel timeline (issue 11).

    `store`: a visit at any store's till (`reference` its receipt number); `web`: a web order, `status`
    its pickup state; `return`: what a visit took back (`total_minor` the refund, positive;
    `reference` the visit's receipt, `origin` in each line); `voucher`: store credit issued by one of
    the customer's visits (`reference` the code as the backend keeps it, `balance_minor` what is
    left, `status` active/spent/...).
    """

    channel: HistoryChannel
    reference: str
    store_id: str | None
    occurred_at: datetime
    total_minor: int
    currency: str
    status: str
    lines: list[dict[str, Any]]
    balance_minor: int | None = None


class CustomerHistory(Outbound):
    """One page of a customer's timeline, newest first: `entries[offset:offset+limit]` of `total`;
    `next_offset` is None on the last page."""

    customer: CustomerView
    entries: list[HistoryEntry]
    total: int = 0
    offset: int = 0
    next_offset: int | None = None
