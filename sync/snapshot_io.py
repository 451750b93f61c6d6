"""Reading the backend's snapshot: one page (checked cheaply), or a stream of pages fetched ahead.

A page of up to 100,000 row arrays is parsed with orjson and gets a structural check (row arrays of
the announced width) instead of per-cell validation; the envelope goes through `SnapshotPage`.
`stream` fetches the next page in a helper thread while the caller works on the current one (at
most two pages in memory). `Timings` collects where the time went (the backend's `Server-Timing`
header, the transfer, the parse, and whatever the caller adds), for benchmarks and diagnostics.
"""

from __future__ import annotations

import contextlib
import queue
import re
import threading
import time
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

import orjson
from pydantic import ValidationError

from contract.feed import SnapshotPage
from sync.errors import SyncError

if TYPE_CHECKING:
    from sync.client import BackendClient

_SERVER_TIMING = re.compile(r"(\w+);dur=([0-9.]+)")


class Timings:
    """Seconds per named phase, summed ("server.db.products", "parse.products", "fts", ...).

    Each key is written by one thread only (the fetch thread or the caller), so no lock is needed.
    """

    def __init__(self) -> None:
        self.seconds: dict[str, float] = {}

    def add(self, key: str, seconds: float) -> None:
        self.seconds[key] = self.seconds.get(key, 0.0) + seconds

    @contextlib.contextmanager
    def phase(self, key: str) -> Iterator[None]:
        started = time.perf_counter()
        try:
            yield
        finally:
            self.add(key, time.perf_counter() - started)

    def get(self, key: str) -> float:
        return self.seconds.get(key, 0.0)


def fetch_page(
    client: BackendClient,
    store_id: str,
    entity: str,
    after: str | None = None,
    limit: int | None = None,
    *,
    include: tuple[str, ...] = (),
    timings: Timings | None = None,
) -> SnapshotPage:
    params: dict[str, str | int] = {"entity": entity}
    if after is not None:
        params["after"] = after
    if limit is not None:
        params["limit"] = limit
    if include:
        params["include"] = ",".join(include)
    started = time.perf_counter()
    response = client.send("GET", f"/v1/stores/{client.segment(store_id)}/snapshot", params=params)
    received = time.perf_counter()
    try:
        data = orjson.loads(response.content)
    except orjson.JSONDecodeError:
        raise SyncError("sync.bad_reply", "snapshot page is not JSON", status=response.status_code) from None
    if timings is not None:
        timings.add(f"parse.{entity}", time.perf_counter() - received)
        server = 0.0
        for name, ms in _SERVER_TIMING.findall(response.headers.get("Server-Timing", "")):
            timings.add(f"server.{name}.{entity}", float(ms) / 1000)
            server += float(ms) / 1000
        timings.add(f"transfer.{entity}", max(0.0, received - started - server))
    return _checked(data, entity)


def _checked(data: Any, entity: str) -> SnapshotPage:
    rows = data.pop("rows", None) if isinstance(data, dict) else None
    codes = data.pop("barcodes", None) if isinstance(data, dict) else None
    try:
        page = SnapshotPage.model_validate({**data, "rows": []} if isinstance(data, dict) else data)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first.get("loc", ()))
        raise SyncError("sync.bad_reply", f"SnapshotPage: {where}: {first.get('msg')}") from None
    if page.entity != entity or not _rows_of(rows, len(page.columns)):
        raise SyncError("sync.bad_reply", f"snapshot page of {entity} has rows of the wrong shape")
    if codes is not None and not _rows_of(codes, 2):
        raise SyncError("sync.bad_reply", f"snapshot page of {entity} has barcodes of the wrong shape")
    return page.model_copy(update={"rows": rows, "barcodes": codes})


def _rows_of(rows: Any, width: int) -> bool:
    return isinstance(rows, list) and all(isinstance(row, list) and len(row) == width for row in rows)


def stream(
    client: BackendClient,
    store_id: str,
    entity: str,
    *,
    limit: int | None = None,
    after: str | None = None,
    include: tuple[str, ...] = (),
    timings: Timings | None = None,
) -> Iterator[SnapshotPage]:
    """One entity's snapshot page by page; the next page is fetched while the caller works on the
    current one (one helper thread owns the session meanwhile: at most two pages in memory)."""
    pages: queue.Queue[SnapshotPage | BaseException | None] = queue.Queue(maxsize=1)
    stop = threading.Event()

    def put(item: SnapshotPage | BaseException | None) -> bool:
        while not stop.is_set():
            with contextlib.suppress(queue.Full):
                pages.put(item, timeout=0.1)
                return True
        return False  # the consumer went away

    def fetch() -> None:
        cursor = after
        try:
            while True:
                page = fetch_page(client, store_id, entity, cursor, limit, include=include, timings=timings)
                if not put(page):
                    return
                if page.next_after is None or not page.rows:
                    break
                cursor = page.next_after
            put(None)
        except BaseException as exc:  # handed to the consumer, raised there
            put(exc)

    worker = threading.Thread(target=fetch, name=f"snapshot-{entity}", daemon=True)
    worker.start()
    try:
        while True:
            if timings is None:
                item = pages.get()
            else:
                with timings.phase(f"wait.{entity}"):
                    item = pages.get()
            if item is None:
                break
            if isinstance(item, BaseException):
                raise item
            yield item
    finally:
        stop.set()
        worker.join()
