"""The change feed and the snapshot a till bootstraps from (DESIGN.md "Sync protocol").

A change carries its entity's data as one of the models below, chosen by `entity`. The backend
builds them (backend/services: catalogue.py, stock.py, webshop.py, staff.py) and stores their JSON; a till
reads them back typed (terminal/storage/feed_apply.py). An entity this contract does not know (a
newer backend's) keeps its data as a plain object: the till counts it as skipped. A page reads as
models only the upserts of the entities a till applies (`TYPED_ON_READ`); their data must fit, or the
whole page is a malformed reply, never a half-applied one. What a till does not apply (a web order's
head, a delete's data) can never stop its feed. A change's key names its row; the data repeat it, but
a till does not rely on that.
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import Annotated, Any, Literal

from pydantic import Field, PlainSerializer, TypeAdapter, ValidationError, WithJsonSchema, model_validator

from contract.base import Outbound


def _plain(value: Decimal) -> str:
    """A quantity as the wire writes it: never in exponent form ("10", not "1E+1"), never "-0"."""
    return format(value + 0, "f")


# A signed decimal quantity ("12", "-0.375") as a string on the wire.
FeedQuantity = Annotated[
    Decimal,
    PlainSerializer(_plain, return_type=str),
    WithJsonSchema({"type": "string", "pattern": r"^-?[0-9]+(\.[0-9]+)?$", "examples": ["12", "-0.375"]}),
]


class ProductData(Outbound):
    """`product`: a catalogue article (the chain channel)."""

    sku: str | None = None  # the change's key is the sku
    name: str
    brand: str | None = None
    vat_code: str
    unit: str = "pc"
    barcodes: list[str] = Field(default_factory=list)
    # Backends before their migration 0002 do not send it.
    popularity: int | None = None
    # Its product group (return policy, DESIGN.md "Returns"); backends before returns send neither.
    group_id: str | None = None
    final_sale: bool = False  # never taken back, whatever its group says


class ProductGroupData(Outbound):
    """`product_group`: a group of articles and its return policy (the chain channel)."""

    group_id: str | None = None  # the change's key is the group id
    name: str
    return_days: int | None = None  # None: the default (contract.returns.DEFAULT_RETURN_DAYS)
    final_sale: bool = False


class PriceData(Outbound):
    """`price`: a list price (`scope` is the price list) or a store's own (`store:<id>`)."""

    sku: str
    scope: str
    amount_minor: int
    currency: str


class StockData(Outbound):
    """`stock`: the backend's level of one article in the channel's store (decimal quantities)."""

    sku: str | None = None  # the change's key is the sku
    on_hand: FeedQuantity
    reserved: FeedQuantity
    available: FeedQuantity


class CustomerData(Outbound):
    """`customer`: a customer the tills can find by name, e-mail or phone."""

    customer_id: str | None = None  # the change's key is the customer id
    name: str
    email: str | None = None
    phone: str | None = None


class WebOrderLineData(Outbound):
    """One line of a web order and what became of it so far (quantities in the article's unit)."""

    line_no: int
    sku: str
    name: str = ""  # the catalogue name when the order was placed
    quantity: FeedQuantity
    unit_price_minor: int
    picked: FeedQuantity = Decimal(0)
    short: FeedQuantity = Decimal(0)
    collected: FeedQuantity = Decimal(0)
    refused: FeedQuantity = Decimal(0)
    returned: FeedQuantity = Decimal(0)


class WebOrderData(Outbound):
    """`web_order`: a click-and-collect order, in its pickup store's channel, with what a till needs to
    pick and hand it over offline.

    `pickup_code_check` is `contract.pickup.code_check(order_number, code)`: a till checks a typed or
    scanned code against it without holding the code. Backends before the click-and-collect issue send
    the head only (no lines, no check, no deadline); a till shows such an order but cannot hand it over
    offline.
    """

    order_number: str
    status: str
    customer_id: str | None = None
    currency: str
    paid: bool
    total_minor: int
    pickup_store_id: str | None = None
    replaces_order_number: str | None = None
    placed_at: datetime | None = None
    ready_at: datetime | None = None
    pickup_by: datetime | None = None  # the deadline: after it the order expires
    pickup_code_check: str | None = None
    lines: list[WebOrderLineData] = Field(default_factory=list)


class StoreData(Outbound):
    """`store`: one of the chain's stores, as the tills name it (the chain channel, ADR 0025).

    Sent when a store is created or renamed; a till keeps every store it heard of (the goods-received
    list, the names in a customer's timeline). Backends before ADR 0025 send none: the till then knows
    stores only by id.
    """

    store_id: str | None = None  # the change's key is the store id
    name: str


class StaffData(Outbound):
    """`staff`: a person who may log in at the tills of the channel's store (managed centrally, ADR 0017).

    Carried on the channel of every store the person works in (`all_stores`: every store), and on the
    channel of a store they stop working in. A till keeps them active only while `active` is true and
    its store is theirs (`all_stores` or in `store_ids`). A removed person is an upsert with
    `active=false` (no PIN hash, no badge), never a delete: the till keeps the row, so its audit log
    keeps the name and the next login with that PIN is refused as "removed".

    The PIN travels only as the till's hash: `pin_hash` is `scrypt$n$r$p$<hex>` over the PIN with the
    salt `pin_salt` (hex), the format of terminal/storage/staff.py, so a till checks it offline.
    """

    staff_id: str | None = None  # the change's key is the staff id
    name: str
    role: Literal["cashier", "manager"]
    store_ids: list[str] = Field(default_factory=list)
    all_stores: bool = False
    badge_code: str | None = None
    pin_salt: str | None = None  # None when not active
    pin_hash: str | None = None
    active: bool = True


ChangeData = (
    ProductData
    | ProductGroupData
    | PriceData
    | StockData
    | CustomerData
    | WebOrderData
    | StaffData
    | StoreData
)

ENTITY_DATA: dict[str, type[ChangeData]] = {
    "product": ProductData,
    "product_group": ProductGroupData,
    "price": PriceData,
    "stock": StockData,
    "customer": CustomerData,
    "web_order": WebOrderData,
    "staff": StaffData,
    "store": StoreData,
}


class Change(Outbound):
    entity: str
    key: str
    version: int
    op: Literal["upsert", "delete"]
    # A plain object when read; a page turns the upserts of the entities a till applies into their
    # entity's model, in place (`ChangePage._typed_data`). Left to right, so a plain object is never
    # guessed into a model.
    data: Annotated[dict[str, Any] | ChangeData | None, Field(union_mode="left_to_right")]


TYPED_ON_READ = ("product", "product_group", "price", "stock", "customer", "web_order", "staff", "store")
"""The entities whose upserts a till applies, and so reads as models (terminal/storage/feed_apply.py).
`web_order` is safe here: a head without lines (backends before click-and-collect) fits its model.
`staff` too: only backends with central staff (ADR 0017) send it, always in this shape; `store`
likewise (ADR 0025)."""

_BY_ENTITY = {entity: TypeAdapter(list[ENTITY_DATA[entity]]) for entity in TYPED_ON_READ}  # type: ignore[valid-type]


class ChangePage(Outbound):
    changes: list[Change]
    next_cursor: str
    has_more: bool

    @model_validator(mode="after")
    def _typed_data(self) -> ChangePage:
        """Read each change's data as its entity's model, one validation per entity for the page (a
        page holds up to thousands of changes); data that does not fit names its change."""
        grouped: dict[str, list[Change]] = {}
        for change in self.changes:
            if change.op == "upsert" and isinstance(change.data, dict) and change.entity in _BY_ENTITY:
                grouped.setdefault(change.entity, []).append(change)
        for entity, changes in grouped.items():
            try:
                typed = _BY_ENTITY[entity].validate_python([c.data for c in changes])
            except ValidationError as err:
                first = err.errors()[0]
                index, *where = first["loc"]
                bad = changes[int(index)]
                field = ".".join(str(p) for p in where) or "data"
                raise ValueError(f"{entity} {bad.key}: {field}: {first['msg']}") from None
            for change, data in zip(changes, typed, strict=True):
                object.__setattr__(change, "data", data)  # the change is frozen; this is its reading
        return self


class SnapshotManifest(Outbound):
    """Start of a bootstrap: the cursor to follow afterwards and the entities to page through."""

    store_id: str
    cursor: str
    entities: list[str]
    page_limit: int


class SnapshotPage(Outbound):
    entity: str
    columns: list[str]
    rows: list[list[Any]]
    next_after: str | None
    # Only on a products page asked for with `include=barcodes`: [code, sku] of the page's skus.
    barcodes: list[list[Any]] | None = None
    # Only on a web_orders page asked for with `include=orders`: each row's order as the feed carries
    # it (lines, deadline, pickup-code check), in row order. Backends before issue 9 do not send it.
    orders: list[WebOrderData] | None = None
