"""What the backend accepts, as the till's sync engine knows it, and what it holds back because of it.

The engine reads the backend's sync state (`accepts`: event type -> payload schema versions) on its
first round, when what it knows is older than `max_age`, at the start of every round while events are
held back, and after the backend refused an event as `event.unsupported_type` / `_schema`. A backend
that lists nothing is from before versions: it takes schema 1 of the types it knew
(`contract.versions.LEGACY_ACCEPTS`). docs/adr/0010-versioned-contract.md.

An event the backend does not accept is HELD BACK with everything after it (seq is gapless): never
quarantined, never marked failed; it goes as soon as the backend accepts it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from contract.versions import Accepts, accepts_from_listing
from terminal.storage.outbox import OutboxEvent


@dataclass(frozen=True, slots=True)
class HeldBack:
    """Why pushing stops: the first event the backend does not accept, and how many wait from it on."""

    seq: int
    type: str
    schema: int
    accepted: tuple[int, ...]  # the versions of `type` the backend accepts; () when it knows no such type
    count: int  # pending events from `seq` on, this one included


class BackendVersions:
    """The versions the backend accepts per event type, when that was read, and refusals since."""

    def __init__(self, *, max_age: timedelta = timedelta(minutes=5)) -> None:
        self._max_age = max_age
        self._accepts: Accepts | None = None
        self._read_at: datetime | None = None
        self._refused: set[tuple[str, int]] = set()

    @property
    def known(self) -> bool:
        return self._accepts is not None

    def due(self, now: datetime, *, holding: bool) -> bool:
        """Read them again? Never read, too old, or events wait for a version the backend may take now."""
        return self._read_at is None or holding or now - self._read_at >= self._max_age

    def update(
        self, listing: Mapping[str, Iterable[int]], now: datetime, *, keep_refusals: bool = False
    ) -> None:
        """What the sync state lists; a scheduled read forgets refusals, one right after a refusal keeps
        them (a backend that lists a version it then refuses must not make the engine spin)."""
        self._accepts = accepts_from_listing(listing)
        self._read_at = now
        if not keep_refusals:
            self._refused.clear()

    def refuse(self, event_type: str, schema: int) -> None:
        """The backend refused this pair as unsupported: hold it back until the next scheduled read."""
        self._refused.add((event_type, schema))

    def accepts(self, event_type: str, schema: int) -> bool:
        if self._accepts is None or (event_type, schema) in self._refused:
            return False
        return schema in self._accepts.get(event_type, frozenset())

    def accepted(self, event_type: str) -> tuple[int, ...]:
        """The versions of `event_type` the backend takes (refused ones left out), sorted."""
        found = self._accepts.get(event_type, frozenset()) if self._accepts is not None else frozenset()
        return tuple(sorted(s for s in found if (event_type, s) not in self._refused))

    def sendable(self, events: Sequence[OutboxEvent]) -> int:
        """How many of `events` (in seq order) can go: up to the first the backend does not accept."""
        for index, event in enumerate(events):
            if not self.accepts(event.type, event.schema):
                return index
        return len(events)
