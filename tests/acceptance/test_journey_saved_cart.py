"""Issue 11, a basket begun online: the web shop saves Mia's cart (coffee at the price it showed, a
muesli, wall plugs, more than the store has); overnight the coffee's price goes up and the muesli is
discontinued. At till T01 of S001 her customer card is scanned: the sale screen offers "Load web basket
(3 items)" instead of merging anything silently; one touch loads it through the normal selling path at
today's till prices, and the cashier reads one sentence per difference: the coffee's new and old price,
the muesli not added, the plugs limited to what the store has. A second touch cannot double the lines.
Everything real on loopback: the seeded backend (uvicorn), the shop's API client, the till enrolled with
its sync engine and main window (pytest-qt, offscreen), its saved-cart look-up through
`sync.saved_carts.BackendSavedCarts`.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import update

from backend.models import Product
from backend.services.catalogue import PriceRow, upsert_customer, upsert_prices
from backend.services.feed import FeedWriter
from terminal.domain.money import Money
from terminal.ui.bridge import Bridge
from terminal.ui.i18n import install_translators, remove_translators
from tests.acceptance.journey_parts import WebShop, chain, counter
from tests.support.till import product_named

COFFEE = product_named("Tchibo Kaffee")
MUESLI = product_named("Kölln Müsli")
PLUGS = product_named("Fischer Dübel")
NEW_COFFEE_PRICE = COFFEE.price_minor + 50


@pytest.fixture
def bridge(qapp: QApplication) -> Iterator[Bridge]:
    """The scanner's bridge, with the English translation installed as the till does (plural forms)."""
    translators = install_translators(qapp, "en")
    b = Bridge()
    yield b
    b.deleteLater()
    remove_translators(qapp, translators)


def test_a_saved_cart_loads_with_a_changed_price_and_a_missing_item(
    tmp_path: Path, qtbot: QtBot, bridge: Bridge
) -> None:
    with chain(tmp_path) as backend:
        shop = WebShop(backend.url, backend.api_key("web shop"))
        with backend.db.write() as session:
            upsert_customer(
                session, customer_id="C-2024", name="Mia Schneider", email=None, phone=None, feed=None
            )
        plugs_available = Decimal(shop.stock(PLUGS.sku)[2])
        assert 0 < plugs_available < 200
        cart = {
            "kind": "cart",
            "updated_at": datetime(2026, 12, 2, 21, 30, tzinfo=UTC).isoformat(),
            "lines": [
                {"sku": COFFEE.sku, "quantity": "2", "shop_price_minor": COFFEE.price_minor},
                {"sku": MUESLI.sku, "quantity": "1", "shop_price_minor": MUESLI.price_minor},
                {"sku": PLUGS.sku, "quantity": "200", "shop_price_minor": PLUGS.price_minor},
            ],
        }
        put = shop.http.put(
            f"{backend.url}/v1/customers/C-2024/saved-carts/WEB-CART-77", json=cart, timeout=20
        )
        assert put.status_code == 201, put.text
        with backend.db.write() as session:  # overnight: a new coffee price, the muesli discontinued
            upsert_prices(session, [PriceRow(COFFEE.sku, "DE", NEW_COFFEE_PRICE, "EUR")], FeedWriter(session))
            session.execute(update(Product).where(Product.sku == MUESLI.sku).values(active=False))

        with counter(backend, tmp_path, qtbot, bridge) as till:
            till.sync()  # today's coffee price reaches the till through the feed
            sale, fmt = till.window.sale, till.window.fmt
            till.scan("C:C-2024")  # her customer card, at the sale screen
            qtbot.waitUntil(sale.web_basket.isVisible, timeout=10_000)
            assert sale.extras.text() == "Customer: Mia Schneider (C-2024)"
            assert sale.web_basket.button.text() == "Load web basket (3 items)"
            assert sale.model.rowCount() == 0  # offered, not merged

            offered = sale.web_basket.cart
            qtbot.mouseClick(sale.web_basket.button, Qt.MouseButton.LeftButton)
            assert not sale.web_basket.isVisible()
            lines = [
                (ln.sku, ln.quantity, ln.unit_price.amount_minor)
                for ln in sale.services.selling.basket().lines
            ]
            assert lines == [
                (COFFEE.sku, Decimal(2), NEW_COFFEE_PRICE),  # today's till price, not the shop's
                (PLUGS.sku, plugs_available, PLUGS.price_minor),  # what the store has
            ]
            assert sale.model.rowCount() == 2
            message = sale.banner.text().splitlines()
            assert sale.banner.kind == "banner-warn"
            assert message[0] == "Web basket loaded: 2 of 3 items."
            assert message[1] == (
                f"{COFFEE.name}: now {fmt.money(Money(NEW_COFFEE_PRICE, 'EUR'))}, "
                f"was {fmt.money(Money(COFFEE.price_minor, 'EUR'))} online"
            )
            assert message[2] == f"{MUESLI.name}: no longer sold — not added"
            available = fmt.quantity(plugs_available)
            assert message[3] == f"{PLUGS.name}: only {available} of 200 in stock here — {available} added"
            assert len(message) == 4

            # Loading again in the same visit does not double anything: a second touch that arrives
            # after the first (a double tap) is refused, and scanning her card again offers nothing.
            sale.on_web_basket_load_requested(offered)
            assert sale.banner.text() == "This web basket is already in the visit: it was not added again."
            till.scan("C:C-2024")
            for _step in ("the card's customer", "the cart offered"):  # each answer comes queued
                assert till.window.worker.wait_for_done()
                QApplication.processEvents()
            assert till.till.services.saved_carts.offer("C-2024") is None
            assert not sale.web_basket.isVisible()
            quantities = [ln.quantity for ln in sale.services.selling.basket().lines]
            assert quantities == [Decimal(2), plugs_available]
        shop.close()


def test_a_wish_list_offered_after_attaching_from_the_customers_area_loads_by_keyboard(
    tmp_path: Path, qtbot: QtBot, bridge: Bridge
) -> None:
    with chain(tmp_path) as backend:
        shop = WebShop(backend.url, backend.api_key("web shop"))
        with backend.db.write() as session:
            upsert_customer(
                session, customer_id="C-2024", name="Mia Schneider", email=None, phone=None, feed=None
            )
        wish = {
            "kind": "wish_list",
            "name": "Birthday",
            "updated_at": datetime(2026, 12, 2, 21, 30, tzinfo=UTC).isoformat(),
            "lines": [{"sku": COFFEE.sku, "quantity": "1", "shop_price_minor": COFFEE.price_minor}],
        }
        url = f"{backend.url}/v1/customers/C-2024/saved-carts/WISH-1"
        assert shop.http.put(url, json=wish, timeout=20).status_code == 201
        with counter(backend, tmp_path, qtbot, bridge) as till:
            window, sale = till.window, till.window.sale
            till.scan(MUESLI.barcode)  # a basket in progress: nothing is merged into it unasked
            window.areas.buttons["customers"].click()
            area = window.customers
            qtbot.keyClicks(area.search, "C-2024")
            qtbot.keyClick(area.search, Qt.Key.Key_Return)
            qtbot.waitUntil(
                lambda: area.customer is not None and area.attach_button.isEnabled(), timeout=10_000
            )
            qtbot.mouseClick(area.attach_button, Qt.MouseButton.LeftButton)
            qtbot.waitUntil(sale.web_basket.isVisible, timeout=10_000)
            assert window.showing(sale)
            assert sale.web_basket.button.text() == "Load web wish list (1 item)"
            assert [ln.sku for ln in sale.services.selling.basket().lines] == [MUESLI.sku]
            qtbot.keyClick(sale.entry, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
            assert [ln.sku for ln in sale.services.selling.basket().lines] == [MUESLI.sku, COFFEE.sku]
            assert (sale.banner.kind, sale.banner.text()) == ("banner-ok", "Web basket loaded: 1 of 1 item.")
            assert not sale.web_basket.isVisible()
            window.areas.buttons["customers"].click()
            qtbot.mouseClick(area.detach_button, Qt.MouseButton.LeftButton)  # no customer, no offer
            assert not sale.web_basket.isVisible()
        shop.close()
