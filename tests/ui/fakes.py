"""Hand-written stand-ins for the till's services, built on the real domain values (Basket, Settlement).

Used only until the lead's `services` fixture builds the real container on a temporary database;
they follow the services API in docs and refuse with the same TillError codes.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

from terminal.domain.basket import Basket, Discount
from terminal.domain.errors import ApprovalRequiredError, TillError
from terminal.domain.money import Money
from terminal.domain.staff import Action, Approval, Role, StaffMember
from terminal.domain.tax import VatRate
from terminal.domain.tenders import Settlement, Tender, TenderKind

VAT = VatRate("A", Decimal(19))


@dataclass(frozen=True)
class Product:
    sku: str
    name: str
    price_minor: int
    barcode: str


PRODUCTS = (
    Product("1001", "Milk 1 l", 129, "4006381333931"),
    Product("1002", "Bread", 249, "4000000000017"),
    Product("1003", "Cordless drill", 8999, "4000000000024"),
)


@dataclass(frozen=True)
class Change:
    basket: Basket
    line_id: int | None
    kind: str


@dataclass(frozen=True)
class Hit:
    sku: str
    name: str
    brand: str
    price: Money
    barcode: str | None
    unit: str


class FakeStaff:
    def __init__(self) -> None:
        self.people = {
            "1234": StaffMember("c1", "Anna", Role.CASHIER),
            "9999": StaffMember("m1", "Bea", Role.MANAGER),
        }
        self.badges = {"BADGE-ANNA": "1234"}
        self.current: StaffMember | None = None

    def login(self, secret: str) -> StaffMember:
        member = self.people.get(self.badges.get(secret.strip(), secret.strip()))
        if member is None:
            raise TillError("staff.unknown")
        self.current = member
        return member

    def logout(self) -> None:
        self.current = None

    def approve(self, pin: str, action: Action) -> Approval:
        member = self.people.get(pin)
        if member is None or member.role is not Role.MANAGER:
            raise TillError("approval.denied", action=str(action))
        return Approval(action=action, manager_id=member.staff_id, manager_name=member.name)


@dataclass
class Sale:
    currency: str = "EUR"
    basket: Basket = field(default_factory=lambda: Basket(currency="EUR"))
    tenders: tuple[Tender, ...] = ()

    def payment(self) -> Settlement:
        return Settlement(balance=self.basket.totals().total, tenders=self.tenders)


class FakeSelling:
    def __init__(self, sale: Sale) -> None:
        self.sale = sale

    def basket(self) -> Basket:
        return self.sale.basket

    def scan(self, raw: str) -> Change:
        code = raw.strip()
        quantity = Decimal(1)
        if "*" in code:
            count, code = code.split("*", 1)
            quantity = Decimal(count)
        if not code:
            raise TillError("barcode.empty")
        for product in PRODUCTS:
            if code in (product.barcode, product.sku):
                return self.add_product(product.sku, quantity)
        raise TillError("catalogue.unknown_barcode", code=code)

    def add_product(self, sku: str, quantity: Decimal = Decimal(1)) -> Change:
        product = next((p for p in PRODUCTS if p.sku == sku), None)
        if product is None:
            raise TillError("catalogue.unknown_sku", sku=sku)
        before = len(self.sale.basket.lines)
        basket, line = self.sale.basket.add(
            sku=product.sku,
            name=product.name,
            barcode=product.barcode,
            unit_price=Money(product.price_minor, "EUR"),
            vat=VAT,
            quantity=quantity,
        )
        self.sale.basket = basket
        return Change(basket, line.line_id, "added" if len(basket.lines) > before else "merged")

    def set_quantity(self, line_id: int, quantity: Decimal) -> Change:
        self.sale.basket = self.sale.basket.set_quantity(line_id, quantity)
        return Change(self.sale.basket, line_id, "changed")

    def void_line(self, line_id: int, approval: Approval | None = None) -> Change:
        self.sale.basket = self.sale.basket.void_line(line_id)
        return Change(self.sale.basket, line_id, "voided")

    def discount_line(self, line_id: int, discount: Discount, approval: Approval | None = None) -> Change:
        self.sale.basket = self.sale.basket.discount_line(line_id, discount)
        return Change(self.sale.basket, line_id, "changed")

    def override_price(self, line_id: int, price: Money, approval: Approval | None = None) -> Change:
        if approval is None or not approval.covers(Action.PRICE_OVERRIDE):
            raise ApprovalRequiredError(str(Action.PRICE_OVERRIDE))
        self.sale.basket = self.sale.basket.override_price(line_id, price)
        return Change(self.sale.basket, line_id, "changed")

    def void_basket(self, approval: Approval | None = None) -> Change:
        self.sale.basket = Basket(currency="EUR")
        return Change(self.sale.basket, None, "cleared")

    def parked(self) -> list[Any]:
        return []


class FakeCheckout:
    def __init__(self, sale: Sale) -> None:
        self.sale = sale
        self.completed: list[Any] = []

    def begin(self) -> Settlement:
        if self.sale.basket.is_empty:
            raise TillError("checkout.empty_basket")
        return self.sale.payment()

    def payment_in_progress(self) -> Settlement | None:
        return self.sale.payment() if self.sale.tenders else None

    def add_cash(self, amount: Money) -> Settlement:
        return self._add(Tender(TenderKind.CASH, amount))

    def add_card(self, amount: Money, reference: str | None = None) -> Settlement:
        return self._add(Tender(TenderKind.CARD, amount, reference))

    def _add(self, tender: Tender) -> Settlement:
        payment = self.sale.payment().add(tender)
        self.sale.tenders = payment.tenders
        return payment

    def remove_last_tender(self) -> Settlement:
        self.sale.tenders = self.sale.payment().remove_last().tenders
        return self.sale.payment()

    def cancel(self) -> None:
        if self.sale.tenders:
            raise TillError("checkout.payment_in_progress")

    def complete(self) -> Any:
        payment = self.sale.payment()
        if not payment.is_settled:
            raise TillError(
                "tender.short", remaining=payment.remaining.amount_minor, currency=payment.remaining.currency
            )
        number = f"S001-T01-{len(self.completed) + 1:06d}"
        done = type(
            "CompletedSale",
            (),
            {
                "receipt_number": number,
                "total": payment.balance,
                "change": payment.change,
                "receipt": None,
                "print_job_id": "j",
            },
        )()
        self.completed.append(done)
        self.sale.basket = Basket(currency="EUR")
        self.sale.tenders = ()
        return done

    def open_drawer(self, approval: Approval | None = None) -> None:
        if approval is None:
            raise ApprovalRequiredError(str(Action.OPEN_DRAWER))


class FakeReceipts:
    def last(self) -> Any:
        return None

    def reprint_last(self) -> Any:
        raise TillError("receipt.none_yet")

    def preview_lines(self, receipt: Any) -> list[str]:
        return []

    def waiting_jobs(self) -> int:
        return 0


class FakeCatalogue:
    def __init__(self) -> None:
        self.queries: list[str] = []

    def search(self, text: str, limit: int = 50) -> list[Hit]:
        self.queries.append(text)
        words = text.lower().split()
        return [
            Hit(p.sku, p.name, "Demo", Money(p.price_minor, "EUR"), p.barcode, "pc")
            for p in PRODUCTS
            if all(w in p.name.lower() or p.sku.startswith(w) for w in words)
        ][:limit]


@dataclass
class FakeServices:
    staff: FakeStaff
    selling: FakeSelling
    checkout: FakeCheckout
    receipts: FakeReceipts
    catalogue: FakeCatalogue

    @staticmethod
    def build() -> FakeServices:
        sale = Sale()
        return FakeServices(
            FakeStaff(), FakeSelling(sale), FakeCheckout(sale), FakeReceipts(), FakeCatalogue()
        )


NOW = datetime(2026, 11, 24, 9, 30, tzinfo=UTC)
