"""The demo chain: stores, staff, catalogue (from `backend.demo_catalogue`), prices, stock, customers
with history, and web orders waiting at the Berlin store (S001) in every state of its pickup queue.

Bulk inserts without feed rows: a fresh chain's terminals bootstrap from the snapshot (which carries
the store's open web orders). The web orders go the way real ones go: placed through the web-shop
service, then picked and made ready through the pickup event handlers as a till's events would
(backend/services/pickups.py and the order state machine), at moments in the past where a deadline
has to be today or gone.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, time, timedelta
from decimal import Decimal
from itertools import islice
from typing import Any

from sqlalchemy import insert
from sqlalchemy.orm import Session

from backend.db import Database
from backend.demo_catalogue import DemoProduct, demo_staff, demo_stores, generate_products
from backend.demo_returns import CLEARANCE_SKUS, PRICE_CUTS, RETURN_GROUPS, return_group
from backend.demo_vocabulary import SHOWCASE
from backend.models import (
    Barcode,
    Price,
    PriceHistory,
    Product,
    ProductGroup,
    Sale,
    SaleLine,
    SalePayment,
    Store,
    utcnow,
)
from backend.services import pickups, staff
from backend.services.catalogue import ensure_store, set_vat_rates, upsert_customer
from backend.services.feed import FeedWriter
from backend.services.handlers import ApplyContext
from backend.services.rows import RowBuffer
from backend.services.security import TerminalIdentity
from backend.services.stock import StockLedger
from backend.services.tasks import TaskBuffer
from backend.services.webshop import create_order
from contract.events import EventIn
from contract.payloads.pickup import PickupPicked, PickupReady
from contract.staff import StaffIn
from contract.webshop import WebCustomer, WebOrderIn, WebOrderLineIn

VAT = {"DE": {"A": "19", "B": "7"}, "HU": {"A": "27", "B": "5"}, "ID": {"A": "12", "B": "11"}}
CUSTOMERS = (
    ("C0001", "Julia Hoffmann", "julia.hoffmann@example.org", "+49 30 1234567"),
    ("C0002", "Lukas Meyer", "lukas.meyer@example.org", "+49 89 7654321"),
    ("C0003", "Kovács Eszter", "eszter.kovacs@example.hu", "+36 1 2345678"),
)
# Web shop customers with an order waiting at S001 (besides Julia Hoffmann's W-100001).
WEB_CUSTOMERS = (
    ("C0004", "Erika Mustermann", "erika.mustermann@example.org", "+49 30 5550101"),
    ("C0005", "Jonas Becker", "jonas.becker@example.org", "+49 151 5550102"),
    ("C0006", "Aylin Yılmaz", "aylin.yilmaz@example.org", "+49 176 5550103"),
    ("C0007", "Mehmet Schulz", "mehmet.schulz@example.org", "+49 30 5550104"),
    ("C0008", "Anna Wagner", "anna.wagner@example.org", "+49 160 5550105"),
)
# order number, customer, (index into the stocked products, quantity) per line, what became of it
DEMO_ORDERS = (
    ("W-100002", "C0004", ((4, 1), (9, 2)), "placed"),
    ("W-100003", "C0005", ((12, 3),), "placed"),
    ("W-100004", "C0006", ((15, 1), (21, 2), (27, 1)), "picking"),
    ("W-100005", "C0007", ((30, 2), (33, 1)), "ready_today"),
    ("W-100006", "C0008", ((36, 1),), "ready_overdue"),
)


def _huf(eur_minor: int) -> int:
    return max(5, round(eur_minor * 4 / 5) * 5)  # about 400 Ft per euro, whole forint ending 0/5


def seed_demo(db: Database, *, products: int = 10_000, stocked: int = 2_000, seed: int = 42) -> None:
    with db.write() as session:
        for store in demo_stores():
            ensure_store(
                session,
                store_id=store.store_id,
                name=store.name,
                country=store.country,
                currency=store.currency,
                price_list=store.country,
                language=store.language.split("_")[0].split("-")[0].lower(),
                address=", ".join(store.address) or None,
                timezone=store.timezone,
            )
        for country, rates in VAT.items():
            set_vat_rates(session, country, rates)
        session.execute(
            insert(ProductGroup),
            [
                {"group_id": g, "name": name, "return_days": days, "final_sale": final, "version": 1}
                for g, name, days, final in RETURN_GROUPS
            ],
        )
        _staff(session)
    catalogue = generate_products(products, seed=seed)
    first: list[DemoProduct] = []
    while chunk := list(islice(catalogue, 20_000)):
        if len(first) < stocked:
            first.extend(chunk[: stocked - len(first)])
        with db.write() as session:
            session.execute(
                insert(Product),
                [
                    {
                        "sku": p.sku,
                        "name": p.name,
                        "brand": p.brand,
                        "vat_code": p.vat_code,
                        "unit": p.unit,
                        "active": True,
                        "version": 1,
                        "popularity": p.popularity,
                        "group_id": return_group(p),
                        "final_sale": p.sku in CLEARANCE_SKUS,
                    }
                    for p in chunk
                ],
            )
            session.execute(insert(Barcode), [{"code": p.barcode, "sku": p.sku} for p in chunk])
            session.execute(
                insert(Price),
                [
                    {"sku": p.sku, "scope": scope, "amount_minor": amount, "currency": cur, "version": 1}
                    for p in chunk
                    for scope, amount, cur in (
                        ("DE", p.price_minor, "EUR"),
                        ("HU", _huf(p.price_minor), "HUF"),
                    )
                ],
            )
    with db.write() as session:
        _price_history(session, first[: len(SHOWCASE)])
        _stock(session, first, keep={first[0].sku, *(p.sku for p in _order_items(first))})
        _customers(session, first)
    with db.write() as session:
        create_order(
            session,
            WebOrderIn(
                order_number="W-100001",
                pickup_store_id="S001",
                customer=WebCustomer(customer_id="C0001", name=CUSTOMERS[0][1], email=CUSTOMERS[0][2]),
                lines=[
                    WebOrderLineIn(
                        sku=first[0].sku, quantity=Decimal("1"), unit_price_minor=first[0].price_minor
                    )
                ],
                currency="EUR",
                paid=True,
            ),
        )
    _web_orders(db, first)


def _price_history(session: Session, showcase: list[DemoProduct]) -> None:
    """The showcase's prices since 90 days, with the cuts of `PRICE_CUTS` (the lowest price of the last
    30 days that a return without a receipt refunds); other articles count with their current price."""
    now = utcnow()
    rows: list[dict[str, Any]] = []
    for p in showcase:
        rows.append({"sku": p.sku, "scope": "DE", "amount_minor": p.price_minor, "currency": "EUR",
                     "valid_from": now - timedelta(days=90)})  # fmt: skip
        rows.append({"sku": p.sku, "scope": "HU", "amount_minor": _huf(p.price_minor), "currency": "HUF",
                     "valid_from": now - timedelta(days=90)})  # fmt: skip
    for sku, cut, since, until in PRICE_CUTS:
        regular = next((p.price_minor for p in showcase if p.sku == sku), None)
        if regular is None:
            continue
        rows.append({"sku": sku, "scope": "DE", "amount_minor": cut, "currency": "EUR",
                     "valid_from": now - timedelta(days=since)})  # fmt: skip
        rows.append({"sku": sku, "scope": "DE", "amount_minor": regular, "currency": "EUR",
                     "valid_from": now - timedelta(days=until)})  # fmt: skip
    if rows:
        session.execute(insert(PriceHistory), rows)


# The demo till's store (the first) runs short of a few articles, so its Stock area's low-stock list
# shows something (the till lists fewer than `[store] low_stock_below`, default 3, available): every
# LOW_STOCK_EVERY-th stocked article from LOW_STOCK_FROM on (past the showcase and the web orders'
# articles, which must stay in stock: `_stock` is told them) has its last one or two on hand there;
# about 3 % of the range.
# (Not 0: a level that nets to nothing is never written, and the till lists only levels it has.)
LOW_STOCK_FROM = 40
LOW_STOCK_EVERY = 37


def demo_stock_milli(store_id: str, index: int, *, may_run_short: bool) -> int:
    """On hand of the `index`-th stocked article in a demo store, in thousandths; one that
    `may_run_short` (in the demo till's store) may have only its last one or two."""
    low = index >= LOW_STOCK_FROM and index % LOW_STOCK_EVERY == LOW_STOCK_FROM % LOW_STOCK_EVERY
    if may_run_short and low:
        return 1000 * (1 + (index // LOW_STOCK_EVERY) % 2)
    return 1000 * (5 + (index * 7 + len(store_id)) % 40)


def _stock(session: Session, items: list[DemoProduct], *, keep: set[str]) -> None:
    """Every stocked article in every store; `keep` (the web orders' articles) never runs short."""
    ledger, now = StockLedger(session), utcnow()
    for store_index, store in enumerate(demo_stores()):
        for index, p in enumerate(items):
            short = store_index == 0 and p.sku not in keep
            qty = demo_stock_milli(store.store_id, index, may_run_short=short)
            ledger.move(
                store_id=store.store_id,
                sku=p.sku,
                qty_milli=qty,
                reason="adjustment",
                source=f"seed:{store.store_id}",
                source_line=index,
                occurred_at=now,
            )
    ledger.flush(FeedWriter(session), source="seed")


def _staff(session: Session) -> None:
    """The demo staff (the demo till's PINs and badges), managed centrally: in every store (ADR 0017)."""
    for person in demo_staff():
        body = StaffIn(
            staff_id=person.staff_id,
            name=person.name,
            role="manager" if person.role == "manager" else "cashier",
            pin=person.pin,
            badge_code=person.badge_code,
            all_stores=True,
        )
        staff.add(session, body, feed=None)


def _customers(session: Session, items: list[DemoProduct]) -> None:
    now = utcnow()
    for number, (cid, name, email, phone) in enumerate(CUSTOMERS):
        upsert_customer(session, customer_id=cid, name=name, email=email, phone=phone, feed=None)
        product = items[(number * 3) % len(items)]
        sale_id = str(uuid.uuid5(uuid.NAMESPACE_URL, f"demo-sale-{cid}"))
        store = "S101" if cid == "C0003" else "S001"
        price = _huf(product.price_minor) if store == "S101" else product.price_minor
        session.add(
            Sale(
                sale_id=sale_id,
                receipt_number=f"{store}-T99-{number + 1:06d}",
                store_id=store,
                terminal_id="T99",
                staff_id="anna",
                currency="HUF" if store == "S101" else "EUR",
                total_minor=price,
                change_minor=0,
                customer_id=cid,
                event_id=sale_id,
                occurred_at=now - timedelta(days=10 + number),
                vat=[],
            )
        )
        session.flush()
        session.add(
            SaleLine(
                sale_id=sale_id,
                line_no=1,
                sku=product.sku,
                name=product.name,
                quantity_milli=1000,
                returned_milli=0,
                unit_price_minor=price,
                discount_minor=0,
                total_minor=price,
                vat_code=product.vat_code,
                vat_percent=VAT["HU" if store == "S101" else "DE"][product.vat_code],
            )
        )
        session.add(
            SalePayment(sale_id=sale_id, position=0, tender="card", amount_minor=price, reference=None)
        )


def _web_orders(db: Database, items: list[DemoProduct], now: datetime | None = None) -> None:
    """Placed through the web shop, then picked or made ready through the till's pickup events."""
    now = now or utcnow()
    customers = {c[0]: c for c in WEB_CUSTOMERS}
    items = _order_items(items)
    for number, cid, lines, _fate in DEMO_ORDERS:
        _, name, email, phone = customers[cid]
        with db.write() as session:
            create_order(
                session,
                WebOrderIn(
                    order_number=number,
                    pickup_store_id="S001",
                    customer=WebCustomer(customer_id=cid, name=name, email=email, phone=phone),
                    lines=[
                        WebOrderLineIn(
                            sku=items[i].sku, quantity=Decimal(q), unit_price_minor=items[i].price_minor
                        )
                        for i, q in lines
                    ],
                    currency="EUR",
                    paid=number != "W-100005",  # one to be paid at the counter
                ),
            )
    with db.read() as session:
        store = session.get(Store, "S001")
        assert store is not None
        pickup_days = timedelta(days=store.pickup_days)
    today_end = _local_day_end(now)
    for number, _cid, lines, fate in DEMO_ORDERS:
        picked: list[dict[str, Any]] = [
            {"order_line_no": no, "sku": items[i].sku, "picked": str(q), "short": "0"}
            for no, (i, q) in enumerate(lines, start=1)
        ]
        if fate == "picking":  # the first line picked, the rest still on the shelf
            _pickup_event(db, "pickup.picked", number, picked[:1], at=now - timedelta(minutes=20))
        elif fate == "ready_today":  # its deadline comes later today
            deadline = now + min(timedelta(hours=3), (today_end - now) / 2)
            _pickup_event(db, "pickup.ready", number, picked, at=deadline - pickup_days)
        elif fate == "ready_overdue":  # not collected by its deadline three hours ago
            _pickup_event(db, "pickup.ready", number, picked, at=now - timedelta(hours=3) - pickup_days)


def _order_items(items: list[DemoProduct]) -> list[DemoProduct]:
    """The articles `DEMO_ORDERS` index into: pieces only (picked by scan, one by one)."""
    pieces = [p for p in items if p.unit == "pc"] or items
    return [pieces[i % len(pieces)] for i in range(max(i for o in DEMO_ORDERS for i, _ in o[2]) + 1)]


def _pickup_event(db: Database, kind: str, number: str, lines: list[dict[str, Any]], *, at: datetime) -> None:
    """One `pickup.picked` / `pickup.ready` of the demo till S001/T99 through its handler, applied at `at`."""
    pick_id = str(uuid.uuid5(uuid.NAMESPACE_URL, f"demo-pick-{number}"))
    payload: dict[str, Any] = {
        "order_number": number,
        "store_id": "S001",
        "terminal_id": "T99",
        "staff_id": "anna",
        "pick_id": pick_id,
        "lines": lines,
    }
    event = EventIn(
        event_id=uuid.uuid5(uuid.NAMESPACE_URL, f"demo-{kind}-{number}"),
        seq=1,
        type=kind,
        occurred_at=at,
        payload=payload,
    )
    with db.write() as session:
        ctx = ApplyContext(
            session=session,
            who=TerminalIdentity("S001", "T99"),
            ledger=StockLedger(session),
            feed=FeedWriter(session),
            rows=RowBuffer(session),
            tasks=TaskBuffer(session),
            now=at,
        )
        if kind == "pickup.ready":
            pickups.pickup_ready(ctx, event, PickupReady.model_validate(payload))
        else:
            pickups.pickup_picked(ctx, event, PickupPicked.model_validate(payload))
        ctx.rows.flush()
        ctx.ledger.flush(ctx.feed, source=f"seed:{number}", tasks=ctx.tasks)
        ctx.tasks.flush()
        ctx.feed.flush()


def _local_day_end(now: datetime) -> datetime:
    """The end of the local day of `now` (what the till's "expiring today" means), in UTC."""
    local = now.astimezone()
    end = datetime.combine(local.date() + timedelta(days=1), time(0), tzinfo=local.tzinfo)
    return end.astimezone(UTC)
