"""The `CustomerDirectory` port over the backend: customer search and the cross-channel timeline.

`GET /v1/customers?q=` and `GET /v1/customers/{id}/history?offset=&limit=` (contract/lookups.py).
Unreachable, timed out, a server error or an answer the contract refuses: `CustomersOfflineError`, and
the till answers from its own database. 404: `customer.unknown`; 422: `customer.query_too_short`.
Give it its own BackendClient: it runs on a UI worker thread.
"""

from __future__ import annotations

from contract.lookups import CustomerView, HistoryEntry
from sync.client import BackendClient
from sync.errors import SyncError
from terminal.domain.customer import Customer, Timeline, TimelineEntry
from terminal.domain.errors import TillError
from terminal.services.ports import CustomersOfflineError


class BackendCustomers:
    def __init__(self, client: BackendClient) -> None:
        self._client = client

    def search(self, query: str) -> list[Customer]:
        try:
            found = self._client.customers(query)
        except SyncError as exc:
            raise _till_error(exc, query) from None
        return [_customer(c) for c in found]

    def timeline(self, customer_id: str, *, offset: int, limit: int) -> Timeline:
        try:
            page = self._client.customer_history(customer_id, offset=offset, limit=limit)
        except SyncError as exc:
            raise _till_error(exc, customer_id) from None
        return Timeline(
            _customer(page.customer),
            tuple(_entry(e) for e in page.entries),
            page.total or len(page.entries),
            page.next_offset,
            "live",
        )


def _customer(view: CustomerView) -> Customer:
    return Customer(view.customer_id, view.name, view.email, view.phone)


def _entry(e: HistoryEntry) -> TimelineEntry:
    parts = []
    for line in e.lines:
        qty = str(line.get("quantity", "")).strip()
        name = str(line.get("name") or line.get("sku") or "")
        if name:
            parts.append(f"{qty} × {name}" if qty else name)
    return TimelineEntry(
        e.channel,
        e.reference,
        e.store_id,
        e.occurred_at,
        e.total_minor,
        e.currency,
        e.status,
        ", ".join(parts),
        e.balance_minor,
    )


def _till_error(exc: SyncError, subject: str) -> TillError:
    if exc.status == 404:
        return TillError("customer.unknown", customer_id=subject)
    if exc.status == 422:
        return TillError("customer.query_too_short")
    return CustomersOfflineError(exc.code)
