"""`store-backend`: serve, migrate, seed-demo, enroll-code, api-key, import-csv, prune-feed,
prune-notifications, store-timezone, openapi, run-schedule, webhook (add, list, remove), notifications
(list, retry), deliver, vouchers (show, list), staff (add, list, remove, set-pin, set-badge),
store (add, rename, list)."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import timedelta
from pathlib import Path
from typing import Any

from backend.settings import DEFAULT_DB_URL, Settings, SettingsError, whole_days

OPENAPI_FILE = Path(__file__).resolve().parent / "openapi.json"


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="store-backend", description="The store chain's central backend.")
    parser.add_argument(
        "--db", default=None, help=f"database URL (default: $STORE_BACKEND_DB_URL or {DEFAULT_DB_URL})"
    )
    sub = parser.add_subparsers(dest="command", required=True)
    serve = sub.add_parser("serve", help="run the HTTP service (migrates first)")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8000)
    serve.add_argument("--workers", type=int, default=1, help="worker processes (default 1)")
    serve.add_argument(
        "--threads",
        type=int,
        default=1,
        help="requests each worker runs at once (default 1: the work is CPU-bound; add workers instead)",
    )
    serve.add_argument(
        "--http",
        choices=["auto", "httptools", "h11"],
        default="auto",
        help="HTTP parser (auto: httptools, a C parser, when installed)",
    )
    serve.add_argument(
        "--loop",
        choices=["auto", "uvloop", "asyncio"],
        default="auto",
        help="event loop (auto: uvloop when installed)",
    )
    serve.add_argument(
        "--no-scheduler",
        action="store_true",
        help="do not run the pickup schedule (reminders, expiry) in the workers; run `run-schedule` instead",
    )
    serve.add_argument(
        "--no-deliver",
        action="store_true",
        help="no notification delivery thread (also: STORE_BACKEND_NOTIFY_WORKER=0)",
    )
    schedule = sub.add_parser("run-schedule", help="run the pickup schedule (reminders, expiry)")
    schedule.add_argument("--once", action="store_true", help="one pass, then exit")
    schedule.add_argument("--interval", type=float, default=60.0, help="seconds between passes")
    sub.add_parser("migrate", help="bring the schema to the newest version")
    seed = sub.add_parser("seed-demo", help="migrate and fill a demo chain")
    seed.add_argument("--products", type=int, default=10_000)
    code = sub.add_parser("enroll-code", help="issue a one-time enrolment code for a till")
    code.add_argument("--store", required=True)
    code.add_argument("--terminal", required=True)
    key = sub.add_parser("api-key", help="create an API key (a web shop's, or an admin's with --scope admin)")
    key.add_argument("--name", default="web shop")
    key.add_argument(
        "--scope", choices=["webshop", "admin"], default="webshop", help="admin: the admin API (staff)"
    )
    imp = sub.add_parser("import-csv", help="import catalogue and prices")
    imp.add_argument("--products", type=Path)
    imp.add_argument("--prices", type=Path)
    imp.add_argument("--groups", type=Path, help="product groups and their return policy (first)")
    prune = sub.add_parser("prune-feed", help="drop change-feed rows older than the retention")
    prune.add_argument("--days", type=int, default=None)
    notes = sub.add_parser(
        "prune-notifications",
        help="delete delivered and skipped notifications older than the retention (never pending or dead)",
    )
    notes.add_argument(
        "--days",
        type=_days,
        default=None,
        help="retention in days (default: $STORE_BACKEND_NOTIFICATION_RETENTION_DAYS or 90)",
    )
    zone = sub.add_parser("store-timezone", help="set a store's time zone (its business day, calendar days)")
    zone.add_argument("store_id")
    zone.add_argument("timezone", help="an IANA name: Europe/Berlin, Europe/Budapest, Asia/Jakarta, ...")
    sub.add_parser("openapi", help="write backend/openapi.json from the app")
    _notification_commands(sub)
    vouchers = sub.add_parser("vouchers", help="store-credit vouchers").add_subparsers(
        dest="action", required=True
    )
    show = vouchers.add_parser("show", help="a voucher's balance and movements")
    show.add_argument("code", help="as printed (dashes, case and V: do not matter)")
    listed = vouchers.add_parser("list", help="vouchers, newest first")
    listed.add_argument("--status", choices=["active", "spent", "void"])
    listed.add_argument("--limit", type=int, default=100)
    from backend.offer_cli import add_offer_commands
    from backend.staff_cli import add_staff_commands
    from backend.store_cli import add_store_commands

    add_staff_commands(sub)
    add_store_commands(sub)
    add_offer_commands(sub)
    return parser


def _days(text: str) -> int:
    """`--days`: the same rule as the retention settings (settings.whole_days)."""
    try:
        return whole_days("--days", text)
    except SettingsError:
        raise argparse.ArgumentTypeError(f"a whole number of days, at least 1: {text!r}") from None


def _notification_commands(sub: Any) -> None:
    hook = sub.add_parser("webhook", help="the web shops' webhook subscriptions").add_subparsers(
        dest="action", required=True
    )
    add = hook.add_parser("add", help="subscribe URL to every web-order event")
    add.add_argument("url")
    add.add_argument("--secret", required=True, help="signs each body (HMAC-SHA256, ADR 0014)")
    hook.add_parser("list", help="the subscriptions")
    remove = hook.add_parser("remove", help="send no more events to a subscription")
    remove.add_argument("subscription_id", type=int)
    notes = sub.add_parser("notifications", help="the notification outbox").add_subparsers(
        dest="action", required=True
    )
    listing = notes.add_parser("list", help="notifications, newest first")
    listing.add_argument("--status", choices=["pending", "delivered", "dead", "skipped"])
    listing.add_argument("--limit", type=int, default=100)
    again = notes.add_parser("retry", help="deliver a dead or skipped notification again")
    again.add_argument("notification_id", type=int)
    deliver = sub.add_parser("deliver", help="deliver due notifications (a worker of its own)")
    deliver.add_argument("--once", action="store_true", help="one round, then exit")


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        settings = Settings.from_env(db_url=args.db)
    except SettingsError as exc:
        print(f"store-backend: {exc}", file=sys.stderr)
        return 2
    from backend.db import Database
    from backend.migrate import upgrade

    if args.command == "openapi":
        from backend.app import create_app

        text = json.dumps(create_app(settings).openapi(), indent=2, sort_keys=True) + "\n"
        OPENAPI_FILE.write_text(text, encoding="utf-8")
        print(f"wrote {OPENAPI_FILE}")
        return 0
    upgrade(settings.db_url)
    if args.command == "migrate":
        print("schema is up to date")
        return 0
    if args.command == "serve":
        return _serve(args, settings)
    db = Database(settings.db_url)
    try:
        return _run(args, settings, db)
    finally:
        db.dispose()


def _serve(args: argparse.Namespace, settings: Settings) -> int:
    """Run `--workers` uvicorn worker processes (uvicorn needs an import string for more than one)."""
    import os

    import uvicorn

    os.environ["STORE_BACKEND_DB_URL"] = settings.db_url
    os.environ["STORE_BACKEND_GC_FREEZE"] = "1"
    os.environ["STORE_BACKEND_THREADS"] = str(max(1, args.threads))  # docs/adr/0028
    # Each worker process delivers notifications in a thread of its own (claims never overlap).
    if args.no_deliver:
        os.environ["STORE_BACKEND_NOTIFY_WORKER"] = "0"
    os.environ.setdefault("STORE_BACKEND_NOTIFY_WORKER", "1")
    if settings.fault:
        os.environ["STORE_BACKEND_FAULT"] = settings.fault
    if args.no_scheduler or not settings.scheduler:
        os.environ["STORE_BACKEND_SCHEDULER"] = "0"
    uvicorn.run(
        "backend.app:app_from_env",
        factory=True,
        host=args.host,
        port=args.port,
        workers=max(1, args.workers),
        http=args.http,
        loop=args.loop,
        log_level="warning",
        timeout_graceful_shutdown=5,
    )
    return 0


def _run(args: argparse.Namespace, settings: Settings, db: object) -> int:
    from backend.db import Database
    from backend.models import utcnow
    from backend.services import feed, security
    from backend.services.imports import CsvImportError, import_csv
    from backend.services.seed import seed_demo

    assert isinstance(db, Database)
    if args.command == "seed-demo":
        seed_demo(db, products=args.products)
        print(f"seeded the demo chain with {args.products} products")
    elif args.command == "enroll-code":
        with db.write() as session:
            code = security.issue_enroll_code(
                session,
                store_id=args.store,
                terminal_id=args.terminal,
                ttl_minutes=settings.enroll_code_ttl_minutes,
            )
        print(code)
    elif args.command == "api-key":
        with db.write() as session:
            print(security.create_api_key(session, args.name, args.scope))
    elif args.command == "import-csv":
        try:
            counts = import_csv(db, products=args.products, prices=args.prices, groups=args.groups)
        except (CsvImportError, OSError) as exc:
            print(f"import failed: {exc}", file=sys.stderr)
            return 2
        print(f"imported {counts[0]} products and {counts[1]} prices")
    elif args.command == "staff":
        from backend.staff_cli import run_staff_command

        return run_staff_command(args, db)
    elif args.command == "run-schedule":
        return _schedule(args, db)
    elif args.command in ("webhook", "notifications", "deliver"):
        from backend.notify.cli import run_notify_command

        return run_notify_command(args, settings, db)
    elif args.command == "vouchers":
        from backend.voucher_cli import run_voucher_command

        return run_voucher_command(args, db)
    elif args.command == "store":
        from backend.store_cli import run_store_command

        return run_store_command(args, db)
    elif args.command == "offers":
        from backend.offer_cli import run_offer_command

        return run_offer_command(args, db)
    elif args.command == "prune-feed":
        days = args.days if args.days is not None else settings.feed_retention_days
        with db.write() as session:
            removed = feed.prune(session, utcnow() - timedelta(days=days))
        print(f"pruned {removed} feed rows")
    elif args.command == "prune-notifications":
        from backend.services.notification_prune import prune as prune_notifications

        days = args.days if args.days is not None else settings.notification_retention_days
        removed = prune_notifications(db, utcnow() - timedelta(days=days))
        print(f"pruned {removed} delivered or skipped notifications older than {days} days")
    elif args.command == "store-timezone":
        return _store_timezone(args.store_id, args.timezone, db)
    return 0


def _store_timezone(store_id: str, name: str, db: object) -> int:
    from backend.db import Database
    from backend.models import Store
    from backend.services.store_time import BadTimezoneError, check_timezone

    assert isinstance(db, Database)
    try:
        zone = check_timezone(name)
    except BadTimezoneError as exc:
        print(f"store-timezone: {exc}", file=sys.stderr)
        return 2
    with db.write() as session:
        store = session.get(Store, store_id)
        if store is None:
            print(f"store-timezone: no store {store_id!r}", file=sys.stderr)
            return 2
        store.timezone = zone
    print(f"store {store_id} is in {zone}")
    return 0


def _schedule(args: argparse.Namespace, db: object) -> int:
    import threading

    from backend.db import Database
    from backend.models import utcnow
    from backend.scheduler import Scheduler
    from backend.services.schedule import run_pass

    assert isinstance(db, Database)
    if args.once:
        counts = run_pass(db, utcnow())
        print(f"reminded {counts['reminded']} and expired {counts['expired']} web orders")
        return 0
    stop = threading.Event()
    try:
        Scheduler(db, interval=args.interval).run(stop)
    except KeyboardInterrupt:
        stop.set()
    return 0


if __name__ == "__main__":
    sys.exit(main())
