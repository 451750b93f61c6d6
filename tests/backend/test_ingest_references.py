"""The ingest tables' references hold on both databases: row by row on SQLite (foreign keys), once per
statement on PostgreSQL (migration 0019's triggers, docs/adr/0027). Each refusal is an IntegrityError,
as a foreign key's is, so the service answers it as before."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import delete, insert, update
from sqlalchemy.exc import IntegrityError

from backend.db import Database
from backend.models import Sale, SaleLine, SalePayment, StockMovement, Store, table_of
from backend.services.rows import bulk_insert

NOW = datetime(2026, 12, 3, 12, 0, tzinfo=UTC)


def _sale(sale_id: str, store_id: str = "S001") -> dict[str, object]:
    return {
        "sale_id": sale_id,
        "receipt_number": f"R-{sale_id}",
        "store_id": store_id,
        "terminal_id": "T1",
        "staff_id": "anna",
        "currency": "EUR",
        "subtotal_minor": 199,
        "discount_minor": 0,
        "total_minor": 199,
        "rounding_minor": 0,
        "change_minor": 0,
        "customer_id": None,
        "event_id": f"ev-{sale_id}",
        "occurred_at": NOW,
        "recorded_at": NOW,
        "vat": [],
    }


def _line(sale_id: str, line_no: int = 1) -> dict[str, object]:
    return {
        "sale_id": sale_id,
        "line_no": line_no,
        "sku": "SKU-1",
        "name": "One",
        "quantity_milli": 1000,
        "returned_milli": 0,
        "unit_price_minor": 199,
        "discount_minor": 0,
        "total_minor": 199,
        "vat_code": "A",
        "vat_percent": "19",
    }


def _movement(store_id: str, line: int) -> dict[str, object]:
    return {
        "store_id": store_id,
        "sku": "SKU-1",
        "bucket": "on_hand",
        "qty_milli": -1000,
        "reason": "sale",
        "source": "test:references",
        "source_line": line,
        "occurred_at": NOW,
        "recorded_at": NOW,
    }


def test_rows_naming_an_existing_parent_are_stored_in_bulk(db: Database) -> None:
    # 40 rows a table: over rows.SMALL_ROWS, so PostgreSQL takes them as COPYs (one check per COPY).
    with db.write() as session:
        conn = session.connection()
        bulk_insert(conn, table_of(Sale), [_sale(f"s-{n:02d}") for n in range(40)])
        bulk_insert(conn, table_of(SaleLine), [_line(f"s-{n:02d}") for n in range(40)])
        bulk_insert(conn, table_of(StockMovement), [_movement("S001", n) for n in range(40)])
    with db.read() as session:
        assert session.query(SaleLine).count() == 40
        assert session.query(StockMovement).filter_by(source="test:references").count() == 40


@pytest.mark.parametrize("rows", [1, 40], ids=["insert", "copy"])
def test_a_line_or_payment_of_no_sale_is_refused(db: Database, rows: int) -> None:
    with db.write() as session:
        bulk_insert(session.connection(), table_of(Sale), [_sale("kept")])
    for table, row in (
        (table_of(SaleLine), _line),
        (table_of(SalePayment), lambda sale_id, n: {"sale_id": sale_id, "position": n, "tender": "cash",
                                                    "amount_minor": 1, "reference": None, "direction": "in"}),
    ):  # fmt: skip
        # All rows but the last name a stored sale: one orphan in a COPY refuses the whole statement.
        batch = [row("kept", n) for n in range(1, rows)] + [row("no-such-sale", rows)]
        with pytest.raises(IntegrityError), db.write() as session:
            bulk_insert(session.connection(), table, batch)
    with db.read() as session:
        assert session.query(SaleLine).count() == 0
        assert session.query(SalePayment).count() == 0


@pytest.mark.parametrize("rows", [1, 40], ids=["insert", "copy"])
def test_a_sale_or_movement_of_no_store_is_refused(db: Database, rows: int) -> None:
    with pytest.raises(IntegrityError), db.write() as session:
        bulk_insert(
            session.connection(),
            table_of(Sale),
            [_sale(f"s-{n}") for n in range(1, rows)] + [_sale("orphan", store_id="S999")],
        )
    batch = [_movement("S001", n) for n in range(1, rows)] + [_movement("S999", rows)]
    with pytest.raises(IntegrityError), db.write() as session:
        bulk_insert(session.connection(), table_of(StockMovement), batch)
    with db.read() as session:
        assert session.query(Sale).count() == 0
        assert session.query(StockMovement).filter_by(source="test:references").count() == 0


def test_a_named_sale_or_store_cannot_be_deleted_or_rekeyed(db: Database) -> None:
    with db.write() as session:
        conn = session.connection()
        bulk_insert(conn, table_of(Sale), [_sale("named"), _sale("alone", store_id="S002")])
        bulk_insert(conn, table_of(SaleLine), [_line("named")])
    # What refuses it: SQLite's foreign key, or on PostgreSQL the statement trigger itself (not one of
    # the store's other foreign keys: S002 has no till, stock or staff, only the sale "alone").
    parent_gone = "FOREIGN KEY" if db.is_sqlite else "leaves rows that name it"
    no_parent = "FOREIGN KEY" if db.is_sqlite else "names a sale that does not exist"
    for statement, refusal in (
        (delete(Sale).where(Sale.sale_id == "named"), parent_gone),
        (update(Sale).where(Sale.sale_id == "named").values(sale_id="renamed"), parent_gone),
        (update(SaleLine).where(SaleLine.sale_id == "named").values(sale_id="no-such-sale"), no_parent),
        (delete(Store).where(Store.store_id == "S002"), parent_gone),
    ):
        with pytest.raises(IntegrityError, match=refusal), db.write() as session:
            session.execute(statement)
    with db.write() as session:  # a sale no row names can go (nothing in the service deletes one)
        session.execute(delete(Sale).where(Sale.sale_id == "alone"))
        session.execute(insert(table_of(SaleLine)).values(_line("named", 2)))
    with db.read() as session:
        assert {s.sale_id for s in session.query(Sale)} == {"named"}
        assert session.query(SaleLine).count() == 2
