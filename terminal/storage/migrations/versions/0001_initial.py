"""Initial schema of the till database: catalogue with FTS5, staff, baskets, sales, outbox, print queue.

Revision ID: 0001
Revises:
Create Date: 2026-11-24

Written out by hand (not from the models) so that later model edits never change what this revision
builds. Rule for every later revision: never drop or rewrite unsynced outbox rows.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

TS = sa.String(32)  # UTC ISO-8601 text, see terminal.storage.models.base.IsoDateTime

# product_fts indexes name, brand and sku of `product`, addressed by product.id (the stable rowid).
# prefix='2 3' keeps 2- and 3-character prefix queries off the full term scan; remove_diacritics 2
# lets "Musli" find "Müsli". The triggers keep it in step with single-row changes; bulk loads drop
# them, load, 'rebuild' the index and put them back (terminal.storage.bulk).
FTS_SQL = (
    "CREATE VIRTUAL TABLE product_fts USING fts5("
    "name, brand, sku, content='product', content_rowid='id', "
    "prefix='2 3', tokenize='unicode61 remove_diacritics 2')"
)
TRIGGERS_SQL = (
    "CREATE TRIGGER product_fts_ai AFTER INSERT ON product BEGIN "
    "INSERT INTO product_fts(rowid, name, brand, sku) VALUES (new.id, new.name, new.brand, new.sku); END",
    "CREATE TRIGGER product_fts_ad AFTER DELETE ON product BEGIN "
    "INSERT INTO product_fts(product_fts, rowid, name, brand, sku) "
    "VALUES ('delete', old.id, old.name, old.brand, old.sku); END",
    "CREATE TRIGGER product_fts_au AFTER UPDATE OF name, brand, sku ON product BEGIN "
    "INSERT INTO product_fts(product_fts, rowid, name, brand, sku) "
    "VALUES ('delete', old.id, old.name, old.brand, old.sku); "
    "INSERT INTO product_fts(rowid, name, brand, sku) VALUES (new.id, new.name, new.brand, new.sku); END",
)


def upgrade() -> None:
    op.create_table(
        "product",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("sku", sa.String(64), nullable=False),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("brand", sa.Text, nullable=False),
        sa.Column("product_group", sa.Text, nullable=False),
        sa.Column("price_minor", sa.Integer, nullable=False),
        sa.Column("currency", sa.String(3), nullable=False),
        sa.Column("vat_code", sa.String(8), nullable=False),
        sa.Column("unit", sa.String(2), nullable=False),
        sa.Column("active", sa.Boolean, nullable=False),
        sa.Column("popularity", sa.Integer, nullable=False),
        sa.Column("updated_at", TS, nullable=False),
        sa.Column("version", sa.Integer, nullable=False),
        sa.CheckConstraint("unit IN ('pc', 'kg')", name="ck_product_unit"),
        sa.PrimaryKeyConstraint("id", name="pk_product"),
        sa.UniqueConstraint("sku", name="uq_product_sku"),
    )
    op.create_table(
        "product_barcode",
        sa.Column("barcode", sa.String(32), nullable=False),
        sa.Column("sku", sa.String(64), nullable=False),
        sa.ForeignKeyConstraint(["sku"], ["product.sku"], name="fk_product_barcode_sku_product"),
        sa.PrimaryKeyConstraint("barcode", name="pk_product_barcode"),
        sqlite_with_rowid=False,
    )
    op.create_index("ix_product_barcode_sku", "product_barcode", ["sku"])
    op.execute(FTS_SQL)
    for trigger in TRIGGERS_SQL:
        op.execute(trigger)

    op.create_table(
        "vat_rate",
        sa.Column("code", sa.String(8), nullable=False),
        sa.Column("percent", sa.String(16), nullable=False),
        sa.PrimaryKeyConstraint("code", name="pk_vat_rate"),
    )
    op.create_table(
        "stock_level",
        sa.Column("sku", sa.String(64), nullable=False),
        sa.Column("store_id", sa.String(32), nullable=False),
        sa.Column("on_hand", sa.String(32), nullable=False),
        sa.Column("reserved", sa.String(32), nullable=False),
        sa.Column("available", sa.String(32), nullable=False),
        sa.Column("as_of", TS, nullable=False),
        sa.PrimaryKeyConstraint("sku", "store_id", name="pk_stock_level"),
    )
    op.create_table(
        "staff",
        sa.Column("staff_id", sa.String(32), nullable=False),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("role", sa.String(16), nullable=False),
        sa.Column("pin_hash", sa.Text, nullable=False),
        sa.Column("pin_salt", sa.String(64), nullable=False),
        sa.Column("badge_code", sa.String(64), nullable=True),
        sa.Column("active", sa.Boolean, nullable=False),
        sa.CheckConstraint("role IN ('cashier', 'manager')", name="ck_staff_role"),
        sa.PrimaryKeyConstraint("staff_id", name="pk_staff"),
        sa.UniqueConstraint("badge_code", name="uq_staff_badge_code"),
    )
    op.create_table(
        "open_basket",
        sa.Column("terminal_id", sa.String(32), nullable=False),
        sa.Column("data", sa.Text, nullable=False),
        sa.Column("updated_at", TS, nullable=False),
        sa.PrimaryKeyConstraint("terminal_id", name="pk_open_basket"),
    )
    op.create_table(
        "parked_basket",
        sa.Column("parked_id", sa.String(36), nullable=False),
        sa.Column("terminal_id", sa.String(32), nullable=False),
        sa.Column("label", sa.Text, nullable=False),
        sa.Column("data", sa.Text, nullable=False),
        sa.Column("parked_at", TS, nullable=False),
        sa.Column("staff_id", sa.String(32), nullable=True),
        sa.PrimaryKeyConstraint("parked_id", name="pk_parked_basket"),
    )
    op.create_index("ix_parked_basket_terminal_id", "parked_basket", ["terminal_id"])
    op.create_table(
        "receipt_counter",
        sa.Column("terminal_id", sa.String(32), nullable=False),
        sa.Column("next_seq", sa.Integer, nullable=False),
        sa.PrimaryKeyConstraint("terminal_id", name="pk_receipt_counter"),
    )
    _create_sale_tables()
    _create_queue_tables()


def _create_sale_tables() -> None:
    op.create_table(
        "sale",
        sa.Column("sale_id", sa.String(36), nullable=False),
        sa.Column("receipt_number", sa.String(64), nullable=False),
        sa.Column("store_id", sa.String(32), nullable=False),
        sa.Column("terminal_id", sa.String(32), nullable=False),
        sa.Column("seq", sa.Integer, nullable=False),
        sa.Column("staff_id", sa.String(32), nullable=False),
        sa.Column("occurred_at", TS, nullable=False),
        sa.Column("currency", sa.String(3), nullable=False),
        sa.Column("subtotal_minor", sa.Integer, nullable=False),
        sa.Column("discount_minor", sa.Integer, nullable=False),
        sa.Column("total_minor", sa.Integer, nullable=False),
        sa.Column("rounding_minor", sa.Integer, nullable=False),
        sa.Column("change_minor", sa.Integer, nullable=False),
        sa.Column("customer_id", sa.String(64), nullable=True),
        sa.Column("status", sa.String(16), nullable=False),
        sa.PrimaryKeyConstraint("sale_id", name="pk_sale"),
        sa.UniqueConstraint("receipt_number", name="uq_sale_receipt_number"),
    )
    op.create_index("uq_sale_terminal_seq", "sale", ["terminal_id", "seq"], unique=True)
    op.create_index("ix_sale_customer_id", "sale", ["customer_id"])
    op.create_index("ix_sale_occurred_at", "sale", ["occurred_at"])
    op.create_table(
        "sale_line",
        sa.Column("sale_id", sa.String(36), nullable=False),
        sa.Column("line_no", sa.Integer, nullable=False),
        sa.Column("sku", sa.String(64), nullable=False),
        sa.Column("barcode", sa.String(32), nullable=True),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("quantity", sa.String(32), nullable=False),
        sa.Column("unit", sa.String(2), nullable=False),
        sa.Column("unit_price_minor", sa.Integer, nullable=False),
        sa.Column("discount_minor", sa.Integer, nullable=False),
        sa.Column("total_minor", sa.Integer, nullable=False),
        sa.Column("vat_code", sa.String(8), nullable=False),
        sa.Column("vat_percent", sa.String(16), nullable=False),
        sa.Column("voided", sa.Boolean, nullable=False),
        sa.Column("note", sa.Text, nullable=True),
        sa.ForeignKeyConstraint(["sale_id"], ["sale.sale_id"], name="fk_sale_line_sale_id_sale"),
        sa.PrimaryKeyConstraint("sale_id", "line_no", name="pk_sale_line"),
    )
    op.create_table(
        "sale_payment",
        sa.Column("sale_id", sa.String(36), nullable=False),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("tender", sa.String(32), nullable=False),
        sa.Column("amount_minor", sa.Integer, nullable=False),
        sa.Column("reference", sa.Text, nullable=True),
        sa.ForeignKeyConstraint(["sale_id"], ["sale.sale_id"], name="fk_sale_payment_sale_id_sale"),
        sa.PrimaryKeyConstraint("sale_id", "position", name="pk_sale_payment"),
    )
    op.create_table(
        "sale_vat",
        sa.Column("sale_id", sa.String(36), nullable=False),
        sa.Column("code", sa.String(8), nullable=False),
        sa.Column("percent", sa.String(16), nullable=False),
        sa.Column("gross_minor", sa.Integer, nullable=False),
        sa.Column("net_minor", sa.Integer, nullable=False),
        sa.Column("vat_minor", sa.Integer, nullable=False),
        sa.ForeignKeyConstraint(["sale_id"], ["sale.sale_id"], name="fk_sale_vat_sale_id_sale"),
        sa.PrimaryKeyConstraint("sale_id", "code", name="pk_sale_vat"),
    )


def _create_queue_tables() -> None:
    # The outbox has no foreign keys in either direction: nothing can cascade into it.
    op.create_table(
        "outbox",
        sa.Column("seq", sa.Integer, nullable=False, autoincrement=False),
        sa.Column("event_id", sa.String(36), nullable=False),
        sa.Column("type", sa.String(64), nullable=False),
        sa.Column("occurred_at", TS, nullable=False),
        sa.Column("payload", sa.Text, nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("attempts", sa.Integer, nullable=False),
        sa.Column("last_error", sa.Text, nullable=True),
        sa.Column("acked_at", TS, nullable=True),
        sa.Column("result", sa.Text, nullable=True),
        sa.CheckConstraint("status IN ('pending', 'acked', 'failed')", name="ck_outbox_status"),
        sa.PrimaryKeyConstraint("seq", name="pk_outbox"),
        sa.UniqueConstraint("event_id", name="uq_outbox_event_id"),
    )
    op.create_index("ix_outbox_status_seq", "outbox", ["status", "seq"])
    op.create_table(
        "print_job",
        sa.Column("job_id", sa.Integer, nullable=False),
        sa.Column("receipt_number", sa.String(64), nullable=True),
        sa.Column("data", sa.LargeBinary, nullable=False),
        sa.Column("created_at", TS, nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("attempts", sa.Integer, nullable=False),
        sa.Column("last_error", sa.Text, nullable=True),
        sa.Column("printed_at", TS, nullable=True),
        sa.CheckConstraint("status IN ('pending', 'printed', 'failed')", name="ck_print_job_status"),
        sa.PrimaryKeyConstraint("job_id", name="pk_print_job"),
    )
    op.create_index("ix_print_job_status_job_id", "print_job", ["status", "job_id"])
    op.create_index("ix_print_job_receipt_number", "print_job", ["receipt_number"])
    op.create_table(
        "audit_log",
        sa.Column("id", sa.Integer, nullable=False),
        sa.Column("occurred_at", TS, nullable=False),
        sa.Column("staff_id", sa.String(32), nullable=True),
        sa.Column("approved_by", sa.String(32), nullable=True),
        sa.Column("action", sa.String(64), nullable=False),
        sa.Column("details", sa.Text, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_audit_log"),
    )
    op.create_index("ix_audit_log_occurred_at", "audit_log", ["occurred_at"])
    op.create_table(
        "sync_state",
        sa.Column("key", sa.String(64), nullable=False),
        sa.Column("value", sa.Text, nullable=False),
        sa.PrimaryKeyConstraint("key", name="pk_sync_state"),
    )
    op.create_table(
        "customer",
        sa.Column("customer_id", sa.String(64), nullable=False),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("email", sa.Text, nullable=True),
        sa.Column("phone", sa.Text, nullable=True),
        sa.Column("updated_at", TS, nullable=False),
        sa.PrimaryKeyConstraint("customer_id", name="pk_customer"),
    )
    op.create_index("ix_customer_name", "customer", ["name"])


def downgrade() -> None:
    # The till never downgrades: its outbox may hold events the backend has not seen yet.
    raise NotImplementedError("the till database is never downgraded")
