"""When an action needs a manager: the store's approval policy and the checks the services run.

Each `check_*` returns quietly when the role may go ahead and raises `ApprovalRequiredError(action)`
otherwise; the UI then asks for a manager's PIN and the service retries with the `Approval`
(`require` says whether a given approval lifts the refusal). The limits come from the store's config.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from terminal.domain.errors import ApprovalRequiredError
from terminal.domain.money import Money
from terminal.domain.pricing import Discount
from terminal.domain.staff import Action, Approval, Role, permits


@dataclass(frozen=True, slots=True)
class ApprovalPolicy:
    """What a cashier may do alone. A discount is within the limit when it is at most
    `max_cashier_discount_percent` of what it is taken off and, if set, at most
    `max_cashier_discount_amount_minor` in minor units."""

    max_cashier_discount_percent: Decimal = Decimal("10")
    max_cashier_discount_amount_minor: int | None = None
    # Cash out of the drawer (minor units) a cashier may take alone; None: the currency's default.
    max_cashier_cash_out_minor: int | None = None


# What a cashier may take out of the drawer alone when the store sets no limit (about 100 EUR).
DEFAULT_CASH_OUT_LIMIT_MINOR = {"EUR": 10000, "HUF": 40000, "IDR": 1_500_000}


def discount_within_limit(policy: ApprovalPolicy, base: Money, discount: Discount) -> bool:
    """Whether a cashier may give `discount` on `base` (a line's gross or the basket's total)."""
    off = discount.amount_off(base)
    limit = policy.max_cashier_discount_amount_minor
    if limit is not None and off.amount_minor > limit:
        return False
    if discount.kind == "percent":
        assert discount.percent is not None  # guaranteed by Discount
        return discount.percent <= policy.max_cashier_discount_percent
    # An amount is judged by the share of the base it takes: off / base <= limit / 100.
    return Decimal(off.amount_minor) * 100 <= policy.max_cashier_discount_percent * base.amount_minor


def check_discount(policy: ApprovalPolicy, role: Role, base: Money, discount: Discount) -> None:
    """Refuse a cashier's discount above the policy's limit (`discount_over_limit`)."""
    if permits(role, Action.DISCOUNT_OVER_LIMIT) or discount_within_limit(policy, base, discount):
        return
    raise ApprovalRequiredError(
        str(Action.DISCOUNT_OVER_LIMIT),
        limit_percent=str(policy.max_cashier_discount_percent),
        limit_minor=policy.max_cashier_discount_amount_minor,
    )


def check(role: Role, action: Action) -> None:
    """Refuse `action` unless the role permits it."""
    if not permits(role, action):
        raise ApprovalRequiredError(str(action))


def cash_out_limit(policy: ApprovalPolicy, currency: str) -> Money:
    """What a cashier may take out of the drawer alone."""
    limit = policy.max_cashier_cash_out_minor
    if limit is None:
        limit = DEFAULT_CASH_OUT_LIMIT_MINOR.get(currency, 10000)
    return Money(limit, currency)


def check_cash_out(policy: ApprovalPolicy, role: Role, amount: Money) -> None:
    """Refuse a cashier's cash out above the limit (`cash_out_over_limit`)."""
    limit = cash_out_limit(policy, amount.currency)
    if permits(role, Action.CASH_OUT_OVER_LIMIT) or amount <= limit:
        return
    raise ApprovalRequiredError(str(Action.CASH_OUT_OVER_LIMIT), limit_minor=limit.amount_minor)


def check_price_override(role: Role) -> None:
    check(role, Action.PRICE_OVERRIDE)


def check_void_line(role: Role, *, payment_started: bool) -> None:
    """Voiding a line is the cashier's own business until the first tender is taken."""
    if payment_started:
        check(role, Action.VOID_PAID_LINE)


def check_void_basket(role: Role, *, payment_started: bool) -> None:
    """Voiding the whole sale is the cashier's own business until the first tender is taken."""
    if payment_started:
        check(role, Action.VOID_PAID_BASKET)


def check_remove_tender(role: Role, *, card: bool) -> None:
    """Cash counted wrong may be taken back; an approved card payment only with a manager."""
    if card:
        check(role, Action.REMOVE_CARD_TENDER)


def check_open_drawer(role: Role) -> None:
    """Opening the drawer without a sale."""
    check(role, Action.OPEN_DRAWER)


def check_reprint(role: Role) -> None:
    """A copy of an earlier receipt."""
    check(role, Action.REPRINT)


def require(role: Role, action: Action, approval: Approval | None) -> Approval | None:
    """The approval to record for `action`: None when the role permits it, else a matching approval.

    Raises `ApprovalRequiredError(action)` when neither the role nor the approval covers the action.
    """
    if permits(role, action):
        return None
    if approval is None or not approval.covers(action):
        raise ApprovalRequiredError(str(action))
    return approval
