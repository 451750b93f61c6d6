"""Bounds, shared field types and the two model bases of the contract.

Inbound models (what a client sends) are strict (`extra="forbid"`, no silent coercion of strings into
numbers) and bounded (batch size, payload size, string lengths), so a malformed or hostile request is
refused with a clear 422 before anything is written. Outbound models (what the backend answers) ignore
unknown fields, so an older client survives additions. Quantities travel as decimal strings ("2",
"0.375"), money as integer minor units as the chain counts them (ADR 0001: EUR in cents, HUF and IDR
in whole forints and rupiah, not ISO 4217's fillér and sen: 315 HUF is 315 Ft).

Every bound is chosen so that nothing the backend derives from a valid request can overflow a 64-bit
column: quantities stay below the till's own limit (10^9 units, 10^12 milli-units per line), money
within +-10^13 minor units, timestamps within what UTC can express (years 1-9999), VAT rates within
0-100 %. Strings never carry NUL characters or lone surrogates: the backend refuses those at the JSON
layer, before any model sees them.
"""

from __future__ import annotations

import functools
import math
import re
from datetime import UTC, datetime
from decimal import Decimal, InvalidOperation
from typing import Annotated, Any, Final
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
)

MAX_BATCH_EVENTS: Final = 500
MAX_PAYLOAD_BYTES: Final = 64 * 1024
MAX_BODY_BYTES: Final = 8 * 1024 * 1024
MAX_FEED_LIMIT: Final = 5000
MAX_SNAPSHOT_LIMIT: Final = 100_000
MAX_MINOR: Final = 10**13  # money per amount, in minor units (10^11 EUR)
MAX_QUANTITY: Final = Decimal(10) ** 9  # exclusive: the till's own limit (terminal/domain/basket_line.py)
INT64_MAX: Final = 2**63 - 1

_DECIMAL_PATTERN: Final = r"^-?[0-9]{1,12}(\.[0-9]{1,3})?$"
_DECIMAL_RE: Final = re.compile(_DECIMAL_PATTERN)


def _parse_decimal(value: object) -> Decimal:
    """Accept a decimal string (or a Decimal from Python code); refuse floats and ints on the wire."""
    if isinstance(value, str):
        return _decimal_of(value)
    if isinstance(value, Decimal):
        return _decimal_of(str(value))
    raise ValueError('must be a decimal string such as "2" or "0.375"')


@functools.lru_cache(maxsize=4096)
def _decimal_of(text: str) -> Decimal:
    """A valid decimal text as a Decimal (immutable, so shared): the same few quantities and VAT rates
    come in every sale, and a pushed batch parses thousands. Refusals are not cached."""
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
# Ids on the wire (stores, terminals, staff, SKUs, customers); a catalogue import checks SKUs with it.
Id = Annotated[str, Field(min_length=1, max_length=64, pattern=r"^[A-Za-z0-9._:\-]+$", strict=True)]
Text = Annotated[str, Field(max_length=200, strict=True)]
Currency = Annotated[str, Field(pattern=r"^[A-Z]{3}$", strict=True)]
LaxUUID = Annotated[UUID, Field(strict=False)]
# Aware (an offset is required) and representable in UTC, so storing it can never overflow.
AwareDatetime = Annotated[datetime, Field(strict=False), AfterValidator(_utc_representable)]
LineNo = Annotated[int, Field(ge=1, le=10_000, strict=True)]


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


def unique_line_numbers(lines: list[Any]) -> None:
    """Refuse a list of lines in which a `line_no` appears twice."""
    numbers = [line.line_no for line in lines]
    if len(set(numbers)) == len(numbers):
        return
    seen: set[int] = set()
    for number in numbers:
        if number in seen:
            raise ValueError(f"line_no {number} appears twice")
        seen.add(number)


class Inbound(BaseModel):
    """Base of everything a client sends: strict and closed."""

    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)


class Outbound(BaseModel):
    """Base of everything the backend answers: lenient on read so old clients survive additions."""

    model_config = ConfigDict(extra="ignore", frozen=True)


def canonical_json(value: object) -> bytes:
    """The bytes a content hash is taken over (events, web orders, web returns): sorted keys, no spaces."""
    return orjson.dumps(value, option=orjson.OPT_SORT_KEYS)


def quantity_str(milli: int) -> str:
    """Milli-units back to the wire's decimal string ("2", "0.375", "-1"): no exponent, no "-0",
    no trailing zeros (integer arithmetic: the backend writes one per level it publishes)."""
    whole, part = divmod(abs(milli), 1000)
    sign = "-" if milli < 0 else ""
    if not part:
        return f"{sign}{whole}"
    return f"{sign}{whole}.{part:03d}".rstrip("0")


def to_milli(value: Decimal) -> int:
    """A wire quantity in milli-units (the backend stores integers; 3 decimals are allowed)."""
    return int((value * 1000).to_integral_value())
