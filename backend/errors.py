"""One error shape for every refusal: `{"error": code, "message": text, "detail": ...}`, never a 500."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import orjson
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import Response
from sqlalchemy.engine import Row
from starlette.exceptions import HTTPException


class ApiError(Exception):
    """A refusal with a stable code; raised anywhere in a request, rendered by `install_handlers`."""

    def __init__(self, status: int, error: str, message: str, detail: Any = None) -> None:
        super().__init__(message)
        self.status = status
        self.error = error
        self.message = message
        self.detail = detail


def json_response(body: Any, status: int = 200, headers: Mapping[str, str] | None = None) -> Response:
    """Serialise with orjson straight to bytes (no FastAPI encoder pass: feed and snapshot are big)."""
    return Response(
        orjson.dumps(body, default=_default),
        status_code=status,
        media_type="application/json",
        headers=headers,
    )


def _default(value: Any) -> Any:
    # SQLAlchemy rows are tuple-like but not tuples (tested first: `hasattr` on a Row looks for a column
    # of that name and raises inside, ~4 us per row); pydantic models dump themselves.
    if isinstance(value, Row):
        return tuple(value)
    if hasattr(value, "model_dump"):
        return value.model_dump(mode="json")
    return tuple(value)


def _body(error: str, message: str, detail: Any = None) -> dict[str, Any]:
    return {"error": error, "message": message, "detail": detail}


def _clean(errors: Any) -> list[dict[str, Any]]:
    # Drop the echoed input: a hostile 8 MB payload should not come back in the answer.
    return [{"loc": list(e.get("loc", ())), "msg": str(e.get("msg")), "type": e.get("type")} for e in errors]


def validation_message(errors: list[dict[str, Any]]) -> str:
    first = errors[0] if errors else {"loc": [], "msg": "invalid"}
    where = ".".join(str(p) for p in first["loc"])
    more = f" (and {len(errors) - 1} more)" if len(errors) > 1 else ""
    return f"{where}: {first['msg']}{more}"


def install_handlers(app: FastAPI) -> None:
    """Register the handlers that turn refusals into the one error shape."""

    async def on_api_error(_request: Request, exc: Exception) -> Response:
        assert isinstance(exc, ApiError)
        return json_response(_body(exc.error, exc.message, exc.detail), exc.status)

    async def on_validation(_request: Request, exc: Exception) -> Response:
        assert isinstance(exc, RequestValidationError)
        errors = _clean(exc.errors())
        return json_response(_body("invalid_request", validation_message(errors), errors), 422)

    async def on_http(_request: Request, exc: Exception) -> Response:
        assert isinstance(exc, HTTPException)
        return json_response(_body(f"http_{exc.status_code}", str(exc.detail)), exc.status_code, exc.headers)

    app.add_exception_handler(ApiError, on_api_error)
    app.add_exception_handler(RequestValidationError, on_validation)
    app.add_exception_handler(HTTPException, on_http)
