"""The change feed and the snapshot a till bootstraps from (DESIGN.md "Sync protocol").

A change carries its entity's data as one of the models below, chosen by `entity`. The backend
builds them (backend/services: catalogue.py, stock.py, webshop.py) and stores their JSON; a till
reads them back typed (terminal/storage/feed_apply.py). An entity this contract does not know (a
newer backend's) keeps its data as a plain object: the till counts it as skipped. Data of a known
entity that does not fit its model makes the whole page a malformed reply, never a half-applied one.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Annotated, Any, Literal

from pydantic import Field, ValidationError, model_validator

from contract.base import Outbound


class ProductData(Outbound):
    """`product`: a catalogue article (the chain channel)."""

    sku: str
    name: str
    brand: str | None = None
    vat_code: str
    unit: str = "pc"
    barcodes: list[str] = Field(default_factory=list)
    # Backends before their migration 0002 do not send it.
    popularity: int | None = None


class PriceData(Outbound):
    """`price`: a list price (`scope` is the price list) or a store's own (`store:<id>`)."""

    sku: str
    scope: str
    amount_minor: int
    currency: str


class StockData(Outbound):
    """`stock`: the backend's level of one article in the channel's store (decimal quantities)."""

    sku: str
    on_hand: Decimal
    reserved: Decimal
    available: Decimal


class CustomerData(Outbound):
    """`customer`: a customer the tills can find by name, e-mail or phone."""

    customer_id: str
    name: str
    email: str | None = None
    phone: str | None = None


class WebOrderData(Outbound):
    """`web_order`: the head of a click-and-collect order, in its pickup store's channel."""

    order_number: str
    status: str
    customer_id: str | None = None
    currency: str
    paid: bool
    total_minor: int


ChangeData = ProductData | PriceData | StockData | CustomerData | WebOrderData

ENTITY_DATA: dict[str, type[ChangeData]] = {
    "product": ProductData,
    "price": PriceData,
    "stock": StockData,
    "customer": CustomerData,
    "web_order": WebOrderData,
}


class Change(Outbound):
    entity: str
    key: str
    version: int
    op: Literal["upsert", "delete"]
    # Left to right: a plain object stays one (an entity unknown here); a known entity's data is
    # already its model (`_typed_data`), which no other model and no plain object accepts.
    data: Annotated[dict[str, Any] | ChangeData | None, Field(union_mode="left_to_right")]

    @model_validator(mode="before")
    @classmethod
    def _typed_data(cls, value: Any) -> Any:
        """Read `data` as the model of its `entity` (a plain object only for entities unknown here)."""
        if not isinstance(value, dict):
            return value
        model = ENTITY_DATA.get(value.get("entity"))  # type: ignore[arg-type]
        data = value.get("data")
        if model is None or not isinstance(data, dict):
            return value
        try:
            return {**value, "data": model.model_validate(data)}
        except ValidationError as err:
            first = err.errors()[0]
            where = ".".join(str(p) for p in first["loc"]) or "data"
            raise ValueError(f"{value.get('entity')} {value.get('key')}: {where}: {first['msg']}") from None


class ChangePage(Outbound):
    changes: list[Change]
    next_cursor: str
    has_more: bool


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
