"""The web shop's key is looked up once per 30 s per worker (routes/deps.py `KeyScopes`), not per order.

A found key is remembered for `ttl` seconds; an unknown key is looked up every time (a key created
after a refused attempt works at once); a key row deleted by hand stops working after `ttl`.
"""

from __future__ import annotations

import pytest
from sqlalchemy import delete

from backend.db import Database
from backend.models import ApiKey
from backend.routes import deps
from backend.routes.deps import KeyScopes
from backend.services.security import create_api_key


def test_a_found_key_is_remembered_for_its_ttl_and_an_unknown_one_never(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    clock = [1000.0]
    monkeypatch.setattr(deps.time, "monotonic", lambda: clock[0])
    scopes = KeyScopes(ttl=30.0)
    assert scopes.scope(db, "no-such-key") is None
    with db.write() as session:
        key = create_api_key(session, "shop")
        admin = create_api_key(session, "ops", scope="admin")
    assert scopes.scope(db, key) == "webshop"  # created after a miss: found at once
    assert scopes.scope(db, admin) == "admin"
    with db.write() as session:
        session.execute(delete(ApiKey))
    clock[0] += 29.0
    assert scopes.scope(db, key) == "webshop"  # remembered: no look-up within the ttl
    clock[0] += 2.0
    assert scopes.scope(db, key) is None  # looked up again: gone
    assert scopes.scope(db, admin) is None
