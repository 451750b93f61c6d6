"""Selling use cases: scan, add, change quantity, discount, override and void the visit's sale lines.

Each call checks who may do it (a manager's Approval where the rules ask for one, written to the audit
log in the same transaction as the change), changes the basket through the pure domain, and persists
the open visit. Returns a BasketChange saying what changed, for the screen to redraw. Parking is in
terminal/services/parking.py.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from decimal import Decimal
from typing import Any

from terminal.domain import approvals
from terminal.domain.basket import Basket, Discount
from terminal.domain.checkout import CheckoutEvent, CheckoutState
from terminal.domain.customer import AppliedOffer
from terminal.domain.errors import ApprovalRequiredError, TillError
from terminal.domain.money import Money
from terminal.domain.scan import (
    Gs1Item,
    PickupCode,
    PriceEmbedded,
    ProductCode,
    ReceiptCode,
    Scan,
    StaffBadge,
    VoucherCode,
    WeightEmbedded,
)
from terminal.domain.staff import Action, Approval, Role
from terminal.domain.tenders import Tender
from terminal.domain.visit import Visit
from terminal.services.context import TillContext
from terminal.services.open_visit import BasketChange, OpenVisit
from terminal.services.ports import BarcodeParser, Clock, IdFactory
from terminal.services.staff import StaffService
from terminal.storage import audit, baskets, catalogue
from terminal.storage import customers as customer_rows
from terminal.storage.catalogue import ProductRecord
from terminal.storage.db import Database

_MULTIPLIER = re.compile(r"^\s*(\d{1,3})\s*[*xX]\s*(\S.*)$")
_MAX_QUANTITY = Decimal(999)


class SellingService:
    """Builds the basket of the sale in progress."""

    def __init__(
        self,
        *,
        db: Database,
        ctx: TillContext,
        open_visit: OpenVisit,
        staff: StaffService,
        parser: BarcodeParser,
        clock: Clock,
        new_id: IdFactory,
        on_void: Sequence[Callable[[Visit, tuple[Tender, ...]], None]] = (),
    ) -> None:
        """`on_void`: told the visit a void threw away, with its tenders (after it is): the returns use
        case releases its claims, the vouchers their holds."""
        self._db = db
        self._ctx = ctx
        self._sale = open_visit
        self._staff = staff
        self._parser = parser
        self._clock = clock
        self._new_id = new_id
        self._on_void = tuple(on_void)

    def basket(self) -> Basket:
        return self._sale.basket

    def visit(self) -> Visit:
        """The whole open visit: the basket and its handover and return lines."""
        return self._sale.visit

    # --- adding -------------------------------------------------------------------------------

    def scan(self, raw: str) -> BasketChange:
        """Add what a scanner or the cashier's entry field sent: a barcode, a SKU, or `3*<code>`."""
        self._staff.require()
        self._refuse_during_payment()
        quantity = Decimal(1)
        match = _MULTIPLIER.match(raw)
        if match:
            quantity = Decimal(match.group(1))
            raw = match.group(2)
            if quantity < 1:
                raise TillError("basket.bad_quantity", quantity=str(quantity))
        try:
            parsed = self._parser.parse(raw)
        except TillError as exc:
            if exc.code != "barcode.unreadable":
                raise
            product = self._product_by_sku(raw.strip())
            if product is None:
                raise
            return self._add(product, quantity=quantity, barcode=None)
        return self._add_scan(parsed, quantity)

    def add_product(self, sku: str, quantity: Decimal = Decimal(1)) -> BasketChange:
        """Add a product chosen in the search (or by its SKU)."""
        self._staff.require()
        self._refuse_during_payment()
        product = self._product_by_sku(sku)
        if product is None:
            raise TillError("catalogue.unknown_sku", sku=sku)
        return self._add(product, quantity=quantity, barcode=None)

    def _product_by_sku(self, sku: str) -> ProductRecord | None:
        if not sku:
            return None
        with self._db.read() as session:
            return catalogue.get_product(session, sku)

    def _add_scan(self, parsed: Scan, quantity: Decimal) -> BasketChange:
        if isinstance(parsed, ProductCode):
            return self._add(self._lookup(parsed.gtin, parsed.raw), quantity=quantity, barcode=parsed.gtin)
        if isinstance(parsed, PriceEmbedded):
            product = self._lookup(parsed.lookup_code, parsed.raw)
            fixed = Money(parsed.price_minor, self._ctx.currency)
            return self._add(product, quantity=Decimal(1), barcode=parsed.raw, fixed_total=fixed)
        if isinstance(parsed, WeightEmbedded):
            product = self._lookup(parsed.lookup_code, parsed.raw)
            weight = Decimal(parsed.weight_grams) / 1000
            return self._add(product, quantity=weight, barcode=parsed.raw, weighed=True)
        if isinstance(parsed, Gs1Item):
            product = self._lookup(parsed.gtin, parsed.raw)
            if parsed.price_minor is not None:
                fixed = Money(parsed.price_minor, self._ctx.currency)
                return self._add(product, quantity=Decimal(1), barcode=parsed.gtin, fixed_total=fixed)
            if parsed.net_weight_grams is not None:
                weight = Decimal(parsed.net_weight_grams) / 1000
                return self._add(product, quantity=weight, barcode=parsed.gtin, weighed=True)
            return self._add(product, quantity=quantity, barcode=parsed.gtin)
        if isinstance(parsed, ReceiptCode):  # its screen takes it; here the cashier hears what it is
            raise TillError("scan.is_receipt", receipt_number=parsed.receipt_number)
        if isinstance(parsed, PickupCode):
            raise TillError("scan.is_pickup", code=parsed.code)
        if isinstance(parsed, StaffBadge):
            raise TillError("scan.is_badge")
        if isinstance(parsed, VoucherCode):  # a tender, taken in the payment dialog
            raise TillError("scan.is_voucher")
        raise TillError("scan.not_a_product", kind=type(parsed).__name__, code=getattr(parsed, "raw", ""))

    def _lookup(self, code: str, raw: str) -> ProductRecord:
        with self._db.read() as session:
            product = catalogue.find_by_barcode(session, code)
        if product is None:
            raise TillError("catalogue.unknown_barcode", code=raw.strip())
        return product

    def _add(
        self,
        product: ProductRecord,
        *,
        quantity: Decimal,
        barcode: str | None,
        fixed_total: Money | None = None,
        weighed: bool = False,
    ) -> BasketChange:
        if not product.active:
            raise TillError("catalogue.inactive", sku=product.sku, name=product.name)
        if product.unit == "kg" and not weighed and fixed_total is None:
            raise TillError("catalogue.needs_weight", sku=product.sku, name=product.name)
        if quantity > _MAX_QUANTITY:
            raise TillError("basket.bad_quantity", quantity=str(quantity))
        basket, line = self._sale.basket.add(
            sku=product.sku,
            name=product.name,
            barcode=barcode,
            unit_price=Money(product.price_minor, self._ctx.currency),
            vat=self._ctx.vat_rate(product.vat_code),
            quantity=quantity,
            unit="kg" if weighed else "pc",
            fixed_total=fixed_total,
        )
        merged = len(basket.lines) == len(self._sale.basket.lines)
        if not merged and self._sale.visit.offers:  # an offer of the visit takes this line too
            basket = self._with_offer(basket, line.line_id, product.sku)
        self._sale.commit_basket(basket)
        return BasketChange(basket, line.line_id, "merged" if merged else "added")

    def _with_offer(self, basket: Basket, line_id: int, sku: str) -> Basket:
        """A new line of an offer's product group gets the offer's percent (an offer applied at a
        pickup before anything of its group was scanned)."""
        with self._db.read() as session:
            group = customer_rows.groups_of(session, [sku]).get(sku)
        offer = next((o for o in self._sale.visit.offers if o.group_id == group), None)
        if offer is None:
            return basket
        return basket.discount_line(line_id, Discount.of_percent(Decimal(offer.percent), reason=offer.reason))

    # --- changing -----------------------------------------------------------------------------

    def set_quantity(self, line_id: int, quantity: Decimal) -> BasketChange:
        self._staff.require()
        self._refuse_during_payment()
        if quantity > _MAX_QUANTITY:
            raise TillError("basket.bad_quantity", quantity=str(quantity))
        return self._change(self._sale.basket.set_quantity(line_id, quantity), line_id, "changed")

    def discount_line(
        self, line_id: int, discount: Discount, approval: Approval | None = None
    ) -> BasketChange:
        staff = self._staff.require()
        self._refuse_during_payment()
        line = self._sale.basket.line(line_id)
        new_basket = self._sale.basket.discount_line(line_id, discount)
        approved = self._check(
            lambda: approvals.check_discount(self._ctx.approval_policy, staff.role, line.gross, discount),
            approval,
        )
        details = {"line_id": line_id, "sku": line.sku, **_discount_details(discount)}
        return self._change(
            new_basket, line_id, "changed", audit_action="discount.line", approval=approved, details=details
        )

    def apply_offer(
        self, line_ids: Sequence[int], offer: AppliedOffer, *, customer_id: str | None = None
    ) -> BasketChange:
        """A personal offer's percent off `line_ids`, and the offer (its claim) into the visit, in one
        write (no approval: the offer is the head office's, claimed at the backend before this is
        called). `customer_id`: the visit is for this customer when it is for nobody yet (a pickup).
        A line that already has as much off or more keeps its own discount."""
        self._staff.require()
        self._refuse_during_payment()
        basket = self._sale.basket
        if customer_id is not None and basket.customer_id is None:
            basket = basket.with_customer(customer_id)
        discount = Discount.of_percent(Decimal(offer.percent), reason=offer.reason)
        for line_id in line_ids:
            line = basket.line(line_id)
            if line.discount is not None and line.discount_amount >= discount.amount_off(line.gross):
                continue  # a line discount as large or larger (a manager's 30 %) stays: never less off
            basket = basket.discount_line(line_id, discount)
        details = {
            "offer_id": offer.offer_id,
            "claim_id": offer.claim_id,
            "line_ids": list(line_ids),
            **_discount_details(discount),
        }
        return self._change(
            basket, None, "changed", audit_action="discount.offer", details=details, offer=offer
        )

    def discount_basket(self, discount: Discount | None, approval: Approval | None = None) -> BasketChange:
        staff = self._staff.require()
        self._refuse_during_payment()
        new_basket = self._sale.basket.discount_basket(discount)
        approved: Approval | None = None
        if discount is not None:
            subtotal = self._sale.basket.totals().total
            approved = self._check(
                lambda: approvals.check_discount(self._ctx.approval_policy, staff.role, subtotal, discount),
                approval,
            )
        details = _discount_details(discount) if discount else {"removed": True}
        return self._change(
            new_basket, None, "changed", audit_action="discount.basket", approval=approved, details=details
        )

    def override_price(self, line_id: int, price: Money, approval: Approval | None = None) -> BasketChange:
        staff = self._staff.require()
        self._refuse_during_payment()
        line = self._sale.basket.line(line_id)
        new_basket = self._sale.basket.override_price(line_id, price)
        approved = self._require_action(staff.role, Action.PRICE_OVERRIDE, approval)
        details = {
            "line_id": line_id,
            "sku": line.sku,
            "from_minor": line.unit_price.amount_minor,
            "to_minor": price.amount_minor,
        }
        return self._change(
            new_basket, line_id, "changed", audit_action="price.override", approval=approved, details=details
        )

    def void_line(self, line_id: int, approval: Approval | None = None) -> BasketChange:
        staff = self._staff.require()
        line = self._sale.basket.line(line_id)
        new_basket = self._sale.basket.void_line(line_id)
        approved: Approval | None = None
        if self._sale.payment_started:
            approved = self._require_action(staff.role, Action.VOID_PAID_LINE, approval)
            # What is left to settle may not fall below what was already taken in (it would turn
            # the visit around with tenders going the wrong way): that needs taking a tender back first.
            balance = self._sale.visit.with_basket(new_basket).totals().balance
            if balance < self._sale.settlement().paid:
                raise TillError("checkout.void_below_paid")
        details = {"line_id": line_id, "sku": line.sku, "total_minor": line.total.amount_minor}
        return self._change(
            new_basket, line_id, "voided", audit_action="void.line", approval=approved, details=details
        )

    def void_basket(self, approval: Approval | None = None) -> BasketChange:
        """Throw the whole sale away (nothing was sold). After a card payment a manager must approve."""
        staff = self._staff.require()
        approved: Approval | None = None
        if self._sale.payment_started:
            approved = self._require_action(staff.role, Action.VOID_PAID_BASKET, approval)
        self._sale.check(CheckoutEvent.VOID)
        old = self._sale.basket
        thrown = self._sale.visit
        with self._db.write() as session:
            audit.append(
                session,
                at=self._clock(),
                staff_id=staff.staff_id,
                approved_by=approved.manager_id if approved else None,
                action="void.basket",
                details={
                    "total_minor": old.totals().total.amount_minor,
                    "lines": len(old.active_lines),
                    "tenders": [t.kind for t in self._sale.tenders],
                },
            )
            baskets.clear_open_basket(session, self._ctx.terminal_id)
        tenders = self._sale.tenders
        self._sale.reset()
        for hook in self._on_void:
            hook(thrown, tenders)
        return BasketChange(self._sale.basket, None, "cleared")

    # --- helpers ------------------------------------------------------------------------------

    def _refuse_during_payment(self) -> None:
        # The basket changes only while scanning (terminal/domain/checkout.py): once payment has begun
        # the cashier goes back to the basket first, which the state machine allows until a tender.
        if self._sale.state is not CheckoutState.SCANNING:
            raise TillError("checkout.payment_in_progress")

    def _check(self, rule: Any, approval: Approval | None) -> Approval | None:
        """Run an approval rule; with a matching approval the rule's refusal is lifted."""
        try:
            rule()
        except ApprovalRequiredError as exc:
            if approval is None or not approval.covers(exc.action):
                raise
            return approval
        return None

    def _require_action(self, role: Role, action: Action, approval: Approval | None) -> Approval | None:
        return approvals.require(role, action, approval)

    def _change(
        self,
        basket: Basket,
        line_id: int | None,
        kind: str,
        *,
        audit_action: str | None = None,
        approval: Approval | None = None,
        details: dict[str, Any] | None = None,
        offer: AppliedOffer | None = None,
    ) -> BasketChange:
        previous = self._sale.visit
        changed = previous.with_basket(basket)
        if offer is not None:  # refused (offer.applied) before anything changes
            changed = changed.with_offer(offer)
        self._sale.visit = changed
        try:
            with self._db.write() as session:
                self._sale.write(session)
                if audit_action is not None:
                    staff = self._staff.require()
                    audit.append(
                        session,
                        at=self._clock(),
                        staff_id=staff.staff_id,
                        approved_by=approval.manager_id if approval else None,
                        action=audit_action,
                        details=details or {},
                    )
        except BaseException:
            self._sale.visit = previous
            raise
        return BasketChange(basket, line_id, kind)


def _discount_details(discount: Discount) -> dict[str, Any]:
    if discount.kind == "percent":
        return {"percent": str(discount.percent), "reason": discount.reason}
    assert discount.amount is not None
    return {"amount_minor": discount.amount.amount_minor, "reason": discount.reason}
