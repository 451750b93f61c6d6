"""Customers on the till: the feed's copy (name, e-mail, phone), and what this till knows of their
history while the backend cannot be asked (its own visits for them, this store's open web orders).
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from terminal.domain.customer import Customer, TimelineEntry
from terminal.storage.bulk import raw_connection
from terminal.storage.models.base import from_iso
from terminal.storage.models.catalogue import ProductGroupRow


def get(session: Session, customer_id: str) -> Customer | None:
    row = (
        raw_connection(session)
        .execute("SELECT customer_id, name, email, phone FROM customer WHERE customer_id = ?", (customer_id,))
        .fetchone()
    )
    return None if row is None else Customer(*row)


def search(session: Session, text: str, *, limit: int = 30) -> list[Customer]:
    """By a part of the name or e-mail, the phone's digits, or the exact id."""
    text = text.strip()
    digits = "".join(ch for ch in text if ch.isdigit())
    sql = (
        "SELECT customer_id, name, email, phone FROM customer WHERE customer_id = :exact "
        "OR name LIKE :like OR email LIKE :like "
        "OR (:digits != '' AND length(:digits) >= 4 "
        "AND REPLACE(REPLACE(REPLACE(phone, ' ', ''), '-', ''), '+', '') LIKE :dlike) "
        "ORDER BY name LIMIT :limit"
    )
    params = {"exact": text, "like": f"%{text}%", "digits": digits, "dlike": f"%{digits}%", "limit": limit}
    return [Customer(*row) for row in raw_connection(session).execute(sql, params)]


def local_timeline(session: Session, customer_id: str) -> list[TimelineEntry]:
    """This till's completed visits for the customer and the store's web orders the feed sent, newest
    first (what the till knows offline)."""
    raw = raw_connection(session)
    entries: list[TimelineEntry] = []
    sales = raw.execute(
        "SELECT s.sale_id, s.receipt_number, s.store_id, s.occurred_at, s.total_minor, s.currency, s.status "
        "FROM sale s WHERE s.customer_id = ?",
        (customer_id,),
    ).fetchall()
    for sale_id, receipt, store_id, occurred, total, currency, status in sales:
        lines = raw.execute(
            "SELECT quantity, name FROM sale_line WHERE sale_id = ? ORDER BY line_no", (sale_id,)
        ).fetchall()
        entries.append(
            TimelineEntry(
                "store", receipt, store_id, from_iso(occurred), total, currency, status, _summary(lines)
            )
        )
    orders = raw.execute(
        "SELECT order_number, status, currency, total_minor, placed_at, updated_at FROM web_order "
        "WHERE customer_id = ?",
        (customer_id,),
    ).fetchall()
    for number, status, currency, total, placed, updated in orders:
        lines = raw.execute(
            "SELECT quantity, name FROM web_order_line WHERE order_number = ? ORDER BY line_no", (number,)
        ).fetchall()
        at = from_iso(placed or updated)
        entries.append(TimelineEntry("web", number, None, at, total, currency, status, _summary(lines)))
    entries.sort(key=lambda e: e.occurred_at, reverse=True)
    return entries


def _summary(lines: list[tuple[str, str]]) -> str:
    return ", ".join(f"{_qty(q)} × {name}" for q, name in lines)


def _qty(text: str) -> str:
    return text.rstrip("0").rstrip(".") if "." in text else text


def groups_of(session: Session, skus: list[str]) -> dict[str, str]:
    """The product group (feed `group_id`) of each of `skus` that has one."""
    if not skus:
        return {}
    marks = ", ".join("?" for _ in skus)
    rows = raw_connection(session).execute(
        f"SELECT sku, group_id FROM product WHERE sku IN ({marks}) AND group_id IS NOT NULL",
        tuple(skus),
    )
    return dict(rows.fetchall())


def group_names(session: Session, group_ids: list[str]) -> dict[str, str]:
    """The names of these product groups, as the feed gave them (unknown ids are left out)."""
    if not group_ids:
        return {}
    rows = session.execute(
        select(ProductGroupRow.group_id, ProductGroupRow.name).where(ProductGroupRow.group_id.in_(group_ids))
    )
    return {str(group_id): str(name) for group_id, name in rows}
