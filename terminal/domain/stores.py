"""The chain's stores as the till names them (ADR 0025): the goods-received list, a timeline's "where".

The names come from the backend (the `store` feed change, the `stores` snapshot); a store the till does
not know by name yet (an older backend) is shown by its id.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class ChainStore:
    """A store of the chain: its id (what events carry) and its current name (what people read)."""

    store_id: str
    name: str

    @property
    def label(self) -> str:
        """ "Berlin-Mitte (S002)": the name people know, the id the delivery note may carry."""
        return f"{self.name} ({self.store_id})" if self.name and self.name != self.store_id else self.store_id


def others_by_name(stores: Iterable[ChainStore], own_store_id: str) -> list[ChainStore]:
    """Every store but the till's own, sorted by name regardless of case (then id)."""
    return sorted(
        (s for s in stores if s.store_id != own_store_id), key=lambda s: (s.name.casefold(), s.store_id)
    )
