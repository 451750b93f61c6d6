"""A pushed batch's look-ups on PostgreSQL probe an index per key whatever the statistics say.

Without statistics (autovacuum off, or before a table's first ANALYZE) PostgreSQL planned the known
event ids as a filter over the terminal's whole history, and the existing sales as a sequential scan
(docs/performance.md, "The 500-sale batch profiled"). Each statement is prepared here with a generic
plan, as psycopg's prepared statements end up with, and its plan must be index probes only.
"""

from __future__ import annotations

import re

import pytest
from sqlalchemy.dialects import postgresql

from backend.db import Database
from backend.services.events import _KNOWN_PG
from backend.services.handlers import _EXISTING_RECEIPTS, _EXISTING_SALE_IDS


def _generic_plan(db: Database, statement: object, types: dict[str, str], args: dict[str, str]) -> str:
    """EXPLAIN of `statement` prepared with $n parameters and planned generically."""
    sql = str(statement.compile(dialect=postgresql.dialect()))  # type: ignore[attr-defined]
    names = list(dict.fromkeys(re.findall(r"%\((\w+)\)s", sql)))
    for n, name in enumerate(names, start=1):
        sql = sql.replace(f"%({name})s", f"${n}")
    with db.writer.connect() as conn:
        conn.exec_driver_sql("SET plan_cache_mode = force_generic_plan")
        conn.exec_driver_sql(f"PREPARE probe ({', '.join(types[n] for n in names)}) AS {sql}")
        values = ", ".join(args[n] for n in names)
        plan = "\n".join(row[0] for row in conn.exec_driver_sql(f"EXPLAIN EXECUTE probe({values})"))
        conn.exec_driver_sql("DEALLOCATE probe")
        conn.rollback()
    return plan


@pytest.mark.postgres
def test_known_events_and_existing_sales_are_index_probes(backend_db_url: str, db: Database) -> None:
    if not backend_db_url.startswith("postgresql"):
        pytest.skip("PostgreSQL's planner")
    keys = """'["a", "b", "c"]'"""  # the keys as one JSON text (backend/services/rows.py: json_list)
    known = _generic_plan(
        db,
        _KNOWN_PG,
        {"keys": "text", "store": "text", "terminal": "text"},
        {"keys": keys, "store": "'S001'", "terminal": "'T1'"},
    )
    assert "pk_terminal_event" in known, known
    assert "event_id)::text = k.v" in known.split("Index Cond:")[1].split("\n")[0], known
    assert "Filter" not in known, known
    assert "Seq Scan on terminal_event" not in known, known
    for statement, index in ((_EXISTING_SALE_IDS, "pk_sale"), (_EXISTING_RECEIPTS, "ix_sale_receipt_number")):
        plan = _generic_plan(db, statement, {"keys": "text"}, {"keys": keys})
        assert index in plan, plan
        assert "Seq Scan on sale" not in plan, plan
