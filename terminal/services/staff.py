"""Staff use cases: log in by PIN or badge, log out, and a manager's approval by PIN.

Who is logged in is the state of this service (one till, one cashier at a time). Every approval
granted is written to the audit log by the service that uses it, together with what it approved.
"""

from __future__ import annotations

from terminal.domain.errors import TillError
from terminal.domain.scan import BADGE_PREFIX
from terminal.domain.staff import Action, Approval, Role, StaffMember
from terminal.services.ports import Clock
from terminal.storage import audit
from terminal.storage import staff as staff_repo
from terminal.storage.db import Database


class StaffService:
    """Login, logout and approvals for one till."""

    def __init__(self, *, db: Database, clock: Clock) -> None:
        self._db = db
        self._clock = clock
        self._current: StaffMember | None = None

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

    def login(self, secret: str) -> StaffMember:
        """Log in with a PIN typed on the keypad or a badge scanned; refused with staff.unknown."""
        member = self._find(secret)
        with self._db.write() as session:
            audit.append(
                session,
                at=self._clock(),
                staff_id=member.staff_id if member else None,
                approved_by=None,
                action="login" if member else "login.failed",
                details={},
            )
        if member is None:
            raise TillError("staff.unknown")
        self._current = member
        return member

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
