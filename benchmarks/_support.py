"""Shared by the benchmark scripts: the big till database, the machine description, percentiles."""

from __future__ import annotations

import os
import platform
import statistics
import subprocess
import sys
from pathlib import Path

DEFAULT_DB = Path(os.environ.get("STORE_BENCH_DIR", "/tmp/store-terminal-bench")) / "till-{n}.sqlite3"


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo", encoding="ascii", errors="replace") as fh:
            cpu = next(line.split(":", 1)[1].strip() for line in fh if line.startswith("model name"))
    except (OSError, StopIteration):
        pass
    system = f"{platform.system()} {platform.release()}"
    return f"{cpu}, {os.cpu_count()} cores, Python {platform.python_version()}, {system}"


def big_till_db(products: int, path: Path | None = None) -> Path:
    """A till database seeded with `products` demo products (built once, then reused)."""
    target = path or Path(str(DEFAULT_DB).format(n=products))
    if not target.exists():
        target.parent.mkdir(parents=True, exist_ok=True)
        print(f"building {target} with {products:,} products (once) ...", flush=True)
        subprocess.run(
            [sys.executable, "-m", "terminal.storage.seed", "--db", str(target), "--products", str(products)],
            check=True,
        )
    return target


def pct(samples: list[float], p: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def summary(name: str, samples_ms: list[float]) -> str:
    return (
        f"{name}: n={len(samples_ms)} p50={pct(samples_ms, 50):.2f} ms p99={pct(samples_ms, 99):.2f} ms "
        f"max={max(samples_ms):.2f} ms mean={statistics.fmean(samples_ms):.2f} ms"
    )


def rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as fh:
        return next(int(line.split()[1]) for line in fh if line.startswith("VmRSS:")) / 1024
