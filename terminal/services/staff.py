"""Staff use cases: log in by PIN or badge, log out, and a manager's approval by PIN.

Who is logged in is the state of this service (one till, one cashier at a time). Every approval
granted is written to the audit log by the service that uses it, together with what it approved.

A person removed centrally (ADR 0017) is refused from the till's next sync on with `staff.removed`,
which names them, instead of "not recognised"; one logged in is logged out by the main window after
the sync round that brought it (`still_allowed`). After `MAX_FAILED_LOGINS` wrong PINs or badges in a row
the login is locked for `LOCKOUT_SECONDS` (`staff.locked`), so 4-digit PINs cannot be tried through
quickly at the keypad; a correct login ends the count. The lock is this till's and lives in memory.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from terminal.domain.errors import TillError
from terminal.domain.scan import BADGE_PREFIX
from terminal.domain.staff import Action, Approval, Role, StaffMember
from terminal.services.ports import Clock
from terminal.storage import audit
from terminal.storage import staff as staff_repo
from terminal.storage.db import Database

MAX_FAILED_LOGINS = 5
LOCKOUT_SECONDS = 30


class StaffService:
    """Login, logout and approvals for one till."""

    def __init__(self, *, db: Database, clock: Clock) -> None:
        self._db = db
        self._clock = clock
        self._current: StaffMember | None = None
        self._failed = 0
        self._locked_until: datetime | None = None

    @property
    def current(self) -> StaffMember | None:
        """Who is working the till now, or None at the login screen."""
        return self._current

    def require(self) -> StaffMember:
        """The logged-in staff member; a use case without one is refused."""
        if self._current is None:
            raise TillError("staff.not_logged_in")
        return self._current

    def _find(self, secret: str) -> StaffMember | None:
        secret = secret.strip()
        if not secret:
            return None
        with self._db.read() as session:
            if secret.upper().startswith(BADGE_PREFIX):  # a scanned badge: B:<badge code>
                record = staff_repo.find_by_badge(session, secret[len(BADGE_PREFIX) :])
            elif secret.isdigit():  # typed on the keypad
                record = staff_repo.verify_pin(session, secret)
            else:  # a badge scanner without our prefix
                record = staff_repo.find_by_badge(session, secret)
        if record is None or not record.active:
            return None
        return StaffMember(staff_id=record.staff_id, name=record.name, role=Role(record.role))

    def _removed(self, secret: str) -> staff_repo.StaffRecord | None:
        secret = secret.strip()
        if not secret.isdigit():
            return None
        with self._db.read() as session:
            return staff_repo.find_removed(session, secret)

    def login(self, secret: str) -> StaffMember:
        """Log in with a PIN typed on the keypad or a badge scanned; refused with staff.unknown,
        staff.removed (removed centrally) or staff.locked (too many wrong tries)."""
        now = self._clock()
        if self._locked_until is not None and now < self._locked_until:
            seconds = max(1, int((self._locked_until - now).total_seconds() + 0.999))
            raise TillError("staff.locked", seconds=seconds)
        member = self._find(secret)
        removed = self._removed(secret) if member is None else None
        with self._db.write() as session:
            audit.append(
                session,
                at=now,
                staff_id=member.staff_id if member else None,
                approved_by=None,
                action="login" if member else "login.failed",
                details={"removed": removed.staff_id} if removed else {},
            )
        if member is None:
            self._failed += 1
            if self._failed >= MAX_FAILED_LOGINS:
                self._failed = 0
                self._locked_until = now + timedelta(seconds=LOCKOUT_SECONDS)
            if removed is not None:
                raise TillError("staff.removed", name=removed.name)
            raise TillError("staff.unknown")
        self._failed = 0
        self._locked_until = None
        self._current = member
        return member

    def still_allowed(self) -> bool:
        """Whether the person logged in may still work this till (False once a sync has brought their
        removal, ADR 0017); True when nobody is logged in."""
        member = self._current
        if member is None:
            return True
        with self._db.read() as session:
            record = staff_repo.get_staff(session, member.staff_id)
        return record is not None and record.active

    def logout(self) -> None:
        """End the current session; the open basket stays for the next login."""
        member = self._current
        self._current = None
        if member is not None:
            with self._db.write() as session:
                audit.append(
                    session,
                    at=self._clock(),
                    staff_id=member.staff_id,
                    approved_by=None,
                    action="logout",
                    details={},
                )

    def approve(self, pin: str, action: Action) -> Approval:
        """A manager's PIN turned into the proof of approval for one action; refused otherwise."""
        member = self._find(pin)
        if member is None or member.role is not Role.MANAGER:
            with self._db.write() as session:
                audit.append(
                    session,
                    at=self._clock(),
                    staff_id=self._current.staff_id if self._current else None,
                    approved_by=None,
                    action="approval.denied",
                    details={"action": str(action)},
                )
            raise TillError("approval.denied", action=str(action))
        return Approval(action=action, manager_id=member.staff_id, manager_name=member.name)
