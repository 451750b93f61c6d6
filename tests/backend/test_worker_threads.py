"""`serve --threads N`: how many requests one worker process runs at once (docs/adr/0028).

The app sets its event loop's thread pool (the sync endpoints run there) from `Settings.threads`;
`serve` passes its option through STORE_BACKEND_THREADS; a bad value is refused by name.
"""

from __future__ import annotations

import shutil
import threading
import time
from pathlib import Path

import anyio.from_thread
import anyio.to_thread
import pytest
import requests
from fastapi import FastAPI

from backend.app import create_app
from backend.cli import _parser
from backend.settings import Settings, SettingsError
from tests.support.server import serve_in_thread


def _app(tmp_path: Path, sqlite_migrated: Path, threads: int | None) -> FastAPI:
    shutil.copyfile(sqlite_migrated, tmp_path / "b.sqlite3")
    app = create_app(Settings(db_url=f"sqlite:///{tmp_path / 'b.sqlite3'}", threads=threads, scheduler=False))
    running = {"now": 0, "most": 0}
    lock = threading.Lock()

    @app.get("/probe")
    def probe() -> dict[str, int]:  # a sync endpoint, as the service's are: it runs in the pool
        with lock:
            running["now"] += 1
            running["most"] = max(running["most"], running["now"])
        time.sleep(0.05)
        with lock:
            running["now"] -= 1
        limiter = anyio.from_thread.run_sync(anyio.to_thread.current_default_thread_limiter)
        return {"tokens": int(limiter.total_tokens), **running}

    return app


@pytest.mark.parametrize(("threads", "most"), [(1, 1), (2, 2), (None, 6)])
def test_a_worker_runs_at_most_its_threads_requests_at_once(
    tmp_path: Path, sqlite_migrated: Path, threads: int | None, most: int
) -> None:
    with serve_in_thread(_app(tmp_path, sqlite_migrated, threads)) as base:
        answers: list[dict[str, int]] = []

        def call() -> None:  # six requests at once, each on a connection of its own
            answers.append(requests.get(f"{base}/probe", timeout=10).json())

        callers = [threading.Thread(target=call) for _ in range(6)]
        for caller in callers:
            caller.start()
        for caller in callers:
            caller.join()
    assert len(answers) == 6
    assert {a["tokens"] for a in answers} == {threads or 40}
    assert max(a["most"] for a in answers) == most


def test_threads_from_the_environment_and_the_serve_option(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("STORE_BACKEND_THREADS", "3")
    assert Settings.from_env().threads == 3
    for bad in ("0", "-1", "two"):
        monkeypatch.setenv("STORE_BACKEND_THREADS", bad)
        with pytest.raises(SettingsError, match="STORE_BACKEND_THREADS"):
            Settings.from_env()
    assert _parser().parse_args(["serve"]).threads == 1
    assert _parser().parse_args(["serve", "--workers", "4", "--threads", "2"]).threads == 2
