"""Scan to cart line visible, and name search keystroke to results, on a big catalogue (offscreen Qt).

    ./dev run python benchmarks/till_ui.py --products 1000000

Drives the real main window: scans arrive through the bridge exactly as the wedge or serial scanner
delivers them; the time runs from the scan signal to the cart's viewport repainted with the new line.
Search: from setting the query text (a keystroke) to the results painted, including the dialog's
one-frame debounce and the worker thread. Goals (DESIGN.md): scan <= 16 ms p99, search <= 50 ms p99,
memory <= 150 MB steady.
"""

from __future__ import annotations

import argparse
import os
import random
import sqlite3
import sys
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks._support import big_till_db, machine, rss_mb, summary

WORDS = [
    "Bo",
    "Boh",
    "Bosch",
    "Mil",
    "Milch",
    "Akku",
    "Kaf",
    "Tchibo",
    "LED",
    "Schr",
    "Dü",
    "Müs",
    "Gar",
    "Farb",
    "Bio",
    "Wasser",
    "Lampe",
    "Osr",
    "Sch",
    "Stau",
    "Bohrm",
    "Hammer",
    "Wer",
    "Fisc",
]


def sample_codes(db_path: Path, n: int) -> list[str]:
    """Random piece-item barcodes, read on a separate connection so the till's cache stays its own."""
    raw = sqlite3.connect(db_path)
    try:
        return [
            r[0]
            for r in raw.execute(
                "SELECT b.barcode FROM product_barcode b JOIN product p ON p.sku = b.sku "
                "WHERE p.unit = 'pc' AND b.barcode NOT LIKE '2%' ORDER BY random() LIMIT ?",
                (n,),
            )
        ]
    finally:
        raw.close()


def bench_scans(app: Any, window: Any, till: Any, bridge: Any, codes: list[str]) -> list[float]:
    view = window.sale.table
    model = view.model()
    samples: list[float] = []
    for i, code in enumerate(codes):
        if i % 40 == 0 and not till.services.selling.basket().is_empty:
            till.services.selling.void_basket()  # a realistic basket size, outside the timing
            window.sale.refresh()
            app.processEvents()
        rows = model.rowCount()
        t0 = time.perf_counter()
        bridge.publish_scan(code, "wedge")
        view.viewport().repaint()
        samples.append((time.perf_counter() - t0) * 1000)
        if model.rowCount() != rows + 1:
            raise SystemExit(f"scan of {code} did not add a cart line")
    return samples


def bench_search(app: Any, window: Any, till: Any, searches: int) -> tuple[list[float], list[float]]:
    from PySide6.QtCore import QEventLoop

    from terminal.ui.search_dialog import SearchDialog

    rng = random.Random(1)
    dialog = SearchDialog(till.services.catalogue, window.fmt, window.worker, window)
    dialog.show()
    end_to_end: list[float] = []
    query_only: list[float] = []
    for _ in range(searches):
        word = rng.choice(WORDS)
        loop = QEventLoop()
        dialog.sig_results_shown.connect(loop.quit)
        t0 = time.perf_counter()
        dialog.query.setText(word)
        loop.exec()
        dialog.table.viewport().repaint()
        end_to_end.append((time.perf_counter() - t0) * 1000)
        dialog.sig_results_shown.disconnect(loop.quit)
        q0 = time.perf_counter()
        till.services.catalogue.search(word)
        query_only.append((time.perf_counter() - q0) * 1000)
        dialog.query.clear()
        app.processEvents()
    return end_to_end, query_only


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--products", type=int, default=1_000_000)
    parser.add_argument("--scans", type=int, default=1000)
    parser.add_argument("--searches", type=int, default=300)
    args = parser.parse_args()
    db_path = big_till_db(args.products)

    from terminal.ui.qt_loading import load_qt

    load_qt()  # as the application does (terminal/app.py)

    from PySide6.QtWidgets import QApplication

    from terminal.app import build_till
    from terminal.demo import demo_config
    from terminal.storage.db import open_database
    from terminal.ui.bridge import Bridge
    from terminal.ui.main_window import MainWindow, prepare_application

    app = QApplication([])
    prepare_application(app, "de")
    config = demo_config(db_path.parent)
    db = open_database(db_path)
    bridge = Bridge()
    till = build_till(config, db, bridge)
    window = MainWindow(till.services, bridge, config=config)
    window.resize(1366, 768)
    window.show()
    app.processEvents()
    bridge.publish_scan("B:STAFF-0001", "wedge")
    app.processEvents()
    if till.services.staff.current is None:
        raise SystemExit("login by badge failed")

    codes = sample_codes(db_path, args.scans)
    before = rss_mb()
    scan_ms = bench_scans(app, window, till, bridge, codes)
    search_ms, query_ms = bench_search(app, window, till, args.searches)

    print(f"machine: {machine()}")
    print(f"catalogue: {args.products:,} products in {db_path} ({db_path.stat().st_size / 1e6:.0f} MB)")
    print(summary("scan -> cart line painted", scan_ms))
    print(summary("search keystroke -> results painted (incl. 16 ms debounce)", search_ms))
    print(summary("search query alone (FTS5, top 50)", query_ms))
    print(
        f"memory: RSS {before:.0f} MB logged in, {rss_mb():.0f} MB after "
        f"{args.scans} scans and {args.searches} searches"
    )
    till.loops.stop()
    db.close()


if __name__ == "__main__":
    main()
