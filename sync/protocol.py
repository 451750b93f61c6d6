"""The wire contract between the terminals (and the web shop) and the backend.

Pydantic v2 models used on both sides. Inbound models are strict (`extra="forbid"`, no silent
coercion of strings into numbers) and bounded (batch size, payload size, string lengths), so a
malformed or hostile request is refused with a clear 422 before anything is written.
Quantities travel as decimal strings ("2", "0.375"), money as integer minor units.
"""

from __future__ import annotations

import re
from datetime import datetime
from decimal import Decimal, InvalidOperation
from typing import Annotated, Any, Final, Literal
from uuid import UUID

import orjson
from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    JsonValue,
    PlainSerializer,
    field_validator,
)

MAX_BATCH_EVENTS: Final = 500
MAX_PAYLOAD_BYTES: Final = 64 * 1024
MAX_BODY_BYTES: Final = 8 * 1024 * 1024
MAX_FEED_LIMIT: Final = 5000
MAX_SNAPSHOT_LIMIT: Final = 100_000

EVENT_TYPES: Final = (
    "sale.completed",
    "sale.returned",
    "pickup.handed_over",
    "cash.movement",
    "stock.counted",
    "till.closed",
    "audit.recorded",
)
EventType = Literal[
    "sale.completed",
    "sale.returned",
    "pickup.handed_over",
    "cash.movement",
    "stock.counted",
    "till.closed",
    "audit.recorded",
]

_DECIMAL_RE: Final = re.compile(r"^-?\d{1,12}(\.\d{1,3})?$")


def _parse_decimal(value: object) -> Decimal:
    """Accept a decimal string (or a Decimal from Python code); refuse floats and ints on the wire."""
    if isinstance(value, Decimal):
        text = str(value)
    elif isinstance(value, str):
        text = value
    else:
        raise ValueError('must be a decimal string such as "2" or "0.375"')
    if not _DECIMAL_RE.match(text):
        raise ValueError("must be a decimal string with at most 12 integer and 3 fraction digits")
    try:
        return Decimal(text)
    except InvalidOperation as exc:  # pragma: no cover - the regex already guards this
        raise ValueError("not a decimal") from exc


def _positive(value: Decimal) -> Decimal:
    if value <= 0:
        raise ValueError("must be greater than zero")
    return value


DecimalStr = Annotated[Decimal, BeforeValidator(_parse_decimal), PlainSerializer(str, return_type=str)]
Quantity = Annotated[DecimalStr, AfterValidator(_positive)]
Minor = Annotated[int, Field(ge=-(10**13), le=10**13, strict=True)]
Id = Annotated[str, Field(min_length=1, max_length=64, pattern=r"^[A-Za-z0-9._:\-]+$", strict=True)]
Text = Annotated[str, Field(max_length=200, strict=True)]
Currency = Annotated[str, Field(pattern=r"^[A-Z]{3}$", strict=True)]
LaxUUID = Annotated[UUID, Field(strict=False)]
AwareDatetime = Annotated[datetime, Field(strict=False)]


class Inbound(BaseModel):
    """Base of everything a client sends: strict and closed."""

    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)


class Outbound(BaseModel):
    """Base of everything the backend answers: lenient on read so old clients survive additions."""

    model_config = ConfigDict(extra="ignore", frozen=True)


# ---------------------------------------------------------------- enrolment


class EnrollRequest(Inbound):
    code: Annotated[str, Field(min_length=6, max_length=64, strict=True)]


class EnrollResponse(Outbound):
    store_id: str
    terminal_id: str
    token: str


# ---------------------------------------------------------------- events


class EventIn(Inbound):
    """One outbox event; `event_id` is the idempotency key, `seq` is gapless per terminal."""

    event_id: LaxUUID
    seq: Annotated[int, Field(ge=1, le=2**62, strict=True)]
    type: EventType
    occurred_at: AwareDatetime
    payload: dict[str, JsonValue]

    @field_validator("occurred_at")
    @classmethod
    def _aware(cls, value: datetime) -> datetime:
        if value.tzinfo is None:
            raise ValueError("occurred_at needs a time zone offset")
        return value

    @field_validator("payload")
    @classmethod
    def _bounded(cls, value: dict[str, JsonValue]) -> dict[str, JsonValue]:
        if len(orjson.dumps(value)) > MAX_PAYLOAD_BYTES:
            raise ValueError(f"payload larger than {MAX_PAYLOAD_BYTES} bytes")
        return value


class EventBatch(Inbound):
    events: Annotated[list[EventIn], Field(min_length=1, max_length=MAX_BATCH_EVENTS)]


class EventResult(Outbound):
    event_id: UUID
    seq: int
    status: Literal["applied", "duplicate"]
    result: dict[str, Any]


class BatchResult(Outbound):
    acked_through_seq: int
    results: list[EventResult]


class SyncState(Outbound):
    store_id: str
    terminal_id: str
    acked_through_seq: int
    server_time: datetime


# ---------------------------------------------------------------- event payloads


class SaleLine(Inbound):
    line_no: Annotated[int, Field(ge=1, le=10_000, strict=True)]
    sku: Id
    barcode: Annotated[str, Field(max_length=64, strict=True)] | None = None
    name: Text
    quantity: Quantity
    unit_price_minor: Minor
    discount_minor: Minor = 0
    total_minor: Minor
    vat_code: Annotated[str, Field(max_length=8, strict=True)]
    vat_percent: DecimalStr
    unit: Literal["pc", "kg"] = "pc"
    voided: Annotated[bool, Field(strict=True)] = False  # scanned, then voided: not sold, moves no stock


class SalePayment(Inbound):
    tender: Annotated[str, Field(min_length=1, max_length=32, strict=True)]
    amount_minor: Minor
    reference: Text | None = None


class VatLine(Inbound):
    code: Annotated[str, Field(max_length=8, strict=True)]
    percent: DecimalStr
    gross_minor: Minor
    net_minor: Minor
    vat_minor: Minor


class SaleCompleted(Inbound):
    sale_id: LaxUUID
    receipt_number: Annotated[str, Field(min_length=3, max_length=64, strict=True)]
    store_id: Id
    terminal_id: Id
    staff_id: Id
    currency: Currency
    subtotal_minor: Minor | None = None  # before discounts
    discount_minor: Minor = 0
    total_minor: Minor
    rounding_minor: Minor = 0  # cash rounding (HUF): paid = total + rounding
    customer_id: Id | None = None
    lines: Annotated[list[SaleLine], Field(min_length=1, max_length=1000)]
    payments: Annotated[list[SalePayment], Field(max_length=50)]
    change_minor: Minor = 0
    vat: Annotated[list[VatLine], Field(max_length=20)] = []


class ReturnLine(Inbound):
    line_no: Annotated[int, Field(ge=1, le=10_000, strict=True)]
    sku: Id
    quantity: Quantity
    refund_minor: Minor
    restock: bool = True


class SaleReturned(Inbound):
    """A return at a till against a receipt from any store (or none: `receipt_number` null)."""

    return_id: LaxUUID
    receipt_number: Annotated[str, Field(min_length=3, max_length=64, strict=True)] | None
    store_id: Id
    terminal_id: Id
    staff_id: Id
    currency: Currency
    total_refund_minor: Minor
    reason: Text = ""
    lines: Annotated[list[ReturnLine], Field(min_length=1, max_length=1000)]
    refunds: Annotated[list[SalePayment], Field(max_length=50)] = []


class CountLine(Inbound):
    sku: Id
    counted: DecimalStr


class StockCounted(Inbound):
    count_id: LaxUUID
    store_id: Id
    terminal_id: Id
    staff_id: Id
    lines: Annotated[list[CountLine], Field(min_length=1, max_length=5000)]


class AuditRecorded(Inbound):
    audit_id: LaxUUID
    store_id: Id
    terminal_id: Id
    staff_id: Id
    action: Annotated[str, Field(min_length=1, max_length=64, strict=True)]
    approver_id: Id | None = None
    details: dict[str, JsonValue] = {}


# ---------------------------------------------------------------- change feed and snapshot


class Change(Outbound):
    entity: str
    key: str
    version: int
    op: Literal["upsert", "delete"]
    data: dict[str, Any] | None


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


# ---------------------------------------------------------------- look-ups


class ReceiptLineView(Outbound):
    line_no: int
    sku: str
    name: str
    quantity: str
    returned_quantity: str
    unit_price_minor: int
    discount_minor: int
    total_minor: int
    vat_code: str
    vat_percent: str


class ReceiptView(Outbound):
    sale_id: str
    receipt_number: str
    store_id: str
    terminal_id: str
    staff_id: str
    currency: str
    total_minor: int
    customer_id: str | None
    occurred_at: datetime
    lines: list[ReceiptLineView]
    payments: list[dict[str, Any]]


class StoreStock(Outbound):
    store_id: str
    on_hand: str
    reserved: str
    available: str


class StockView(Outbound):
    sku: str
    stores: list[StoreStock]


class CustomerView(Outbound):
    customer_id: str
    name: str
    email: str | None
    phone: str | None


class HistoryEntry(Outbound):
    channel: Literal["store", "web"]
    reference: str
    store_id: str | None
    occurred_at: datetime
    total_minor: int
    currency: str
    status: str
    lines: list[dict[str, Any]]


class CustomerHistory(Outbound):
    customer: CustomerView
    entries: list[HistoryEntry]


class ErrorBody(Outbound):
    error: str
    message: str
    detail: Any = None


def canonical_json(value: object) -> bytes:
    """The bytes an event's content hash is taken over: sorted keys, no whitespace."""
    return orjson.dumps(value, option=orjson.OPT_SORT_KEYS)


def quantity_str(milli: int) -> str:
    """Milli-units back to the wire's decimal string ("2", "0.375", "-1")."""
    return format(Decimal(milli).scaleb(-3).normalize(), "f")


def to_milli(value: Decimal) -> int:
    """A wire quantity in milli-units (the backend stores integers; 3 decimals are allowed)."""
    return int((value * 1000).to_integral_value())
