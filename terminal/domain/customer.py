"""A customer as the till shows them, their card code, and the entries of their timeline.

The customer card is a barcode `C:<customer_id>` (CARD_PREFIX, case-insensitive), printed by the
web shop or the CRM on a loyalty card or in the app; the customer id typed or scanned on its own is
found by the search too. A timeline entry is one thing the customer did in any channel: a visit at a
till (`store`), a web order with its pickup state (`web`), what a visit took back (`return`), store
credit issued to them (`voucher`, with its balance). `local` entries come from this till's own
database while the backend cannot be asked: they are what this till knows, not the whole history.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Literal

CARD_PREFIX = "C:"

Channel = Literal["store", "web", "return", "voucher"]


def card_customer_id(raw: str) -> str | None:
    """The customer id of a card code `C:<id>`, else None."""
    text = raw.strip()
    if len(text) > len(CARD_PREFIX) and text[: len(CARD_PREFIX)].upper() == CARD_PREFIX:
        customer_id = text[len(CARD_PREFIX) :].strip()
        return customer_id or None
    return None


def card_code(customer_id: str) -> str:
    return f"{CARD_PREFIX}{customer_id}"


@dataclass(frozen=True, slots=True)
class Customer:
    customer_id: str
    name: str
    email: str | None = None
    phone: str | None = None


@dataclass(frozen=True, slots=True)
class TimelineLine:
    """One line of a timeline entry; `name` empty when the backend sent only the article number."""

    quantity: str
    sku: str
    name: str = ""


def summary_of(lines: tuple[TimelineLine, ...]) -> str:
    """The lines in a few words ("2 × Vollmilch, 1 × Akku-Bohrschrauber"); the SKU for a nameless one."""
    parts = []
    for line in lines:
        name = line.name or line.sku
        if name:
            parts.append(f"{line.quantity} × {name}" if line.quantity else name)
    return ", ".join(parts)


@dataclass(frozen=True, slots=True)
class TimelineEntry:
    channel: Channel
    reference: str
    store_id: str | None
    occurred_at: datetime
    total_minor: int
    currency: str
    status: str
    summary: str = ""  # the lines in a few words ("2 × SKU-2, 1 × SKU-7")
    balance_minor: int | None = None
    lines: tuple[TimelineLine, ...] = ()  # when known apart (the backend's): names can be filled in
    store_name: str = ""  # the store's current name as the till knows it ("": show the id), ADR 0025


@dataclass(frozen=True, slots=True)
class Timeline:
    """One page of a customer's timeline, newest first; `source` "local": offline, this till's own."""

    customer: Customer
    entries: tuple[TimelineEntry, ...]
    total: int
    next_offset: int | None
    source: Literal["live", "local"]


@dataclass(frozen=True, slots=True)
class Offer:
    """A personal offer: `percent` off every line of product group `group_id`, once chain-wide."""

    offer_id: str
    group_id: str
    percent: int
    description: str = ""
    status: str = "open"
    group_name: str = ""  # the group's name as the feed gave it ("" while the till does not know it)

    @property
    def group(self) -> str:
        """What the counter calls the group: its name, or its id until the feed brings the name."""
        return self.group_name or self.group_id


@dataclass(frozen=True, slots=True)
class AppliedOffer:
    """A personal offer held for the open visit: the backend's claim (`claim_id`) that its event
    confirms; its discount sits on the basket lines whose discount reason is `reason`."""

    offer_id: str
    claim_id: str
    group_id: str
    percent: int

    @property
    def reason(self) -> str:
        return offer_reason(self.offer_id)

    def to_dict(self) -> dict[str, object]:
        return {
            "offer_id": self.offer_id,
            "claim_id": self.claim_id,
            "group_id": self.group_id,
            "percent": self.percent,
        }

    @staticmethod
    def from_dict(data: dict[str, object]) -> AppliedOffer:
        return AppliedOffer(
            str(data["offer_id"]), str(data["claim_id"]), str(data["group_id"]), int(str(data["percent"]))
        )


def offer_reason(offer_id: str) -> str:
    """The discount reason that marks a basket line discounted by this offer."""
    return f"offer {offer_id}"
