"""The open basket (one per terminal, saved on every change) and parked baskets, as JSON documents.

The basket's shape belongs to the domain (`Basket.to_dict()`); storage keeps the dict as canonical JSON
and gives it back unchanged. ADR 0002: the service deletes the open basket in the same transaction that
writes the completed sale.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from terminal.storage.models.visits import OpenBasket, ParkedBasket
from terminal.storage.outbox import json_text


@dataclass(frozen=True, slots=True)
class ParkedBasketRecord:
    parked_id: str
    terminal_id: str
    label: str
    data: dict[str, Any]
    parked_at: datetime
    staff_id: str | None


def save_open_basket(session: Session, terminal_id: str, data: dict[str, Any], *, at: datetime) -> None:
    session.merge(OpenBasket(terminal_id=terminal_id, data=json_text(data), updated_at=at))
    session.flush()


def load_open_basket(session: Session, terminal_id: str) -> dict[str, Any] | None:
    text = session.scalar(select(OpenBasket.data).where(OpenBasket.terminal_id == terminal_id))
    if text is None:
        return None
    value: dict[str, Any] = json.loads(text)
    return value


def clear_open_basket(session: Session, terminal_id: str) -> None:
    session.execute(delete(OpenBasket).where(OpenBasket.terminal_id == terminal_id))


def park_basket(
    session: Session,
    *,
    parked_id: str,
    terminal_id: str,
    data: dict[str, Any],
    at: datetime,
    label: str = "",
    staff_id: str | None = None,
) -> None:
    session.add(
        ParkedBasket(
            parked_id=parked_id,
            terminal_id=terminal_id,
            label=label,
            data=json_text(data),
            parked_at=at,
            staff_id=staff_id,
        )
    )
    session.flush()


def _parked(row: ParkedBasket) -> ParkedBasketRecord:
    return ParkedBasketRecord(
        row.parked_id, row.terminal_id, row.label, json.loads(row.data), row.parked_at, row.staff_id
    )


def list_parked(session: Session, terminal_id: str | None = None) -> list[ParkedBasketRecord]:
    """Parked baskets, oldest first; all terminals' when `terminal_id` is None."""
    stmt = select(ParkedBasket).order_by(ParkedBasket.parked_at, ParkedBasket.parked_id)
    if terminal_id is not None:
        stmt = stmt.where(ParkedBasket.terminal_id == terminal_id)
    return [_parked(r) for r in session.scalars(stmt)]


def take_parked(session: Session, parked_id: str) -> ParkedBasketRecord | None:
    """Remove a parked basket and return it (to become the open basket in the same transaction)."""
    row = session.get(ParkedBasket, parked_id)
    if row is None:
        return None
    record = _parked(row)
    session.delete(row)
    session.flush()
    return record
