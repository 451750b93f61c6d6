"""What the Returns area shows of an original receipt or web order, beyond what was found: the reference
a scan or typed text names, the store's name as this till knows it, and what this till took back and
has not synced yet (used by `terminal/services/returns.py`)."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from contract.pickup import parse_qr
from terminal.domain import returns as rules
from terminal.domain.errors import TillError
from terminal.domain.returns import Original
from terminal.domain.scan import RECEIPT_NUMBER_RE, RECEIPT_PREFIX
from terminal.services.context import TillContext
from terminal.storage import movements, stores
from terminal.storage import returns as store
from terminal.storage.db import Database


def parse_reference(text: str) -> tuple[rules.OriginalKind, str]:
    """("receipt" | "web_order", number) of a scanned or typed reference."""
    raw = text.strip()
    if not raw:
        raise TillError("barcode.empty")
    qr = parse_qr(raw)
    if qr is not None:
        return "web_order", qr.order_number
    upper = raw.upper()
    if upper.startswith(RECEIPT_PREFIX):
        upper = upper[len(RECEIPT_PREFIX) :]
        if not RECEIPT_NUMBER_RE.match(upper):
            raise TillError("barcode.unreadable", code=raw)
        return "receipt", upper
    if RECEIPT_NUMBER_RE.match(upper):
        return "receipt", upper
    if len(upper) > 64 or any(c.isspace() for c in upper):
        raise TillError("return.unknown_reference", code=raw)
    return "web_order", upper


def with_store_name(db: Database, ctx: TillContext, found: Original) -> Original:
    """The original's store by its current name as the chain's stores reached this till (ADR 0025),
    else the name the backend sent, else (its own store) the till's configured name; with none
    of them the header shows the id."""
    if not found.store_id:
        return found
    with db.read() as session:
        known = stores.name_of(session, found.store_id)
    own = ctx.store_name if found.store_id == ctx.store_id else None
    name = known or found.store_name or own or None
    return found if name == found.store_name else replace(found, store_name=name)


def with_local_returns(db: Database, found: Original) -> Original:
    """The backend's lines, with what this till took back and has not synced yet counted too; what
    it took back under a claim the backend still holds counts once (returned here, not claimed)."""
    if found.kind != "receipt":
        return found
    with db.read() as session:
        local = movements.returned(session, found.reference)
        ours = store.claimed_unsynced(session, found.reference) if local else {}
    if not local:
        return found
    zero = Decimal(0)
    lines = tuple(
        replace(
            ln,
            returned=max(ln.returned, local.get(ln.line_no, zero)),
            claimed=max(ln.claimed - ours.get(ln.line_no, zero), zero),
        )
        for ln in found.lines
    )
    return replace(found, lines=lines)
