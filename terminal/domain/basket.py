"""The basket of the sale in progress: lines, quantities, voids, discounts, price overrides and totals.

A `Basket` is a frozen value; every operation returns a new Basket (or refuses with a `TillError`), so
the services can persist it after each change and the UI can redraw from it. Line ids are small ints,
stable for the life of the basket (a voided line keeps its id and stays visible for the receipt and
the audit, but no longer counts).

Rules kept here:
- Pieces are whole and > 0; weighed lines (kg) are > 0. A price-embedded line (the barcode carries the
  total) keeps its printed total; its quantity cannot be changed.
- Scanning the same plain piece item right after itself adds to that line; weighed, price-embedded,
  discounted and overridden lines never merge.
- No discount makes a line or the basket negative (`discount.too_large`).
- The basket discount is split over the active lines in proportion to their totals (`pricing.allocate`),
  so line totals sum to the total and the VAT per rate is computed from exact amounts.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from decimal import Decimal
from typing import Any

from terminal.domain.basket_line import UNITS, BasketLine, Unit, check_quantity
from terminal.domain.errors import TillError
from terminal.domain.money import CurrencyMismatchError, Money
from terminal.domain.pricing import Discount, allocate
from terminal.domain.tax import VatLine, VatRate, vat_breakdown

__all__ = ["Basket", "BasketLine", "BasketTotals", "Discount", "Unit"]

_FORMAT_VERSION = 1


@dataclass(frozen=True, slots=True)
class BasketTotals:
    """Everything the screen, the payment and the receipt need about the basket's amounts."""

    subtotal: Money  # sum of the active lines' gross
    line_discounts: Money
    basket_discount: Money
    total: Money
    vat: tuple[VatLine, ...]
    item_count: Decimal  # pieces, plus one per weighed line
    line_totals: dict[int, Money] = field(default_factory=dict)  # active lines only, after all discounts


@dataclass(frozen=True, slots=True)
class Basket:
    """The lines of one sale, its basket discount and its customer. Immutable."""

    currency: str
    lines: tuple[BasketLine, ...] = ()
    basket_discount: Discount | None = None
    customer_id: str | None = None
    next_line_id: int = 1

    def __post_init__(self) -> None:
        Money.zero(self.currency)  # refuses an unknown currency
        ids = [line.line_id for line in self.lines]
        if len(set(ids)) != len(ids) or any(i >= self.next_line_id or i < 1 for i in ids):
            raise ValueError(f"line ids {ids} do not fit next_line_id {self.next_line_id}")

    # --- reading ------------------------------------------------------------------------------

    def line(self, line_id: int) -> BasketLine:
        for line in self.lines:
            if line.line_id == line_id:
                return line
        raise TillError("basket.no_such_line", line_id=line_id)

    @property
    def active_lines(self) -> tuple[BasketLine, ...]:
        return tuple(line for line in self.lines if not line.voided)

    @property
    def is_empty(self) -> bool:
        """No line that counts (a basket of voided lines only is empty)."""
        return not self.active_lines

    def totals(self) -> BasketTotals:
        zero = Money.zero(self.currency)
        active = self.active_lines
        subtotal = sum((line.gross for line in active), zero)
        line_discounts = sum((line.discount_amount for line in active), zero)
        after_lines = subtotal - line_discounts
        basket_discount = zero
        if self.basket_discount is not None:
            basket_discount = self.basket_discount.amount_off(after_lines)
            if basket_discount > after_lines:
                raise TillError("discount.too_large", discount_minor=basket_discount.amount_minor)
        shares = allocate(basket_discount, [line.total for line in active])
        line_totals = {line.line_id: line.total - share for line, share in zip(active, shares, strict=True)}
        vat = vat_breakdown(((line.vat, line_totals[line.line_id]) for line in active), self.currency)
        item_count = sum((line.quantity if line.unit == "pc" else Decimal(1) for line in active), Decimal(0))
        return BasketTotals(
            subtotal=subtotal,
            line_discounts=line_discounts,
            basket_discount=basket_discount,
            total=after_lines - basket_discount,
            vat=vat,
            item_count=item_count,
            line_totals=line_totals,
        )

    # --- changing -----------------------------------------------------------------------------

    def add(
        self,
        *,
        sku: str,
        name: str,
        barcode: str | None,
        unit_price: Money,
        vat: VatRate,
        quantity: Decimal = Decimal(1),
        unit: Unit = "pc",
        fixed_total: Money | None = None,
    ) -> tuple[Basket, BasketLine]:
        """Add an item; the same plain piece item scanned again right after adds to the last line."""
        if unit not in UNITS:
            raise ValueError(f"unknown unit {unit!r}")
        self._check_price(unit_price)
        check_quantity(unit, quantity)
        if fixed_total is not None:
            self._check_price(fixed_total)
            if unit == "pc" and quantity != 1:
                raise TillError("basket.bad_quantity", quantity=str(quantity), unit=unit)
        elif self.lines and self.lines[-1].merges_with(
            sku=sku, barcode=barcode, unit_price=unit_price, vat=vat, unit=unit
        ):
            last = self.lines[-1]
            merged = replace(last, quantity=last.quantity + quantity)
            return self._with_line(merged), merged
        line = BasketLine(
            line_id=self.next_line_id,
            sku=sku,
            name=name,
            barcode=barcode,
            unit_price=unit_price,
            quantity=quantity,
            unit=unit,
            vat=vat,
            fixed_total=fixed_total,
        )
        basket = replace(self, lines=(*self.lines, line), next_line_id=self.next_line_id + 1)
        return basket._checked(), line

    def set_quantity(self, line_id: int, quantity: Decimal) -> Basket:
        """New quantity for a line: whole pieces > 0, or kg > 0. A price-embedded line keeps its own."""
        line = self._changeable(line_id)
        check_quantity(line.unit, quantity)
        if line.fixed_total is not None:
            raise TillError("basket.quantity_fixed", line_id=line_id)
        return self._with_line(replace(line, quantity=quantity))

    def void_line(self, line_id: int) -> Basket:
        """Strike a line: it stays (voided) for the receipt and the audit but no longer counts."""
        line = self._changeable(line_id)
        return self._with_line(replace(line, voided=True))

    def discount_line(self, line_id: int, discount: Discount | None) -> Basket:
        """Set (or with None remove) the line's discount; it replaces any earlier one."""
        line = self._changeable(line_id)
        return self._with_line(replace(line, discount=discount))

    def discount_basket(self, discount: Discount | None) -> Basket:
        """Set (or with None remove) the discount on the whole basket; it replaces any earlier one."""
        return replace(self, basket_discount=discount)._checked()

    def override_price(self, line_id: int, price: Money) -> Basket:
        """A manager's new price: the unit price, or the printed total of a price-embedded line."""
        line = self._changeable(line_id)
        self._check_price(price)
        if line.fixed_total is not None:
            before = line.fixed_total
            changed = replace(line, fixed_total=price)
        else:
            before = line.unit_price
            changed = replace(line, unit_price=price)
        if line.original_price is None:
            changed = replace(changed, original_price=before)
        return self._with_line(changed)

    def with_customer(self, customer_id: str | None) -> Basket:
        """Attach (or with None detach) the customer the sale is for."""
        return replace(self, customer_id=customer_id)

    # --- persistence --------------------------------------------------------------------------

    def to_dict(self) -> dict[str, Any]:
        """A JSON-safe copy (amounts as ints in minor units, Decimals as strings)."""
        return {
            "version": _FORMAT_VERSION,
            "currency": self.currency,
            "next_line_id": self.next_line_id,
            "customer_id": self.customer_id,
            "basket_discount": None if self.basket_discount is None else self.basket_discount.to_dict(),
            "lines": [line.to_dict() for line in self.lines],
        }

    @staticmethod
    def from_dict(data: dict[str, Any]) -> Basket:
        """The basket `to_dict` wrote; refuses a format version it does not know."""
        if data.get("version") != _FORMAT_VERSION:
            raise ValueError(f"unknown basket format version {data.get('version')!r}")
        currency = str(data["currency"])
        discount = data.get("basket_discount")
        return Basket(
            currency=currency,
            lines=tuple(BasketLine.from_dict(item, currency) for item in data["lines"]),
            basket_discount=None if discount is None else Discount.from_dict(discount, currency),
            customer_id=data.get("customer_id"),
            next_line_id=int(data["next_line_id"]),
        )

    # --- helpers ------------------------------------------------------------------------------

    def _changeable(self, line_id: int) -> BasketLine:
        line = self.line(line_id)
        if line.voided:
            raise TillError("basket.line_voided", line_id=line_id)
        return line

    def _with_line(self, changed: BasketLine) -> Basket:
        lines = tuple(changed if line.line_id == changed.line_id else line for line in self.lines)
        return replace(self, lines=lines)._checked()

    def _check_price(self, price: Money) -> None:
        if price.currency != self.currency:
            raise CurrencyMismatchError(f"{price.currency} price in a {self.currency} basket")
        if price.amount_minor < 0:
            raise TillError("basket.bad_price", price_minor=price.amount_minor)

    def _checked(self) -> Basket:
        """This basket, if no discount takes a line or the basket below zero."""
        for line in self.active_lines:
            if line.discount_amount > line.gross:
                raise TillError(
                    "discount.too_large",
                    line_id=line.line_id,
                    discount_minor=line.discount_amount.amount_minor,
                    gross_minor=line.gross.amount_minor,
                )
        self.totals()  # refuses a basket discount larger than what the lines are worth
        return self
