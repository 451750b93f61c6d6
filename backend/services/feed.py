"""The change feed: writers append through a `FeedWriter`, readers page with an opaque cursor.

Positions come from one sequencer row per channel, bumped with `UPDATE ... RETURNING` as the last
step of the writing transaction. The row lock is held until commit, so a transaction can only take
positions after every earlier holder has committed: positions are handed out in commit order and a
reader that sees position p has already been able to see every position below p. A late commit
can therefore never land behind a cursor (docs/adr/0003-change-feed-sequencer.md).
"""

from __future__ import annotations

import re
from collections import defaultdict
from datetime import datetime
from typing import Any, NamedTuple

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from backend.errors import ApiError
from backend.models import FeedChange, FeedSequencer, table_of, utcnow
from backend.services.rows import bulk_insert
from contract.base import INT64_MAX, MAX_FEED_LIMIT
from contract.feed import ChangeData

CHAIN = "chain"
_SEQUENCER = table_of(FeedSequencer)
_CURSOR_PREFIX = "v1"


def store_channel(store_id: str) -> str:
    return f"store:{store_id}"


def channels_for(store_id: str) -> tuple[str, str]:
    """The channels one store's terminals follow, in the order a cursor lists them."""
    return (CHAIN, store_channel(store_id))


def encode_cursor(positions: tuple[int, ...]) -> str:
    return ".".join([_CURSOR_PREFIX, *(str(p) for p in positions)])


_POSITION = re.compile(r"[0-9]{1,19}")  # ASCII digits only: str.isdigit() also takes "²" and "٣"


def decode_cursor(cursor: str | None, width: int) -> tuple[int, ...]:
    if not cursor:
        return (0,) * width
    parts = cursor.split(".")
    if (
        len(parts) != width + 1
        or parts[0] != _CURSOR_PREFIX
        or not all(_POSITION.fullmatch(p) and int(p) <= INT64_MAX for p in parts[1:])
    ):
        raise ApiError(400, "feed.bad_cursor", "cursor is not one this server issued")
    return tuple(int(p) for p in parts[1:])


class PendingChange(NamedTuple):  # a tuple: a batch makes one per article it sold
    entity: str
    key: str
    version: int
    op: str
    data: dict[str, Any] | None


class FeedWriter:
    """Collects the changes of one transaction; `flush()` numbers and writes them (call it last)."""

    def __init__(self, session: Session) -> None:
        self._session = session
        self._pending: dict[str, dict[tuple[str, str], PendingChange]] = defaultdict(dict)

    @property
    def session(self) -> Session:
        """The transaction this writer belongs to."""
        return self._session

    def add(
        self,
        channel: str,
        *,
        entity: str,
        key: str,
        version: int,
        data: ChangeData | None,
        op: str = "upsert",
    ) -> None:
        """Queue a change; its data is the entity's contract model (contract/feed.py), stored as JSON."""
        stored = None if data is None else data.model_dump(mode="json")
        self.add_stored(channel, entity=entity, key=key, version=version, stored=stored, op=op)

    def add_stored(
        self,
        channel: str,
        *,
        entity: str,
        key: str,
        version: int,
        stored: dict[str, Any] | None,
        op: str = "upsert",
    ) -> None:
        """`add` with the data already as its model's JSON dump (a hot path builds it directly)."""
        # Only the last change per entity and key in one transaction matters to a reader.
        self._pending[channel][(entity, key)] = PendingChange(entity, key, version, op, stored)

    def flush(self) -> None:
        now = utcnow()
        for channel in sorted(self._pending):  # one lock order for every writer: no deadlocks
            changes = list(self._pending[channel].values())
            if not changes:
                continue
            # The Core table, not the mapped class: an ORM-enabled UPDATE also plans how to bring the
            # session's objects up to date, about 5 % of a small push or a web order under load.
            last = self._session.execute(
                update(_SEQUENCER)
                .where(_SEQUENCER.c.channel == channel)
                .values(last_pos=_SEQUENCER.c.last_pos + len(changes))
                .returning(_SEQUENCER.c.last_pos)
            ).scalar_one()
            first = last - len(changes) + 1
            bulk_insert(
                self._session.connection(),
                table_of(FeedChange),
                [
                    {
                        "channel": channel,
                        "pos": first + i,
                        "entity": c.entity,
                        "key": c.key,
                        "version": c.version,
                        "op": c.op,
                        "data": c.data,
                        "created_at": now,
                    }
                    for i, c in enumerate(changes)
                ],
            )
        self._pending.clear()


def ensure_channel(session: Session, channel: str) -> None:
    if session.get(FeedSequencer, channel) is None:
        session.add(FeedSequencer(channel=channel, last_pos=0, pruned_through=0))
        session.flush()


def current_cursor(session: Session, store_id: str) -> str:
    """The cursor of everything committed so far (used by the snapshot)."""
    chans = channels_for(store_id)
    rows = dict(
        session.execute(
            select(FeedSequencer.channel, FeedSequencer.last_pos).where(FeedSequencer.channel.in_(chans))
        ).all()
    )
    return encode_cursor(tuple(rows.get(c, 0) for c in chans))


def read_changes(session: Session, store_id: str, cursor: str | None, limit: int) -> dict[str, Any]:
    """One page of changes after `cursor`; 410 when the cursor points into pruned history."""
    chans = channels_for(store_id)
    positions = list(decode_cursor(cursor, len(chans)))
    limit = max(1, min(limit, MAX_FEED_LIMIT))
    pruned = dict(
        session.execute(
            select(FeedSequencer.channel, FeedSequencer.pruned_through).where(
                FeedSequencer.channel.in_(chans)
            )
        ).all()
    )
    for chan, pos in zip(chans, positions, strict=True):
        if pos < pruned.get(chan, 0):
            raise ApiError(410, "feed.cursor_expired", "cursor older than the feed's retention; re-bootstrap")
    changes: list[dict[str, Any]] = []
    has_more = False
    for index, chan in enumerate(chans):
        room = limit - len(changes)
        if room <= 0:
            has_more = True
            break
        rows = session.execute(
            select(
                FeedChange.pos,
                FeedChange.entity,
                FeedChange.key,
                FeedChange.version,
                FeedChange.op,
                FeedChange.data,
            )
            .where(FeedChange.channel == chan, FeedChange.pos > positions[index])
            .order_by(FeedChange.pos)
            .limit(room + 1)
        ).all()
        if len(rows) > room:
            has_more = True
            rows = rows[:room]
        for pos, entity, key, version, op, data in rows:
            changes.append({"entity": entity, "key": key, "version": version, "op": op, "data": data})
            positions[index] = pos
    return {"changes": changes, "next_cursor": encode_cursor(tuple(positions)), "has_more": has_more}


def prune(session: Session, older_than: datetime) -> int:
    """Delete changes written before `older_than`; cursors pointing below them then get 410."""
    removed = 0
    for (channel,) in session.execute(select(FeedSequencer.channel)).all():
        top = session.execute(
            select(func.max(FeedChange.pos)).where(
                FeedChange.channel == channel, FeedChange.created_at < older_than
            )
        ).scalar_one_or_none()
        if top is None:
            continue
        result = session.execute(
            delete(FeedChange).where(FeedChange.channel == channel, FeedChange.pos <= top)
        )
        removed += int(getattr(result, "rowcount", 0) or 0)
        session.execute(
            update(FeedSequencer).where(FeedSequencer.channel == channel).values(pruned_through=top)
        )
    return removed
