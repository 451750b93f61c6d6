"""Cold start to scan-ready: process start -> window shown, database open, event loop running.

    ./dev run python benchmarks/cold_start.py --products 1000000 --runs 5

Starts `python -m terminal` as a fresh process per run (offscreen) against a till database with the
given catalogue; the app prints "ready" from the first event-loop turn after the window is shown.
Goal (DESIGN.md): <= 1.5 s, independent of catalogue size.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks._support import big_till_db, machine, pct


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--products", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    db_path = big_till_db(args.products)
    config = db_path.parent / f"cold-start-{args.products}.toml"
    config.write_text(
        f'[store]\nid = "S001"\nname = "Bench"\n[terminal]\nid = "T01"\nlanguage = "de"\n'
        f'database = "{db_path}"\n[printer]\ntype = "preview"\n',
        encoding="utf-8",
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "STORE_TERMINAL_EXIT_WHEN_READY": "1"}
    times, rss = [], []
    for _ in range(args.runs):
        t0 = time.perf_counter()
        out = subprocess.run(
            [sys.executable, "-m", "terminal", "--config", str(config)],
            env=env,
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        line = next(x for x in out.splitlines() if x.startswith("ready"))
        times.append(time.perf_counter() - t0)
        rss.append(int(line.split("rss_kb=")[1]) / 1024)
    print(f"machine: {machine()}")
    print(f"catalogue: {args.products:,} products ({db_path.stat().st_size / 1e6:.0f} MB)")
    print(
        f"cold start to scan-ready: runs={args.runs} p50={pct(times, 50):.2f} s max={max(times):.2f} s "
        f"(first run {times[0]:.2f} s)"
    )
    print(f"memory when ready: RSS p50 {pct(rss, 50):.0f} MB")


if __name__ == "__main__":
    main()
