"""notifications: the outbox of web-order notifications, webhook subscriptions, a store's language

`notification` holds one row per event and channel (webhook per subscription, e-mail to the customer)
with its attempts, lease and outcome; `webhook_subscription` the web shops' endpoints and secrets.
`store.language` (the language of its customer e-mails; existing stores get it from their country,
German for any country without its own templates) and `store.address` (shown in those e-mails).

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from backend.models.base import UtcDateTime

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("store", schema=None) as batch_op:
        batch_op.add_column(sa.Column("language", sa.String(length=8), server_default="de", nullable=False))
        batch_op.add_column(sa.Column("address", sa.String(length=300), nullable=True))
    op.execute(
        "UPDATE store SET language = CASE country WHEN 'HU' THEN 'hu' WHEN 'ID' THEN 'id' "
        "WHEN 'GB' THEN 'en' WHEN 'IE' THEN 'en' WHEN 'US' THEN 'en' ELSE 'de' END"
    )
    op.create_table(
        "webhook_subscription",
        sa.Column("subscription_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("url", sa.String(length=500), nullable=False),
        sa.Column("secret", sa.String(length=200), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", UtcDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("subscription_id", name=op.f("pk_webhook_subscription")),
    )
    op.create_table(
        "notification",
        sa.Column("notification_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("event_id", sa.String(length=36), nullable=False),
        sa.Column("order_number", sa.String(length=64), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("channel", sa.String(length=16), nullable=False),
        sa.Column("subscription_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=True),
        sa.Column("recipient", sa.String(length=200), nullable=True),
        sa.Column("payload", sa.JSON(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("created_at", UtcDateTime(), nullable=False),
        sa.Column("next_attempt_at", UtcDateTime(), nullable=False),
        sa.Column("give_up_at", UtcDateTime(), nullable=False),
        sa.Column("claimed_until", UtcDateTime(), nullable=True),
        sa.Column("claim_token", sa.String(length=36), nullable=True),
        sa.Column("last_attempt_at", UtcDateTime(), nullable=True),
        sa.Column("last_error", sa.String(length=500), nullable=False),
        sa.Column("delivered_at", UtcDateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["order_number"],
            ["web_order.order_number"],
            name=op.f("fk_notification_order_number_web_order"),
        ),
        sa.ForeignKeyConstraint(
            ["subscription_id"],
            ["webhook_subscription.subscription_id"],
            name=op.f("fk_notification_subscription_id_webhook_subscription"),
        ),
        sa.PrimaryKeyConstraint("notification_id", name=op.f("pk_notification")),
    )
    with op.batch_alter_table("notification", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_notification_event_id"), ["event_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_notification_order_number"), ["order_number"], unique=False)
        batch_op.create_index("ix_notification_due", ["status", "next_attempt_at"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("notification", schema=None) as batch_op:
        batch_op.drop_index("ix_notification_due")
        batch_op.drop_index(batch_op.f("ix_notification_order_number"))
        batch_op.drop_index(batch_op.f("ix_notification_event_id"))
    op.drop_table("notification")
    op.drop_table("webhook_subscription")
    with op.batch_alter_table("store", schema=None) as batch_op:
        batch_op.drop_column("address")
        batch_op.drop_column("language")
