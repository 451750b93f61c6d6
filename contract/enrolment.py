"""Enrolling a till: a one-time code becomes the terminal's identity and bearer token."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from contract.base import Inbound, Outbound


class EnrollRequest(Inbound):
    code: Annotated[str, Field(min_length=6, max_length=64, strict=True)]


class EnrollResponse(Outbound):
    store_id: str
    terminal_id: str
    token: str
