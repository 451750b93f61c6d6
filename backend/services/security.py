"""Enrolment codes, terminal tokens and API keys (web shop, admin): random secrets stored only as
SHA-256 hashes.

Tokens and keys carry 256 bits of entropy, so a plain SHA-256 is enough (no slow KDF needed);
enrolment codes are shorter but single use and expiring.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from backend.errors import ApiError
from backend.models import ApiKey, EnrollCode, Store, Terminal, utcnow

_CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I: typed by hand at the till


def hash_secret(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


@dataclass(frozen=True, slots=True)
class TerminalIdentity:
    store_id: str
    terminal_id: str


def issue_enroll_code(session: Session, *, store_id: str, terminal_id: str, ttl_minutes: int) -> str:
    """A one-time code for one till; the terminal row is created now, its token at enrolment."""
    if session.get(Store, store_id) is None:
        raise ApiError(404, "store.unknown", f"unknown store {store_id}")
    code = "-".join("".join(secrets.choice(_CODE_ALPHABET) for _ in range(4)) for _ in range(3))
    session.add(
        EnrollCode(
            code_hash=hash_secret(code),
            store_id=store_id,
            terminal_id=terminal_id,
            expires_at=utcnow() + timedelta(minutes=ttl_minutes),
        )
    )
    if session.get(Terminal, (store_id, terminal_id)) is None:
        session.add(Terminal(store_id=store_id, terminal_id=terminal_id, last_seq=0))
    return code


def enroll(session: Session, code: str) -> tuple[TerminalIdentity, str]:
    """Spend a code: returns the identity and a fresh token (any earlier token of that till stops working)."""
    row = session.execute(
        select(EnrollCode).where(EnrollCode.code_hash == hash_secret(code.strip().upper())).with_for_update()
    ).scalar_one_or_none()
    if row is None or row.used_at is not None or row.expires_at < utcnow():
        raise ApiError(401, "enroll.invalid_code", "enrolment code unknown, used or expired")
    row.used_at = utcnow()
    terminal = session.get(Terminal, (row.store_id, row.terminal_id))
    assert terminal is not None
    token = secrets.token_urlsafe(32)
    terminal.token_hash = hash_secret(token)
    terminal.revoked = False
    terminal.enrolled_at = utcnow()
    return TerminalIdentity(row.store_id, row.terminal_id), token


def authenticate_terminal(session: Session, token: str) -> TerminalIdentity | None:
    row = session.execute(
        select(Terminal.store_id, Terminal.terminal_id, Terminal.revoked).where(
            Terminal.token_hash == hash_secret(token)
        )
    ).one_or_none()
    if row is None or row.revoked:
        return None
    return TerminalIdentity(row.store_id, row.terminal_id)


API_KEY_SCOPES = {"webshop": "wsk_", "admin": "adk_"}  # scope -> the prefix its keys start with


def create_api_key(session: Session, name: str, scope: str = "webshop") -> str:
    """A new key of `scope`: "webshop" (the web-shop API) or "admin" (the admin API, ADR 0017)."""
    key = API_KEY_SCOPES[scope] + secrets.token_urlsafe(32)
    session.add(ApiKey(key_hash=hash_secret(key), name=name, scope=scope))
    return key


def api_key_scope(session: Session, key: str) -> str | None:
    """The scope of a key, or None when it is unknown."""
    row = session.get(ApiKey, hash_secret(key))
    return None if row is None else row.scope


def check_api_key(session: Session, key: str) -> bool:
    """Whether `key` is a web-shop key."""
    return api_key_scope(session, key) == "webshop"
