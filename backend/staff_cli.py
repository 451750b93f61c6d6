"""`store-backend staff add|list|remove|set-pin|set-badge`: staff managed centrally (ADR 0017).

The same rules as the admin API (backend/services/staff.py, contract/staff.py): a PIN is read from a
prompt (or stdin when not a terminal) unless `--pin` gives it, and must be unique among the active staff
of each store of the person. Every change goes to the feed, so the tills get it with their next sync.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from typing import Any

from pydantic import ValidationError

from backend.db import Database
from backend.errors import ApiError
from backend.services import staff
from backend.services.feed import FeedWriter
from contract.staff import StaffIn, StaffPatch


def add_staff_commands(sub: Any) -> None:
    people = sub.add_parser("staff", help="staff managed centrally (reach every till through the feed)")
    actions = people.add_subparsers(dest="action", required=True)
    add = actions.add_parser("add", help="add a person (or bring a removed one back)")
    add.add_argument("staff_id")
    add.add_argument("--name", required=True)
    add.add_argument("--role", choices=["cashier", "manager"], default="cashier")
    add.add_argument("--store", action="append", default=[], help="a store they work in (repeat)")
    add.add_argument("--all-stores", action="store_true", help="they work in every store")
    add.add_argument("--badge", default=None)
    add.add_argument("--pin", default=None, help="4-12 digits (default: asked for)")
    listing = actions.add_parser("list", help="the staff (of one store)")
    listing.add_argument("--store", default=None)
    listing.add_argument("--removed", action="store_true", help="removed people too")
    remove = actions.add_parser("remove", help="remove a person: refused at every till after its next sync")
    remove.add_argument("staff_id")
    pin = actions.add_parser("set-pin", help="give a person a new PIN")
    pin.add_argument("staff_id")
    pin.add_argument("--pin", default=None, help="4-12 digits (default: asked for)")
    badge = actions.add_parser("set-badge", help="give a person a badge (or take it away with --none)")
    badge.add_argument("staff_id")
    group = badge.add_mutually_exclusive_group(required=True)
    group.add_argument("badge", nargs="?", default=None)
    group.add_argument("--none", action="store_true", help="take the badge away")


def _pin(given: str | None) -> str:
    if given is not None:
        return given
    if sys.stdin.isatty():
        return getpass.getpass("PIN (4-12 digits): ")
    return sys.stdin.readline().strip()


def _written(db: Database, work: Any) -> dict[str, Any]:
    def run(session: Any) -> dict[str, Any]:
        feed = FeedWriter(session)
        answer: dict[str, Any] = work(session, feed)
        feed.flush()
        return answer

    return db.run_write(run)


def _line(person: dict[str, Any]) -> str:
    stores = "all stores" if person["all_stores"] else ", ".join(person["store_ids"])
    state = "" if person["active"] else "  (removed)"
    badge = person["badge_code"] or "-"
    return f"{person['staff_id']}\t{person['role']}\t{person['name']}\t{stores}\tbadge {badge}{state}"


def run_staff_command(args: argparse.Namespace, db: Database) -> int:
    try:
        if args.action == "list":
            with db.read() as session:
                for person in staff.listing(session, store_id=args.store, removed=args.removed):
                    print(_line(person))
            return 0
        if args.action == "add":
            body = StaffIn(
                staff_id=args.staff_id,
                name=args.name,
                role=args.role,
                pin=_pin(args.pin),
                badge_code=args.badge,
                store_ids=args.store,
                all_stores=args.all_stores,
            )
            person = _written(db, lambda s, feed: staff.add(s, body, feed))
        elif args.action == "remove":
            person = _written(db, lambda s, feed: staff.remove(s, args.staff_id, feed))
        elif args.action == "set-pin":
            patch = StaffPatch(pin=_pin(args.pin))
            person = _written(db, lambda s, feed: staff.update(s, args.staff_id, patch, feed))
        else:  # set-badge
            patch = StaffPatch(badge_code=None if args.none else args.badge)
            person = _written(db, lambda s, feed: staff.update(s, args.staff_id, patch, feed))
    except ValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in e['loc']) or 'input'}: {e['msg']}" for e in exc.errors()
        )
        print(f"staff refused: {problems}", file=sys.stderr)
        return 2
    except ApiError as exc:
        print(f"staff refused ({exc.error}): {exc.message}", file=sys.stderr)
        return 2
    print(_line(person))
    return 0
