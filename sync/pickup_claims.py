"""The `PickupClaims` port over the backend: `POST /v1/terminal/pickups/{order_number}/claim`, and
`DELETE .../claim?handover_id=` to give an abandoned handover's claim back.

Terminal-authenticated like every other call of sync/client.py. The body is
`{code, found_by, id_checked, staff_id, handover_id}`; `handover_id` makes a retried claim of the
same handover the same claim (docs/adr/0012-pickup-lifecycle.md). The backend's refusals become the
till's codes (terminal/ui/messages.py): 409 `pickup.claimed` (another till has it),
`pickup.other_store` (detail `store_id`), `pickup.not_open` as `pickup.status` (detail `status`);
422 `pickup.wrong_code` as `pickup.wrong_code_left` (detail `attempts_left`); 423
`pickup.code_locked`; 404 `pickup.unknown_order` as `pickup.unknown`; any other `pickup.*` error as
it comes. Unreachable, timed out or a server error (5xx): offline, and the till may hand over what it
has cached (`claimed: false` in its event; the backend turns a conflict into a manager's task).
Give it its own BackendClient: it runs on a UI worker thread.

`release` runs on the releases' loop (sync/releases.py), never on the UI thread. 204 is released (or
nothing of this handover was held); 404 (the backend does not know the order) and 409 (another till
holds it now, or it waits at another store) leave nothing of this till to give back, so they are done
too; anything else (offline, a server error) raises, and the loop tries again until the claim lapses.
"""

from __future__ import annotations

import logging
from typing import Any

from sync.client import BackendClient
from sync.errors import SyncError
from terminal.services.ports import ClaimAnswer

log = logging.getLogger(__name__)

_BY_STATUS = {404: "pickup.unknown", 409: "pickup.claimed", 423: "pickup.code_locked"}
# The backend's codes (backend/services/claims.py) in the till's words where they differ.
_TILL_CODE = {
    "pickup.unknown_order": "pickup.unknown",
    "pickup.not_open": "pickup.status",
    "pickup.wrong_code": "pickup.wrong_code_left",
}
_DETAILS = ("store_id", "status", "attempts_left")


class BackendPickupClaims:
    """Claims web orders at the backend before a handover."""

    def __init__(self, client: BackendClient) -> None:
        self._client = client

    def claim(
        self,
        order_number: str,
        *,
        code: str | None,
        found_by: str,
        id_checked: bool,
        staff_id: str,
        handover_id: str,
    ) -> ClaimAnswer:
        body = {
            "code": code,
            "found_by": found_by,
            "id_checked": id_checked,
            "staff_id": staff_id,
            "handover_id": handover_id,
        }
        path = f"/v1/terminal/pickups/{self._client.segment(order_number)}/claim"
        try:
            self._client.send("POST", path, body=body)
        except SyncError as exc:
            return _answer(exc)
        return ClaimAnswer("claimed")

    def release(self, order_number: str, handover_id: str) -> None:
        path = f"/v1/terminal/pickups/{self._client.segment(order_number)}/claim"
        try:
            self._client.send("DELETE", path, params={"handover_id": handover_id})
        except SyncError as exc:
            if exc.status in (404, 409):  # unknown there, or not this till's claim: nothing to give back
                log.info("pickup claim of %s: nothing to release (%s)", order_number, exc.code)
                return
            raise


def _answer(exc: SyncError) -> ClaimAnswer:
    if exc.code == "sync.offline" or exc.status is None or exc.status >= 500:
        return ClaimAnswer("offline")
    detail: dict[str, Any] = exc.detail if isinstance(exc.detail, dict) else {}
    error = detail.get("error")
    if not (isinstance(error, str) and error.startswith("pickup.")):
        error = _BY_STATUS.get(exc.status, exc.code)
    error = _TILL_CODE.get(error, error)
    kept = {k: str(detail[k]) for k in _DETAILS if isinstance(detail.get(k), str | int)}
    return ClaimAnswer("refused", error, kept)
