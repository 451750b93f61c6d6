"""A minimal test till: enrols with a real code and builds outbox events the way a terminal would."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import requests

from backend.db import Database
from backend.services.security import issue_enroll_code


def issue_code(db: Database, store_id: str, terminal_id: str, ttl_minutes: int = 60) -> str:
    with db.write() as session:
        return issue_enroll_code(session, store_id=store_id, terminal_id=terminal_id, ttl_minutes=ttl_minutes)


@dataclass
class Till:
    base_url: str
    store_id: str
    terminal_id: str
    token: str
    next_seq: int = 1
    receipts: int = 0
    http: requests.Session = field(default_factory=requests.Session)

    @classmethod
    def enrol(cls, db: Database, base_url: str, store_id: str, terminal_id: str) -> Till:
        code = issue_code(db, store_id, terminal_id)
        answer = requests.post(f"{base_url}/v1/terminals/enroll", json={"code": code}, timeout=10)
        answer.raise_for_status()
        body = answer.json()
        assert (body["store_id"], body["terminal_id"]) == (store_id, terminal_id)
        return cls(base_url, store_id, terminal_id, body["token"])

    @property
    def headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token}"}

    def event(self, type_: str, payload: dict[str, Any], seq: int | None = None) -> dict[str, Any]:
        if seq is None:
            seq, self.next_seq = self.next_seq, self.next_seq + 1
        return {
            "event_id": str(uuid.uuid4()),
            "seq": seq,
            "type": type_,
            "occurred_at": datetime.now(UTC).isoformat(),
            "payload": payload,
        }

    def sale(self, *lines: tuple[str, str], customer_id: str | None = None) -> dict[str, Any]:
        self.receipts += 1
        sale_lines = [
            {
                "line_no": n,
                "sku": sku,
                "name": sku,
                "quantity": qty,
                "unit_price_minor": 199,
                "discount_minor": 0,
                "total_minor": 199,
                "vat_code": "A",
                "vat_percent": "19",
            }
            for n, (sku, qty) in enumerate(lines, start=1)
        ]
        return self.event(
            "sale.completed",
            {
                "sale_id": str(uuid.uuid4()),
                "receipt_number": f"{self.store_id}-{self.terminal_id}-{self.receipts:06d}",
                "store_id": self.store_id,
                "terminal_id": self.terminal_id,
                "staff_id": "anna",
                "currency": "EUR",
                "total_minor": 199 * len(lines),
                "customer_id": customer_id,
                "lines": sale_lines,
                "payments": [{"tender": "cash", "amount_minor": 199 * len(lines), "reference": None}],
                "change_minor": 0,
                "vat": [],
            },
        )

    def push(
        self, events: list[dict[str, Any]], *, url: str | None = None, **kwargs: Any
    ) -> requests.Response:
        return self.http.post(
            f"{url or self.base_url}/v1/terminals/{self.terminal_id}/events",
            json={"events": events},
            headers=self.headers,
            timeout=kwargs.pop("timeout", 30),
            **kwargs,
        )

    def get(self, path: str, **params: Any) -> requests.Response:
        return self.http.get(f"{self.base_url}{path}", headers=self.headers, params=params, timeout=30)


def web_order(
    number: str, *, customer: str = "C1", lines: list[dict[str, Any]] | None = None, **extra: Any
) -> dict[str, Any]:
    """A web-shop order for pickup at S001, paid online (two of SKU-2 unless `lines` say otherwise)."""
    return {
        "order_number": number,
        "pickup_store_id": "S001",
        "currency": "EUR",
        "paid": True,
        "customer": {"customer_id": customer, "name": "Julia Hoffmann"},
        "lines": lines or [{"sku": "SKU-2", "quantity": "2", "unit_price_minor": 299}],
        **extra,
    }
