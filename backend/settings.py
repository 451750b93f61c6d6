"""Backend settings: one immutable value built from arguments or the environment, passed to `create_app`."""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from dataclasses import dataclass, field

from contract.base import MAX_BODY_BYTES

DEFAULT_DB_URL = "sqlite:///store-backend.sqlite3"


@dataclass(frozen=True, slots=True, kw_only=True)
class Settings:
    """Everything the service needs; no module-level state anywhere else."""

    db_url: str = DEFAULT_DB_URL
    max_body_bytes: int = MAX_BODY_BYTES
    feed_retention_days: int = 30
    # Delivered and skipped notifications older than this are deleted by `prune-notifications`.
    notification_retention_days: int = 90
    enroll_code_ttl_minutes: int = 60 * 24
    snapshot_page_limit: int = 50_000
    # Test hook: "exit_before_commit" makes the event service os._exit() right before COMMIT, so the
    # crash-recovery test can prove a half-applied batch leaves nothing behind.
    fault: str | None = None
    pool_size: int = field(default=10)
    # Requests one worker process runs at once (its thread pool for the sync endpoints); None leaves
    # the pool at anyio's 40 (the embedded backend, tests). `serve` sets it (--threads, default 1): the
    # work is CPU-bound Python under one interpreter lock, and threads that take turns on it hold
    # their transactions' row locks while they wait (docs/adr/0028-one-request-per-worker.md).
    threads: int | None = None
    # The pickup schedule (reminders, expiry) in a thread of this process, every interval seconds;
    # off for deployments that run `store-backend run-schedule` in one place (backend/scheduler.py).
    scheduler: bool = True
    scheduler_interval: float = 60.0
    # The event payload versions this server accepts, per type (e.g. {"sale.completed": (1,)}); None:
    # every version the contract and the handlers know. Lets an operator (or a test) hold a new version
    # back until every worker runs the release that has it (docs/adr/0010-versioned-contract.md).
    accepts: Mapping[str, tuple[int, ...]] | None = None
    # The notification outbox (docs/adr/0014-notification-outbox.md). The delivery thread runs in the
    # app when True (`store-backend serve` turns it on unless STORE_BACKEND_NOTIFY_WORKER=0).
    notify_worker: bool = False
    notify_poll_seconds: float = 2.0
    notify_max_attempts: int = 15
    notify_lease_seconds: int = 300  # far above the channel timeouts: a claim outlives its delivery
    webhook_timeout_seconds: float = 10.0
    # E-mail over SMTP; no host: e-mail notifications are marked `skipped` (the chain mails itself).
    smtp_host: str | None = None
    smtp_port: int = 25
    smtp_from: str = "store@localhost"
    smtp_starttls: bool = False
    smtp_user: str | None = None
    smtp_password: str | None = None
    smtp_timeout_seconds: float = 30.0

    @classmethod
    def from_env(cls, **overrides: object) -> Settings:
        """Read STORE_BACKEND_* variables; explicit keyword overrides win."""
        values: dict[str, object] = {}
        if url := os.environ.get("STORE_BACKEND_DB_URL"):
            values["db_url"] = url
        if fault := os.environ.get("STORE_BACKEND_FAULT"):
            values["fault"] = fault
        if days := os.environ.get("STORE_BACKEND_FEED_RETENTION_DAYS"):
            values["feed_retention_days"] = whole_days("STORE_BACKEND_FEED_RETENTION_DAYS", days)
        if days := os.environ.get("STORE_BACKEND_NOTIFICATION_RETENTION_DAYS"):
            name = "STORE_BACKEND_NOTIFICATION_RETENTION_DAYS"
            values["notification_retention_days"] = whole_days(name, days)
        if os.environ.get("STORE_BACKEND_SCHEDULER") == "0":
            values["scheduler"] = False
        if threads := os.environ.get("STORE_BACKEND_THREADS"):
            values["threads"] = at_least_one("STORE_BACKEND_THREADS", threads)
        if accepts := os.environ.get("STORE_BACKEND_ACCEPTS"):
            values["accepts"] = parse_accepts(accepts)
        values.update(_notify_env())
        values.update({k: v for k, v in overrides.items() if v is not None})
        return cls(**values)  # type: ignore[arg-type]


def at_least_one(name: str, text: str, unit: str = "") -> int:
    """A count from the environment: a whole number, at least 1. SettingsError naming the variable."""
    try:
        count = int(text)
    except ValueError:
        count = 0
    if count < 1:
        what = f"a whole number of {unit}" if unit else "a whole number"
        raise SettingsError(f"{name} must be {what}, at least 1: {text!r}")
    return count


def whole_days(name: str, text: str) -> int:
    """A retention in days from the environment: at least 1 (0 or less would make a prune delete
    every row it may touch)."""
    return at_least_one(name, text, "days")


class SettingsError(ValueError):
    """A STORE_BACKEND_* variable that cannot be used, with a message naming it."""


def parse_accepts(text: str) -> dict[str, tuple[int, ...]]:
    """`{"sale.completed": [1], ...}` (JSON) as Settings.accepts; ValueError for anything else."""
    value = json.loads(text)
    if not isinstance(value, dict) or not all(
        isinstance(schemas, list) and all(type(s) is int and s >= 1 for s in schemas)
        for schemas in value.values()
    ):
        raise ValueError('STORE_BACKEND_ACCEPTS: expected JSON such as {"sale.completed": [1]}')
    return {str(t): tuple(schemas) for t, schemas in value.items()}


def _notify_env() -> dict[str, object]:
    """STORE_BACKEND_NOTIFY_WORKER and STORE_BACKEND_SMTP_* (HOST, PORT, FROM, STARTTLS, USER, PASSWORD)."""
    env, values = os.environ, dict[str, object]()
    if (worker := env.get("STORE_BACKEND_NOTIFY_WORKER")) is not None:
        values["notify_worker"] = worker.strip().lower() in ("1", "true", "yes", "on")
    if host := env.get("STORE_BACKEND_SMTP_HOST"):
        values["smtp_host"] = host
    if port := env.get("STORE_BACKEND_SMTP_PORT"):
        values["smtp_port"] = int(port)
    if sender := env.get("STORE_BACKEND_SMTP_FROM"):
        values["smtp_from"] = sender
    if starttls := env.get("STORE_BACKEND_SMTP_STARTTLS"):
        values["smtp_starttls"] = starttls.strip().lower() in ("1", "true", "yes", "on")
    if user := env.get("STORE_BACKEND_SMTP_USER"):
        values["smtp_user"] = user
    if password := env.get("STORE_BACKEND_SMTP_PASSWORD"):
        values["smtp_password"] = password
    return values
