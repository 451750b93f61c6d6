"""`store-backend offers rule`: a rule on the history creates personal offers (contract/offers.py).

    store-backend offers rule --name garden24 --bought-group GARDEN --days 90 --percent 10 --on-group TOOLS

Every customer who bought from group X in the last N days gets one offer of y % on group Z (offer id
`R-<name>-<customer>`: running the rule again, by cron or by hand, adds none twice).
"""

from __future__ import annotations

import argparse
from typing import Any

from backend.models import utcnow
from backend.services import offers


def add_offer_commands(sub: Any) -> None:
    commands = sub.add_parser("offers", help="personal offers per customer").add_subparsers(
        dest="action", required=True
    )
    rule = commands.add_parser("rule", help="bought group X in the last N days -> y %% on group Z")
    rule.add_argument("--name", required=True, help="the rule's name (part of each offer id)")
    rule.add_argument("--bought-group", required=True)
    rule.add_argument("--days", type=int, default=90)
    rule.add_argument("--percent", type=int, required=True)
    rule.add_argument("--on-group", required=True)
    rule.add_argument("--description", default="")


def run_offer_command(args: argparse.Namespace, db: Any) -> int:
    if not 1 <= args.percent <= 100 or args.days < 1:
        print("--percent must be 1-100 and --days at least 1")
        return 2
    with db.write() as session:
        created = offers.apply_rule(
            session,
            name=args.name,
            bought_group=args.bought_group,
            days=args.days,
            percent=args.percent,
            on_group=args.on_group,
            now=utcnow(),
            description=args.description,
        )
    print(f"{len(created)} new offers" + (": " + ", ".join(created) if created else ""))
    return 0
