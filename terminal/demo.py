"""`store-terminal --demo`: the demo chain's till config, the embedded backend, and the till's demo data.

Without a configured backend the reference backend runs in-process on SQLite (seeded once), the till
enrols with a one-time code as a real till does, and its catalogue, prices and stock arrive through
the sync, and so do the staff (managed centrally, ADR 0017: the same demo PINs and badges). VAT rates
are the till's own demo data.
"""

from __future__ import annotations

import argparse
import logging
from dataclasses import replace
from pathlib import Path
from typing import Any

from terminal.config import TillConfig

log = logging.getLogger("terminal")


def demo_config(data_dir: Path) -> TillConfig:
    """The demo till: the chain's Berlin store, German, an on-screen receipt printer."""
    from backend.demo_catalogue import demo_stores
    from terminal.config import PrinterConfig, StoreConfig, TerminalConfig

    store = demo_stores()[0]
    return TillConfig(
        store=StoreConfig(
            id=store.store_id,
            name=store.name,
            address=tuple(store.address),
            tax_id="DE 298 765 432",
            country=store.country,
            currency=store.currency,
            receipt_footer=("Vielen Dank für Ihren Einkauf!", "Umtausch mit Beleg innerhalb von 30 Tagen."),
        ),
        terminal=TerminalConfig(id="T01", language=store.language, database="till.sqlite3"),
        printer=PrinterConfig(type="preview"),
        path=data_dir / "terminal.toml",
    )


def start_demo_backend(config: TillConfig, data_dir: Path, products: int) -> tuple[TillConfig, Any]:
    """`--demo` without a configured backend: the reference backend in-process on SQLite, seeded once,
    and this till enrolled with a one-time code exactly as a real till enrols."""
    from backend.embedded import EmbeddedBackend
    from terminal.config import write_config

    backend = EmbeddedBackend(data_dir / "backend.sqlite3")
    if backend.prepare(products=products):
        log.info("demo backend seeded with %s products", products)
    url = backend.start()
    config = replace(config, backend=replace(config.backend, url=url))
    if not config.backend.token:
        from sync.enrol import enroll_till

        code = backend.enroll_code(store_id=config.store.id, terminal_id=config.terminal.id)
        config = enroll_till(config, code)
        if config.path is not None:  # the token is kept; the URL is the embedded one of each start
            write_config(replace(config, backend=replace(config.backend, url="")), config.path)
    return config, backend


def prepare_demo(args: argparse.Namespace, config: TillConfig, db: Any) -> tuple[TillConfig, Any]:
    """`--demo`: the embedded backend (unless one is configured) and the till's own demo data."""
    from terminal.storage.seed import seed_demo

    backend = None
    if not config.backend.url and config.path is not None:
        config, backend = start_demo_backend(config, config.path.parent, args.products)
    # With a backend the catalogue, prices, stock and staff arrive through the sync; VAT rates are the
    # till's own. Without one (a demo against nothing), the till seeds its own catalogue and staff.
    local_products = 0 if config.backend.url else args.products
    if seed_demo(db, store_id=config.store.id, products=local_products, staff=not config.backend.url):
        log.info("demo till seeded (%s local products) in %s", local_products, config.database_path())
    return config, backend
