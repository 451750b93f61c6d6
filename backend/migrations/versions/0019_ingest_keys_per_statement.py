"""The ingest tables' references checked once per statement on PostgreSQL; sale.customer_id indexed
only where a sale has a customer

A pushed sale writes a `sale` row, its `sale_line` and `sale_payment` rows and a `stock_movement` per
line. Their four foreign keys (sale -> store, stock_movement -> store, sale_line -> sale,
sale_payment -> sale) were checked by PostgreSQL row by row: a trigger query and a row lock on the
parent for each of about 3,000 rows of a 500-sale batch, a fifth of PostgreSQL's work for the batch.
On PostgreSQL they become constraint triggers that run once per statement over the statement's new
rows (one anti-join) and refuse the same things with the same error (foreign_key_violation, 23503):
a row naming a parent that does not exist, and a parent deleted or re-keyed while rows name it.
What they do not do is lock the parent: a parent deleted by hand at the very moment a till's batch
adds its children could leave those children behind; the service never deletes or re-keys a store
or a sale (docs/adr/0027-ingest-references-per-statement.md).

`ix_sale_customer_id` becomes partial (`customer_id IS NOT NULL`): most sales have no customer, and
every look-up by customer names one. SQLite keeps its foreign keys; its index becomes partial too.

Revision ID: 0019_ingest_keys_per_statement
Revises: 0018_store_version
Create Date: 2026-12-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0019_ingest_keys_per_statement"
down_revision = "0018_store_version"
branch_labels = None
depends_on = None

# (child table, its foreign key, the parent, the parent's key column)
REFERENCES = (
    ("sale", "fk_sale_store_id_store", "store", "store_id"),
    ("stock_movement", "fk_stock_movement_store_id_store", "store", "store_id"),
    ("sale_line", "fk_sale_line_sale_id_sale", "sale", "sale_id"),
    ("sale_payment", "fk_sale_payment_sale_id_sale", "sale", "sale_id"),
)


def _children_of(parent: str) -> list[str]:
    return [child for child, _fk, p, _col in REFERENCES if p == parent]


def _upgrade_postgresql() -> None:
    for child, fk, parent, column in REFERENCES:
        op.drop_constraint(fk, child, type_="foreignkey")
        op.execute(f"""
            CREATE FUNCTION {child}_{column}_exists() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF EXISTS (SELECT 1 FROM new_rows n
                           WHERE NOT EXISTS (SELECT 1 FROM {parent} p WHERE p.{column} = n.{column})) THEN
                    RAISE EXCEPTION 'insert or update on table "{child}" names a {parent} that does not exist'
                        USING ERRCODE = 'foreign_key_violation', TABLE = '{child}', CONSTRAINT = '{fk}';
                END IF;
                RETURN NULL;
            END $$""")
        for verb in ("INSERT", "UPDATE"):
            op.execute(f"""
                CREATE TRIGGER {child}_{column}_{verb.lower()} AFTER {verb} ON {child}
                REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT
                EXECUTE FUNCTION {child}_{column}_exists()""")
    for parent, column in (("store", "store_id"), ("sale", "sale_id")):
        named = " OR ".join(
            f"EXISTS (SELECT 1 FROM {child} c WHERE c.{column} = o.{column})"
            for child in _children_of(parent)
        )
        op.execute(f"""
            CREATE FUNCTION {parent}_{column}_unreferenced() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF EXISTS (SELECT 1 FROM old_rows o
                           WHERE NOT EXISTS (SELECT 1 FROM {parent} p WHERE p.{column} = o.{column})
                             AND ({named})) THEN
                    RAISE EXCEPTION 'update or delete on table "{parent}" leaves rows that name it'
                        USING ERRCODE = 'foreign_key_violation', TABLE = '{parent}';
                END IF;
                RETURN NULL;
            END $$""")
        for verb in ("DELETE", "UPDATE"):
            op.execute(f"""
                CREATE TRIGGER {parent}_{column}_{verb.lower()}_named AFTER {verb} ON {parent}
                REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT
                EXECUTE FUNCTION {parent}_{column}_unreferenced()""")


def _downgrade_postgresql() -> None:
    for parent, column in (("store", "store_id"), ("sale", "sale_id")):
        for verb in ("delete", "update"):
            op.execute(f"DROP TRIGGER {parent}_{column}_{verb}_named ON {parent}")
        op.execute(f"DROP FUNCTION {parent}_{column}_unreferenced()")
    for child, fk, parent, column in REFERENCES:
        for verb in ("insert", "update"):
            op.execute(f"DROP TRIGGER {child}_{column}_{verb} ON {child}")
        op.execute(f"DROP FUNCTION {child}_{column}_exists()")
        op.create_foreign_key(fk, child, parent, [column], [column])


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        _upgrade_postgresql()
    op.drop_index("ix_sale_customer_id", table_name="sale")
    op.create_index(
        "ix_sale_customer_id",
        "sale",
        ["customer_id"],
        postgresql_where=sa.text("customer_id IS NOT NULL"),
        sqlite_where=sa.text("customer_id IS NOT NULL"),
    )


def downgrade() -> None:
    op.drop_index("ix_sale_customer_id", table_name="sale")
    op.create_index("ix_sale_customer_id", "sale", ["customer_id"])
    if op.get_bind().dialect.name == "postgresql":
        _downgrade_postgresql()
