"""The OpenAPI document as the server really behaves (`backend/openapi.json` is generated from it).

FastAPI's generated document is completed here:
- the events route parses its own body (`parse_batch`); its request body is documented as a batch of
  events whose payload shape depends on the type: one schema per accepted type (a `oneOf` with a
  discriminator on `type`; a type accepted in several versions has a payload of any of them), built
  from the same payload models (contract/payloads) the server validates with;
- every operation answers 400 (NUL in the URL, a bad cursor), 413 (body too large) and 422 in the one
  error shape (`ErrorBody`), and they are listed;
- integer bounds are written as integers (FastAPI's schema models turn them into floats).
"""

from __future__ import annotations

from typing import Annotated, Any, Literal, Union

from fastapi import FastAPI
from fastapi.openapi.utils import get_openapi
from pydantic import BaseModel, ConfigDict, Field, create_model
from pydantic.json_schema import models_json_schema

from contract.base import MAX_BATCH_EVENTS, AwareDatetime, LaxUUID
from contract.errors import ErrorBody
from contract.events import Seq
from contract.payloads.base import Payload
from contract.registry import EventRegistry

_ERROR = {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/ErrorBody"}}}}
_COMMON = {
    "400": "Bad request (a NUL character in the URL, a malformed cursor)",
    "413": "Request body too large",
    "422": "The request does not match its schema, or a rule refused it",
}


def _event_model(event_type: str, versions: list[tuple[int, type[Payload]]]) -> type[BaseModel]:
    name = "".join(part.capitalize() for part in event_type.replace("_", ".").split(".")) + "Event"
    names = ", ".join(f"{model.__name__} (schema {schema})" for schema, model in versions)
    payloads = tuple(model for _schema, model in versions)
    payload: Any = payloads[0] if len(payloads) == 1 else Union[payloads]  # noqa: UP007
    model: type[BaseModel] = create_model(
        name,
        __config__=ConfigDict(extra="forbid"),
        __doc__=f"A `{event_type}` event; its payload is validated against {names}.",
        event_id=(LaxUUID, ...),
        seq=(Seq, ...),
        type=(Literal[event_type], ...),  # type: ignore[arg-type]  # a Literal built at run time
        occurred_at=(AwareDatetime, ...),
        payload=(payload, ...),
    )
    return model


def events_batch_model(events: EventRegistry) -> type[BaseModel]:
    """The documented request body of `POST /v1/terminals/{terminal_id}/events`."""
    by_type: dict[str, list[tuple[int, type[Payload]]]] = {}
    for event_type, schema, model in events:
        by_type.setdefault(event_type, []).append((schema, model))
    variants = tuple(_event_model(t, models) for t, models in sorted(by_type.items()))
    # A union over types known only at run time: mypy cannot check it, pydantic builds it.
    event: Any = Annotated[Union[variants], Field(discriminator="type")]  # noqa: UP007
    events_list: Any = Annotated[list[event], Field(min_length=1, max_length=MAX_BATCH_EVENTS)]
    batch: type[BaseModel] = create_model(
        "EventBatchIn",
        __config__=ConfigDict(extra="forbid"),
        __doc__="Outbox events in seq order; each payload's shape depends on its type.",
        events=(events_list, ...),
    )
    return batch


def _integral_bounds(node: Any) -> None:
    if isinstance(node, dict):
        for key in ("maximum", "minimum", "exclusiveMaximum", "exclusiveMinimum"):
            value = node.get(key)
            if isinstance(value, float) and value.is_integer():
                node[key] = int(value)
        for value in node.values():
            _integral_bounds(value)
    elif isinstance(node, list):
        for value in node:
            _integral_bounds(value)


def build_openapi(app: FastAPI) -> dict[str, Any]:
    """The document `app.openapi()` returns (cached on the app like FastAPI's own)."""
    if app.openapi_schema:
        return app.openapi_schema
    doc = get_openapi(title=app.title, version=app.version, summary=app.summary, routes=app.routes)
    schemas: dict[str, Any] = doc.setdefault("components", {}).setdefault("schemas", {})
    _, defs = models_json_schema(
        [(events_batch_model(app.state.events), "validation"), (ErrorBody, "serialization")],
        ref_template="#/components/schemas/{model}",
    )
    schemas.update(defs.get("$defs", {}))
    for path in doc["paths"].values():
        for operation in path.values():
            if operation.pop("x-events-body", False):
                operation["requestBody"] = {
                    "required": True,
                    "content": {
                        "application/json": {"schema": {"$ref": "#/components/schemas/EventBatchIn"}}
                    },
                }
            responses = operation.setdefault("responses", {})
            for status, description in _COMMON.items():
                responses[status] = {"description": description, **_ERROR}
    for unused in ("HTTPValidationError", "ValidationError"):
        schemas.pop(unused, None)
    _integral_bounds(doc)
    app.openapi_schema = doc
    return doc
