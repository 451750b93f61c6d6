"""Enrolling a till: a one-time code from the backend becomes the till's identity and token.

`enroll_till(config, code)` returns the config to save (the caller writes it: `terminal/app.py` and
`--demo` own the config file). It refuses an answer for another store than the till is set up for.
"""

from __future__ import annotations

from dataclasses import replace

from sync.client import BackendClient
from sync.errors import SyncError
from sync.reachability import Reachability
from terminal.config import TillConfig


def client_for(
    config: TillConfig,
    *,
    ca_bundle: str | None = None,
    reachability: Reachability | None = None,
    fail_fast: bool = False,
) -> BackendClient:
    """The till's BackendClient from its [backend] section (TLS verification on unless switched off);
    `reachability` and `fail_fast` as `BackendClient` takes them."""
    b = config.backend
    verify: bool | str = (ca_bundle or True) if b.verify_tls else False
    return BackendClient(
        b.url,
        token=b.token,
        read_timeout=b.timeout_seconds,
        verify=verify,
        reachability=reachability,
        fail_fast=fail_fast,
    )


def enroll_till(config: TillConfig, code: str, *, client: BackendClient | None = None) -> TillConfig:
    """Spend `code` at the backend named in `config`; returns `config` with the terminal id and token."""
    own = client is None
    client = client or client_for(config)
    try:
        answer = client.enroll(code)
    finally:
        if own:
            client.close()
    if answer.store_id != config.store.id:
        raise SyncError(
            "sync.unauthorized", f"code belongs to store {answer.store_id}, this till is {config.store.id}"
        )
    return replace(
        config,
        terminal=replace(config.terminal, id=answer.terminal_id),
        backend=replace(config.backend, token=answer.token),
    )
