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
    parser.add_argument("--fullscreen", action="store_true", help="kiosk mode: full screen, no window frame")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    from terminal.app import run

    return run(args)


if __name__ == "__main__":
    sys.exit(main())
