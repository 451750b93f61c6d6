"""A completed visit: the fact the till records, syncs and prints, frozen at the moment it is settled.

Built from the visit and its settlement by `terminal/services/visit_record.py`; storage persists it as
rows, the sync sends it (as `sale.completed` when it only sold, `visit.completed` otherwise), and a
reprint rebuilds the receipt from it. `total` is the signed balance the tenders settled: negative
when the till paid out.
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
    """One tender as taken in (`direction` "in") or paid out ("out"); `amount` is always > 0."""

    position: int
    tender: str
    amount: Money
    reference: str | None = None
    direction: str = "in"
    hold_id: str | None = None  # a voucher taken in online: the hold it spends (not stored, synced)
    offline: bool = False  # a voucher taken in offline (not stored, synced)


@dataclass(frozen=True, slots=True)
class ReturnRecord:
    """One line given back, as recorded: what it returns, the refund, the reason and the disposition."""

    line_no: int
    origin_kind: str  # receipt, web_order, none
    origin_reference: str | None
    origin_line_no: int | None
    sku: str
    name: str
    quantity: Decimal
    unit: str
    refund: Money
    vat_code: str
    vat_percent: Decimal
    reason: str
    reason_text: str
    disposition: str  # restock, damaged, quarantine
    claim_id: str | None = None
    verified: bool = True
    approved_by: str | None = None  # the manager who approved an override
    override_reason: str = ""


@dataclass(frozen=True, slots=True)
class HandoverRecord:
    """One web-order line handed over, as recorded; `amount` is what was paid for it here."""

    line_no: int
    order_number: str
    order_line_no: int
    sku: str
    name: str
    quantity: Decimal
    unit: str
    unit_price: Money
    amount: Money
    vat_code: str
    vat_percent: Decimal
    paid_online: bool


HANDOVER_MOVE = "handover"
"""The reason of a handed-over unit's move: it leaves the shelf and its web order's reservation."""


@dataclass(frozen=True, slots=True)
class OfferRecord:
    """A personal offer the visit applied: its claim, and the sale lines it took `discount` off."""

    offer_id: str
    claim_id: str
    group_id: str
    percent: int
    discount: Money
    line_nos: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class StockMove:
    """A quantity a visit moves on this store's shelves: negative leaves, positive comes back."""

    sku: str
    quantity: Decimal
    reason: str  # sale, handover, return
    line_no: int


@dataclass(frozen=True, slots=True)
class VisitRecord:
    """A completed visit: receipt number, sale lines, return and handover lines, payments, VAT per rate.

    `subtotal` and `discount` are the sale lines'; `total` is the visit's signed balance (sales plus
    handovers paid here, less refunds), `rounding` the cash rounding booked on it.
    """

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
    returns: tuple[ReturnRecord, ...] = ()
    handovers: tuple[HandoverRecord, ...] = ()
    offers: tuple[OfferRecord, ...] = ()  # redeemed at the backend by the visit's event (schema 3)

    @property
    def is_sale_only(self) -> bool:
        return not self.returns and not self.handovers

    @property
    def has_vouchers(self) -> bool:
        """A voucher was taken in or issued: the visit is reported as `visit.completed` schema 2."""
        return any(p.tender == "voucher" for p in self.payments)

    def stock_moves(self) -> tuple[StockMove, ...]:
        """What leaves and returns to the shelves: sold and handed-over units leave, units returned
        to stock come back; voided lines and returns written off or held in quarantine move nothing."""
        return (
            *(StockMove(ln.sku, -ln.quantity, "sale", ln.line_no) for ln in self.lines if not ln.voided),
            *(StockMove(h.sku, -h.quantity, HANDOVER_MOVE, h.line_no) for h in self.handovers),
            *(
                StockMove(r.sku, r.quantity, "return", r.line_no)
                for r in self.returns
                if r.disposition == "restock"
            ),
        )

    @property
    def refunds_total(self) -> Money:
        return sum((r.refund for r in self.returns), Money.zero(self.currency))
