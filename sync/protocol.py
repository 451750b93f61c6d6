"""The wire contract between the terminals (and the web shop) and the backend.

Pydantic v2 models used on both sides. Inbound models are strict (`extra="forbid"`, no silent
coercion of strings into numbers) and bounded (batch size, payload size, string lengths), so a
malformed or hostile request is refused with a clear 422 before anything is written.
Quantities travel as decimal strings ("2", "0.375"), money as integer minor units.

Every bound is chosen so that nothing the backend derives from a valid request can overflow a 64-bit
column: quantities stay below the till's own limit (10^9 units, 10^12 milli-units per line), money
within +-10^13 minor units, timestamps within what UTC can express (years 1-9999), VAT rates within
0-100 %. Strings never carry NUL characters or lone surrogates: the backend refuses those at the JSON
layer, before any model sees them.
"""

from __future__ import annotations

import math
import re
from datetime import UTC, datetime
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
    WithJsonSchema,
    field_validator,
    model_validator,
)

MAX_BATCH_EVENTS: Final = 500
MAX_PAYLOAD_BYTES: Final = 64 * 1024
MAX_BODY_BYTES: Final = 8 * 1024 * 1024
MAX_FEED_LIMIT: Final = 5000
MAX_SNAPSHOT_LIMIT: Final = 100_000
MAX_MINOR: Final = 10**13  # money per amount, in minor units (10^11 EUR)
MAX_QUANTITY: Final = Decimal(10) ** 9  # exclusive: the till's own limit (terminal/domain/basket_line.py)
INT64_MAX: Final = 2**63 - 1

EVENT_TYPES: Final = (
    "sale.completed",
    "sale.returned",
    "pickup.handed_over",
    "cash.movement",
    "stock.counted",
    "till.closed",
    "audit.recorded",
)
# The event types this contract describes; the backend refuses any other (and `pickup.handed_over`
# until it has effects) per event, with `event.unsupported_type`.
EventType = Literal[
    "sale.completed",
    "sale.returned",
    "pickup.handed_over",
    "cash.movement",
    "stock.counted",
    "till.closed",
    "audit.recorded",
]

_DECIMAL_PATTERN: Final = r"^-?[0-9]{1,12}(\.[0-9]{1,3})?$"
_DECIMAL_RE: Final = re.compile(_DECIMAL_PATTERN)


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
    if value >= MAX_QUANTITY:
        raise ValueError(f"must be below {MAX_QUANTITY}")
    return value


def _counted(value: Decimal) -> Decimal:
    if value < 0 or value >= MAX_QUANTITY:
        raise ValueError(f"must be at least 0 and below {MAX_QUANTITY}")
    return value


def _percent(value: Decimal) -> Decimal:
    if not 0 <= value <= 100:
        raise ValueError("must be a percentage from 0 to 100")
    return value


def _utc_representable(value: datetime) -> datetime:
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError("needs a time zone offset")
    try:
        value.astimezone(UTC)
    except OverflowError:
        raise ValueError("lies outside the years 1-9999 once converted to UTC") from None
    return value


def _decimal_schema(pattern: str = _DECIMAL_PATTERN) -> WithJsonSchema:
    return WithJsonSchema({"type": "string", "pattern": pattern, "examples": ["2", "0.375"]})


DecimalStr = Annotated[
    Decimal, BeforeValidator(_parse_decimal), PlainSerializer(str, return_type=str), _decimal_schema()
]
# Greater than zero, below MAX_QUANTITY; whole pieces or up to three decimals (grams).
Quantity = Annotated[DecimalStr, AfterValidator(_positive), _decimal_schema(r"^[0-9]{1,9}(\.[0-9]{1,3})?$")]
Counted = Annotated[DecimalStr, AfterValidator(_counted), _decimal_schema(r"^[0-9]{1,9}(\.[0-9]{1,3})?$")]
# 0-100 with up to three decimals: at most 7 characters as stored ("100.000").
VatPercent = Annotated[DecimalStr, AfterValidator(_percent), _decimal_schema(r"^[0-9]{1,3}(\.[0-9]{1,3})?$")]
Minor = Annotated[int, Field(ge=-MAX_MINOR, le=MAX_MINOR, strict=True)]
Price = Annotated[int, Field(ge=0, le=MAX_MINOR, strict=True)]  # a unit price: never negative
Id = Annotated[str, Field(min_length=1, max_length=64, pattern=r"^[A-Za-z0-9._:\-]+$", strict=True)]
Text = Annotated[str, Field(max_length=200, strict=True)]
Currency = Annotated[str, Field(pattern=r"^[A-Z]{3}$", strict=True)]
LaxUUID = Annotated[UUID, Field(strict=False)]
# Aware (an offset is required) and representable in UTC, so storing it can never overflow.
AwareDatetime = Annotated[datetime, Field(strict=False), AfterValidator(_utc_representable)]


def _bounded_json(value: JsonValue, depth: int = 0) -> None:
    """Free-form JSON: integers within 64 bits, finite numbers, at most 16 levels deep."""
    if depth > 16:
        raise ValueError("nested deeper than 16 levels")
    if isinstance(value, bool) or value is None or isinstance(value, str):
        return
    if isinstance(value, int):
        if not -INT64_MAX - 1 <= value <= INT64_MAX:
            raise ValueError("integer beyond 64 bits")
    elif isinstance(value, float):
        if not math.isfinite(value):
            raise ValueError("number is not finite")
    elif isinstance(value, list):
        for item in value:
            _bounded_json(item, depth + 1)
    elif isinstance(value, dict):
        for item in value.values():
            _bounded_json(item, depth + 1)


def _json_object(value: dict[str, JsonValue]) -> dict[str, JsonValue]:
    _bounded_json(value)
    return value


JsonObject = Annotated[dict[str, JsonValue], AfterValidator(_json_object)]


def _unique_line_numbers(lines: list[Any]) -> None:
    seen: set[int] = set()
    for line in lines:
        if line.line_no in seen:
            raise ValueError(f"line_no {line.line_no} appears twice")
        seen.add(line.line_no)


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
    # Any type name is parsed; one without a payload model is refused per event (`event.unsupported_type`).
    type: Annotated[str, Field(min_length=1, max_length=32, pattern=r"^[a-z_]+(\.[a-z_]+)+$", strict=True)]
    occurred_at: AwareDatetime
    payload: dict[str, JsonValue]

    @field_validator("payload")
    @classmethod
    def _bounded(cls, value: dict[str, JsonValue]) -> dict[str, JsonValue]:
        try:
            size = len(orjson.dumps(value))
        except orjson.JSONEncodeError:  # an integer beyond 64 bits (orjson's own limit)
            raise ValueError("payload holds an integer beyond 64 bits") from None
        if size > MAX_PAYLOAD_BYTES:
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
    vat_percent: VatPercent
    unit: Literal["pc", "kg"] = "pc"
    voided: Annotated[bool, Field(strict=True)] = False  # scanned, then voided: not sold, moves no stock


class SalePayment(Inbound):
    tender: Annotated[str, Field(min_length=1, max_length=32, strict=True)]
    amount_minor: Minor
    reference: Text | None = None


class VatLine(Inbound):
    code: Annotated[str, Field(max_length=8, strict=True)]
    percent: VatPercent
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

    @model_validator(mode="after")
    def _lines_unique(self) -> SaleCompleted:
        _unique_line_numbers(self.lines)
        return self


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

    @model_validator(mode="after")
    def _lines_unique(self) -> SaleReturned:
        _unique_line_numbers(self.lines)
        return self


class CountLine(Inbound):
    sku: Id
    counted: Counted


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
    details: JsonObject = {}


class CashMovement(Inbound):
    """Cash into or out of the drawer outside a sale: the opening float, cash in, paid out, a pick-up."""

    movement_id: LaxUUID
    store_id: Id
    terminal_id: Id
    staff_id: Id
    kind: Literal["float", "cash_in", "cash_out", "pickup"]
    currency: Currency
    amount_minor: Annotated[int, Field(gt=0, le=MAX_MINOR, strict=True)]
    reason: Text = ""
    approver_id: Id | None = None


class TenderCount(Inbound):
    """One tender of a closing: what the till expected and what was counted."""

    tender: Annotated[str, Field(min_length=1, max_length=32, strict=True)]
    expected_minor: Minor
    counted_minor: Minor


class TillClosed(Inbound):
    """A Z report: the till's day closed, with a consecutive Z number that never resets."""

    closing_id: LaxUUID
    store_id: Id
    terminal_id: Id
    staff_id: Id
    z_number: Annotated[int, Field(ge=1, le=10**9, strict=True)]
    currency: Currency
    opened_at: AwareDatetime
    sales_count: Annotated[int, Field(ge=0, le=10**9, strict=True)]
    gross_minor: Minor
    tenders: Annotated[list[TenderCount], Field(max_length=50)]

    @model_validator(mode="after")
    def _tenders_unique(self) -> TillClosed:
        names = [t.tender for t in self.tenders]
        if len(set(names)) != len(names):
            raise ValueError("a tender appears twice")
        return self


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
