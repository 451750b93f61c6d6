"""Staff managed centrally (ADR 0017): the backend's people written into the till's staff table.

The feed (`staff` changes, contract.feed.StaffData) and the snapshot (`staff` pages) bring each person
with the backend's version, their PIN as the till's own salted scrypt hash (terminal/storage/staff.py
checks it offline) and their badge. A person counts at this till while they are active and work in its
store (`all_stores`, or the store in `store_ids`); otherwise their row stays, inactive, so the audit log
keeps their name and a login with their old PIN is told they were removed (`staff.removed`).

A central person wins over one added at this till (`store-terminal --add-staff`, `version` NULL): the
same id is overwritten, the same badge is taken from the local one, and a PIN login tries central
people first. A change is applied only when its version is newer than the row's, so a page applied
twice, or an older change after a snapshot, changes nothing.

Statements run on the sqlite3 connection of the caller's transaction (feed_apply, snapshot_load).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from contract.feed import StaffData

_VERSION = "SELECT version FROM staff WHERE staff_id = ?"
_FREE_BADGE = "UPDATE staff SET badge_code = NULL WHERE badge_code = ? AND staff_id != ?"
_UPSERT = (
    "INSERT INTO staff (staff_id, name, role, pin_hash, pin_salt, badge_code, active, version, updated_at) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (staff_id) DO UPDATE SET name = excluded.name, "
    "role = excluded.role, pin_hash = excluded.pin_hash, pin_salt = excluded.pin_salt, "
    "badge_code = excluded.badge_code, active = excluded.active, version = excluded.version, "
    "updated_at = excluded.updated_at"
)
# Not (or no longer) allowed here: inactive, badge given back; the PIN hash stays for the "removed" message.
_RETIRE = (
    "INSERT INTO staff (staff_id, name, role, pin_hash, pin_salt, badge_code, active, version, updated_at) "
    "VALUES (?, ?, ?, '', '', NULL, 0, ?, ?) ON CONFLICT (staff_id) DO UPDATE SET name = excluded.name, "
    "role = excluded.role, badge_code = NULL, active = 0, version = excluded.version, "
    "updated_at = excluded.updated_at"
)
_DEACTIVATE = (
    "UPDATE staff SET active = 0, badge_code = NULL, version = ?, updated_at = ? "
    "WHERE staff_id = ? AND (version IS NULL OR version < ?)"
)


def _newer(raw: Any, staff_id: str, version: int) -> bool:
    row = raw.execute(_VERSION, (staff_id,)).fetchone()
    return row is None or row[0] is None or int(row[0]) < version


def upsert(raw: Any, staff_id: str, version: int, data: StaffData, *, store_id: str, stamp: str) -> None:
    """One person from the feed, as this store's tills see them."""
    if not _newer(raw, staff_id, version):
        return
    here = data.active and (data.all_stores or store_id in data.store_ids)
    role = "manager" if data.role == "manager" else "cashier"
    if here and data.pin_hash and data.pin_salt:
        if data.badge_code:
            raw.execute(_FREE_BADGE, (data.badge_code, staff_id))
        raw.execute(
            _UPSERT,
            (staff_id, data.name, role, data.pin_hash, data.pin_salt, data.badge_code, 1, version, stamp),
        )
    else:
        raw.execute(_RETIRE, (staff_id, data.name, role, version, stamp))


def remove(raw: Any, staff_id: str, version: int, stamp: str) -> None:
    """A `delete` of a person (the backend sends an inactive upsert instead; this is the fallback)."""
    raw.execute(_DEACTIVATE, (version, stamp, staff_id, version))


def load_row(raw: Any, row: tuple[Any, ...], stamp: str) -> None:
    """One active person of a snapshot page: (staff_id, name, role, pin_salt, pin_hash, badge_code,
    version), already picked out by column name."""
    staff_id, name, role, salt, pin_hash, badge, version = row
    if not _newer(raw, staff_id, int(version)):
        raw.execute("UPDATE staff SET updated_at = ? WHERE staff_id = ?", (stamp, staff_id))
        return
    if badge:
        raw.execute(_FREE_BADGE, (badge, staff_id))
    role = "manager" if role == "manager" else "cashier"
    raw.execute(_UPSERT, (staff_id, name, role, pin_hash, salt, badge, 1, int(version), stamp))


def retire_unseen(raw: Any, stamp: str) -> None:
    """After a snapshot: the central people it did not list are no longer allowed at this till."""
    raw.execute(
        "UPDATE staff SET active = 0, badge_code = NULL WHERE version IS NOT NULL AND "
        "(updated_at IS NULL OR updated_at < ?) AND active = 1",
        (stamp,),
    )
