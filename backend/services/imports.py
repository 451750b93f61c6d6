"""Catalogue and price import from CSV files (UTF-8, header row), in chunks, with feed changes.

groups.csv:   `group_id,name[,return_days][,final_sale]` (product groups and their return policy;
              return_days empty: the default; final_sale `1`/`true`/`yes`)
products.csv: `sku,name,vat_code[,brand][,unit][,barcodes][,popularity][,group_id][,final_sale]`
              (barcodes separated by `|`; a group must exist, imported before or in groups.csv)
prices.csv:   `sku,scope,amount_minor,currency` (scope: a price list such as `DE`, or `store:S001`)
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from itertools import islice
from pathlib import Path

from pydantic import TypeAdapter, ValidationError

from backend.db import Database
from backend.services.catalogue import (
    GroupRow,
    PriceRow,
    ProductRow,
    UnknownGroupError,
    upsert_groups,
    upsert_prices,
    upsert_products,
)
from backend.services.feed import FeedWriter
from contract.base import Id

CHUNK = 5_000


_SKU = TypeAdapter(Id)  # what the tills report sales by: the wire's own rule, not a copy of it


class CsvImportError(ValueError):
    """A CSV row that cannot be imported; the message names the file and line."""


def _rows(path: Path, required: tuple[str, ...]) -> Iterator[tuple[int, dict[str, str]]]:
    with path.open(newline="", encoding="utf-8") as handle:
        reader = csv.DictReader(handle)
        missing = [c for c in required if c not in (reader.fieldnames or [])]
        if missing:
            raise CsvImportError(f"{path}: missing columns {', '.join(missing)}")
        yield from enumerate(reader, start=2)


_TRUE, _FALSE = frozenset(("1", "true", "yes", "y")), frozenset(("", "0", "false", "no", "n"))


def _flag(path: Path, number: int, column: str, value: str | None) -> bool | None:
    """A yes/no column: None when the file has no such column."""
    if value is None:
        return None
    text = value.strip().lower()
    if text not in _TRUE | _FALSE:
        raise CsvImportError(f"{path}:{number}: {column} must be 1/0, true/false or yes/no")
    return text in _TRUE


def read_groups(path: Path) -> Iterator[GroupRow]:
    for number, row in _rows(path, ("group_id", "name")):
        try:
            _SKU.validate_python(row["group_id"])
        except ValidationError:
            raise CsvImportError(
                f"{path}:{number}: group_id {row['group_id']!r} may hold only letters, digits and . _ : - "
                "(at most 64)"
            ) from None
        if not row["name"]:
            raise CsvImportError(f"{path}:{number}: name is required")
        days = (row.get("return_days") or "").strip()
        if days and (not days.isdigit() or int(days) > 3650):
            raise CsvImportError(f"{path}:{number}: return_days must be a whole number of days (0-3650)")
        yield GroupRow(
            group_id=row["group_id"],
            name=row["name"],
            return_days=int(days) if days else None,
            final_sale=bool(_flag(path, number, "final_sale", row.get("final_sale"))),
        )


def read_products(path: Path) -> Iterator[ProductRow]:
    for number, row in _rows(path, ("sku", "name", "vat_code")):
        if not row["sku"] or not row["name"]:
            raise CsvImportError(f"{path}:{number}: sku and name are required")
        try:
            _SKU.validate_python(row["sku"])
        except ValidationError:
            raise CsvImportError(
                f"{path}:{number}: sku {row['sku']!r} may hold only letters, digits and . _ : - "
                "(at most 64): the tills report sales by it"
            ) from None
        codes = tuple(c for c in (row.get("barcodes") or "").split("|") if c)
        popularity = (row.get("popularity") or "").strip()
        if popularity and not popularity.isdigit():
            raise CsvImportError(f"{path}:{number}: popularity must be a whole number >= 0")
        yield ProductRow(
            sku=row["sku"],
            name=row["name"],
            vat_code=row["vat_code"],
            brand=row.get("brand") or "",
            unit=row.get("unit") or "pc",
            barcodes=codes,
            popularity=int(popularity) if popularity else None,
            group_id=None if row.get("group_id") is None else row["group_id"].strip(),
            final_sale=_flag(path, number, "final_sale", row.get("final_sale")),
        )


def read_prices(path: Path) -> Iterator[PriceRow]:
    for number, row in _rows(path, ("sku", "scope", "amount_minor", "currency")):
        try:
            amount = int(row["amount_minor"])
        except ValueError:
            raise CsvImportError(f"{path}:{number}: amount_minor must be an integer") from None
        yield PriceRow(sku=row["sku"], scope=row["scope"], amount_minor=amount, currency=row["currency"])


def import_csv(
    db: Database, *, products: Path | None, prices: Path | None, groups: Path | None = None
) -> tuple[int, int]:
    """Import the files (groups, then products, then prices); returns (products, prices) written."""
    counts = [0, 0]
    if groups is not None:
        group_rows = read_groups(groups)
        while group_chunk := list(islice(group_rows, CHUNK)):
            with db.write() as session:
                feed = FeedWriter(session)
                upsert_groups(session, group_chunk, feed)
                feed.flush()
    if products is not None:
        rows = read_products(products)
        while chunk := list(islice(rows, CHUNK)):
            with db.write() as session:
                feed = FeedWriter(session)
                try:
                    counts[0] += upsert_products(session, chunk, feed)
                except UnknownGroupError as exc:
                    raise CsvImportError(f"{products}: {exc}") from None
                feed.flush()
    if prices is not None:
        price_rows = read_prices(prices)
        while price_chunk := list(islice(price_rows, CHUNK)):
            with db.write() as session:
                feed = FeedWriter(session)
                counts[1] += upsert_prices(session, price_chunk, feed)
                feed.flush()
    return counts[0], counts[1]
