"""Refusals the cashier sees. Each carries a stable code; the UI maps codes to translated text.

Services and the domain never format user text: they raise `TillError("barcode.unknown", code=...)`
and `terminal/ui/messages.py` turns code and params into a translated sentence.
"""

from __future__ import annotations

from typing import Any


class TillError(Exception):
    """A refusal with a stable code (e.g. ``tender.short``) and the values the message needs."""

    def __init__(self, code: str, /, **params: Any) -> None:
        super().__init__(code, params)
        self.code = code
        self.params = params

    def __str__(self) -> str:
        if not self.params:
            return self.code
        details = ", ".join(f"{k}={v!r}" for k, v in sorted(self.params.items()))
        return f"{self.code} ({details})"


class ApprovalRequiredError(TillError):
    """The action is allowed only with a manager's approval; the UI asks for a PIN and retries."""

    def __init__(self, action: str, /, **params: Any) -> None:
        super().__init__("approval.required", action=action, **params)
        self.action = action
