"""The one error the sync adapter raises: `SyncError(code, message, detail)` with a stable code.

Codes: `sync.offline` (connection refused, reset, timeout), `sync.bad_reply` (not JSON, HTML from a
proxy, a shape the protocol models refuse), `sync.unauthorized` (401/403), `sync.conflict` (409, with
`expected_seq` when the server names it), `sync.rejected` (422, with the `event_id` when it concerns
one event), `sync.gone` (410: the feed cursor expired), `sync.not_found` (404), `sync.server_error`
(5xx and other unexpected statuses), `sync.gap_unrecoverable` (the server wants events this till no
longer has). The screen maps codes to translated text; `message` is for the log and the manager.
"""

from __future__ import annotations

from typing import Any

RETRYABLE = frozenset({"sync.offline", "sync.server_error", "sync.bad_reply"})


class SyncError(Exception):
    """A failed exchange with the backend; nothing local was changed by the call that raised it."""

    def __init__(
        self, code: str, message: str = "", *, status: int | None = None, detail: Any = None
    ) -> None:
        super().__init__(f"{code}: {message}" if message else code)
        self.code = code
        self.message = message
        self.status = status
        self.detail = detail

    @property
    def retryable(self) -> bool:
        """True when trying again later may succeed without anyone doing anything."""
        return self.code in RETRYABLE

    @property
    def expected_seq(self) -> int | None:
        """For `sync.conflict`: the seq the server expects next."""
        value = self.detail.get("expected_seq") if isinstance(self.detail, dict) else None
        return value if isinstance(value, int) and not isinstance(value, bool) else None

    @property
    def event_id(self) -> str | None:
        """For `sync.rejected`: the event the server refused."""
        value = self.detail.get("event_id") if isinstance(self.detail, dict) else None
        return value if isinstance(value, str) else None

    @property
    def server_code(self) -> str | None:
        """The backend's own error code (`event.conflict`, `event.invalid_payload`, ...)."""
        value = self.detail.get("error") if isinstance(self.detail, dict) else None
        return value if isinstance(value, str) else None
