"""The webhook signature: HMAC-SHA256 over `<timestamp>.<raw body>` with the subscription's secret.

Headers of every delivery: `X-Store-Event-Id` (the event's UUID, also in the body: dedupe by it),
`X-Store-Timestamp` (Unix seconds of this attempt) and `X-Store-Signature: sha256=<hex>`. Signing the
timestamp with the body lets a receiver refuse a replayed request: it recomputes the HMAC over the
timestamp header, a dot and the raw body bytes, compares in constant time, and refuses a timestamp
more than `TOLERANCE_S` away from its clock. `verify` is that check, for receivers written in Python.
"""

from __future__ import annotations

import hashlib
import hmac

SCHEME = "sha256="
TOLERANCE_S = 300


def sign(secret: str, timestamp: int, body: bytes) -> str:
    """The `X-Store-Signature` value of `body` sent at `timestamp`."""
    digest = hmac.new(secret.encode(), f"{timestamp}.".encode() + body, hashlib.sha256).hexdigest()
    return SCHEME + digest


def verify(secret: str, *, timestamp: str, signature: str, body: bytes, now: float) -> bool:
    """Whether a delivery is authentic and fresh (within TOLERANCE_S of `now`, Unix seconds)."""
    if not timestamp.isdigit() or abs(now - int(timestamp)) > TOLERANCE_S:
        return False
    return hmac.compare_digest(sign(secret, int(timestamp), body), signature)
