"""`audit.recorded` (schema 1): an action that needed a manager, or that a manager should be able to see."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from contract.base import Id, JsonObject, LaxUUID
from contract.payloads.base import Payload


class AuditRecorded(Payload):
    """An audited action at a till (who, which action, approved by whom, details)."""

    audit_id: LaxUUID
    store_id: Id
    terminal_id: Id
    staff_id: Id
    action: Annotated[str, Field(min_length=1, max_length=64, strict=True)]
    approver_id: Id | None = None
    details: JsonObject = {}  # noqa: RUF012  # pydantic copies a default per instance
