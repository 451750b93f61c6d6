"""Request dependencies: the app's Database, Settings and accepted events, terminal tokens, web-shop and
admin keys."""

from __future__ import annotations

import threading
import time
from typing import Annotated

from fastapi import Depends, Request
from fastapi.security import APIKeyHeader, HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy.orm import Session

from backend.db import Database
from backend.errors import ApiError
from backend.services.security import TerminalIdentity, api_key_scope, authenticate_terminal, hash_secret
from backend.settings import Settings
from contract.registry import EventRegistry

_bearer = HTTPBearer(auto_error=False, description="the terminal token from POST /v1/terminals/enroll")
_api_key = APIKeyHeader(
    name="X-Api-Key", auto_error=False, description="the web shop's key (store-backend api-key)"
)


async def get_db(request: Request) -> Database:
    db = request.app.state.db
    assert isinstance(db, Database)
    return db


async def get_settings(request: Request) -> Settings:
    settings = request.app.state.settings
    assert isinstance(settings, Settings)
    return settings


async def get_events(request: Request) -> EventRegistry:
    """The event shapes this app accepts (create_app: the registry cut down by the settings)."""
    events = request.app.state.events
    assert isinstance(events, EventRegistry)
    return events


# The three above are `async def`: FastAPI runs a plain `def` dependency in its thread pool, a thread
# hop (and back) per dependency and request for reading an attribute.
DbDep = Annotated[Database, Depends(get_db)]
SettingsDep = Annotated[Settings, Depends(get_settings)]
EventsDep = Annotated[EventRegistry, Depends(get_events)]


def terminal_token(
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
) -> str:
    """The bearer token as sent (401 when missing or too long to be one); not yet looked up."""
    if credentials is None or credentials.scheme.lower() != "bearer" or not credentials.credentials:
        raise ApiError(401, "auth.missing_token", "send Authorization: Bearer <terminal token>")
    if len(credentials.credentials) > 200:
        raise ApiError(401, "auth.bad_token", "unknown or revoked terminal token")
    return credentials.credentials


TokenDep = Annotated[str, Depends(terminal_token)]


def terminal_of(session: Session, token: str) -> TerminalIdentity:
    """The terminal a token belongs to, read in the caller's transaction; 401 when unknown or revoked."""
    who = authenticate_terminal(session, token)
    if who is None:
        raise ApiError(401, "auth.bad_token", "unknown or revoked terminal token")
    return who


def terminal_identity(db: DbDep, token: TokenDep) -> TerminalIdentity:
    """The requesting terminal, looked up in a read transaction of its own (pushes look it up in
    their batch's transaction: routes/terminals.py)."""
    with db.read() as session:
        return terminal_of(session, token)


TerminalDep = Annotated[TerminalIdentity, Depends(terminal_identity)]


def same_store(who: TerminalIdentity, store_id: str) -> None:
    if who.store_id != store_id:
        raise ApiError(403, "terminal.wrong_store", f"terminal of {who.store_id} may not act for {store_id}")


class KeyScopes:
    """The scopes of the API keys one app has found lately, so that a web shop placing orders costs one
    look-up of its key per `ttl` seconds, not a read transaction per order (about a tenth of a web
    order's CPU). Only found keys are kept; an unknown key is looked up every time. Keys are never
    revoked by the service; a key row deleted by hand stops working within `ttl` seconds."""

    def __init__(self, ttl: float = 30.0, size: int = 1000) -> None:
        self._ttl, self._size = ttl, size
        self._found: dict[str, tuple[float, str]] = {}
        self._lock = threading.Lock()

    def scope(self, db: Database, key: str) -> str | None:
        now = time.monotonic()
        digest = hash_secret(key)  # the secret itself is not kept
        with self._lock:
            hit = self._found.get(digest)
        if hit is not None and now - hit[0] < self._ttl:
            return hit[1]
        with db.read() as session:
            scope = api_key_scope(session, key)
        if scope is not None:
            with self._lock:
                if len(self._found) >= self._size:
                    self._found.clear()
                self._found[digest] = (now, scope)
        return scope


async def get_key_scopes(request: Request) -> KeyScopes:
    scopes = request.app.state.key_scopes
    assert isinstance(scopes, KeyScopes)
    return scopes


def web_shop(
    db: DbDep,
    scopes: Annotated[KeyScopes, Depends(get_key_scopes)],
    x_api_key: Annotated[str | None, Depends(_api_key)],
) -> None:
    if not x_api_key:
        raise ApiError(401, "auth.missing_api_key", "send X-Api-Key: <web shop key>")
    if len(x_api_key) > 200:
        raise ApiError(401, "auth.bad_api_key", "unknown API key")
    scope = scopes.scope(db, x_api_key)
    if scope is None:
        raise ApiError(401, "auth.bad_api_key", "unknown API key")
    if scope != "webshop":
        raise ApiError(403, "auth.wrong_scope", "this is not a web-shop key")


WebShopDep = Annotated[None, Depends(web_shop)]

_admin_key = APIKeyHeader(
    name="X-Api-Key",
    scheme_name="AdminKey",
    auto_error=False,
    description="an admin key (store-backend api-key --scope admin)",
)


def admin(db: DbDep, x_api_key: Annotated[str | None, Depends(_admin_key)]) -> None:
    """The admin API (staff): an admin-scoped key; a web-shop key is refused with 403."""
    if not x_api_key:
        raise ApiError(401, "auth.missing_api_key", "send X-Api-Key: <admin key>")
    if len(x_api_key) > 200:
        raise ApiError(401, "auth.bad_api_key", "unknown API key")
    with db.read() as session:
        scope = api_key_scope(session, x_api_key)
    if scope is None:
        raise ApiError(401, "auth.bad_api_key", "unknown API key")
    if scope != "admin":
        raise ApiError(403, "auth.not_admin", "this key may not use the admin API")


AdminDep = Annotated[None, Depends(admin)]
