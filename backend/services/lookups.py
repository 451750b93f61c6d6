"""Online look-ups for the tills: a receipt from any store, stock everywhere, customers and their history."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from backend.errors import ApiError
from backend.models import (
    Customer,
    Sale,
    SaleLine,
    SalePayment,
    StockLevel,
    Store,
    VisitReturnLine,
    Voucher,
    WebOrder,
    WebOrderLine,
)
from contract.base import quantity_str


def receipt(session: Session, receipt_number: str) -> dict[str, Any]:
    sale = session.execute(
        select(Sale).where(Sale.receipt_number == receipt_number).order_by(Sale.recorded_at).limit(1)
    ).scalar_one_or_none()
    if sale is None:
        raise ApiError(404, "receipt.unknown", f"no sale with receipt number {receipt_number}")
    lines = session.execute(
        select(SaleLine).where(SaleLine.sale_id == sale.sale_id).order_by(SaleLine.line_no)
    )
    payments = session.execute(
        select(SalePayment).where(SalePayment.sale_id == sale.sale_id).order_by(SalePayment.position)
    )
    return {
        "sale_id": sale.sale_id,
        "receipt_number": sale.receipt_number,
        "store_id": sale.store_id,
        "terminal_id": sale.terminal_id,
        "staff_id": sale.staff_id,
        "currency": sale.currency,
        "total_minor": sale.total_minor,
        "customer_id": sale.customer_id,
        "occurred_at": sale.occurred_at,
        "lines": [
            {
                "line_no": ln.line_no,
                "sku": ln.sku,
                "name": ln.name,
                "quantity": quantity_str(ln.quantity_milli),
                "returned_quantity": quantity_str(ln.returned_milli),
                "unit_price_minor": ln.unit_price_minor,
                "discount_minor": ln.discount_minor,
                "total_minor": ln.total_minor,
                "vat_code": ln.vat_code,
                "vat_percent": ln.vat_percent,
            }
            for ln in lines.scalars()
        ],
        "payments": [
            {"tender": p.tender, "amount_minor": p.amount_minor, "reference": p.reference}
            for p in payments.scalars()
        ],
    }


def product_stock(session: Session, sku: str) -> dict[str, Any]:
    """Stock of one product in every store (stores without a level row show zero)."""
    rows = session.execute(
        select(Store.store_id, Store.name, StockLevel.on_hand_milli, StockLevel.reserved_milli)
        .outerjoin(StockLevel, (StockLevel.store_id == Store.store_id) & (StockLevel.sku == sku))
        .order_by(Store.store_id)
    ).all()
    return {
        "sku": sku,
        "stores": [
            {
                "store_id": store_id,
                "name": name,
                "on_hand": quantity_str(on_hand or 0),
                "reserved": quantity_str(reserved or 0),
                "available": quantity_str((on_hand or 0) - (reserved or 0)),
            }
            for store_id, name, on_hand, reserved in rows
        ],
    }


def _customer_view(c: Customer) -> dict[str, Any]:
    return {"customer_id": c.customer_id, "name": c.name, "email": c.email, "phone": c.phone}


def search_customers(session: Session, q: str, limit: int = 20) -> list[dict[str, Any]]:
    needle = f"%{q.strip().lower()}%"
    if len(q.strip()) < 2:
        raise ApiError(422, "customer.query_too_short", "search needs at least 2 characters")
    rows = session.execute(
        select(Customer)
        .where(
            or_(
                func.lower(Customer.name).like(needle),
                func.lower(Customer.email).like(needle),
                Customer.phone.like(needle),
                Customer.customer_id == q.strip(),
            )
        )
        .order_by(Customer.name)
        .limit(max(1, min(limit, 100)))
    ).scalars()
    return [_customer_view(c) for c in rows]


MAX_HISTORY_PAGE = 1000


def customer_history(
    session: Session, customer_id: str, *, offset: int = 0, limit: int = 100
) -> dict[str, Any]:
    """The customer's cross-channel timeline, newest first, one page of it: visits at any store's
    till, the returns they took in, web orders with their pickup state, and store-credit vouchers
    their visits issued with the balance left (contract/lookups.py `HistoryEntry`)."""
    customer = session.get(Customer, customer_id)
    if customer is None:
        raise ApiError(404, "customer.unknown", f"no customer {customer_id}")
    limit = max(1, min(limit, MAX_HISTORY_PAGE))
    offset = max(0, offset)
    entries = _store_entries(session, customer_id) + _web_entries(session, customer_id)
    entries.sort(key=lambda e: (e["occurred_at"], e["channel"] != "store"), reverse=True)
    page = entries[offset : offset + limit]
    after = offset + len(page)
    return {
        "customer": _customer_view(customer),
        "entries": page,
        "total": len(entries),
        "offset": offset,
        "next_offset": after if after < len(entries) else None,
    }


def _store_entries(session: Session, customer_id: str) -> list[dict[str, Any]]:
    """Visits of the customer at any till, their returns and the vouchers they issued (column reads,
    not ORM objects: a timeline of 1,000 entries is read in a few milliseconds)."""
    sales = session.execute(
        select(
            Sale.sale_id,
            Sale.receipt_number,
            Sale.store_id,
            Sale.occurred_at,
            Sale.total_minor,
            Sale.currency,
        ).where(Sale.customer_id == customer_id)
    ).all()
    if not sales:
        return []
    lines_of: dict[str, list[dict[str, Any]]] = {}
    returns_of: dict[str, list[tuple[Any, ...]]] = {}
    for sale_id, sku, name, qty, returned in session.execute(
        select(
            SaleLine.sale_id, SaleLine.sku, SaleLine.name, SaleLine.quantity_milli, SaleLine.returned_milli
        )
        .join(Sale, Sale.sale_id == SaleLine.sale_id)
        .where(Sale.customer_id == customer_id)
        .order_by(SaleLine.sale_id, SaleLine.line_no)
    ):
        lines_of.setdefault(sale_id, []).append(
            {
                "sku": sku,
                "name": name,
                "quantity": quantity_str(qty),
                "returned_quantity": quantity_str(returned),
            }
        )
    for row in session.execute(
        select(
            VisitReturnLine.sale_id,
            VisitReturnLine.sku,
            VisitReturnLine.quantity_milli,
            VisitReturnLine.origin_reference,
            VisitReturnLine.reason,
            VisitReturnLine.refund_minor,
        )
        .join(Sale, Sale.sale_id == VisitReturnLine.sale_id)
        .where(Sale.customer_id == customer_id)
        .order_by(VisitReturnLine.sale_id, VisitReturnLine.line_no)
    ):
        returns_of.setdefault(row[0], []).append(tuple(row))
    entries: list[dict[str, Any]] = []
    for sale_id, receipt, store_id, occurred_at, total, currency in sales:
        entries.append(
            {
                "channel": "store",
                "reference": receipt,
                "store_id": store_id,
                "occurred_at": occurred_at,
                "total_minor": total,
                "currency": currency,
                "status": "completed",
                "lines": lines_of.get(sale_id, []),
            }
        )
        taken = returns_of.get(sale_id)
        if taken:
            entries.append(
                {
                    "channel": "return",
                    "reference": receipt,
                    "store_id": store_id,
                    "occurred_at": occurred_at,
                    "total_minor": sum(r[5] for r in taken),
                    "currency": currency,
                    "status": "returned",
                    "lines": [
                        {"sku": r[1], "quantity": quantity_str(r[2]), "origin": r[3], "reason": r[4]}
                        for r in taken
                    ],
                }
            )
    receipts = [s[1] for s in sales]
    for chunk in range(0, len(receipts), 500):
        for voucher in session.execute(
            select(Voucher).where(Voucher.issued_receipt.in_(receipts[chunk : chunk + 500]))
        ).scalars():
            entries.append(
                {
                    "channel": "voucher",
                    "reference": voucher.code,
                    "store_id": voucher.issued_store_id,
                    "occurred_at": voucher.issued_at,
                    "total_minor": voucher.issued_minor,
                    "currency": voucher.currency,
                    "status": voucher.status,
                    "lines": [],
                    "balance_minor": voucher.balance_minor,
                }
            )
    return entries


def _web_entries(session: Session, customer_id: str) -> list[dict[str, Any]]:
    orders = session.execute(
        select(
            WebOrder.order_number,
            WebOrder.pickup_store_id,
            WebOrder.created_at,
            WebOrder.total_minor,
            WebOrder.currency,
            WebOrder.status,
        ).where(WebOrder.customer_id == customer_id)
    ).all()
    if not orders:
        return []
    lines_of: dict[str, list[dict[str, Any]]] = {}
    for number, sku, qty, collected in session.execute(
        select(
            WebOrderLine.order_number,
            WebOrderLine.sku,
            WebOrderLine.quantity_milli,
            WebOrderLine.collected_milli,
        )
        .join(WebOrder, WebOrder.order_number == WebOrderLine.order_number)
        .where(WebOrder.customer_id == customer_id)
        .order_by(WebOrderLine.order_number, WebOrderLine.line_no)
    ):
        lines_of.setdefault(number, []).append(
            {"sku": sku, "quantity": quantity_str(qty), "collected_quantity": quantity_str(collected)}
        )
    return [
        {
            "channel": "web",
            "reference": number,
            "store_id": store_id,
            "occurred_at": created_at,
            "total_minor": total,
            "currency": currency,
            "status": status,
            "lines": lines_of.get(number, []),
        }
        for number, store_id, created_at, total, currency, status in orders
    ]
