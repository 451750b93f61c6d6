"""The change feed and the snapshot a till bootstraps from (DESIGN.md "Sync protocol")."""

from __future__ import annotations

from typing import Any, Literal

from contract.base import Outbound


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
