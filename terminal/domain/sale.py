"""A completed sale: the fact the till records, syncs and prints, frozen at the moment of payment.

Built from the basket and the payment by `terminal/services/sale_record.py`; storage persists it as
rows, the sync sends it as the `sale.completed` payload, and a reprint rebuilds the receipt from it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from terminal.domain.money import Money
from terminal.domain.tax import VatLine


@dataclass(frozen=True, slots=True)
class SaleLine:
    """One line as sold: quantity, price, every discount on it, and what it finally cost."""

    line_no: int
    sku: str
    barcode: str | None
    name: str
    quantity: Decimal
    unit: str
    unit_price: Money
    discount: Money  # line discount plus its share of the basket discount
    total: Money
    vat_code: str
    vat_percent: Decimal
    voided: bool = False
    note: str | None = None
    basket_share: Money | None = None  # the part of `discount` that is the basket's; None: none


@dataclass(frozen=True, slots=True)
class SalePayment:
    """One tender as taken."""

    position: int
    tender: str
    amount: Money
    reference: str | None = None


@dataclass(frozen=True, slots=True)
class Sale:
    """A completed sale with its receipt number, lines, payments and VAT per rate."""

    sale_id: str
    receipt_number: str
    store_id: str
    terminal_id: str
    seq: int
    staff_id: str
    occurred_at: datetime
    currency: str
    subtotal: Money
    discount: Money
    total: Money
    rounding: Money
    change: Money
    lines: tuple[SaleLine, ...]
    payments: tuple[SalePayment, ...]
    vat: tuple[VatLine, ...]
    customer_id: str | None = None
