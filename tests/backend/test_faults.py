"""Failure windows: the response lost after commit, and the server killed before commit."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
import requests

from backend.db import Database
from tests.backend.invariants import assert_ledger_matches_levels, count_movements, count_sales, level
from tests.backend.tills import Till
from tests.support.faultproxy import FaultProxy
from tests.support.server import free_port

ROOT = Path(__file__).resolve().parents[2]


def test_response_lost_after_commit_then_retry_has_one_effect(db: Database, till: Till) -> None:
    host, port = till.base_url.removeprefix("http://").split(":")
    events = [till.sale(("SKU-2", "1")), till.sale(("SKU-3", "2"))]
    with FaultProxy(host, int(port)) as proxy:
        proxy.drop_responses = 1
        with pytest.raises(requests.ConnectionError):
            till.push(events, url=proxy.url)
        assert proxy.dropped == 1
        assert count_sales(db) == 2  # the server did commit
        retry = till.push(events, url=proxy.url)
    assert retry.status_code == 200
    assert [r["status"] for r in retry.json()["results"]] == ["duplicate", "duplicate"]
    assert count_sales(db) == 2
    assert level(db, "S001", "SKU-3") == 8000
    assert_ledger_matches_levels(db)


@contextmanager
def backend_process(url: str, *, fault: str | None) -> Iterator[tuple[subprocess.Popen[bytes], str]]:
    port = free_port()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("STORE_BACKEND_FAULT", None)
    if fault:
        env["STORE_BACKEND_FAULT"] = fault
    proc = subprocess.Popen(
        [sys.executable, "-m", "backend.cli", "--db", url, "serve", "--port", str(port)],
        env=env,
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while True:
        try:
            requests.get(f"{base}/openapi.json", timeout=1)
            break
        except requests.ConnectionError:
            if time.monotonic() > deadline or proc.poll() is not None:
                proc.kill()
                raise RuntimeError("backend process did not start") from None
            time.sleep(0.1)
    try:
        yield proc, base
    finally:
        if proc.poll() is None:
            proc.terminate()
        proc.wait(10)
        if proc.stderr:
            proc.stderr.close()


def test_server_killed_before_commit_leaves_nothing_and_the_retry_applies_once(
    db: Database, till: Till, backend_db_url: str
) -> None:
    events = [till.sale(("SKU-2", "1")), till.sale(("SKU-4", "3"))]
    movements_before = count_movements(db)
    with backend_process(backend_db_url, fault="exit_before_commit") as (proc, url):
        with pytest.raises(requests.ConnectionError):
            till.push(events, url=url)
        assert proc.wait(10) == 17  # died inside the transaction
    assert count_sales(db) == 0
    assert count_movements(db) == movements_before
    with backend_process(backend_db_url, fault=None) as (_proc, url):
        answer = till.push(events, url=url)
        assert answer.status_code == 200, answer.text
        assert [r["status"] for r in answer.json()["results"]] == ["applied", "applied"]
        assert till.push(events, url=url).json()["results"][0]["status"] == "duplicate"
    assert count_sales(db) == 2
    assert level(db, "S001", "SKU-4") == 7000
    assert_ledger_matches_levels(db)
