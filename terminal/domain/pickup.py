"""Click-and-collect at the till: an open web order, its picking and its handover, as pure values.

The backend is the truth for an order's state (`placed -> picking -> ready -> collected |
partially_collected`, `ready -> expired`, `-> cancelled`); the till moves its own copy forward
when it picks or hands over. These are the rules a screen must not decide: which article belongs
to the order, when an order may be marked ready, what a handover collects, refuses and misses.
Everything is a frozen value; a change returns a new one.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from decimal import Decimal

from terminal.domain.errors import TillError

PICKABLE = frozenset({"placed", "picking"})
HANDABLE = frozenset({"placed", "picking", "ready"})
ZERO = Decimal(0)


@dataclass(frozen=True, slots=True)
class OrderLine:
    line_no: int
    sku: str
    name: str
    quantity: Decimal
    unit_price_minor: int
    picked: Decimal = ZERO
    short: Decimal = ZERO

    @property
    def open(self) -> Decimal:
        """What is still to pick on this line."""
        return max(self.quantity - self.picked - self.short, ZERO)


@dataclass(frozen=True, slots=True)
class WebOrder:
    """An open web order of this store as the till sees it (its state includes what this till did)."""

    order_number: str
    state: str
    customer_name: str
    currency: str
    paid: bool
    total_minor: int
    pickup_by: datetime | None
    lines: tuple[OrderLine, ...]
    email: str | None = None
    phone: str | None = None
    code_check: str | None = None
    code_attempts: int = 0
    pick_id: str | None = None
    replaces_order_number: str | None = None  # a replacement: free of charge
    customer_id: str | None = None  # whose order: their personal offers are shown at the handover

    @property
    def nothing_to_pay(self) -> bool:
        """Paid online, or a no-charge replacement: its handover lines cost nothing at the till."""
        return self.paid or self.replaces_order_number is not None

    @property
    def items(self) -> Decimal:
        return sum((line.quantity for line in self.lines), ZERO)

    def line_of(self, sku: str) -> OrderLine | None:
        return next((line for line in self.lines if line.sku == sku), None)

    def with_lines(self, lines: tuple[OrderLine, ...]) -> WebOrder:
        return replace(self, lines=lines)


def pick(order: WebOrder, sku: str, *, article_name: str) -> tuple[WebOrder, OrderLine]:
    """One unit of `sku` scanned while picking: counted on its line; a wrong article is refused by name."""
    if order.state not in PICKABLE:
        raise TillError("pickup.not_pickable", order_number=order.order_number, state=order.state)
    candidates = [line for line in order.lines if line.sku == sku]
    if not candidates:
        raise TillError("pickup.not_in_order", name=article_name or sku, order_number=order.order_number)
    line = next((c for c in candidates if c.open > 0), None)
    if line is None:
        raise TillError("pickup.line_complete", name=candidates[0].name or sku)
    new = replace(line, picked=line.picked + 1)
    return _swap(order, new), new


def mark_short(order: WebOrder, line_no: int, short: Decimal) -> tuple[WebOrder, OrderLine]:
    """`short` units of a line could not be found (absolute, at most what is not picked)."""
    if order.state not in PICKABLE:
        raise TillError("pickup.not_pickable", order_number=order.order_number, state=order.state)
    line = _line(order, line_no)
    if short < 0 or short + line.picked > line.quantity:
        raise TillError("pickup.bad_short", line_no=line_no, most=str(line.quantity - line.picked))
    new = replace(line, short=short)
    return _swap(order, new), new


def check_ready(order: WebOrder) -> None:
    """An order may be marked ready once, when every unit is picked or marked short (some picked)."""
    if order.state == "ready":
        raise TillError("pickup.already_ready", order_number=order.order_number)
    if order.state not in PICKABLE:
        raise TillError("pickup.not_pickable", order_number=order.order_number, state=order.state)
    if any(line.open > 0 for line in order.lines):
        raise TillError("pickup.not_all_picked", order_number=order.order_number)
    if not any(line.picked > 0 for line in order.lines):
        raise TillError("pickup.nothing_picked", order_number=order.order_number)


@dataclass(frozen=True, slots=True)
class HandoverLine:
    """One order line at the counter: what was scanned or confirmed, and what was refused."""

    line: OrderLine
    scanned: Decimal = ZERO
    confirm_reason: str | None = None  # goods without a code: the count confirmed instead
    refused: Decimal = ZERO
    refuse_reason: str | None = None

    @property
    def due(self) -> Decimal:
        """What can be handed over: ordered minus what picking found short."""
        return self.line.quantity - self.line.short

    @property
    def collected(self) -> Decimal:
        if self.confirm_reason is not None:
            return self.due - self.refused
        return self.scanned

    @property
    def missing(self) -> Decimal:
        return self.line.quantity - self.collected - self.refused


@dataclass(frozen=True, slots=True)
class Handover:
    """A handover in progress: the order, how it was found, and its lines."""

    order: WebOrder
    found_by: str  # qr, code, name
    lines: tuple[HandoverLine, ...]
    code: str | None = None  # the pickup code shown (qr, code): the backend checks it at the claim

    @staticmethod
    def start(order: WebOrder, found_by: str, code: str | None = None) -> Handover:
        if order.state not in HANDABLE:
            raise TillError("pickup.not_handable", order_number=order.order_number, state=order.state)
        if not order.lines:
            raise TillError("pickup.no_lines", order_number=order.order_number)
        return Handover(order, found_by, tuple(HandoverLine(line) for line in order.lines), code)

    def scan(self, sku: str, *, article_name: str) -> tuple[Handover, HandoverLine]:
        """One unit scanned at the counter; a wrong article is refused with its name."""
        candidates = [h for h in self.lines if h.line.sku == sku]
        if not candidates:
            raise TillError(
                "pickup.not_in_order", name=article_name or sku, order_number=self.order.order_number
            )
        target = next(
            (h for h in candidates if h.scanned + h.refused < h.due and h.confirm_reason is None), None
        )
        if target is None:
            raise TillError("pickup.line_complete", name=candidates[0].line.name or sku)
        return self._swap(replace(target, scanned=target.scanned + 1))

    def confirm_count(self, line_no: int, reason: str) -> tuple[Handover, HandoverLine]:
        """Goods without a code: the whole due count is confirmed by eye, with a reason."""
        if not reason:
            raise TillError("pickup.reason_needed")
        return self._swap(replace(self._get(line_no), confirm_reason=reason))

    def refuse(self, line_no: int, quantity: Decimal, reason: str) -> tuple[Handover, HandoverLine]:
        """The customer does not take `quantity` units of a line (absolute), with a reason."""
        if not reason:
            raise TillError("pickup.reason_needed")
        h = self._get(line_no)
        if quantity < 0 or quantity > h.due:
            raise TillError("pickup.bad_refuse", line_no=line_no, most=str(h.due))
        scanned = min(h.scanned, h.due - quantity)
        return self._swap(
            replace(h, refused=quantity, refuse_reason=reason if quantity else None, scanned=scanned)
        )

    @property
    def collected_any(self) -> bool:
        return any(h.collected > 0 for h in self.lines)

    def _get(self, line_no: int) -> HandoverLine:
        found = next((h for h in self.lines if h.line.line_no == line_no), None)
        if found is None:
            raise TillError("pickup.no_such_line", line_no=line_no)
        return found

    def _swap(self, new: HandoverLine) -> tuple[Handover, HandoverLine]:
        lines = tuple(new if h.line.line_no == new.line.line_no else h for h in self.lines)
        return replace(self, lines=lines), new


def _line(order: WebOrder, line_no: int) -> OrderLine:
    found = next((line for line in order.lines if line.line_no == line_no), None)
    if found is None:
        raise TillError("pickup.no_such_line", line_no=line_no)
    return found


def _swap(order: WebOrder, new: OrderLine) -> WebOrder:
    return order.with_lines(tuple(new if line.line_no == new.line_no else line for line in order.lines))
