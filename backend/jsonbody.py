"""Request bodies as JSON: parsed strictly, and refused before any model sees them when unstorable.

`pydantic_core.from_json` (the same parser as `model_validate_json`) keeps integers exact and refuses
invalid UTF-8 and lone surrogates (`"\\ud800"`), which could not be encoded for the database later.
NUL characters (`"\\u0000"`) are valid JSON but PostgreSQL refuses them in text, so they are refused
here for every string and key; a body can only contain one through the escape, so the walk runs only
when the raw bytes hold `\\u0000`.
"""

from __future__ import annotations

import json
from typing import Any

import pydantic_core
from fastapi import Request
from fastapi.routing import APIRoute
from starlette.responses import Response

_NUL_ESCAPE = b"\\u0000"
NUL_MESSAGE = "NUL characters (\\u0000) are not accepted in strings"


def has_nul(value: Any) -> bool:
    """True when a string or key anywhere in a parsed JSON value holds a NUL character."""
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            if "\x00" in item:
                return True
        elif isinstance(item, dict):
            stack.extend(item.keys())
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return False


def nul_suspect(body: bytes) -> bool:
    """Cheap pre-check: only a body with the `\\u0000` escape can decode to a NUL character."""
    return _NUL_ESCAPE in body  # JSON has no other way to write U+0000 (`\U` is not an escape)


def loads(body: bytes) -> Any:
    """Parse a request body; raises `json.JSONDecodeError` (FastAPI answers 422 `json_invalid`)."""
    try:
        value = pydantic_core.from_json(body)
    except ValueError as exc:
        raise json.JSONDecodeError(str(exc), "", 0) from None
    if nul_suspect(body) and has_nul(value):
        raise json.JSONDecodeError(NUL_MESSAGE, "", 0)
    return value


class _GuardedRequest(Request):
    async def json(self) -> Any:
        if not hasattr(self, "_json"):
            self._json = loads(await self.body())
        return self._json


class JsonRoute(APIRoute):
    """A route whose JSON body goes through `loads` (FastAPI's documented custom-request pattern)."""

    def get_route_handler(self) -> Any:
        handler = super().get_route_handler()

        async def guarded(request: Request) -> Response:
            response: Response = await handler(_GuardedRequest(request.scope, request.receive))
            return response

        return guarded
