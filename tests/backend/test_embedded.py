"""The embedded backend (what `--demo` starts): seeds once, serves on loopback, enrols a till."""

from __future__ import annotations

from pathlib import Path

import requests

from backend.embedded import EmbeddedBackend


def test_embedded_backend_seeds_once_serves_and_enrols(tmp_path: Path) -> None:
    backend = EmbeddedBackend(tmp_path / "backend.sqlite3")
    assert backend.prepare(products=200) is True
    assert backend.prepare(products=200) is False  # second start: already seeded
    url = backend.start()
    try:
        code = backend.enroll_code(store_id="S001", terminal_id="T09")
        reply = requests.post(f"{url}/v1/terminals/enroll", json={"code": code}, timeout=10)
        assert reply.status_code == 200
        body = reply.json()
        assert (body["store_id"], body["terminal_id"]) == ("S001", "T09")
        again = requests.post(f"{url}/v1/terminals/enroll", json={"code": code}, timeout=10)
        assert again.status_code == 401  # one-time code
        auth = {"Authorization": f"Bearer {body['token']}"}
        stock = requests.get(f"{url}/v1/products/1000001/stock", headers=auth, timeout=10)
        assert stock.status_code == 200
    finally:
        backend.stop()
