"""Staff and their PINs: salted scrypt hashes (standard library), PIN-only login, badge login.

A 4-digit PIN has 10,000 values, so no hash makes a stolen database safe; the hash keeps PINs out of
plain sight and the cost is chosen for the login path instead: scrypt with n=2**11 takes ~5 ms, so a
PIN-only login that tries every active staff member of a store (tens) stays well under 0.2 s. Each PIN
must therefore be unique among active staff (`add_staff` refuses a duplicate with `staff.pin_taken`).
The parameters are stored with the hash, so they can be raised later without breaking old rows.

Staff managed centrally (ADR 0017) arrive through the feed with the same hash format
(terminal/storage/central_staff.py, `version` set); they win over people added at this till: a PIN
login tries them first, and `add_staff` refuses their ids. A removed central person stays as an
inactive row with their old hash, so `find_removed` can tell them apart from a wrong PIN.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from terminal.domain.errors import TillError
from terminal.storage.models.people import Staff

_N, _R, _P = 2**11, 8, 1


@dataclass(frozen=True, slots=True)
class StaffRecord:
    staff_id: str
    name: str
    role: str  # "cashier" | "manager"
    badge_code: str | None
    active: bool


def hash_pin(pin: str, salt_hex: str, *, n: int = _N, r: int = _R, p: int = _P) -> str:
    digest = hashlib.scrypt(pin.encode(), salt=bytes.fromhex(salt_hex), n=n, r=r, p=p, dklen=32)
    return f"scrypt${n}${r}${p}${digest.hex()}"


def _pin_matches(pin: str, row: Staff) -> bool:
    try:
        scheme, n, r, p, _digest = row.pin_hash.split("$")
    except ValueError:
        return False
    if scheme != "scrypt":
        return False
    candidate = hash_pin(pin, row.pin_salt, n=int(n), r=int(r), p=int(p))
    return hmac.compare_digest(candidate, row.pin_hash)


def _record(row: Staff) -> StaffRecord:
    return StaffRecord(row.staff_id, row.name, row.role, row.badge_code, bool(row.active))


def add_staff(
    session: Session,
    *,
    staff_id: str,
    name: str,
    role: str,
    pin: str,
    badge_code: str | None = None,
    active: bool = True,
) -> StaffRecord:
    """Add (or replace) a staff member. Raises TillError("staff.pin_taken") if another active member
    already uses this PIN, since PIN-only login must identify exactly one person."""
    if not (pin.isdigit() and 4 <= len(pin) <= 12):
        raise TillError("staff.pin_invalid")
    existing = session.get(Staff, staff_id)
    if existing is not None and existing.version is not None:
        raise TillError("staff.managed_centrally", staff_id=staff_id)
    if active and any(
        _pin_matches(pin, row)
        for row in session.scalars(select(Staff).where(Staff.active.is_(True), Staff.staff_id != staff_id))
    ):
        raise TillError("staff.pin_taken", staff_id=staff_id)
    salt = secrets.token_hex(16)
    row = Staff(
        staff_id=staff_id,
        name=name,
        role=role,
        pin_hash=hash_pin(pin, salt),
        pin_salt=salt,
        badge_code=badge_code,
        active=active,
    )
    session.merge(row)
    session.flush()
    return StaffRecord(staff_id, name, role, badge_code, active)


def verify_pin(session: Session, pin: str, *, staff_id: str | None = None) -> StaffRecord | None:
    """The active staff member with this PIN (only `staff_id` if given), or None. Central people are
    tried first, so one of them wins over a local person with the same PIN."""
    stmt = select(Staff).where(Staff.active.is_(True)).order_by(Staff.version.is_(None), Staff.staff_id)
    if staff_id is not None:
        stmt = stmt.where(Staff.staff_id == staff_id)
    for row in session.scalars(stmt):
        if _pin_matches(pin, row):
            return _record(row)
    return None


def find_removed(session: Session, pin: str) -> StaffRecord | None:
    """A person managed centrally who was removed (or no longer works in this store) and whose old PIN
    this is, or None: the login says why they are refused instead of "not recognised"."""
    stmt = select(Staff).where(Staff.active.is_(False), Staff.version.is_not(None), Staff.pin_hash != "")
    for row in session.scalars(stmt.order_by(Staff.staff_id)):
        if _pin_matches(pin, row):
            return _record(row)
    return None


def find_by_badge(session: Session, badge_code: str) -> StaffRecord | None:
    """The active staff member whose badge was scanned, or None."""
    row = session.scalars(select(Staff).where(Staff.badge_code == badge_code, Staff.active.is_(True))).first()
    return None if row is None else _record(row)


def get_staff(session: Session, staff_id: str) -> StaffRecord | None:
    row = session.get(Staff, staff_id)
    return None if row is None else _record(row)


def list_staff(session: Session, *, active_only: bool = True) -> list[StaffRecord]:
    stmt = select(Staff).order_by(Staff.name)
    if active_only:
        stmt = stmt.where(Staff.active.is_(True))
    return [_record(r) for r in session.scalars(stmt)]
