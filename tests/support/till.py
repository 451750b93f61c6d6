"""A real till for tests: a migrated SQLite file with the demo seed, the real barcode parser and the
ESC/POS renderer, and a clock that ticks one second per call. No fakes except where noted."""

from __future__ import annotations

import atexit
import itertools
import shutil
import tempfile
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

from backend.demo_catalogue import DemoProduct, generate_products
from hardware.barcodes import ScanParser
from hardware.receipt_render import EscposReceiptRenderer
from terminal.domain.approvals import ApprovalPolicy
from terminal.domain.tax import COUNTRY_RATES
from terminal.services.container import Services, build_services
from terminal.services.context import TillContext
from terminal.services.ports import (
    CustomerDirectory,
    Drawer,
    PickupClaims,
    Releases,
    ReturnsBackend,
    SavedCartSource,
    Vouchers,
    Waker,
)
from terminal.services.stock import LiveStock
from terminal.storage.db import Database, open_database
from terminal.storage.seed import seed_demo

SEED_PRODUCTS = 300


class TickingClock:
    """Starts at a fixed moment and advances one second per call (deterministic receipts)."""

    def __init__(self, start: datetime | None = None) -> None:
        self._now = start or datetime(2026, 11, 24, 9, 30, tzinfo=UTC)

    def __call__(self) -> datetime:
        self._now += timedelta(seconds=1)
        return self._now

    def advance(self, delta: timedelta) -> None:
        """Time passes (a later sale, the next day) without calls in between."""
        self._now += delta

    def jump_to(self, when: datetime) -> None:
        """Go on from `when` (sales in chosen hours: the charts by hour)."""
        self._now = when


@dataclass
class CountingWaker:
    """Counts wake-ups (the print queue and sync engine are woken after a commit)."""

    wakes: int = 0

    def wake(self) -> None:
        self.wakes += 1


@dataclass
class CountingDrawer:
    """The Drawer port, counting how often the drawer was asked to open (real one: hardware.drawer)."""

    opens: int = 0

    def open(self) -> None:
        self.opens += 1


@dataclass
class Till:
    db: Database
    services: Services
    printer: Waker = field(default_factory=CountingWaker)
    sync: CountingWaker = field(default_factory=CountingWaker)
    drawer: Drawer = field(default_factory=CountingDrawer)


def demo_products(count: int = SEED_PRODUCTS) -> list[DemoProduct]:
    return list(generate_products(count))


def product_named(fragment: str) -> DemoProduct:
    """The first demo product whose name contains `fragment` (the showcase items come first)."""
    return next(p for p in generate_products(SEED_PRODUCTS) if fragment in p.name)


_SEEDED_TEMPLATE: list[Path] = []


def _copy_seeded_template(path: Path) -> None:
    """Put a migrated, seeded till database at `path`: the real migrations and `seed_demo` run once per
    process into a template file, and each new till gets a copy (a copy takes 1 ms, migrating and seeding
    ~0.1 s, and hundreds of tests open a till). The template is closed, so its WAL is checkpointed."""
    if not _SEEDED_TEMPLATE:
        folder = Path(tempfile.mkdtemp(prefix="till-template-"))
        atexit.register(shutil.rmtree, folder, True)
        template = folder / "till.sqlite3"
        with open_database(template) as db:
            seed_demo(db, store_id="S001", products=SEED_PRODUCTS)
        leftovers = [p.name for p in folder.iterdir() if p.name.startswith(f"{template.name}-")]
        assert not leftovers, f"the template was not closed cleanly: {leftovers}"
        _SEEDED_TEMPLATE.append(template)
    path.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(_SEEDED_TEMPLATE[0], path)


def till_context(
    *,
    language: str = "de",
    terminal_id: str = "T01",
    open_drawer_on_cash: bool = True,
    handover_slip: bool = False,
    store_id: str = "S001",
) -> TillContext:
    return TillContext(
        store_id=store_id,
        terminal_id=terminal_id,
        currency="EUR",
        language=language,
        store_name="Baumarkt & Mehr Berlin-Mitte",
        store_address=("Friedrichstraße 101", "10117 Berlin"),
        tax_id="DE 123 456 789",
        receipt_footer=("Vielen Dank für Ihren Einkauf!",),
        vat_rates={r.code: r for r in COUNTRY_RATES["DE"]},
        approval_policy=ApprovalPolicy(),
        open_drawer_on_cash=open_drawer_on_cash,
        handover_slip=handover_slip,
    )


def open_till(
    path: Path,
    *,
    seed: bool = True,
    language: str = "de",
    clock: TickingClock | None = None,
    terminal_id: str = "T01",
    busy_timeout_s: float = 5.0,
    printer: Waker | None = None,
    drawer: Drawer | None = None,
    open_drawer_on_cash: bool = True,
    claims: PickupClaims | None = None,
    handover_slip: bool = False,
    returns_backend: ReturnsBackend | None = None,
    vouchers: Vouchers | None = None,
    store_id: str = "S001",
    live_stock: LiveStock | None = None,
    customer_directory: CustomerDirectory | None = None,
    saved_cart_source: SavedCartSource | None = None,
    releases: Releases | None = None,
) -> Till:
    """Open (or reopen) the till database at `path` and build its services around it; `printer`
    and `drawer` default to counting stand-ins (pass a real print queue's to print for real).
    A new seeded till starts as a copy of a template built by the same migrations and seed."""
    if seed and not Path(path).exists():
        _copy_seeded_template(Path(path))
    db = open_database(path, busy_timeout_s=busy_timeout_s)
    if seed:
        seed_demo(db, store_id="S001", products=SEED_PRODUCTS)
    ids = (str(uuid.UUID(int=i)) for i in itertools.count(uuid.uuid4().int % 10**12))
    printer = printer or CountingWaker()
    sync = CountingWaker()
    drawer = drawer or CountingDrawer()
    services = build_services(
        db=db,
        ctx=till_context(
            language=language,
            terminal_id=terminal_id,
            open_drawer_on_cash=open_drawer_on_cash,
            handover_slip=handover_slip,
            store_id=store_id,
        ),
        parser=ScanParser(),
        renderer=EscposReceiptRenderer(columns=42),
        clock=clock or TickingClock(),
        new_id=lambda: next(ids),
        printer=printer,
        sync=sync,
        drawer=drawer,
        claims=claims,
        returns_backend=returns_backend,
        vouchers=vouchers,
        live_stock=live_stock,
        customer_directory=customer_directory,
        saved_cart_source=saved_cart_source,
        releases=releases,
    )
    return Till(db=db, services=services, printer=printer, sync=sync, drawer=drawer)


def closing(till: Till) -> Iterator[Till]:
    try:
        yield till
    finally:
        till.db.close()
