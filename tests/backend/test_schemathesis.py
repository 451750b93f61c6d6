"""Schemathesis fuzzes the real server against the committed OpenAPI document, with real credentials.

Every operation of `backend/openapi.json`, on SQLite and (with STORE_TEST_PG_URL) PostgreSQL: no server
error, every status code documented, every answer in its documented content type and schema. Bounded
in time: each operation gets `BUDGET_S` seconds per database (about 60 s per database in all).
Event batches are steered towards the enrolled till (its path, store, terminal and next seq) in two
of three cases, so that generated payloads reach the ledger and the database, not only the checks.
"""

from __future__ import annotations

import time
from typing import Any

import pytest
import requests
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from backend.cli import OPENAPI_FILE
from backend.db import Database
from backend.services.security import create_api_key
from tests.backend.tills import Till

SCHEMA = schemathesis.openapi.from_path(OPENAPI_FILE)
CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance, response_schema_conformance]
BUDGET_S = 4.0


class Target:
    """The server under test with a terminal token and a web-shop key, and the till's next seq."""

    def __init__(self, base_url: str, till: Till, key: str) -> None:
        self.base_url = base_url
        self.till = till
        self.headers = {**till.headers, "X-Api-Key": key}
        self.http = requests.Session()
        self.calls = 0
        self.deadline = time.monotonic() + BUDGET_S

    def next_seq(self) -> int:
        state = self.http.get(
            f"{self.base_url}/v1/terminals/T01/sync-state", headers=self.headers, timeout=10
        ).json()
        return int(state["acked_through_seq"]) + 1


@pytest.fixture
def target(db: Database, base_url: str, till: Till) -> Target:
    with db.write() as session:
        key = create_api_key(session, "fuzz shop")
    return Target(base_url, till, key)


def _steer(case: Any, target: Target) -> None:
    target.calls += 1
    if target.calls % 3 == 0:
        return
    path = case.operation.path
    if "{store_id}" in path:
        case.path_parameters["store_id"] = "S001"
    if "{terminal_id}" in path:
        case.path_parameters["terminal_id"] = "T01"
    if path.endswith("/events") and isinstance(case.body, dict) and isinstance(case.body.get("events"), list):
        seq = target.next_seq()
        for event in case.body["events"]:
            if isinstance(event, dict):
                event["seq"] = seq
                seq += 1
                if isinstance(event.get("payload"), dict):
                    event["payload"].update(store_id="S001", terminal_id="T01")


@SCHEMA.parametrize()
@settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=list(HealthCheck),
    derandomize=True,
)
def test_the_server_keeps_its_documented_contract(case: Any, target: Target) -> None:
    if time.monotonic() > target.deadline:
        return  # this operation's time is up (the remaining examples cost only their generation)
    _steer(case, target)
    response = case.call(base_url=target.base_url, session=target.http, headers=target.headers, timeout=30)
    case.validate_response(response, checks=CHECKS, headers=target.headers)
