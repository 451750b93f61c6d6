"""The single-instance lock: an exclusive OS lock on a file beside the database.

Two copies of the till on one database would run two sync loops over one outbox (the duplicate-sale
class of bug), so the second copy must refuse to start. The lock is an advisory OS lock (`flock` on
POSIX, `msvcrt.locking` on Windows) held on an open file for the life of the `Database`; the OS drops it
when the process dies, however it dies, so a crash never leaves a stale lock behind.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import IO

from terminal.domain.errors import TillError


class AlreadyRunningError(TillError):
    """Another process (or another Database in this process) holds the database's lock file."""

    def __init__(self, path: Path) -> None:
        super().__init__("storage.already_running", path=str(path))
        self.path = path


def lock_path_for(db_path: Path) -> Path:
    """`till.db` -> `till.db.lock`, in the same directory (so it is on the same filesystem)."""
    return db_path.with_name(db_path.name + ".lock")


class LockFile:
    """An exclusive, non-blocking lock on one file; `release()` (or process death) frees it."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._file: IO[bytes] | None = None

    def acquire(self) -> None:
        """Take the lock or raise AlreadyRunningError at once (never waits)."""
        handle = open(self.path, "a+b")  # noqa: SIM115 - held open for the life of the lock
        try:
            _lock(handle)
        except OSError:
            handle.close()
            raise AlreadyRunningError(self.path) from None
        # The pid is for a human wondering who holds the lock; it is not used to decide anything.
        handle.seek(0)
        handle.truncate()
        handle.write(f"{os.getpid()}\n".encode())
        handle.flush()
        self._file = handle

    def release(self) -> None:
        """Free the lock. Safe to call twice."""
        handle, self._file = self._file, None
        if handle is None:
            return
        try:
            _unlock(handle)
        finally:
            handle.close()

    @property
    def held(self) -> bool:
        return self._file is not None


if sys.platform == "win32":
    import msvcrt

    def _lock(handle: IO[bytes]) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)

    def _unlock(handle: IO[bytes]) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock(handle: IO[bytes]) -> None:
        # flock locks belong to the open file description, so a second open() in this same process
        # conflicts too (that is what lets the tests check refusal without a second process).
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(handle: IO[bytes]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
