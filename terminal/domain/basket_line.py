"""One line of the basket: what was scanned, at which price, how many, and its own discount.

`BasketLine` is a frozen value; the rules that change it live in `basket.Basket`, which re-exports it.
Also here: the quantity rule (whole pieces > 0, kg > 0) and the line's JSON form for `Basket.to_dict`.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any, Literal

from terminal.domain.errors import TillError
from terminal.domain.money import Money
from terminal.domain.pricing import Discount, extended_price
from terminal.domain.tax import VatRate

Unit = Literal["pc", "kg"]
UNITS: tuple[Unit, ...] = ("pc", "kg")


@dataclass(frozen=True, slots=True)
class BasketLine:
    """One line as the cashier sees it. Amounts are the line's own; the basket discount is in totals."""

    line_id: int
    sku: str
    name: str
    barcode: str | None
    unit_price: Money  # per piece, or per kg for a weighed line
    quantity: Decimal  # pieces, or kg
    unit: Unit
    vat: VatRate
    fixed_total: Money | None = None  # price-embedded barcode: the total is printed in the code
    discount: Discount | None = None
    original_price: Money | None = None  # the price before a manager's override (first override wins)
    voided: bool = False

    @property
    def gross(self) -> Money:
        """Price times quantity (rounded half up once), or the printed total of a price-embedded code."""
        if self.fixed_total is not None:
            return self.fixed_total
        return extended_price(self.unit_price, self.quantity)

    @property
    def discount_amount(self) -> Money:
        """The line's own discount; its share of the basket discount is in `BasketTotals.line_totals`."""
        if self.discount is None:
            return Money.zero(self.unit_price.currency)
        return self.discount.amount_off(self.gross)

    @property
    def total(self) -> Money:
        """Gross less the line's own discount (also for a voided line, which the receipt shows struck)."""
        return self.gross - self.discount_amount

    @property
    def price_each(self) -> Money:
        """The price per unit the customer pays before discounts: the code's printed price for a
        price-embedded line (one piece), else the unit price."""
        if self.fixed_total is not None and self.unit == "pc" and self.quantity == 1:
            return self.fixed_total
        return self.unit_price

    @property
    def is_price_embedded(self) -> bool:
        return self.fixed_total is not None

    def merges_with(
        self, *, sku: str, barcode: str | None, unit_price: Money, vat: VatRate, unit: Unit
    ) -> bool:
        """Whether scanning this item again adds to this line instead of starting a new one."""
        plain = (
            not self.voided
            and self.unit == "pc"
            and self.fixed_total is None
            and self.discount is None
            and self.original_price is None
        )
        same = (self.sku, self.barcode, self.unit_price, self.vat) == (sku, barcode, unit_price, vat)
        return plain and same and unit == "pc"

    def to_dict(self) -> dict[str, Any]:
        """A JSON-safe copy; the currency is the basket's and is not repeated per line."""
        return {
            "line_id": self.line_id,
            "sku": self.sku,
            "name": self.name,
            "barcode": self.barcode,
            "unit_price_minor": self.unit_price.amount_minor,
            "quantity": quantity_text(self.quantity),
            "unit": self.unit,
            "vat_code": self.vat.code,
            "vat_percent": str(self.vat.percent),
            "fixed_total_minor": _minor_or_none(self.fixed_total),
            "discount": None if self.discount is None else self.discount.to_dict(),
            "original_price_minor": _minor_or_none(self.original_price),
            "voided": self.voided,
        }

    @staticmethod
    def from_dict(data: dict[str, Any], currency: str) -> BasketLine:
        unit = data["unit"]
        if unit not in UNITS:
            raise ValueError(f"unknown unit {unit!r}")
        discount = data.get("discount")
        return BasketLine(
            line_id=int(data["line_id"]),
            sku=str(data["sku"]),
            name=str(data["name"]),
            barcode=data.get("barcode"),
            unit_price=Money(int(data["unit_price_minor"]), currency),
            quantity=Decimal(str(data["quantity"])),
            unit=unit,
            vat=VatRate(str(data["vat_code"]), Decimal(str(data["vat_percent"]))),
            fixed_total=_money_or_none(data.get("fixed_total_minor"), currency),
            discount=None if discount is None else Discount.from_dict(discount, currency),
            original_price=_money_or_none(data.get("original_price_minor"), currency),
            voided=bool(data.get("voided", False)),
        )


_GRAM = Decimal("0.001")
_MAX_QUANTITY = Decimal(10) ** 9


def check_quantity(unit: Unit, quantity: Decimal) -> None:
    """Refuse (`basket.bad_quantity`) anything but whole pieces > 0, or kg > 0 to the gram.

    The gram is the finest a scale label carries and the finest the sync contract takes (three
    decimals): a sale with 0.4567 kg would print and then be refused by the backend for good.
    """
    try:
        ok = isinstance(quantity, Decimal) and quantity.is_finite() and 0 < quantity < _MAX_QUANTITY
        if ok and unit == "pc":
            ok = quantity == quantity.to_integral_value()
        if ok:
            ok = quantity == quantity.quantize(_GRAM)
    except InvalidOperation:
        ok = False
    if not ok:
        raise TillError("basket.bad_quantity", quantity=str(quantity), unit=unit)


def quantity_text(quantity: Decimal) -> str:
    """A quantity as the wire and the database carry it: plain digits, no exponent ("50", "1.234")."""
    return format(quantity.normalize(), "f")


def _minor_or_none(amount: Money | None) -> int | None:
    return None if amount is None else amount.amount_minor


def _money_or_none(minor: Any, currency: str) -> Money | None:
    return None if minor is None else Money(int(minor), currency)
