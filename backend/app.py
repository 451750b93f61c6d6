"""The app factory: `create_app(settings)` builds one FastAPI app with its own Database (no globals)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import anyio.to_thread
from fastapi import FastAPI

from backend.db import Database
from backend.errors import install_handlers
from backend.guard import Guard
from backend.openapi import build_openapi
from backend.routes import (
    admin_staff,
    days,
    feed,
    lookups,
    notifications,
    offers,
    pickups,
    returns,
    saved_carts,
    terminals,
    vouchers,
    webshop,
)
from backend.routes.deps import KeyScopes
from backend.scheduler import Scheduler
from backend.services.accepted import accepted_events
from backend.settings import Settings
from contract.registry import EVENTS, EventRegistry


def app_from_env() -> FastAPI:
    """The app of one `store-backend serve` worker process (uvicorn's factory import string).

    Settings come from the STORE_BACKEND_* environment the parent process set, so every worker
    builds the same app with its own connection pool.
    """
    import gc
    import os

    app = create_app(Settings.from_env())
    if os.environ.get("STORE_BACKEND_GC_FREEZE") == "1":
        # Everything alive now lives for the whole process: keep it out of full collections
        # (cut GC time per 500-event batch from ~30 ms to ~4 ms, ADR 0007).
        gc.freeze()
    return app


def create_app(settings: Settings, *, events: EventRegistry = EVENTS) -> FastAPI:
    """A ready app; the schema must already be migrated (`store-backend migrate`).

    `events`: the event shapes the contract knows (a test may add a version); the app accepts those
    with a handler, cut down to `settings.accepts` (backend/services/accepted.py).
    """
    db = Database(settings.db_url, pool_size=settings.pool_size)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        if settings.threads is not None:  # this event loop's pool for the sync endpoints (ADR 0028)
            anyio.to_thread.current_default_thread_limiter().total_tokens = settings.threads
        scheduler = Scheduler(db, interval=settings.scheduler_interval) if settings.scheduler else None
        if scheduler is not None:
            scheduler.start()
        delivery = None
        if settings.notify_worker:  # the notification outbox's delivery thread (ADR 0014)
            from backend.notify.worker import DeliveryWorker, start_thread

            delivery = start_thread(DeliveryWorker(db, settings))
        yield
        if scheduler is not None:
            scheduler.stop()
        if delivery is not None:
            thread, stop = delivery
            stop.set()
            thread.join(settings.smtp_timeout_seconds + settings.webhook_timeout_seconds)
        db.dispose()

    app = FastAPI(
        title="Store backend",
        version="1",
        summary="Reference central backend of the omnichannel store terminal",
        lifespan=lifespan,
    )
    app.state.db = db
    app.state.key_scopes = KeyScopes()  # the web shop's key, looked up once per 30 s (routes/deps.py)
    app.state.settings = settings
    app.state.events = accepted_events(events, settings.accepts)
    install_handlers(app)
    app.add_middleware(Guard, max_body_bytes=settings.max_body_bytes)  # body limit with a JSON 413
    routers = (
        terminals,
        feed,
        lookups,
        pickups,
        returns,
        vouchers,
        webshop,
        notifications,
        admin_staff,
        days,
        offers,
        saved_carts,
    )
    for module in routers:
        app.include_router(module.router)
    app.openapi = lambda: build_openapi(app)  # type: ignore[method-assign]  # FastAPI's documented override
    return app
