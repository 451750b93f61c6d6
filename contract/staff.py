"""The admin API for staff managed centrally (ADR 0017): requests (strict, bounded) and answers.

A PIN is 4-12 ASCII digits, typed at the till's keypad; it is sent once, in a request, and the backend
keeps and forwards only its salted scrypt hash (`StaffData.pin_hash` on the feed). Answers never carry
the PIN or its hash. A person works in the stores listed in `store_ids`, or in every store of the chain
(`all_stores`), and must have at least one of them.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field, model_validator

from contract.base import Id, Inbound, Outbound

# Ids the till stores in its 32-character staff column.
StaffId = Annotated[str, Field(min_length=1, max_length=32, pattern=r"^[A-Za-z0-9._\-]+$", strict=True)]
Pin = Annotated[str, Field(pattern=r"^[0-9]{4,12}$", strict=True, description="4-12 digits")]
Name = Annotated[str, Field(min_length=1, max_length=200, pattern=r"^[^\x00-\x1f\x7f]+$", strict=True)]
Badge = Annotated[str, Field(min_length=1, max_length=64, pattern=r"^[A-Za-z0-9._:\-]+$", strict=True)]
Role = Literal["cashier", "manager"]
StoreIds = Annotated[list[Id], Field(max_length=1000)]


def _stores_named(store_ids: list[str] | None, all_stores: bool | None) -> None:
    if store_ids is not None and len(set(store_ids)) != len(store_ids):
        raise ValueError("store_ids lists a store twice")
    if all_stores and store_ids:
        raise ValueError("give store_ids or all_stores, not both")


class StaffIn(Inbound):
    """`POST /v1/admin/staff`: a new person (or a removed one back, under the same id)."""

    staff_id: StaffId
    name: Name
    role: Role
    pin: Pin
    badge_code: Badge | None = None
    store_ids: StoreIds = Field(default_factory=list)
    all_stores: Annotated[bool, Field(strict=True)] = False

    @model_validator(mode="after")
    def _has_stores(self) -> StaffIn:
        _stores_named(self.store_ids, self.all_stores)
        if not self.all_stores and not self.store_ids:
            raise ValueError("a person works in at least one store: give store_ids or all_stores")
        return self


class StaffPatch(Inbound):
    """`PATCH /v1/admin/staff/{staff_id}`: only the fields sent change; `badge_code: null` takes the
    badge away. Moving a person to other stores: `store_ids` (which ends `all_stores`) or
    `all_stores: true`."""

    name: Name | None = None
    role: Role | None = None
    pin: Pin | None = None
    badge_code: Badge | None = None
    store_ids: StoreIds | None = None
    all_stores: Annotated[bool, Field(strict=True)] | None = None

    @model_validator(mode="after")
    def _consistent(self) -> StaffPatch:
        _stores_named(self.store_ids, self.all_stores)
        if self.store_ids is not None and not self.store_ids and not self.all_stores:
            raise ValueError("a person works in at least one store: give store_ids or all_stores")
        if self.all_stores is False and self.store_ids is None:
            raise ValueError("all_stores false needs the store_ids instead")
        return self


class StaffView(Outbound):
    """One person as the admin API shows them (never the PIN or its hash)."""

    staff_id: str
    name: str
    role: str
    store_ids: list[str]
    all_stores: bool
    badge_code: str | None
    active: bool
    version: int


class StaffList(Outbound):
    staff: list[StaffView]
