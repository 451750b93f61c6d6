"""The change feed and the bootstrap snapshot of one store (terminals of that store only)."""

from __future__ import annotations

import time
from typing import Annotated, Any

from fastapi import APIRouter, Path, Query, Response

from backend.errors import json_response
from backend.jsonbody import JsonRoute
from backend.routes.deps import DbDep, SettingsDep, TerminalDep, same_store
from backend.services import feed, snapshot
from contract.base import MAX_FEED_LIMIT, MAX_SNAPSHOT_LIMIT
from contract.errors import ErrorBody
from contract.feed import ChangePage, SnapshotManifest, SnapshotPage

router = APIRouter(prefix="/v1/stores", tags=["feed"], route_class=JsonRoute)
StorePath = Annotated[str, Path(max_length=16)]
_ERRORS: dict[int | str, dict[str, Any]] = {
    401: {"model": ErrorBody},
    403: {"model": ErrorBody},
    422: {"model": ErrorBody},
}


@router.get(
    "/{store_id}/changes", responses={200: {"model": ChangePage}, 410: {"model": ErrorBody}, **_ERRORS}
)
def changes(
    store_id: StorePath,
    who: TerminalDep,
    db: DbDep,
    cursor: Annotated[str | None, Query(max_length=100)] = None,
    limit: Annotated[int, Query(ge=1)] = 500,
) -> Response:
    """Changes after `cursor` (none: from the start); 410 when the cursor is older than retention."""
    same_store(who, store_id)
    with db.read() as session:
        return json_response(feed.read_changes(session, store_id, cursor, min(limit, MAX_FEED_LIMIT)))


@router.get(
    "/{store_id}/snapshot",
    responses={200: {"model": SnapshotManifest | SnapshotPage}, 404: {"model": ErrorBody}, **_ERRORS},
)
def store_snapshot(
    *,
    store_id: StorePath,
    who: TerminalDep,
    db: DbDep,
    settings: SettingsDep,
    entity: Annotated[str | None, Query(max_length=32)] = None,
    after: Annotated[str | None, Query(max_length=120)] = None,
    limit: Annotated[int | None, Query(ge=1)] = None,
    include: Annotated[str | None, Query(max_length=64)] = None,
) -> Response:
    """Without `entity`: the manifest (cursor to follow afterwards, entities). With it: one page of rows.

    `include=barcodes` on products: the page also carries `barcodes` ([code, sku] rows) of its sku
    range, read in the same transaction. `include=orders` on web_orders: the page also carries
    `orders`, each row's order as the feed carries it (lines, deadline, pickup-code check). The
    `Server-Timing` header says where the time went
    (`db`: the queries, `json`: serialising).
    """
    same_store(who, store_id)
    size = min(limit or settings.snapshot_page_limit, MAX_SNAPSHOT_LIMIT)
    with db.read() as session:
        if entity is None:
            return json_response(snapshot.manifest(session, store_id, size))
        started = time.perf_counter()
        wanted = tuple(name for name in (include or "").split(",") if name)
        body = snapshot.page(session, store_id, entity, after, size, include=wanted)
    queried = time.perf_counter()
    response = json_response(body)
    timing = f"db;dur={(queried - started) * 1000:.1f}, json;dur={(time.perf_counter() - queried) * 1000:.1f}"
    response.headers["Server-Timing"] = timing
    return response
