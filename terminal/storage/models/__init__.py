"""The till's tables as SQLAlchemy 2 typed declarative models (the schema the migrations build), one
module per area: `catalogue`, `stock`, `people` (staff, customers), `visits` (baskets, sales, return and
handover lines), `web_orders` (orders and their pickup), `till_days` (days, cash moves, Z numbers) and
`journal` (outbox, sync state, print jobs, audit log); `base` holds the declarative base. Importing
this package registers every table with `Base.metadata`, which the migrations' env compares against.

Column conventions: money is INTEGER minor units; rates, percents and quantities are TEXT holding a
Decimal's string (never REAL); timestamps are TEXT in UTC ISO-8601 (`IsoDateTime`), so they sort and
round-trip without loss; JSON documents are TEXT holding canonical JSON written by the repositories.
There is no ON DELETE CASCADE anywhere: a deleted parent must never silently take facts with it
(SQLite batch migrations drop and copy tables, which fires cascades; see DESIGN.md "Durability").
"""

from terminal.storage.models import (  # noqa: F401  (each registers its tables with Base.metadata)
    catalogue,
    journal,
    people,
    stock,
    till_days,
    visits,
    web_orders,
)
from terminal.storage.models.base import Base

__all__ = ["Base"]
