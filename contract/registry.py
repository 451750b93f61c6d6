"""Which event shapes the contract knows: (event type, schema) -> payload model.

Adding an event type, or a new version of one, is one entry in `EVENTS` (and, on the backend, its
handler). The backend validates an event with the model of its (type, schema) and refuses any other
pair; a test (or a backend that should accept less) builds its own registry with `with_model`/`only`.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from types import MappingProxyType

from contract.payloads.audit import AuditRecorded
from contract.payloads.base import Payload
from contract.payloads.cash import CashMovement
from contract.payloads.pickup import PickupHandedOver, PickupPicked, PickupReady, PickupStarted
from contract.payloads.returns import SaleReturned
from contract.payloads.sale import SaleCompleted
from contract.payloads.stock import StockAdjusted, StockCounted, StockTransferredIn
from contract.payloads.till import TillClosed, TillClosedV2, TillOpened, TillOpenedV2
from contract.payloads.visit import VisitCompleted, VisitCompletedV2, VisitCompletedV3
from contract.versions import Accepts


@dataclass(frozen=True, slots=True)
class EventRegistry:
    """An immutable map of (event type, schema) to the payload model that validates it."""

    models: Mapping[tuple[str, int], type[Payload]]

    def model(self, event_type: str, schema: int) -> type[Payload] | None:
        """The model of this pair, or None when the registry does not know it."""
        return self.models.get((event_type, schema))

    def knows_type(self, event_type: str) -> bool:
        return any(known == event_type for known, _schema in self.models)

    def accepts(self) -> Accepts:
        """Every type with the set of its known versions."""
        found: dict[str, set[int]] = {}
        for event_type, schema in self.models:
            found.setdefault(event_type, set()).add(schema)
        return MappingProxyType({t: frozenset(s) for t, s in found.items()})

    def with_model(self, event_type: str, schema: int, model: type[Payload]) -> EventRegistry:
        """This registry plus one (type, schema) entry."""
        return EventRegistry(MappingProxyType({**self.models, (event_type, schema): model}))

    def only(self, accepts: Mapping[str, Iterable[int]]) -> EventRegistry:
        """The entries whose (type, schema) `accepts` lists; the rest are left out."""
        wanted = {(t, s) for t, schemas in accepts.items() for s in schemas}
        return EventRegistry(MappingProxyType({k: m for k, m in self.models.items() if k in wanted}))

    def __iter__(self) -> Iterator[tuple[str, int, type[Payload]]]:
        """(type, schema, model) sorted by type and schema."""
        for (event_type, schema), model in sorted(self.models.items(), key=lambda item: item[0]):
            yield event_type, schema, model


EVENTS = EventRegistry(
    MappingProxyType(
        {
            ("sale.completed", 1): SaleCompleted,
            ("sale.returned", 1): SaleReturned,
            ("stock.counted", 1): StockCounted,
            ("stock.adjusted", 1): StockAdjusted,
            ("stock.transferred_in", 1): StockTransferredIn,
            ("audit.recorded", 1): AuditRecorded,
            ("cash.movement", 1): CashMovement,
            ("till.closed", 1): TillClosed,
            ("till.closed", 2): TillClosedV2,
            ("till.opened", 1): TillOpened,
            ("till.opened", 2): TillOpenedV2,
            ("visit.completed", 1): VisitCompleted,
            ("visit.completed", 2): VisitCompletedV2,
            ("visit.completed", 3): VisitCompletedV3,
            ("pickup.started", 1): PickupStarted,
            ("pickup.picked", 1): PickupPicked,
            ("pickup.ready", 1): PickupReady,
            ("pickup.handed_over", 1): PickupHandedOver,
        }
    )
)
