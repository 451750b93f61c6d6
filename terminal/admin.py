"""The till's administration commands: `--enroll CODE` and `--add-staff ID ...`, run from a shell.

They work on an existing till's config and database and never open a window: the PIN is read from the
terminal without echo (or from stdin in a script), a refusal is one line on stderr with exit code 2.
"""

from __future__ import annotations

import argparse
import sys

from terminal.app import config_path, load_till_config
from terminal.config import ConfigError, TillConfig


def run_admin(args: argparse.Namespace) -> int:
    """Run the administration command the arguments name; the process exit code."""
    path = config_path(args)
    if not args.demo and not path.exists():
        print(f"store-terminal: no config at {path}; start the till once to set it up", file=sys.stderr)
        return 2
    try:
        config = load_till_config(args)
    except ConfigError as exc:
        print(f"store-terminal: {exc}", file=sys.stderr)
        return 2
    if args.enroll:
        return enroll(config, args.enroll)
    return add_staff(config, args)


def enroll(config: TillConfig, code: str) -> int:
    """`--enroll CODE`: spend a one-time code at the configured backend and keep the token."""
    from sync.enrol import enroll_till
    from sync.errors import SyncError
    from terminal.config import write_config

    if not config.backend.url or config.path is None:
        print("store-terminal: set [backend] url in the till's config first", file=sys.stderr)
        return 2
    try:
        enrolled = enroll_till(config, code.strip())
    except SyncError as exc:
        print(f"store-terminal: enrolment refused ({exc.code}): {exc}", file=sys.stderr)
        return 2
    write_config(enrolled, config.path)
    who = f"terminal {enrolled.terminal.id} of store {enrolled.store.id}"
    print(f"enrolled as {who}; token saved in {config.path}")
    return 0


def add_staff(config: TillConfig, args: argparse.Namespace) -> int:
    """`--add-staff ID --name N --role R [--badge B]`: the PIN is read from the terminal, never argv."""
    import getpass

    from terminal.domain.errors import TillError
    from terminal.storage import staff
    from terminal.storage.db import open_database

    if not args.name:
        print("store-terminal: --add-staff needs --name", file=sys.stderr)
        return 2
    pin = getpass.getpass("PIN (4-12 digits): ") if sys.stdin.isatty() else sys.stdin.readline().strip()
    db = open_database(config.database_path())
    try:
        with db.write() as session:
            staff.add_staff(
                session,
                staff_id=args.add_staff,
                name=args.name,
                role=args.role,
                pin=pin,
                badge_code=args.badge,
            )
    except TillError as exc:
        print(f"store-terminal: refused ({exc.code})", file=sys.stderr)
        return 2
    finally:
        db.close()
    print(f"{args.role} {args.name} ({args.add_staff}) can log in at this till")
    return 0
