"""A second version of one event type, for the version tests: `audit.recorded` schema 2 adds a field.

`REGISTRY_V2` is the contract's registry plus that model: a backend built with it accepts schema 2,
one built without it (the default) accepts schema 1 only.
"""

from __future__ import annotations

import uuid
from typing import Any, Literal

from pydantic import Field

from contract.base import Text
from contract.payloads.audit import AuditRecorded
from contract.registry import EVENTS
from contract.versions import SCHEMA_KEY


class AuditRecordedV2(AuditRecorded):
    """Schema 2 of `audit.recorded`: a reason code beside the free details."""

    schema_version: Literal[2] = Field(alias=SCHEMA_KEY)  # type: ignore[assignment]  # a new literal per version
    reason_code: Text


REGISTRY_V2 = EVENTS.with_model("audit.recorded", 2, AuditRecordedV2)


def audit_payload(*, schema: int = 2, terminal_id: str = "T01", **changes: Any) -> dict[str, Any]:
    """The wire payload of an audit entry, built from the contract's model of that schema."""
    fields: dict[str, Any] = {
        "audit_id": str(uuid.uuid4()),
        "store_id": "S001",
        "terminal_id": terminal_id,
        "staff_id": "maria",
        "action": "drawer.opened",
        "details": {"why": "change"},
    }
    if schema == 2:
        model: type[AuditRecorded] = AuditRecordedV2
        fields |= {SCHEMA_KEY: 2, "reason_code": "R-7"}
    else:
        model = AuditRecorded
    return model.model_validate({**fields, **changes}).model_dump(mode="json")
