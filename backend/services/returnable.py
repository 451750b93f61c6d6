"""What may still come back of a receipt or a web order, per original line (contract/returns.py).

returned = what every channel gave back, confirmed (`sale_line.returned_milli`: till returns at any
store; `web_order_line.returned_milli`: till returns and parcel returns); claimed = what other visits'
live claims hold (`return_claim` held and not expired); returnable = quantity - returned - claimed,
never below 0. A receipt line's price paid is its total after its share of the sale's basket discount
(allocated over the sale's lines with `allocate_minor` when the lines do not carry it already).
docs/adr/0015-returns-ledger.md.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, timedelta, tzinfo
from typing import Any

from sqlalchemy import func, select, tuple_
from sqlalchemy.orm import Session

from backend.errors import ApiError
from backend.models import (
    Product,
    ProductGroup,
    ReturnClaim,
    ReturnClaimLine,
    Sale,
    SaleLine,
    SalePayment,
    Store,
    VatRate,
    VisitHandoverLine,
    WebOrder,
    WebOrderHistory,
    WebOrderLine,
)
from backend.services.refunds import line_amount
from backend.services.store_time import local_date, zone
from contract.base import quantity_str
from contract.returns import DEFAULT_RETURN_DAYS, allocate_minor

Key = tuple[str, int]  # (origin reference, origin line no)


def claimed_milli(
    session: Session, kind: str, keys: Iterable[Key], now: datetime, *, exclude: str | None = None
) -> dict[Key, int]:
    """Units of these original lines held by live claims (held, not expired), other than `exclude`."""
    wanted = sorted(set(keys))
    if not wanted:
        return {}
    query = (
        select(
            ReturnClaimLine.origin_reference,
            ReturnClaimLine.origin_line_no,
            func.sum(ReturnClaimLine.quantity_milli),
        )
        .join(ReturnClaim, ReturnClaim.claim_id == ReturnClaimLine.claim_id)
        .where(
            ReturnClaimLine.origin_kind == kind, ReturnClaim.status == "held", ReturnClaim.expires_at > now
        )
        .group_by(ReturnClaimLine.origin_reference, ReturnClaimLine.origin_line_no)
    )
    references = {ref for ref, _ in wanted}
    if len(references) == 1:  # the look-up's case: one index range
        query = query.where(ReturnClaimLine.origin_reference == next(iter(references)))
    else:
        query = query.where(
            tuple_(ReturnClaimLine.origin_reference, ReturnClaimLine.origin_line_no).in_(wanted)
        )
    if exclude is not None:
        query = query.where(ReturnClaimLine.claim_id != exclude)
    found = {(str(ref), int(no)): int(total or 0) for ref, no, total in session.execute(query)}
    return {key: found[key] for key in wanted if key in found}


def policies(session: Session, skus: Iterable[str]) -> dict[str, dict[str, Any]]:
    """Each product's return policy: its group's days, final sale if the product or its group says so."""
    rows = session.execute(
        select(
            Product.sku,
            Product.group_id,
            Product.final_sale,
            ProductGroup.return_days,
            ProductGroup.final_sale,
        )
        .outerjoin(ProductGroup, ProductGroup.group_id == Product.group_id)
        .where(Product.sku.in_(sorted(set(skus))))
    ).all()
    return {
        sku: {
            "group_id": group_id,
            "return_days": DEFAULT_RETURN_DAYS if days is None else int(days),
            "final_sale": bool(own_final) or bool(group_final),
        }
        for sku, group_id, own_final, days, group_final in rows
    }


def _default_policy() -> dict[str, Any]:
    return {"group_id": None, "return_days": DEFAULT_RETURN_DAYS, "final_sale": False}


def basket_shares(sale: Sale, lines: list[SaleLine]) -> list[int]:
    """Each stored line's share of the sale's basket discount that its `total_minor` does not yet carry.

    A till that records each line's total after its basket share (this project's till) reports
    `subtotal - discount` equal to the lines' sum: nothing is left to allocate. A sale whose lines
    carry only their own discounts leaves the difference (or, without a subtotal, the sale's discount
    above the lines' own) to allocate over the lines' totals, exactly (`allocate_minor`).
    """
    totals = [max(ln.total_minor, 0) for ln in lines]
    if sale.subtotal_minor is not None:
        basket = sum(totals) - (sale.subtotal_minor - sale.discount_minor)
    else:
        basket = sale.discount_minor - sum(ln.discount_minor for ln in lines)
    basket = min(max(basket, 0), sum(totals))
    return allocate_minor(basket, totals)


def _window_ends(occurred_at: datetime, policy: dict[str, Any], tz: tzinfo) -> date:
    """The last day a return is taken: the purchase's date in the store's calendar plus the policy's
    days (bought on the 3rd with 30 days: taken back through the 3rd of next month, whatever the hour)."""
    return local_date(occurred_at, tz) + timedelta(days=int(policy["return_days"]))


def _unit_paid(paid: int, quantity_milli: int) -> int:
    return paid * 1000 // quantity_milli if quantity_milli > 0 else 0


def _line(
    *,
    line_no: int,
    sku: str,
    name: str,
    unit: str,
    quantity: int,
    unit_price: int,
    paid: int,
    vat_code: str,
    vat_percent: str,
    returned: int,
    claimed: int,
    policy: dict[str, Any],
    occurred_at: datetime,
    tz: tzinfo,
) -> dict[str, Any]:
    return {
        "line_no": line_no,
        "sku": sku,
        "name": name,
        "unit": unit,
        "quantity": quantity_str(quantity),
        "unit_price_minor": unit_price,
        "paid_minor": paid,
        "unit_paid_minor": _unit_paid(paid, quantity),
        "vat_code": vat_code,
        "vat_percent": vat_percent,
        "returned": quantity_str(returned),
        "claimed": quantity_str(claimed),
        "returnable": quantity_str(max(quantity - returned - claimed, 0)),
        "policy": policy,
        "window_ends": _window_ends(occurred_at, policy, tz),
    }


def find_sale(session: Session, receipt_number: str) -> Sale | None:
    """The sale of a receipt number from any store (a number held twice: the first recorded, as a
    visit's return counts against it)."""
    return session.execute(
        select(Sale)
        .where(Sale.receipt_number == receipt_number)
        .order_by(Sale.recorded_at, Sale.sale_id)
        .limit(1)
    ).scalar_one_or_none()


def _units(session: Session, skus: Iterable[str]) -> dict[str, str]:
    return {
        str(sku): str(unit)
        for sku, unit in session.execute(
            select(Product.sku, Product.unit).where(Product.sku.in_(sorted(set(skus))))
        )
    }


def receipt_origin(session: Session, receipt_number: str, now: datetime) -> dict[str, Any]:
    """`GET /v1/terminal/returns/receipts/{n}`: a `ReturnableOrigin` of kind `receipt`."""
    sale = find_sale(session, receipt_number)
    if sale is None:
        raise ApiError(404, "return.unknown_receipt", f"no sale with receipt number {receipt_number}")
    lines = list(
        session.execute(
            select(SaleLine).where(SaleLine.sale_id == sale.sale_id).order_by(SaleLine.line_no)
        ).scalars()
    )
    payments = session.execute(
        select(SalePayment)
        .where(SalePayment.sale_id == sale.sale_id, SalePayment.direction == "in")
        .order_by(SalePayment.position)
    ).scalars()
    store = session.get(Store, sale.store_id)
    rules = policies(session, (ln.sku for ln in lines))
    units = _units(session, (ln.sku for ln in lines))
    claimed = claimed_milli(session, "receipt", ((receipt_number, ln.line_no) for ln in lines), now)
    shares = basket_shares(sale, lines)
    return {
        "kind": "receipt",
        "reference": sale.receipt_number,
        "store_id": sale.store_id,
        "store_name": store.name if store else None,
        "terminal_id": sale.terminal_id,
        "currency": sale.currency,
        "customer_id": sale.customer_id,
        "occurred_at": sale.occurred_at,
        "total_minor": sale.total_minor,
        "paid_online": False,
        "lines": [
            _line(
                line_no=ln.line_no,
                sku=ln.sku,
                name=ln.name,
                unit=units.get(ln.sku, "pc"),
                quantity=ln.quantity_milli,
                unit_price=ln.unit_price_minor,
                paid=max(ln.total_minor - share, 0),
                vat_code=ln.vat_code,
                vat_percent=ln.vat_percent,
                returned=ln.returned_milli,
                claimed=claimed.get((receipt_number, ln.line_no), 0),
                policy=rules.get(ln.sku) or _default_policy(),
                occurred_at=sale.occurred_at,
                tz=zone(store.timezone if store else None),
            )
            for ln, share in zip(lines, shares, strict=True)
        ],
        "tenders": [
            {"tender": p.tender, "amount_minor": p.amount_minor, "reference": p.reference} for p in payments
        ],
    }


def _collected_at(session: Session, order: WebOrder) -> datetime:
    """When a web order was (last) collected: its last handover, else when it was placed."""
    at = session.execute(
        select(func.max(WebOrderHistory.at)).where(
            WebOrderHistory.order_number == order.order_number,
            WebOrderHistory.status.in_(("collected", "partially_collected")),
        )
    ).scalar_one_or_none()
    return at if isinstance(at, datetime) else order.created_at


def web_order_origin(session: Session, order_number: str, now: datetime) -> dict[str, Any]:
    """`GET /v1/terminal/returns/web-orders/{n}`: a `ReturnableOrigin` of kind `web_order`; what was
    collected is what may come back."""
    order = session.get(WebOrder, order_number)
    if order is None:
        raise ApiError(404, "return.unknown_order", f"no web order {order_number}")
    lines = list(
        session.execute(
            select(WebOrderLine)
            .where(WebOrderLine.order_number == order_number)
            .order_by(WebOrderLine.line_no)
        ).scalars()
    )
    store = session.get(Store, order.pickup_store_id)
    products = {
        str(sku): (str(name), str(vat), str(unit))
        for sku, name, vat, unit in session.execute(
            select(Product.sku, Product.name, Product.vat_code, Product.unit).where(
                Product.sku.in_(sorted({ln.sku for ln in lines}))
            )
        )
    }
    vat_rates = _vat_rates(session, store.country if store else None)
    rules = policies(session, (ln.sku for ln in lines))
    claimed = claimed_milli(session, "web_order", ((order_number, ln.line_no) for ln in lines), now)
    occurred = _collected_at(session, order)
    paid_online = bool(order.paid) and order.total_minor > 0
    if paid_online:
        tenders = [{"tender": "web", "amount_minor": order.total_minor, "reference": order.order_number}]
    else:  # paid at the till when handed over: the tenders of the visits that handed it over
        tenders = [
            {"tender": p.tender, "amount_minor": p.amount_minor, "reference": p.reference}
            for p in session.execute(
                select(SalePayment)
                .where(
                    SalePayment.sale_id.in_(
                        select(VisitHandoverLine.sale_id).where(
                            VisitHandoverLine.order_number == order_number
                        )
                    ),
                    SalePayment.direction == "in",
                )
                .order_by(SalePayment.sale_id, SalePayment.position)
            ).scalars()
        ]
    answer_lines = []
    for ln in lines:
        name, vat_code, unit = products.get(ln.sku, (ln.name, "", "pc"))
        answer_lines.append(
            _line(
                line_no=ln.line_no,
                sku=ln.sku,
                name=ln.name or name,
                unit=unit,
                quantity=ln.collected_milli,
                unit_price=ln.unit_price_minor,
                paid=line_amount(ln, ln.collected_milli),
                vat_code=vat_code,
                vat_percent=vat_rates.get(vat_code, "0"),
                returned=ln.returned_milli,
                claimed=claimed.get((order_number, ln.line_no), 0),
                policy=rules.get(ln.sku) or _default_policy(),
                occurred_at=occurred,
                tz=zone(store.timezone if store else None),
            )
        )
    return {
        "kind": "web_order",
        "reference": order.order_number,
        "store_id": order.pickup_store_id,
        "store_name": store.name if store else None,
        "terminal_id": None,
        "currency": order.currency,
        "customer_id": order.customer_id,
        "occurred_at": occurred,
        "total_minor": order.total_minor,
        "paid_online": paid_online,
        "lines": answer_lines,
        "tenders": tenders,
    }


def _vat_rates(session: Session, country: str | None) -> dict[str, str]:
    if country is None:
        return {}
    return {
        str(code): str(percent)
        for code, percent in session.execute(
            select(VatRate.code, VatRate.percent).where(VatRate.country == country)
        )
    }
