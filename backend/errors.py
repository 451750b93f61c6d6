"""One error shape for every refusal: `{"error": code, "message": text, "detail": ...}`, never a 500."""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any

import orjson
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import Response
from sqlalchemy.engine import Row
from sqlalchemy.exc import DataError, IntegrityError
from starlette.exceptions import HTTPException

log = logging.getLogger("backend")


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
    # Drop the echoed input: a hostile 8 MB payload should not come back in the answer. A JSON decode
    # error says what was wrong in its context ("no low surrogate", NUL characters, ...).
    return [
        {
            "loc": list(e.get("loc", ())),
            "msg": f"{e.get('msg')}: {e['ctx']['error']}"
            if e.get("type") == "json_invalid" and isinstance(e.get("ctx"), dict) and "error" in e["ctx"]
            else str(e.get("msg")),
            "type": e.get("type"),
        }
        for e in errors
    ]


def validation_errors(errors: Any, prefix: tuple[str | int, ...] = ()) -> list[dict[str, Any]]:
    """Pydantic errors in the answer's shape, their locations under `prefix` (e.g. `("body",)`)."""
    return _clean([{**e, "loc": (*prefix, *e.get("loc", ()))} for e in errors])


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
        error = "request.too_large" if exc.status_code == 413 else f"http_{exc.status_code}"
        return json_response(_body(error, str(exc.detail)), exc.status_code, exc.headers)

    async def on_data_error(request: Request, exc: Exception) -> Response:
        # The contract's bounds should make this unreachable; if a value still does not fit a column
        # (a number out of range, text too long), it is the request's value that cannot be stored.
        log.error("database refused a value in %s %s: %s", request.method, request.url.path, exc)
        return json_response(_body("request.unstorable", "a value in the request cannot be stored"), 422)

    async def on_integrity_error(request: Request, exc: Exception) -> Response:
        log.error("integrity error in %s %s: %s", request.method, request.url.path, exc)
        return json_response(_body("request.conflict", "the request conflicts with stored data"), 409)

    app.add_exception_handler(ApiError, on_api_error)
    app.add_exception_handler(RequestValidationError, on_validation)
    app.add_exception_handler(HTTPException, on_http)
    app.add_exception_handler(DataError, on_data_error)
    app.add_exception_handler(IntegrityError, on_integrity_error)
