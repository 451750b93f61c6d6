"""The `Vouchers` port over the backend: balances and holds of store-credit vouchers.

`GET /v1/terminal/vouchers/{code}` (a `VoucherView`), `POST /v1/terminal/vouchers/{code}/holds`
(a `VoucherHoldIn`, answered by a `VoucherHoldOut`), `DELETE /v1/terminal/vouchers/holds/{hold_id}`
(contract/vouchers.py). Terminal-authenticated like every other call of sync/client.py; the same hold
id again is the same hold, so a retried hold is safe.

The backend's refusals become the till's codes (terminal/ui/messages.py), as `TillError`:
404 `voucher.unknown`; 422 `voucher.malformed` / `voucher.check_character`; 409
`voucher.insufficient` with the balance left (`balance_minor`, `currency`) and `voucher.currency`;
any other `voucher.*` error as it comes. Unreachable, timed out, a server error (5xx) or an answer
the contract refuses: `voucher.offline`, and the till may redeem up to its offline limit. Give it its
own BackendClient: it runs on a UI worker thread.
"""

from __future__ import annotations

from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from contract.vouchers import VoucherHoldOut, VoucherView
from sync.client import BackendClient
from sync.errors import SyncError
from terminal.domain.errors import TillError
from terminal.services.ports import VoucherBalance, VoucherHold

M = TypeVar("M", bound=BaseModel)
_BY_STATUS = {404: "voucher.unknown", 409: "voucher.insufficient", 422: "voucher.malformed"}


class BackendVouchers:
    """Asks the backend for a voucher's balance, holds part of it, releases a hold."""

    def __init__(self, client: BackendClient) -> None:
        self._client = client

    def balance(self, code: str) -> VoucherBalance:
        view = self._get(f"/v1/terminal/vouchers/{self._client.segment(code)}", VoucherView)
        return VoucherBalance(
            code=view.code,
            currency=view.currency,
            balance_minor=view.balance_minor,
            available_minor=view.available_minor,
            status=view.status,
        )

    def hold(
        self, code: str, *, hold_id: str, amount_minor: int, currency: str, staff_id: str
    ) -> VoucherHold:
        body = {"hold_id": hold_id, "amount_minor": amount_minor, "currency": currency, "staff_id": staff_id}
        path = f"/v1/terminal/vouchers/{self._client.segment(code)}/holds"
        out = self._call("POST", path, VoucherHoldOut, body=body, currency=currency)
        return VoucherHold(
            hold_id=out.hold_id,
            code=out.code,
            amount_minor=out.amount_minor,
            available_after_minor=out.available_after_minor,
        )

    def release(self, hold_id: str) -> None:
        try:
            self._client.send("DELETE", f"/v1/terminal/vouchers/holds/{self._client.segment(hold_id)}")
        except SyncError as exc:
            if exc.status == 404:  # already gone (expired, released): nothing is held
                return
            raise _till_error(exc, None) from None

    # ------------------------------------------------------------------ plumbing

    def _get(self, path: str, model: type[M]) -> M:
        return self._call("GET", path, model)

    def _call(
        self, method: str, path: str, model: type[M], *, body: Any = None, currency: str | None = None
    ) -> M:
        try:
            response = self._client.send(method, path, body=body)
            return model.model_validate_json(response.content)
        except SyncError as exc:
            raise _till_error(exc, currency) from None
        except ValidationError:
            raise TillError("voucher.offline", reason="bad_reply") from None


def _till_error(exc: SyncError, currency: str | None) -> TillError:
    if exc.code in ("sync.offline", "sync.bad_reply") or exc.status is None or exc.status >= 500:
        return TillError("voucher.offline", reason=exc.code)
    detail: dict[str, Any] = exc.detail if isinstance(exc.detail, dict) else {}
    error = detail.get("error")
    if not (isinstance(error, str) and error.startswith("voucher.")):
        error = _BY_STATUS.get(exc.status, exc.code)
    params: dict[str, Any] = {}
    if error == "voucher.insufficient":
        for key in ("available_minor", "balance_minor"):
            value = detail.get(key)
            if isinstance(value, int) and not isinstance(value, bool):
                params["balance_minor"] = value
                break
        params["currency"] = detail.get("currency") or currency or ""
    if error == "voucher.currency" and isinstance(detail.get("currency"), str):
        params["currency"] = detail["currency"]
    return TillError(error, **params)
