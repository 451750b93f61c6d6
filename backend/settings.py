"""Backend settings: one immutable value built from arguments or the environment, passed to `create_app`."""

from __future__ import annotations

import os
from dataclasses import dataclass, field

from sync.protocol import MAX_BODY_BYTES

DEFAULT_DB_URL = "sqlite:///store-backend.sqlite3"


@dataclass(frozen=True, slots=True, kw_only=True)
class Settings:
    """Everything the service needs; no module-level state anywhere else."""

    db_url: str = DEFAULT_DB_URL
    max_body_bytes: int = MAX_BODY_BYTES
    feed_retention_days: int = 30
    enroll_code_ttl_minutes: int = 60 * 24
    snapshot_page_limit: int = 50_000
    # Test hook: "exit_before_commit" makes the event service os._exit() right before COMMIT, so the
    # crash-recovery test can prove a half-applied batch leaves nothing behind.
    fault: str | None = None
    pool_size: int = field(default=10)

    @classmethod
    def from_env(cls, **overrides: object) -> Settings:
        """Read STORE_BACKEND_* variables; explicit keyword overrides win."""
        values: dict[str, object] = {}
        if url := os.environ.get("STORE_BACKEND_DB_URL"):
            values["db_url"] = url
        if fault := os.environ.get("STORE_BACKEND_FAULT"):
            values["fault"] = fault
        if days := os.environ.get("STORE_BACKEND_FEED_RETENTION_DAYS"):
            values["feed_retention_days"] = int(days)
        values.update({k: v for k, v in overrides.items() if v is not None})
        return cls(**values)  # type: ignore[arg-type]
