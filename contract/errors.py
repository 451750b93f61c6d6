"""The one error shape every backend refusal has: `{"error": code, "message": text, "detail": ...}`."""

from __future__ import annotations

from typing import Any

from contract.base import Outbound


class ErrorBody(Outbound):
    """`error` is a stable code (`event.unsupported_schema`, `terminal.wrong_identity`, ...)."""

    error: str
    message: str
    detail: Any = None
