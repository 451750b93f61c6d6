"""`store-backend store add|rename|list`: the chain's stores as the tills name them (ADR 0025).

Adding a store or renaming one writes a `store` change to the chain channel, so every till of the
chain knows it by its current name after its next sync (the goods-received list, customer timelines).
"""

from __future__ import annotations

import sys
from typing import Any

from backend.db import Database
from backend.models import Store
from backend.services.catalogue import UnknownStoreError, ensure_store, rename_store
from backend.services.feed import FeedWriter
from backend.services.store_time import BadTimezoneError


def add_store_commands(sub: Any) -> None:
    stores = sub.add_parser("store", help="the chain's stores (their names reach every till)")
    actions = stores.add_subparsers(dest="action", required=True)
    add = actions.add_parser("add", help="add a store")
    add.add_argument("store_id")
    add.add_argument("--name", required=True)
    add.add_argument("--country", required=True, help="ISO code: DE, HU, ID, ...")
    add.add_argument("--currency", required=True, help="ISO code: EUR, HUF, IDR, ...")
    add.add_argument(
        "--price-list", default=None, help="the chain price list it sells from (default: country)"
    )
    add.add_argument("--address", default=None, help="one line for customer notifications")
    add.add_argument("--timezone", default=None, help="an IANA name (default: by country)")
    rename = actions.add_parser("rename", help="give a store a new name")
    rename.add_argument("store_id")
    rename.add_argument("name")
    actions.add_parser("list", help="every store: id, name, country")


def run_store_command(args: Any, db: Database) -> int:
    if args.action == "list":
        with db.read() as session:
            for store in session.query(Store).order_by(Store.store_id):
                print(f"{store.store_id}\t{store.name}\t{store.country}")
        return 0
    try:
        with db.write() as session:
            feed = FeedWriter(session)
            if args.action == "add":
                changed = ensure_store(
                    session,
                    store_id=args.store_id,
                    name=args.name,
                    country=args.country.upper(),
                    currency=args.currency.upper(),
                    price_list=args.price_list or args.country.upper(),
                    address=args.address,
                    timezone=args.timezone,
                    feed=feed,
                )
            else:
                changed = rename_store(session, store_id=args.store_id, name=args.name, feed=feed)
            feed.flush()
    except (UnknownStoreError, BadTimezoneError) as exc:
        print(f"store {args.action}: {exc}", file=sys.stderr)
        return 2
    if args.action == "add":
        print(f"store {args.store_id} added" if changed else f"store {args.store_id} exists already")
    else:
        print(
            f"store {args.store_id} is now {args.name!r}" if changed else f"store {args.store_id} unchanged"
        )
    return 0
