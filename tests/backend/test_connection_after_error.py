"""After any error the pooled keep-alive connection stays usable or is closed with `Connection: close`.

A real app (plus one route that fails the way an unforeseen bug would) under uvicorn on loopback, a
real pooled `requests.Session`: every request after an error on the same session must succeed.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import requests

from backend.app import create_app
from backend.db import Database
from backend.settings import Settings
from tests.backend.tills import Till
from tests.support.server import serve_in_thread


@pytest.fixture
def failing_url(db: Database, settings: Settings) -> Iterator[str]:
    app = create_app(settings)

    def broken() -> None:
        raise RuntimeError("a bug nobody foresaw")

    app.add_api_route("/test/broken", broken, methods=["GET", "POST"])
    with serve_in_thread(app) as url:
        yield url


def test_an_unexpected_error_is_json_and_closes_the_connection_properly(
    db: Database, failing_url: str
) -> None:
    till = Till.enrol(db, failing_url, "S001", "T01")
    with requests.Session() as http:
        for round_ in range(20):
            broken = http.post(f"{failing_url}/test/broken", json={"n": round_}, timeout=10)
            assert broken.status_code == 500
            assert broken.headers["Connection"] == "close"
            assert broken.json()["error"] == "internal"
            after = http.get(f"{failing_url}/v1/stores/S001/changes", headers=till.headers, timeout=10)
            assert after.status_code == 200, after.text


def test_refusals_leave_the_pooled_connection_usable(db: Database, till: Till) -> None:
    url, headers = till.base_url, till.headers
    with requests.Session() as http:
        for _ in range(5):
            too_big = http.post(
                f"{url}/v1/terminals/T01/events",
                data=b"[" + b"0," * 600_000 + b"0]",
                headers={**headers, "Content-Type": "application/json"},
                timeout=30,
            )
            assert too_big.status_code == 413  # the body was read and dropped: the connection stays
            assert too_big.json()["error"] == "request.too_large"
            chunked = http.post(
                f"{url}/v1/terminals/T01/events",
                data=iter([b"[" + b"0," * 300_000] * 3 + [b"0]"]),  # no Content-Length: counted as it comes
                headers={**headers, "Content-Type": "application/json"},
                timeout=30,
            )
            assert chunked.status_code == 413
            assert chunked.json()["error"] == "request.too_large"
            for answer in (
                http.post(f"{url}/v1/terminals/T01/events", data=b"{nope", headers=headers, timeout=10),
                http.get(
                    f"{url}/v1/stores/S001/changes", params={"cursor": "v1.x"}, headers=headers, timeout=10
                ),
                http.get(f"{url}/v1/receipts/none", headers=headers, timeout=10),
                http.get(f"{url}/v1/receipts/%00", headers=headers, timeout=10),
                http.get(f"{url}/v1/stores/S001/changes", timeout=10),
            ):
                assert 400 <= answer.status_code < 500
                assert answer.json()["error"]
                ok = http.get(f"{url}/v1/stores/S001/changes", headers=headers, timeout=10)
                assert ok.status_code == 200, ok.text
