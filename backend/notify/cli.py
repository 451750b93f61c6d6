"""The notification commands of `store-backend`: webhook (add, list, remove), notifications, deliver."""

from __future__ import annotations

import argparse
import sys
import threading

from backend.db import Database
from backend.errors import ApiError
from backend.notify.worker import DeliveryWorker
from backend.services import notifications
from backend.settings import Settings


def run_notify_command(args: argparse.Namespace, settings: Settings, db: Database) -> int:
    if args.command == "webhook":
        return _webhook(args, db)
    if args.command == "notifications":
        return _notifications(args, db)
    worker = DeliveryWorker(db, settings)
    if args.once:
        outcome = worker.run_once()
        print(", ".join(f"{n} {status}" for status, n in sorted(outcome.items())) or "nothing due")
        return 0
    stop = threading.Event()
    try:
        worker.run(stop)
    except KeyboardInterrupt:
        stop.set()
    return 0


def _webhook(args: argparse.Namespace, db: Database) -> int:
    if args.action == "add":
        try:
            with db.write() as session:
                print(notifications.add_subscription(session, args.url, args.secret))
        except ValueError as exc:
            print(f"webhook refused: {exc}", file=sys.stderr)
            return 2
    elif args.action == "list":
        with db.read() as session:
            for sub in notifications.list_subscriptions(session):
                print(f"{sub.subscription_id}\t{'active' if sub.active else 'removed'}\t{sub.url}")
    else:
        with db.write() as session:
            if not notifications.deactivate_subscription(session, args.subscription_id):
                print(f"no webhook subscription {args.subscription_id}", file=sys.stderr)
                return 2
        print(f"removed webhook subscription {args.subscription_id}")
    return 0


def _notifications(args: argparse.Namespace, db: Database) -> int:
    if args.action == "list":
        with db.read() as session:
            rows = notifications.list_notifications(session, status=args.status, limit=args.limit)
        for row in rows:
            print(
                "\t".join(
                    str(v)
                    for v in (
                        row["notification_id"],
                        row["order_number"],
                        row["kind"],
                        row["channel"],
                        row["status"],
                        f"{row['attempts']} attempts",
                        row["last_error"] or "-",
                    )
                )
            )
        return 0
    try:
        with db.write() as session:
            row = notifications.retry(session, args.notification_id)
    except ApiError as exc:
        print(exc.message, file=sys.stderr)
        return 2
    print(f"notification {row['notification_id']} is pending again")
    return 0
