"""Staff managed centrally (ADR 0017): add, change, remove and list people; every change reaches the tills.

A PIN is kept only as the till's salted scrypt hash (terminal/storage/staff.py: `scrypt$n$r$p$<hex>`,
n=2**11, r=8, p=1, 32 bytes), so the feed carries it to the tills unchanged and a till checks a PIN
offline. PIN-only login at a till tries every active person of its store, so a PIN must be unique among
the active staff of each store the person works in (`staff.pin_taken`); checking that costs one scrypt
(~5 ms) per such person. A badge is unique across the chain.

Every change is written to the feed (`staff`, contract.feed.StaffData) on the channel of every store
the person works in, before and after the change, so a store they leave learns it too. Removing a
person is an upsert with `active` false, never a delete (the tills keep the row for their audit log).

Lock order (ADR 0009, extended by ADR 0017): the store rows whose PIN uniqueness a change checks, in
store order (every store for an all-stores person) -> the staff row -> the feed sequencers. Two
changes that could give one store the same PIN twice therefore queue on that store's row.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, or_, select
from sqlalchemy.orm import Session

from backend.errors import ApiError
from backend.models import StaffMember, StaffStore, Store, utcnow
from backend.services.feed import FeedWriter, store_channel
from contract.feed import StaffData
from contract.staff import StaffIn, StaffPatch

_N, _R, _P = 2**11, 8, 1  # the till's parameters (terminal/storage/staff.py)


def hash_pin(pin: str, salt_hex: str, *, n: int = _N, r: int = _R, p: int = _P) -> str:
    """The till's PIN hash: `scrypt$n$r$p$<hex of 32 bytes>`."""
    digest = hashlib.scrypt(pin.encode(), salt=bytes.fromhex(salt_hex), n=n, r=r, p=p, dklen=32)
    return f"scrypt${n}${r}${p}${digest.hex()}"


def pin_matches(pin: str, salt_hex: str, stored: str) -> bool:
    try:
        scheme, n, r, p, _digest = stored.split("$")
    except ValueError:
        return False
    if scheme != "scrypt":
        return False
    return hmac.compare_digest(hash_pin(pin, salt_hex, n=int(n), r=int(r), p=int(p)), stored)


@dataclass(frozen=True, slots=True)
class _Stores:
    all_stores: bool
    store_ids: tuple[str, ...]  # sorted; empty when all_stores


def _all_store_ids(session: Session) -> list[str]:
    return list(session.scalars(select(Store.store_id).order_by(Store.store_id)))


def _stores_of(session: Session, staff_id: str) -> _Stores:
    row = session.get(StaffMember, staff_id)
    ids = session.scalars(
        select(StaffStore.store_id).where(StaffStore.staff_id == staff_id).order_by(StaffStore.store_id)
    )
    return _Stores(bool(row is not None and row.all_stores), tuple(ids))


def _resolved(session: Session, stores: _Stores) -> list[str]:
    """The store ids a person works in (every store for an all-stores person)."""
    return _all_store_ids(session) if stores.all_stores else list(stores.store_ids)


def _check_stores(session: Session, store_ids: list[str]) -> None:
    known = set(session.scalars(select(Store.store_id).where(Store.store_id.in_(store_ids))))
    unknown = sorted(set(store_ids) - known)
    if unknown:
        raise ApiError(422, "staff.unknown_store", f"unknown store {', '.join(unknown)}", {"stores": unknown})


def _lock_stores(session: Session, store_ids: list[str]) -> None:
    """Take the store rows in store order (the PIN check's lock, see the module docstring)."""
    if store_ids:
        session.execute(
            select(Store.store_id)
            .where(Store.store_id.in_(store_ids))
            .order_by(Store.store_id)
            .with_for_update()
        ).all()


def _locked_staff(session: Session, staff_id: str) -> StaffMember | None:
    return session.execute(
        select(StaffMember).where(StaffMember.staff_id == staff_id).with_for_update()
    ).scalar_one_or_none()


def _check_pin_free(session: Session, pin: str, store_ids: list[str], staff_id: str) -> None:
    """Refuse a PIN another active person of one of these stores already uses."""
    if not store_ids:
        return
    sharing = select(StaffStore.staff_id).where(StaffStore.store_id.in_(store_ids))
    others = session.execute(
        select(StaffMember.staff_id, StaffMember.pin_salt, StaffMember.pin_hash).where(
            StaffMember.active.is_(True),
            StaffMember.staff_id != staff_id,
            or_(StaffMember.all_stores.is_(True), StaffMember.staff_id.in_(sharing)),
        )
    ).all()
    for other in others:
        if pin_matches(pin, other.pin_salt, other.pin_hash):
            raise ApiError(
                409,
                "staff.pin_taken",
                "another active person of the same store uses this PIN: choose another",
            )


def _check_badge_free(session: Session, badge: str | None, staff_id: str) -> None:
    if badge is None:
        return
    holder = session.scalar(
        select(StaffMember.staff_id).where(StaffMember.badge_code == badge, StaffMember.staff_id != staff_id)
    )
    if holder is not None:
        raise ApiError(409, "staff.badge_taken", f"badge {badge} belongs to {holder}")


def _set_stores(session: Session, staff_id: str, stores: _Stores) -> None:
    session.execute(delete(StaffStore).where(StaffStore.staff_id == staff_id))
    for store_id in stores.store_ids:
        session.add(StaffStore(staff_id=staff_id, store_id=store_id))
    session.flush()


def view(session: Session, row: StaffMember) -> dict[str, Any]:
    """The admin API's `StaffView` of a row (never the PIN hash)."""
    stores = _stores_of(session, row.staff_id)
    return {
        "staff_id": row.staff_id,
        "name": row.name,
        "role": row.role,
        "store_ids": list(stores.store_ids),
        "all_stores": bool(row.all_stores),
        "badge_code": row.badge_code,
        "active": bool(row.active),
        "version": int(row.version),
    }


def feed_data(row: StaffMember, stores: _Stores) -> StaffData:
    """What the tills get: the PIN hash and badge only while the person is active."""
    active = bool(row.active)
    return StaffData(
        staff_id=row.staff_id,
        name=row.name,
        role="manager" if row.role == "manager" else "cashier",
        store_ids=list(stores.store_ids),
        all_stores=stores.all_stores,
        badge_code=row.badge_code if active else None,
        pin_salt=row.pin_salt if active else None,
        pin_hash=row.pin_hash if active else None,
        active=active,
    )


def _publish(session: Session, row: StaffMember, before: list[str], feed: FeedWriter | None) -> None:
    """The person's change on the channel of every store they worked in or work in now."""
    if feed is None:
        return
    stores = _stores_of(session, row.staff_id)
    data = feed_data(row, stores)
    for store_id in sorted(set(before) | set(_resolved(session, stores))):
        feed.add(store_channel(store_id), entity="staff", key=row.staff_id, version=row.version, data=data)


def add(session: Session, body: StaffIn, feed: FeedWriter | None) -> dict[str, Any]:
    """A new person (409 `staff.exists` if active), or a removed one back under the same id."""
    stores = _Stores(body.all_stores, tuple(sorted(body.store_ids)))
    if not stores.all_stores:
        _check_stores(session, list(stores.store_ids))
    target = _resolved(session, stores)
    _lock_stores(session, target)
    row = _locked_staff(session, body.staff_id)
    if row is not None and row.active:
        raise ApiError(409, "staff.exists", f"staff {body.staff_id} exists: change them with PATCH")
    before = _resolved(session, _stores_of(session, body.staff_id)) if row is not None else []
    _check_pin_free(session, body.pin, target, body.staff_id)
    _check_badge_free(session, body.badge_code, body.staff_id)
    salt = secrets.token_hex(16)
    if row is None:
        row = StaffMember(staff_id=body.staff_id, version=0)
        session.add(row)
    row.name, row.role, row.badge_code = body.name, body.role, body.badge_code
    row.pin_salt, row.pin_hash = salt, hash_pin(body.pin, salt)
    row.all_stores, row.active = stores.all_stores, True
    row.version = (row.version or 0) + 1
    row.updated_at = utcnow()
    session.flush()
    _set_stores(session, body.staff_id, stores)
    _publish(session, row, before, feed)
    return view(session, row)


def update(session: Session, staff_id: str, patch: StaffPatch, feed: FeedWriter | None) -> dict[str, Any]:
    """Change what the patch sends; a removed person cannot be changed (add them again instead)."""
    current = _stores_of(session, staff_id)
    sent = patch.model_fields_set
    if patch.all_stores:
        stores = _Stores(True, ())
    elif patch.store_ids is not None:
        _check_stores(session, patch.store_ids)
        stores = _Stores(False, tuple(sorted(patch.store_ids)))
    else:
        stores = current
    target = _resolved(session, stores)
    if patch.pin is not None or stores != current:
        _lock_stores(session, target)
    row = _locked_staff(session, staff_id)
    if row is None:
        raise ApiError(404, "staff.unknown", f"unknown staff {staff_id}")
    if not row.active:
        raise ApiError(409, "staff.removed", f"staff {staff_id} was removed: add them again with POST")
    before = _resolved(session, current)
    if patch.pin is not None:
        _check_pin_free(session, patch.pin, target, staff_id)
        row.pin_salt = secrets.token_hex(16)
        row.pin_hash = hash_pin(patch.pin, row.pin_salt)
    elif set(target) - set(before):  # the PIN must be free in the stores the person joins
        raise ApiError(
            422,
            "staff.pin_needed",
            "joining other stores needs the person's PIN (pin), to check no one there uses it",
        )
    if "badge_code" in sent:
        _check_badge_free(session, patch.badge_code, staff_id)
        row.badge_code = patch.badge_code
    if patch.name is not None:
        row.name = patch.name
    if patch.role is not None:
        row.role = patch.role
    row.all_stores = stores.all_stores
    row.version += 1
    row.updated_at = utcnow()
    session.flush()
    _set_stores(session, staff_id, stores)
    _publish(session, row, before, feed)
    return view(session, row)


def remove(session: Session, staff_id: str, feed: FeedWriter | None) -> dict[str, Any]:
    """Remove a person: inactive, badge given back; every till of their stores refuses them after its
    next sync. Removing a removed person changes nothing."""
    row = _locked_staff(session, staff_id)
    if row is None:
        raise ApiError(404, "staff.unknown", f"unknown staff {staff_id}")
    if not row.active:
        return view(session, row)
    row.active = False
    row.badge_code = None
    row.version += 1
    row.updated_at = utcnow()
    session.flush()
    _publish(session, row, [], feed)
    return view(session, row)


def get(session: Session, staff_id: str) -> dict[str, Any]:
    row = session.get(StaffMember, staff_id)
    if row is None:
        raise ApiError(404, "staff.unknown", f"unknown staff {staff_id}")
    return view(session, row)


def listing(session: Session, *, store_id: str | None = None, removed: bool = False) -> list[dict[str, Any]]:
    """Everyone (of one store), by id; removed people only when asked for."""
    query = select(StaffMember).order_by(StaffMember.staff_id)
    if not removed:
        query = query.where(StaffMember.active.is_(True))
    if store_id is not None:
        sharing = select(StaffStore.staff_id).where(StaffStore.store_id == store_id)
        query = query.where(or_(StaffMember.all_stores.is_(True), StaffMember.staff_id.in_(sharing)))
    return [view(session, row) for row in session.scalars(query)]
