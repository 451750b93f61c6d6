"""`store-terminal`: the till's command line. Parses arguments and hands over to terminal.app."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="store-terminal",
        description="The store terminal: sell at the counter, hand over web orders, take returns.",
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        help="open a working till on a seeded demo chain (in-process backend on SQLite)",
    )
    parser.add_argument("--config", type=Path, help="the till's TOML config (created on first run)")
    parser.add_argument("--data-dir", type=Path, help="where config and database live (default: per user)")
    parser.add_argument(
        "--language", choices=["en", "de", "hu", "id"], help="override the configured language"
    )
    parser.add_argument(
        "--products",
        type=int,
        default=10_000,
        help="demo catalogue size on first demo start (up to 1,000,000)",
    )
    parser.add_argument(
        "--screenshot",
        type=Path,
        help="(for docs and checks) fill a demo basket, save a screenshot of the window to this PNG and quit",
    )
    parser.add_argument(
        "--screenshot-area",
        choices=("sale", "pickups", "returns"),
        default="sale",
        help="(with --screenshot) the work area to picture: the sale with its basket, the pickup queue, "
        "or the demo basket's receipt brought back in the Returns area",
    )
    parser.add_argument("--fullscreen", action="store_true", help="kiosk mode: full screen, no window frame")
    parser.add_argument(
        "--enroll",
        metavar="CODE",
        help="enrol this till at the backend in the config with a one-time code "
        "(from `store-backend enroll-code`), save its token, and exit",
    )
    staff = parser.add_argument_group("staff (till administration; the PIN is asked for without echo)")
    staff.add_argument(
        "--add-staff", metavar="STAFF_ID", help="add or replace a staff member of this till, then exit"
    )
    staff.add_argument("--name", help="the staff member's name as the status bar and receipts show it")
    staff.add_argument("--role", choices=["cashier", "manager"], default="cashier")
    staff.add_argument("--badge", help="the code on the staff badge (printed as B:<code>)")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.enroll or args.add_staff:
        from terminal.admin import run_admin

        return run_admin(args)
    from terminal.app import run

    return run(args)


if __name__ == "__main__":
    sys.exit(main())
