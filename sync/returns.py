"""The `ReturnsBackend` port over the backend (contract/returns.py): look-ups, claims, releases.

- `GET /v1/terminal/returns/receipts/{n}` and `/returns/web-orders/{n}` answer a `ReturnableOrigin`,
  turned into the till's domain `Original` (source "backend"); 404 becomes `return.unknown_receipt`
  or `return.unknown_order`.
- `GET /v1/terminal/products/{sku}/lowest-price`: the refund of a return without a receipt (404:
  `catalogue.unknown_sku`).
- `POST /v1/terminal/returns/claims`: all lines granted or none; 409 `return.over_returnable` keeps
  the backend's detail (`line_no`, `returnable`: the backend names them per line in `detail.lines`,
  the first is kept), 409 `return.claim_conflict` as it comes.
- `DELETE /v1/terminal/returns/claims/{id}`: sent when called, raising `ReturnsOfflineError` when it
  could not be; the services hand it to the `Releases` port (sync/releases.py), so the cashier never
  waits for it, and a claim not released expires after `CLAIM_MINUTES`.

Unreachable, timed out or a server error (5xx): `ReturnsOfflineError`, and the till falls back to what it
knows. Give it its own BackendClient (it runs on UI worker threads); look-ups and claims are
serialised by a lock, a release is not (it runs on the releases loop, each thread with its Session).
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from pydantic import ValidationError

from contract.returns import LowestPrice as LowestPriceOut
from contract.returns import ReturnableOrigin, ReturnClaimOut
from sync.client import BackendClient
from sync.errors import SyncError
from terminal.domain.errors import TillError
from terminal.domain.returns import LowestPrice, Original, OriginalLine, OriginalTender, Policy
from terminal.services.ports import ClaimRequest, ReturnsOfflineError

_DETAILS = ("line_no", "returnable", "origin_reference", "origin_line_no", "sku", "claim_id")


class BackendReturns:
    """The returns calls of one till."""

    def __init__(self, client: BackendClient) -> None:
        self._client = client
        self._lock = threading.Lock()

    # ------------------------------------------------------------ look-ups

    def receipt(self, receipt_number: str) -> Original:
        path = f"/v1/terminal/returns/receipts/{self._client.segment(receipt_number)}"
        return _original(self._get(path, ReturnableOrigin, not_found="return.unknown_receipt",
                                   reference=receipt_number))  # fmt: skip

    def web_order(self, order_number: str) -> Original:
        path = f"/v1/terminal/returns/web-orders/{self._client.segment(order_number)}"
        return _original(self._get(path, ReturnableOrigin, not_found="return.unknown_order",
                                   reference=order_number))  # fmt: skip

    def lowest_price(self, sku: str) -> LowestPrice:
        path = f"/v1/terminal/products/{self._client.segment(sku)}/lowest-price"
        found = self._get(path, LowestPriceOut, not_found="catalogue.unknown_sku", reference=sku)
        return LowestPrice(found.sku, found.name, found.currency, found.days, found.lowest_minor,
                           found.current_minor)  # fmt: skip

    # ------------------------------------------------------------ claims

    def claim(self, claim_id: str, staff_id: str, lines: Sequence[ClaimRequest]) -> None:
        body = {
            "claim_id": claim_id,
            "staff_id": staff_id,
            "lines": [
                {
                    "origin_kind": ln.origin_kind,
                    "origin_reference": ln.origin_reference,
                    "origin_line_no": ln.origin_line_no,
                    "quantity": format(ln.quantity.normalize(), "f"),
                }
                for ln in lines
            ],
        }
        try:
            with self._lock:
                data = self._client.send("POST", "/v1/terminal/returns/claims", body=body).json()
            ReturnClaimOut.model_validate(data)
        except SyncError as exc:
            raise _refusal(exc, default="return.claim_refused", reference=claim_id) from None
        except (ValueError, ValidationError) as exc:
            raise TillError("return.bad_reply", detail=str(exc)[:200]) from None

    def release(self, claim_id: str) -> None:
        """Give the claim back (network: called on the releases' loop, never on the UI thread)."""
        path = f"/v1/terminal/returns/claims/{self._client.segment(claim_id)}"
        try:  # not under the lock: a slow release must not hold up a look-up (each thread has its Session)
            self._client.send("DELETE", path)
        except SyncError as exc:
            if exc.status == 404:  # nothing of it is held any more
                return
            # Only logged by the releases loop (a release is never shown): the claim lapses anyway.
            raise _refusal(exc, default="return.claim_refused", reference=claim_id) from None

    # ------------------------------------------------------------ plumbing

    def _get(self, path: str, model: type[Any], *, not_found: str, reference: str) -> Any:
        try:
            with self._lock:
                data = self._client.send("GET", path).json()
            return model.model_validate(data)
        except SyncError as exc:
            raise _refusal(exc, default=not_found, reference=reference, not_found=not_found) from None
        except (ValueError, ValidationError) as exc:
            raise TillError("return.bad_reply", detail=str(exc)[:200]) from None


def _refusal(exc: SyncError, *, default: str, reference: str, not_found: str | None = None) -> TillError:
    """The backend's refusal in the till's words; offline (unreachable, 5xx, a proxy's page) apart."""
    if exc.code == "sync.offline" or exc.status is None or exc.status >= 500:
        return ReturnsOfflineError(exc.code)
    detail: dict[str, Any] = exc.detail if isinstance(exc.detail, dict) else {}
    error = detail.get("error")
    ours = isinstance(error, str) and error.startswith("return.")
    if exc.status == 404 and not_found is not None and not ours:
        error = not_found
    if exc.status in (401, 403):
        error = "return.not_allowed"
    if not isinstance(error, str) or not error:
        error = default
    lines = detail.get("lines")
    if isinstance(lines, list) and lines and isinstance(lines[0], dict):  # the backend's over-return
        first = lines[0]
        detail = {"line_no": first.get("origin_line_no"), **first, **detail}
    kept: dict[str, Any] = {k: detail[k] for k in _DETAILS if isinstance(detail.get(k), str | int)}
    kept.setdefault("reference", reference)
    return TillError(error, **kept)


def _original(found: ReturnableOrigin) -> Original:
    return Original(
        kind=found.kind,
        reference=found.reference,
        source="backend",
        currency=found.currency,
        occurred_at=found.occurred_at,
        store_id=found.store_id,
        store_name=found.store_name,
        terminal_id=found.terminal_id,
        customer_id=found.customer_id,
        total_minor=found.total_minor,
        paid_online=found.paid_online,
        lines=tuple(
            OriginalLine(
                line_no=ln.line_no,
                sku=ln.sku,
                name=ln.name,
                unit=ln.unit,
                quantity=Decimal(ln.quantity),
                unit_price_minor=ln.unit_price_minor,
                paid_minor=ln.paid_minor,
                vat_code=ln.vat_code,
                vat_percent=Decimal(ln.vat_percent),
                returned=Decimal(ln.returned),
                claimed=Decimal(ln.claimed),
                policy=Policy(ln.policy.group_id, ln.policy.return_days, ln.policy.final_sale),
                window_ends=ln.window_ends,
            )
            for ln in found.lines
        ),
        tenders=tuple(OriginalTender(t.tender, t.amount_minor, t.reference) for t in found.tenders),
    )
