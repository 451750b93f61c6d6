"""Store-credit vouchers: the code, its check character, and the backend's holds on a balance.

A voucher code is 16 random symbols of Crockford's base-32 alphabet (80 bits from `secrets`: not
guessable) and one check symbol (Luhn mod 32), printed in groups `7KQ3-MZ9X-4T2B-H8R0-C`. It is read
back forgivingly: case, spaces and dashes do not matter, `I`/`L` read as 1 and `O` as 0. A mistyped
symbol fails the check (`voucher.check_character`) before anyone asks the backend, and so do two
swapped neighbours (all but `0`/`Z`, Luhn's blind spot). The QR code on the voucher slip encodes `V:<code>`.

The backend holds each voucher's balance (docs/adr/0016-vouchers.md):
- issued by a visit's tender `voucher` paid out (`contract.payloads.visit.VisitPaymentV2`); the till
  makes the code, so it issues offline too;
- `GET /v1/terminal/vouchers/{code}` -> `VoucherView` (404 `voucher.unknown`, 422 `voucher.malformed`
  / `voucher.check_character`);
- `POST /v1/terminal/vouchers/{code}/holds` with a `VoucherHoldIn` holds an amount for `HOLD_MINUTES`
  (409 `voucher.insufficient` with the balance left, 409 `voucher.currency`); two tills holding the
  last of a balance at once: one wins. The same hold id again is the same hold;
- the visit's tender `voucher` taken in names the hold (`hold_id`) and spends it; `DELETE
  /v1/terminal/vouchers/holds/{hold_id}` releases it (the tender was undone, the visit voided);
- a till offline redeems up to its store's offline limit and marks the tender `offline`; a balance
  that goes below zero that way is never refused, it becomes a manager task.
"""

from __future__ import annotations

import secrets
from datetime import datetime
from typing import Annotated, Final, Literal

from pydantic import Field

from contract.base import Id, Inbound, LaxUUID, Outbound

ALPHABET: Final = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # Crockford base 32: no I, L, O, U
BODY_LENGTH: Final = 16
QR_PREFIX: Final = "V:"
HOLD_MINUTES: Final = 10
_READS_AS: Final = {"I": "1", "L": "1", "O": "0"}


class VoucherCodeError(ValueError):
    """A typed or scanned code that cannot be a voucher: `malformed` or `check_character`."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


def _check_symbol(body: str) -> str:
    """Luhn mod 32 over the body's symbols (from the right, every second one doubled)."""
    n = len(ALPHABET)
    total = 0
    for i, ch in enumerate(reversed(body)):
        value = ALPHABET.index(ch)
        if i % 2 == 0:
            value *= 2
            value = value // n + value % n
        total += value
    return ALPHABET[(n - total % n) % n]


def new_code() -> str:
    """A fresh voucher code (body and check symbol, no dashes)."""
    body = "".join(secrets.choice(ALPHABET) for _ in range(BODY_LENGTH))
    return body + _check_symbol(body)


def normalise(typed: str) -> str:
    """A code as typed, scanned or read aloud, in its stored form; raises VoucherCodeError."""
    text = typed.strip()
    if text.upper().startswith(QR_PREFIX):
        text = text[len(QR_PREFIX) :]
    symbols = "".join(_READS_AS.get(ch, ch) for ch in text.upper() if ch not in " -\t")
    if len(symbols) != BODY_LENGTH + 1 or any(ch not in ALPHABET for ch in symbols):
        raise VoucherCodeError("voucher.malformed")
    if _check_symbol(symbols[:-1]) != symbols[-1]:
        raise VoucherCodeError("voucher.check_character")
    return symbols


def is_valid(typed: str) -> bool:
    try:
        normalise(typed)
    except VoucherCodeError:
        return False
    return True


def grouped(code: str) -> str:
    """The printed form: groups of four, the check symbol on its own (`7KQ3-MZ9X-4T2B-H8R0-C`)."""
    body, check = code[:-1], code[-1]
    return "-".join([body[i : i + 4] for i in range(0, len(body), 4)] + [check])


def qr_payload(code: str) -> str:
    return f"{QR_PREFIX}{code}"


class VoucherView(Outbound):
    """A voucher's balance as the backend holds it; `held_minor` is what live holds keep aside."""

    code: str
    currency: str
    issued_minor: int
    balance_minor: int  # what is left, holds not deducted
    held_minor: int = 0
    available_minor: int  # balance less live holds: what a till may take now
    status: Literal["active", "spent", "void"]
    issued_at: datetime
    issued_store_id: str | None = None
    issued_receipt: str | None = None


class VoucherHoldIn(Inbound):
    """Hold part of a balance for a visit about to take the voucher as a tender."""

    hold_id: LaxUUID
    amount_minor: Annotated[int, Field(ge=1, le=10**13, strict=True)]
    currency: Annotated[str, Field(pattern=r"^[A-Z]{3}$", strict=True)]
    staff_id: Id


class VoucherHoldOut(Outbound):
    hold_id: str
    code: str
    amount_minor: int
    available_after_minor: int
    status: Literal["held", "spent", "released", "expired"]
    expires_at: datetime
