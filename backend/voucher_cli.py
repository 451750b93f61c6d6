"""The voucher commands of `store-backend` for managers: `vouchers show CODE`, `vouchers list`."""

from __future__ import annotations

import argparse
import sys

from backend.db import Database
from backend.errors import ApiError
from backend.models import utcnow
from backend.services import vouchers
from contract.vouchers import grouped


def run_voucher_command(args: argparse.Namespace, db: Database) -> int:
    if args.action == "list":
        with db.read() as session:
            rows = vouchers.list_vouchers(session, status=args.status, limit=args.limit)
        for v in rows:
            print(
                f"{grouped(v.code)}\t{v.status}\t{v.balance_minor}/{v.issued_minor} {v.currency}\t"
                f"{v.issued_at:%Y-%m-%d %H:%M}\t{v.issued_store_id or '-'}\t{v.issued_receipt or '-'}"
            )
        return 0
    try:
        with db.read() as session:
            view = vouchers.voucher_view(session, args.code, utcnow())
            moves = vouchers.movements(session, view.code)
    except ApiError as exc:
        print(f"{exc.error}: {exc.message}", file=sys.stderr)
        return 2
    print(f"voucher {grouped(view.code)} ({view.status})")
    where = f"{view.issued_store_id or '-'}, receipt {view.issued_receipt or '-'}"
    print(f"issued {view.issued_minor} {view.currency} at {where}")
    print(f"balance {view.balance_minor}, held {view.held_minor}, available {view.available_minor}")
    for m in moves:
        flags = " offline" if m.offline else ""
        print(
            f"{m.occurred_at:%Y-%m-%d %H:%M}\t{m.kind}\t{m.amount_minor:+d}\t"
            f"{m.store_id or '-'}/{m.terminal_id or '-'}\t{m.receipt_number or '-'}{flags}"
        )
    return 0
