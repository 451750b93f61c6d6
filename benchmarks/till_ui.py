"""Scan to cart line visible, and name search keystroke to results, on a big catalogue (offscreen Qt).

    ./dev run python benchmarks/till_ui.py --products 1000000

Drives the real main window: scans arrive through the bridge exactly as the wedge or serial scanner
delivers them; the time runs from the scan signal to the cart's viewport repainted with the new line.
Search: from setting the query text (a keystroke) to the results painted, including the dialog's
one-frame debounce and the worker thread. Goals (DESIGN.md): scan <= 16 ms p99, search <= 50 ms p99.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks._support import big_till_db, machine, rss_mb, summary  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--products", type=int, default=1_000_000)
    parser.add_argument("--scans", type=int, default=1000)
    parser.add_argument("--searches", type=int, default=300)
    args = parser.parse_args()
    db_path = big_till_db(args.products)

    from PySide6.QtCore import QEventLoop
    from PySide6.QtWidgets import QApplication

    from terminal.app import build_till, demo_config
    from terminal.storage.db import open_database
    from terminal.ui.bridge import Bridge
    from terminal.ui.main_window import MainWindow, prepare_application
    from terminal.ui.search_dialog import SearchDialog

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
    assert till.services.staff.current is not None, "login by badge failed"

    # Sample the codes on a separate connection, closed again, so the till's own page cache only
    # holds what scanning itself touches.
    import sqlite3

    raw = sqlite3.connect(db_path)
    codes = [
        r[0]
        for r in raw.execute(
            "SELECT b.barcode FROM product_barcode b JOIN product p ON p.sku = b.sku "
            "WHERE p.unit = 'pc' AND b.barcode NOT LIKE '2%' ORDER BY random() LIMIT ?",
            (args.scans,),
        )
    ]
    raw.close()
    print(f"RSS before scans {rss_mb():.0f} MB", flush=True)
    view = window.sale.table
    model = view.model()
    scan_ms: list[float] = []
    for i, code in enumerate(codes):
        if i % 40 == 0 and not till.services.selling.basket().is_empty:
            till.services.selling.void_basket()
            window.sale.refresh()
            app.processEvents()
        rows = model.rowCount()
        t0 = time.perf_counter()
        bridge.publish_scan(code, "wedge")
        view.viewport().repaint()
        t1 = time.perf_counter()
        assert model.rowCount() == rows + 1 or till.services.selling.basket().totals(), "scan did not add"
        scan_ms.append((t1 - t0) * 1000)

    print(f"RSS after scans {rss_mb():.0f} MB", flush=True)
    words = [
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
    rng = random.Random(1)
    dialog = SearchDialog(till.services.catalogue, window.fmt, window.worker, window)
    dialog.show()
    search_ms: list[float] = []
    query_ms: list[float] = []
    for _ in range(args.searches):
        word = rng.choice(words)
        loop = QEventLoop()
        dialog.sig_results_shown.connect(loop.quit)
        t0 = time.perf_counter()
        dialog.query.setText(word)
        loop.exec()
        dialog.table.viewport().repaint()
        t1 = time.perf_counter()
        dialog.sig_results_shown.disconnect(loop.quit)
        search_ms.append((t1 - t0) * 1000)
        q0 = time.perf_counter()
        till.services.catalogue.search(word)
        query_ms.append((time.perf_counter() - q0) * 1000)
        dialog.query.clear()
        app.processEvents()

    print(f"machine: {machine()}")
    print(f"catalogue: {args.products:,} products in {db_path} ({db_path.stat().st_size / 1e6:.0f} MB)")
    print(summary("scan -> cart line painted", scan_ms))
    print(summary("search keystroke -> results painted (incl. 16 ms debounce)", search_ms))
    print(summary("search query alone (FTS5, top 50)", query_ms))
    print(f"memory after {args.scans} scans and {args.searches} searches: RSS {rss_mb():.0f} MB")
    till.loops.stop()
    db.close()


if __name__ == "__main__":
    main()
