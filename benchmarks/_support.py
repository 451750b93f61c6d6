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


_TICK = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100


def cpu_seconds(pid: int, tid: int | None = None) -> float:
    """CPU time (user + system) of a process, or of one of its threads, from /proc; 0.0 when gone."""
    path = f"/proc/{pid}/task/{tid}/stat" if tid is not None else f"/proc/{pid}/stat"
    try:
        with open(path, encoding="ascii", errors="replace") as fh:
            fields = fh.read().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / _TICK  # utime, stime (fields 14 and 15 of stat)


def children_of(pid: int) -> list[int]:
    """The direct child processes of `pid` (e.g. uvicorn's worker processes)."""
    try:
        with open(f"/proc/{pid}/task/{pid}/children", encoding="ascii") as fh:
            return [int(p) for p in fh.read().split()]
    except OSError:
        return []


def load_average() -> str:
    one, five, _ = os.getloadavg()
    return f"load average {one:.2f} (5 min {five:.2f})"
