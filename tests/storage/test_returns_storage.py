"""Returns in the till database (migration 0006_returns): product groups and the product's policy from
the change feed and the snapshot, and the policy a till applies offline to its own receipts."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from decimal import Decimal

import pytest
from sqlalchemy import text

from contract.feed import Change, ChangePage, SnapshotPage
from terminal.domain.returns import DEFAULT_RETURN_DAYS, Policy
from terminal.storage import returns as store
from terminal.storage.bulk import raw_connection
from terminal.storage.feed_apply import FeedScope, apply_page
from terminal.storage.snapshot_load import load_side_page, refresh_products
from tests.support.till import Till, demo_products, open_till

SCOPE = FeedScope(store_id="S001", price_list="DE", currency="EUR")
NOW = datetime(2026, 11, 24, 9, 0, tzinfo=UTC)


@pytest.fixture(scope="module")
def till(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Till]:
    t = open_till(tmp_path_factory.mktemp("returns") / "till.sqlite3")
    yield t
    t.db.close()


def product_change(sku: str, version: int, **extra: object) -> Change:
    data = {"sku": sku, "name": "Lampe", "vat_code": "A", "unit": "pc", **extra}
    return Change(entity="product", key=sku, version=version, op="upsert", data=data)


def test_the_feed_brings_groups_and_each_products_group_and_final_sale(till: Till) -> None:
    lamp, cable = demo_products(3)[1:3]
    page = ChangePage(
        changes=[
            # The product comes before its group in the page: groups are applied first anyway.
            product_change(lamp.sku, 10**6, group_id="lights"),
            product_change(cable.sku, 10**6, final_sale=True),
            Change(entity="product_group", key="lights", version=3, op="upsert",
                   data={"group_id": "lights", "name": "Leuchten", "return_days": 14, "final_sale": False}),
            Change(entity="product_group", key="clearance", version=1, op="upsert",
                   data={"group_id": "clearance", "name": "Restposten", "final_sale": True}),
        ],
        next_cursor="v1.9.9",
        has_more=False,
    )  # fmt: skip
    applied = apply_page(till.db, page, scope=SCOPE, now=NOW)
    assert applied.counts == {"product_group": 2, "product": 2}
    with till.db.read() as session:
        found = store.policies(session, [lamp.sku, cable.sku, "NO-SUCH-SKU"])
    assert found[lamp.sku] == Policy("lights", 14, False)
    assert found[cable.sku] == Policy(None, DEFAULT_RETURN_DAYS, True)  # final sale on its own
    assert found["NO-SUCH-SKU"] == Policy()
    # An older version of a group changes nothing; a delete falls back to the default policy.
    stale = Change(entity="product_group", key="lights", version=2, op="upsert",
                   data={"group_id": "lights", "name": "Alt", "return_days": 99})  # fmt: skip
    gone = Change(entity="product_group", key="clearance", version=4, op="delete", data=None)
    apply_page(till.db, ChangePage(changes=[stale, gone], next_cursor="v1.9.10", has_more=False),
               scope=SCOPE, now=NOW)  # fmt: skip
    with till.db.read() as session:
        rows = session.execute(text("SELECT group_id, return_days FROM product_group")).all()
    assert rows == [("lights", 14)]


def test_the_snapshot_brings_groups_and_the_product_columns_and_older_backends_send_neither(
    till: Till,
) -> None:
    product = demo_products(5)[4]
    columns = ["sku", "name", "brand", "vat_code", "unit", "active", "version", "list_price_minor",
               "store_price_minor", "currency"]  # fmt: skip
    row = [product.sku, product.name, "", "A", "pc", True, 5, 999, None, "EUR"]
    newer = SnapshotPage(entity="products", columns=[*columns, "group_id", "final_sale"],
                         rows=[[*row, "garden", True]], next_after=None)  # fmt: skip
    refresh_products(till.db, newer, "2026-11-24T09:00:00+00:00")
    groups = SnapshotPage(entity="product_groups", columns=["group_id", "name", "return_days", "final_sale"],
                          rows=[["garden", "Garten", None, False]], next_after=None)  # fmt: skip
    with till.db.write() as session:
        load_side_page(raw_connection(session), groups, SCOPE, "2026-11-24T09:00:00+00:00")
    with till.db.read() as session:
        assert store.policies(session, [product.sku])[product.sku] == Policy(
            "garden", DEFAULT_RETURN_DAYS, True
        )
    older = SnapshotPage(entity="products", columns=columns, rows=[row], next_after=None)
    refresh_products(till.db, older, "2026-11-24T09:00:01+00:00")
    with till.db.read() as session:
        assert store.policies(session, [product.sku])[product.sku] == Policy()


def test_an_own_receipt_is_read_by_its_unique_index(till: Till) -> None:
    with till.db.read() as session:
        plan = session.execute(
            text("EXPLAIN QUERY PLAN SELECT * FROM sale WHERE receipt_number = 'S001-T01-000001'")
        ).all()
        assert store.own_receipt(session, "S001-T01-999999") is None
    assert any("USING INDEX" in str(step[-1]) for step in plan), plan


def test_what_unsynced_visits_return_under_a_claim(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Only pending `visit.completed` events count, only their lines of that receipt with a claim."""
    from terminal.storage import outbox

    t = open_till(tmp_path / "till.sqlite3")
    receipt = "S002-T05-000123"

    def line(no: int, quantity: str, claim: str | None, reference: str = receipt) -> dict[str, object]:
        return {"origin_kind": "receipt", "origin_reference": reference, "origin_line_no": no,
                "quantity": quantity, "claim_id": claim}  # fmt: skip

    visits = [
        ("a", [line(1, "1", "c-1"), line(2, "2", "c-2"), line(1, "1", None)]),
        ("b", [line(1, "0.5", "c-3"), line(1, "9", "c-4", "S002-T05-000999")]),
        ("c", [line(1, "7", "c-5")]),  # acknowledged below: the backend counts it as returned
    ]
    try:
        with t.db.write() as session:
            for event_id, lines in visits:
                outbox.append_event(session, event_id=event_id, type="visit.completed", occurred_at=NOW,
                                    payload={"schema": 2, "return_lines": lines})  # fmt: skip
            session.execute(text("UPDATE outbox SET status = 'acked' WHERE event_id = 'c'"))
        with t.db.read() as session:
            assert store.claimed_unsynced(session, receipt) == {1: Decimal("1.5"), 2: Decimal(2)}
            assert store.claimed_unsynced(session, "S009-T01-000001") == {}
    finally:
        t.db.close()
