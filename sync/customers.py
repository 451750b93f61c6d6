"""The `CustomerDirectory` port over the backend: customer search and the cross-channel timeline.

`GET /v1/customers?q=` and `GET /v1/customers/{id}/history?offset=&limit=` (contract/lookups.py).
Unreachable, timed out, a server error or an answer the contract refuses: `CustomersOfflineError`, and
the till answers from its own database. 404: `customer.unknown`; 422: `customer.query_too_short`.
Give it its own BackendClient: it runs on a UI worker thread.
"""

from __future__ import annotations

from typing import Any

from pydantic import TypeAdapter, ValidationError

from contract.lookups import CustomerView, HistoryEntry
from contract.offers import OfferView
from sync.client import BackendClient
from sync.errors import SyncError
from terminal.domain.customer import Customer, Offer, Timeline, TimelineEntry, TimelineLine, summary_of
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

    def offers(self, customer_id: str) -> list[Offer]:
        try:
            response = self._client.send(
                "GET", f"/v1/terminal/customers/{self._client.segment(customer_id)}/offers"
            )
            views = _OFFERS.validate_json(response.content)
        except SyncError as exc:
            raise _till_error(exc, customer_id) from None
        except ValidationError:
            raise CustomersOfflineError("bad_reply") from None
        return [Offer(v.offer_id, v.group_id, v.percent, v.description, v.status) for v in views]

    def claim_offer(self, offer_id: str, *, claim_id: str, staff_id: str) -> None:
        body = {"claim_id": claim_id, "staff_id": staff_id}
        try:
            self._client.send(
                "POST", f"/v1/terminal/offers/{self._client.segment(offer_id)}/claims", body=body
            )
        except SyncError as exc:
            raise _offer_error(exc) from None

    def release_offer(self, claim_id: str) -> None:
        try:
            self._client.send("DELETE", f"/v1/terminal/offers/claims/{self._client.segment(claim_id)}")
        except SyncError as exc:
            raise _offer_error(exc) from None


_OFFERS = TypeAdapter(list[OfferView])


def _offer_error(exc: SyncError) -> TillError:
    detail: dict[str, Any] = exc.detail if isinstance(exc.detail, dict) else {}
    error = detail.get("error")
    if exc.status in (404, 409) and isinstance(error, str) and error.startswith("offer."):
        return TillError(error)
    return CustomersOfflineError(exc.code)


def _customer(view: CustomerView) -> Customer:
    return Customer(view.customer_id, view.name, view.email, view.phone)


def _entry(e: HistoryEntry) -> TimelineEntry:
    lines = tuple(
        TimelineLine(
            str(line.get("quantity", "")).strip(), str(line.get("sku") or ""), str(line.get("name") or "")
        )
        for line in e.lines
    )
    return TimelineEntry(
        e.channel,
        e.reference,
        e.store_id,
        e.occurred_at,
        e.total_minor,
        e.currency,
        e.status,
        summary_of(lines),
        e.balance_minor,
        lines,
    )


def _till_error(exc: SyncError, subject: str) -> TillError:
    if exc.status == 404:
        return TillError("customer.unknown", customer_id=subject)
    if exc.status == 422:
        return TillError("customer.query_too_short")
    return CustomersOfflineError(exc.code)
