"""The till's saved-cart adapter against the real backend (loopback, migrated SQLite, demo chain): the
cart the web shop put arrives as the till's SavedCart, priced for S001 today with its stock and the
catalogue's marks; nobody listening, or a refusal, is "not reachable" in the till's words."""

from __future__ import annotations

import socket
from datetime import UTC, datetime
from decimal import Decimal

import pytest
from sqlalchemy import select

from backend.models import Price, StockLevel
from backend.services import saved_carts
from contract.saved_carts import SavedCartIn, SavedCartLineIn
from sync.client import BackendClient
from sync.saved_carts import BackendSavedCarts
from terminal.services.ports import SavedCartsOfflineError
from tests.sync.conftest import Backend


def test_a_saved_cart_arrives_priced_for_the_store(backend: Backend, client: BackendClient) -> None:
    with backend.db.write() as session:
        sku, on_hand, reserved = session.execute(
            select(StockLevel.sku, StockLevel.on_hand_milli, StockLevel.reserved_milli)
            .where(StockLevel.store_id == "S001", StockLevel.on_hand_milli >= 2000)
            .order_by(StockLevel.sku)
            .limit(1)
        ).one()
        price = session.execute(
            select(Price.amount_minor).where(Price.sku == sku, Price.scope == "DE")
        ).scalar_one()
        body = SavedCartIn(
            kind="wish_list",
            name="Garden",
            updated_at=datetime(2026, 12, 1, 9, tzinfo=UTC),
            lines=[
                SavedCartLineIn(sku=sku, quantity=Decimal("2"), shop_price_minor=price + 100),
                SavedCartLineIn(sku="NEVER-SOLD", quantity=Decimal("1")),
            ],
        )
        saved_carts.put_cart(session, "C0001", "WL-1", body, datetime.now(UTC))

    carts = BackendSavedCarts(client).carts("C0001")
    assert [(c.cart_id, c.kind, c.name, c.item_count) for c in carts] == [("WL-1", "wish_list", "Garden", 2)]
    first, unknown = carts[0].lines
    assert (first.sku, first.quantity, first.shop_price_minor, first.price_minor, first.status) == (
        sku,
        Decimal(2),
        price + 100,
        price,
        "ok",
    )
    assert first.available == Decimal(on_hand - reserved) / 1000
    assert (unknown.sku, unknown.status, unknown.price_minor) == ("NEVER-SOLD", "unknown", None)
    assert BackendSavedCarts(client).carts("C0002") == []


def test_nobody_listening_or_a_refusal_is_not_reachable(backend: Backend) -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # nobody listens here once closed
    nobody = BackendSavedCarts(BackendClient(f"http://127.0.0.1:{port}", token="t", connect_timeout=0.5))
    with pytest.raises(SavedCartsOfflineError) as err:
        nobody.carts("C0001")
    assert err.value.code == "saved_cart.offline"
    wrong_token = BackendSavedCarts(BackendClient(backend.url, token="not-a-token", read_timeout=5))
    with pytest.raises(SavedCartsOfflineError):
        wrong_token.carts("C0001")
