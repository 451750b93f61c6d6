"""The backend inside another process: `store-terminal --demo` runs it on SQLite in a thread.

Migrates and (once) seeds the demo chain, serves on a loopback port, and issues enrolment codes so the
till can enrol itself exactly as a real till enrols against a central backend.
"""

from __future__ import annotations

import socket
import threading
import time
from pathlib import Path

from backend.db import Database
from backend.settings import Settings


class EmbeddedBackend:
    """The reference backend on a SQLite file, served by uvicorn on 127.0.0.1 in a daemon thread."""

    def __init__(self, db_path: Path) -> None:
        self.db_path = db_path
        self.url = ""
        self._settings = Settings.from_env(db_url=f"sqlite:///{db_path}")
        self._server: object | None = None
        self._thread: threading.Thread | None = None
        self._sock: socket.socket | None = None

    def prepare(self, *, products: int) -> bool:
        """Migrate, and seed the demo chain if the database is new. True when it seeded."""
        from backend.migrate import upgrade
        from backend.services.catalogue import store_ids
        from backend.services.seed import seed_demo

        self.db_path.parent.mkdir(parents=True, exist_ok=True)
        upgrade(self._settings.db_url)
        db = Database(self._settings.db_url)
        try:
            with db.read() as session:
                if store_ids(session):
                    return False
            seed_demo(db, products=products)
            return True
        finally:
            db.dispose()

    def start(self, *, timeout: float = 15.0) -> str:
        """Serve on an ephemeral loopback port; returns the base URL once the server accepts requests."""
        import uvicorn

        from backend.app import create_app

        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(("127.0.0.1", 0))
        config = uvicorn.Config(create_app(self._settings), log_level="warning", timeout_graceful_shutdown=2)
        server = uvicorn.Server(config)
        thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, name="backend", daemon=True)
        thread.start()
        deadline = time.monotonic() + timeout
        while not server.started:
            if time.monotonic() > deadline or not thread.is_alive():
                raise RuntimeError("the embedded backend did not start")
            time.sleep(0.01)
        self._server, self._thread, self._sock = server, thread, sock
        self.url = f"http://127.0.0.1:{sock.getsockname()[1]}"
        return self.url

    def enroll_code(self, *, store_id: str, terminal_id: str) -> str:
        """A one-time enrolment code for a till, as `store-backend enroll-code` prints it."""
        from backend.services import security

        db = Database(self._settings.db_url)
        try:
            with db.write() as session:
                return security.issue_enroll_code(
                    session,
                    store_id=store_id,
                    terminal_id=terminal_id,
                    ttl_minutes=self._settings.enroll_code_ttl_minutes,
                )
        finally:
            db.dispose()

    def stop(self) -> None:
        server, thread, sock = self._server, self._thread, self._sock
        if server is not None:
            server.should_exit = True  # type: ignore[attr-defined]
        if thread is not None:
            thread.join(10)
        if sock is not None:
            sock.close()
        self._server = self._thread = self._sock = None
