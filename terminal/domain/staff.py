"""Who works the till and what needs a manager: roles, the actions beyond a cashier's rights, approvals.

An `Action` names something a cashier may not do alone; its value is the stable key used in
`ApprovalRequiredError(action)`, in the audit log and in the UI's approval prompt. A manager who types
their PIN turns into an `Approval` for exactly one action, which the service records with the change.
When an action needs approval at all (e.g. a discount only above the limit, a void only after payment
started) is decided in `approvals.py`.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Role(StrEnum):
    """A staff member's role; the value is what storage and the backend keep."""

    CASHIER = "cashier"
    MANAGER = "manager"


class Action(StrEnum):
    """Actions that need a manager (the manager's own role permits them without asking)."""

    DISCOUNT_OVER_LIMIT = "discount_over_limit"  # a discount above ApprovalPolicy's cashier limit
    PRICE_OVERRIDE = "price_override"
    VOID_PAID_LINE = "void_paid_line"  # void a line after a tender was taken
    VOID_PAID_BASKET = "void_paid_basket"  # void the whole sale after a tender was taken
    REMOVE_CARD_TENDER = "remove_card_tender"  # take back an approved card payment before completion
    OPEN_DRAWER = "open_drawer"  # open the cash drawer without a sale
    # A copy of an earlier receipt (a duplicate can back a fraudulent return). Printing a receipt
    # that waited in the queue after a printer fault is not a reprint and needs no approval.
    REPRINT = "reprint"
    CASH_OUT_OVER_LIMIT = "cash_out_over_limit"  # cash out of the drawer above the policy's limit
    SYNC_ADMIN = "sync_admin"  # the sync screen: see queued and refused events, resubmit them
    # A return outside the rules: after its window, another till's receipt while offline (unverified),
    # or without a receipt (terminal/domain/returns.py OVERRIDE_*).
    RETURN_OVERRIDE = "return_override"


# What each role may do without asking. A cashier's own work (scan, quantity, void before payment,
# discounts within the limit, park, take tenders) is not an Action at all.
_PERMITTED: dict[Role, frozenset[Action]] = {
    Role.CASHIER: frozenset(),
    Role.MANAGER: frozenset(Action),
}


def permits(role: Role, action: Action) -> bool:
    """Whether `role` may do `action` without a manager's approval."""
    return action in _PERMITTED[role]


@dataclass(frozen=True, slots=True)
class StaffMember:
    """Someone who can log in at the till."""

    staff_id: str
    name: str
    role: Role

    @property
    def is_manager(self) -> bool:
        return self.role is Role.MANAGER


@dataclass(frozen=True, slots=True)
class Approval:
    """Proof that a manager approved one action; services pass it in and record it in the audit log."""

    action: Action
    manager_id: str
    manager_name: str

    def covers(self, action: Action | str) -> bool:
        """Whether this approval is for `action` (an approval for one action never lifts another)."""
        return str(self.action) == str(action)
