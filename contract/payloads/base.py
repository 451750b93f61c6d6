"""`Payload`: the base of every event payload, strict and closed, with its schema version.

On the wire the version is `"schema"`; in Python it is `schema_version` (pydantic's `BaseModel` has a
`schema` method of its own). A payload without it reads as schema 1 (contract.versions), and schema 1
is written by leaving it out: a backend from before versions refuses unknown keys (`extra="forbid"`),
so a schema-1 payload must look exactly as it did then for tills and backend to be upgradable in
either order. Payloads dump by alias, so `model_dump(mode="json")` gives the wire form the till queues.

A later version of a type is a new model (usually a subclass) that redeclares the field with its own
literal and no default, e.g. `schema_version: Literal[2] = Field(alias=SCHEMA_KEY)`, and one registry
entry (contract/registry.py).
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import ConfigDict, Field, SerializerFunctionWrapHandler, model_serializer

from contract.base import Inbound
from contract.versions import FIRST_SCHEMA, SCHEMA_KEY


class Payload(Inbound):
    """An event payload; schema 1 unless a subclass says otherwise."""

    model_config = ConfigDict(
        extra="forbid",
        strict=True,
        frozen=True,
        validate_by_name=True,
        validate_by_alias=True,
        serialize_by_alias=True,
    )

    schema_version: Literal[1] = Field(default=FIRST_SCHEMA, alias=SCHEMA_KEY)

    @model_serializer(mode="wrap")
    def _first_schema_unsaid(self, handler: SerializerFunctionWrapHandler) -> dict[str, Any]:
        """Schema 1 goes on the wire as no `schema` at all (see the module's docstring)."""
        data: dict[str, Any] = handler(self)
        if data.get(SCHEMA_KEY) == FIRST_SCHEMA:
            del data[SCHEMA_KEY]
        return data
