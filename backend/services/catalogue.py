"""Writing the catalogue: stores, products with barcodes, prices per scope, VAT rates, customers.

Used by the CSV import and the demo seed. Changes go to the feed (chain channel for the catalogue
and list prices, the store channel for a store's own prices) unless a bulk seed says otherwise
(a fresh chain is bootstrapped from the snapshot anyway).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from backend.models import (
    Barcode,
    Customer,
    Price,
    PriceHistory,
    Product,
    ProductGroup,
    Store,
    VatRate,
    utcnow,
)
from backend.services.feed import CHAIN, FeedWriter, ensure_channel, store_channel
from backend.services.store_time import check_timezone, default_timezone
from contract.feed import CustomerData, PriceData, ProductData, ProductGroupData, StoreData


@dataclass(frozen=True, slots=True)
class ProductRow:
    sku: str
    name: str
    vat_code: str
    brand: str = ""
    unit: str = "pc"
    barcodes: tuple[str, ...] = ()
    popularity: int | None = None  # None: keep the stored one (0 for a new product)
    group_id: str | None = None  # its product group (return policy); None: keep, "": none
    final_sale: bool | None = None  # never taken back; None: keep (False for a new product)


@dataclass(frozen=True, slots=True)
class GroupRow:
    """A product group and its return policy (`return_days` None: the chain's default)."""

    group_id: str
    name: str
    return_days: int | None = None
    final_sale: bool = False


@dataclass(frozen=True, slots=True)
class PriceRow:
    sku: str
    scope: str  # a price list ("DE") or "store:<id>"
    amount_minor: int
    currency: str


# The language of a store's customer notifications by its country; any other country: German.
LANGUAGE_BY_COUNTRY = {"DE": "de", "AT": "de", "CH": "de", "LU": "de", "HU": "hu", "ID": "id"}
LANGUAGE_BY_COUNTRY |= dict.fromkeys(("GB", "IE", "US", "CA", "AU", "NZ", "SG", "MT"), "en")


def ensure_store(
    session: Session,
    *,
    store_id: str,
    name: str,
    country: str,
    currency: str,
    price_list: str,
    language: str | None = None,
    address: str | None = None,
    timezone: str | None = None,
    feed: FeedWriter | None = None,
) -> bool:
    """Create the store unless it exists; True when it was created. `timezone`: an IANA name
    (BadTimezoneError otherwise); None: by its country (store_time.TIMEZONE_BY_COUNTRY).

    With `feed`, a new store goes to the chain channel (`store`), so every till of the chain learns
    its name (ADR 0025); the caller flushes the writer last. Without it (a fresh chain's seed, tests),
    tills learn it from the snapshot's `stores`.
    """
    zone_name = check_timezone(timezone) if timezone is not None else default_timezone(country)
    created = session.get(Store, store_id) is None
    if created:
        store = Store(
            store_id=store_id,
            name=name,
            country=country,
            currency=currency,
            price_list=price_list,
            language=language or LANGUAGE_BY_COUNTRY.get(country.upper(), "de"),
            address=address,
            timezone=zone_name,
            version=1,
        )
        session.add(store)
        session.flush()
        if feed is not None:
            ensure_channel(session, CHAIN)
            feed.add(
                CHAIN, entity="store", key=store_id, version=1, data=StoreData(store_id=store_id, name=name)
            )
    ensure_channel(session, store_channel(store_id))
    return created


class UnknownStoreError(LookupError):
    """No store has this id."""


def rename_store(session: Session, *, store_id: str, name: str, feed: FeedWriter) -> bool:
    """Give a store a new name; the change reaches every till of the chain (ADR 0025). False when the
    name is the same (no new version, no feed change). The caller flushes the writer last."""
    store = session.get(Store, store_id)
    if store is None:
        raise UnknownStoreError(f"no store {store_id!r}")
    if store.name == name:
        return False
    store.name = name
    store.version += 1
    session.flush()
    ensure_channel(session, CHAIN)
    feed.add(
        CHAIN,
        entity="store",
        key=store_id,
        version=store.version,
        data=StoreData(store_id=store_id, name=name),
    )
    return True


def set_vat_rates(session: Session, country: str, rates: dict[str, str]) -> None:
    for code, percent in rates.items():
        session.merge(VatRate(country=country, code=code, percent=percent))


class UnknownGroupError(ValueError):
    """A product names a product group that does not exist (import the groups first)."""


def upsert_groups(session: Session, rows: Iterable[GroupRow], feed: FeedWriter | None) -> int:
    """Create or change product groups; each change goes to the chain channel (`product_group`)."""
    count = 0
    for row in rows:
        group = session.get(ProductGroup, row.group_id)
        if group is None:
            group = ProductGroup(
                group_id=row.group_id,
                name=row.name,
                return_days=row.return_days,
                final_sale=row.final_sale,
                version=1,
            )
            session.add(group)
        else:
            group.name, group.return_days, group.final_sale = row.name, row.return_days, row.final_sale
            group.version += 1
        session.flush()
        if feed is not None:
            data = ProductGroupData(
                group_id=row.group_id, name=row.name, return_days=row.return_days, final_sale=row.final_sale
            )
            feed.add(CHAIN, entity="product_group", key=row.group_id, version=group.version, data=data)
        count += 1
    return count


def upsert_products(session: Session, rows: Iterable[ProductRow], feed: FeedWriter | None) -> int:
    count = 0
    for row in rows:
        if row.group_id and session.get(ProductGroup, row.group_id) is None:
            raise UnknownGroupError(f"product {row.sku}: unknown product group {row.group_id!r}")
        product = session.get(Product, row.sku)
        if product is None:
            product = Product(
                sku=row.sku,
                name=row.name,
                brand=row.brand,
                vat_code=row.vat_code,
                unit=row.unit,
                version=1,
                popularity=row.popularity or 0,
                group_id=row.group_id or None,
                final_sale=bool(row.final_sale),
            )
            session.add(product)
        else:
            product.name, product.brand, product.vat_code, product.unit = (
                row.name,
                row.brand,
                row.vat_code,
                row.unit,
            )
            if row.popularity is not None:
                product.popularity = row.popularity
            if row.group_id is not None:
                product.group_id = row.group_id or None
            if row.final_sale is not None:
                product.final_sale = row.final_sale
            product.version += 1
        session.flush()
        for code in row.barcodes:
            if session.get(Barcode, code) is None:
                session.add(Barcode(code=code, sku=row.sku))
        if feed is not None:
            data = ProductData(
                sku=row.sku,
                name=row.name,
                brand=row.brand,
                vat_code=row.vat_code,
                unit=row.unit,
                barcodes=list(row.barcodes),
                popularity=product.popularity,
                group_id=product.group_id,
                final_sale=product.final_sale,
            )
            feed.add(CHAIN, entity="product", key=row.sku, version=product.version, data=data)
        count += 1
    return count


def upsert_prices(session: Session, rows: Iterable[PriceRow], feed: FeedWriter | None) -> int:
    """Create or change prices; a new price or a new amount is also a `price_history` row from now."""
    count, now = 0, utcnow()
    for row in rows:
        price = session.get(Price, (row.sku, row.scope))
        changed = price is None or (price.amount_minor, price.currency) != (row.amount_minor, row.currency)
        if price is None:
            price = Price(
                sku=row.sku, scope=row.scope, amount_minor=row.amount_minor, currency=row.currency, version=1
            )
            session.add(price)
        else:
            price.amount_minor, price.currency = row.amount_minor, row.currency
            price.version += 1
        if changed:
            session.add(
                PriceHistory(
                    sku=row.sku,
                    scope=row.scope,
                    amount_minor=row.amount_minor,
                    currency=row.currency,
                    valid_from=now,
                )
            )
        if feed is not None:
            channel = (
                store_channel(row.scope.removeprefix("store:")) if row.scope.startswith("store:") else CHAIN
            )
            data = PriceData(
                sku=row.sku, scope=row.scope, amount_minor=row.amount_minor, currency=row.currency
            )
            feed.add(channel, entity="price", key=f"{row.scope}|{row.sku}", version=price.version, data=data)
        count += 1
    return count


def upsert_customer(
    session: Session,
    *,
    customer_id: str,
    name: str,
    email: str | None,
    phone: str | None,
    feed: FeedWriter | None,
) -> Customer:
    """Create or change a customer; a change goes to the chain channel (every till of every store).

    The same name, e-mail and phone again (a returning web-shop customer) change nothing: no new version,
    no feed change, so such an order never takes the chain's sequencer lock (ADR 0003).
    """
    customer = session.get(Customer, customer_id)
    if customer is None:
        customer = Customer(customer_id=customer_id, name=name, email=email, phone=phone, version=1)
        session.add(customer)
    else:
        if (customer.name, customer.email, customer.phone) == (name, email, phone):
            return customer
        customer.name, customer.email, customer.phone = name, email, phone
        customer.version += 1
    if feed is not None:
        data = CustomerData(customer_id=customer_id, name=name, email=email, phone=phone)
        feed.add(CHAIN, entity="customer", key=customer_id, version=customer.version, data=data)
    return customer


def store_ids(session: Session) -> list[str]:
    return list(session.execute(select(Store.store_id).order_by(Store.store_id)).scalars())
