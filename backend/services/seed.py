"""The demo chain: stores, catalogue (from `backend.demo_catalogue`), prices, stock, customers with history.

Bulk inserts without feed rows: a fresh chain's terminals bootstrap from the snapshot.
"""

from __future__ import annotations

import uuid
from datetime import timedelta
from decimal import Decimal
from itertools import islice

from sqlalchemy import insert
from sqlalchemy.orm import Session

from backend.db import Database
from backend.demo_catalogue import DemoProduct, demo_stores, generate_products
from backend.models import Barcode, Price, Product, Sale, SaleLine, SalePayment, utcnow
from backend.services.catalogue import ensure_store, set_vat_rates, upsert_customer
from backend.services.feed import FeedWriter
from backend.services.stock import StockLedger
from backend.services.webshop import create_order
from contract.webshop import WebCustomer, WebOrderIn, WebOrderLineIn

VAT = {"DE": {"A": "19", "B": "7"}, "HU": {"A": "27", "B": "5"}, "ID": {"A": "12", "B": "11"}}
CUSTOMERS = (
    ("C0001", "Julia Hoffmann", "julia.hoffmann@example.org", "+49 30 1234567"),
    ("C0002", "Lukas Meyer", "lukas.meyer@example.org", "+49 89 7654321"),
    ("C0003", "Kovács Eszter", "eszter.kovacs@example.hu", "+36 1 2345678"),
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
            )
        for country, rates in VAT.items():
            set_vat_rates(session, country, rates)
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
        _stock(session, first)
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


def _stock(session: Session, items: list[DemoProduct]) -> None:
    ledger, now = StockLedger(session), utcnow()
    for store in demo_stores():
        for index, p in enumerate(items):
            qty = 1000 * (5 + (index * 7 + len(store.store_id)) % 40)
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
