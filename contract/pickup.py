"""Pickup codes of click-and-collect orders: what a customer shows, and how a till checks it.

A pickup code is eight digits, typed in two groups of four (`4827 1930`); with the attempt limit
(`CODE_ATTEMPTS`, at the backend and at a till) it cannot be guessed. The customer's QR code
encodes `P:<order_number>:<code>` (an order number may itself hold ':', a code never does). A till
holds only `code_check(order_number, code)` for its cached orders, so it can check a code offline
without a list of codes on the disk.
"""

from __future__ import annotations

import hashlib
import hmac
from dataclasses import dataclass

QR_PREFIX = "P:"
CODE_DIGITS = 8
# Wrong codes for one order before its code is locked: at the backend for a while (its claims), at a
# till offline until the order is found by name with an ID check.
CODE_ATTEMPTS = 5


def normalise_code(typed: str) -> str:
    """A code as typed or read aloud: spaces and dashes dropped ("4827 1930" -> "48271930")."""
    return "".join(ch for ch in typed if ch not in " -\t")


def code_check(order_number: str, code: str) -> str:
    """SHA-256 over order number and normalised code, hex: what a till compares a code against."""
    return hashlib.sha256(f"{order_number}\n{normalise_code(code)}".encode()).hexdigest()


def code_matches(order_number: str, code: str, check: str) -> bool:
    """Whether `code` is the pickup code of `order_number` (constant-time compare)."""
    return hmac.compare_digest(code_check(order_number, code), check)


def qr_payload(order_number: str, code: str) -> str:
    """What the customer's QR code encodes."""
    return f"{QR_PREFIX}{order_number}:{normalise_code(code)}"


@dataclass(frozen=True, slots=True)
class PickupQr:
    order_number: str
    code: str


def parse_qr(payload: str) -> PickupQr | None:
    """The order number and code of a scanned pickup QR, or None when it is not one."""
    if not payload.startswith(QR_PREFIX):
        return None
    number, sep, code = payload[len(QR_PREFIX) :].rpartition(":")
    if not sep or not number or len(code) != CODE_DIGITS or not code.isdigit():
        return None
    return PickupQr(number, code)
