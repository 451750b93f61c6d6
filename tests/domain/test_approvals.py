"""Who needs a manager: roles and permissions, the discount limit, and the approval checks."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

import pytest

from terminal.domain import approvals
from terminal.domain.approvals import ApprovalPolicy, check_discount
from terminal.domain.errors import ApprovalRequiredError, TillError
from terminal.domain.money import Money
from terminal.domain.pricing import Discount
from terminal.domain.staff import Action, Approval, Role, StaffMember, permits

POLICY = ApprovalPolicy()
CASHIER, MANAGER = Role.CASHIER, Role.MANAGER


def eur(minor: int) -> Money:
    return Money(minor, "EUR")


def test_roles_and_actions_have_stable_values() -> None:
    assert [str(r) for r in Role] == ["cashier", "manager"]
    assert Role("manager") is MANAGER
    assert Action("discount_over_limit") is Action.DISCOUNT_OVER_LIMIT
    assert {str(a) for a in Action} == {
        "discount_over_limit",
        "price_override",
        "void_paid_line",
        "void_paid_basket",
        "remove_card_tender",
        "open_drawer",
        "reprint",
        "sync_admin",
        "return_override",
        "cash_out_over_limit",  # the till's day (issue 11)
    }


@pytest.mark.parametrize("action", list(Action))
def test_manager_may_do_every_action_and_cashier_none(action: Action) -> None:
    assert permits(MANAGER, action)
    assert not permits(CASHIER, action)


def test_staff_member_and_approval_values() -> None:
    assert StaffMember("s1", "Anna", MANAGER).is_manager
    assert not StaffMember("s2", "Bea", CASHIER).is_manager
    approval = Approval(Action.PRICE_OVERRIDE, manager_id="s1", manager_name="Anna")
    assert approval.covers(Action.PRICE_OVERRIDE)
    assert approval.covers("price_override")
    assert not approval.covers(Action.OPEN_DRAWER)


@pytest.mark.parametrize(
    ("discount", "base", "allowed"),
    [
        (Discount.of_percent(Decimal(10)), eur(1000), True),
        (Discount.of_percent(Decimal("10.01")), eur(1000), False),
        (Discount.of_amount(eur(100)), eur(1000), True),  # exactly 10 %
        (Discount.of_amount(eur(101)), eur(1000), False),
        (Discount.of_amount(eur(1)), eur(0), False),
    ],
)
def test_cashier_discount_limit_in_percent(discount: Discount, base: Money, allowed: bool) -> None:
    if allowed:
        check_discount(POLICY, CASHIER, base, discount)
    else:
        with pytest.raises(ApprovalRequiredError) as exc:
            check_discount(POLICY, CASHIER, base, discount)
        assert exc.value.code == "approval.required"
        assert exc.value.action == "discount_over_limit"
        assert exc.value.params["limit_percent"] == "10"
    check_discount(POLICY, MANAGER, base, discount)  # a manager never asks


def test_cashier_discount_limit_in_amount() -> None:
    policy = ApprovalPolicy(max_cashier_discount_percent=Decimal(50), max_cashier_discount_amount_minor=500)
    check_discount(policy, CASHIER, eur(10_000), Discount.of_percent(Decimal(5)))  # 5.00 off
    with pytest.raises(ApprovalRequiredError):
        check_discount(policy, CASHIER, eur(10_010), Discount.of_percent(Decimal(5)))  # 5.005 -> 5.01
    with pytest.raises(ApprovalRequiredError):
        check_discount(policy, CASHIER, eur(10_000), Discount.of_amount(eur(501)))


def test_approval_required_is_a_till_error() -> None:
    with pytest.raises(TillError):
        approvals.check_price_override(CASHIER)


@pytest.mark.parametrize(
    ("check", "action"),
    [
        (approvals.check_price_override, Action.PRICE_OVERRIDE),
        (lambda r: approvals.check_void_line(r, payment_started=True), Action.VOID_PAID_LINE),
        (lambda r: approvals.check_void_basket(r, payment_started=True), Action.VOID_PAID_BASKET),
        (lambda r: approvals.check_remove_tender(r, card=True), Action.REMOVE_CARD_TENDER),
        (approvals.check_open_drawer, Action.OPEN_DRAWER),
        (approvals.check_reprint, Action.REPRINT),
    ],
)
def test_manager_only_actions(check: Callable[[Role], None], action: Action) -> None:
    with pytest.raises(ApprovalRequiredError) as exc:
        check(CASHIER)
    assert exc.value.action == str(action)
    check(MANAGER)


def test_voids_and_cash_removal_before_payment_need_nobody() -> None:
    approvals.check_void_line(CASHIER, payment_started=False)
    approvals.check_void_basket(CASHIER, payment_started=False)
    approvals.check_remove_tender(CASHIER, card=False)


def test_require_returns_the_approval_to_record() -> None:
    approval = Approval(Action.OPEN_DRAWER, manager_id="m1", manager_name="Anna")
    assert approvals.require(MANAGER, Action.OPEN_DRAWER, None) is None
    assert approvals.require(CASHIER, Action.OPEN_DRAWER, approval) is approval
    with pytest.raises(ApprovalRequiredError) as exc:
        approvals.require(CASHIER, Action.OPEN_DRAWER, None)
    assert exc.value.action == "open_drawer"
    with pytest.raises(ApprovalRequiredError):
        approvals.require(CASHIER, Action.PRICE_OVERRIDE, approval)  # approved for something else
