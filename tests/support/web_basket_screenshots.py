"""Screenshots of the sale screen offering and then loading a basket begun online, offscreen.

The real backend (migrated, demo-seeded SQLite) on loopback; the web shop saved Julia Hoffmann's cart
(coffee shown online at a higher price, a discontinued muesli, more wall plugs than the store has); a
till of S001 enrolled at it, its real main window; her card scanned, then the basket loaded. Writes
`web-basket-{offer,loaded}-{lang}-{width}.png` for English and German at 1366×768 and 1024×768.

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m tests.support.web_basket_screenshots /tmp/shots
"""

from __future__ import annotations

import sys
import tempfile
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from types import SimpleNamespace

from PySide6.QtWidgets import QApplication
from sqlalchemy import update

from backend.app import create_app
from backend.db import Database as BackendDb
from backend.migrate import upgrade
from backend.models import Product
from backend.services import saved_carts
from backend.services.security import issue_enroll_code
from backend.services.seed import seed_demo
from backend.settings import Settings
from contract.saved_carts import SavedCartIn, SavedCartLineIn
from sync.client import BackendClient
from sync.customers import BackendCustomers
from sync.saved_carts import BackendSavedCarts
from terminal.ui.bridge import Bridge
from terminal.ui.main_window import MainWindow, prepare_application
from tests.support.server import serve_in_thread
from tests.support.till import TickingClock, open_till, product_named


def _cart(db: BackendDb) -> None:
    coffee, muesli, plugs = (product_named(n) for n in ("Tchibo Kaffee", "Kölln Müsli", "Fischer Dübel"))
    body = SavedCartIn(
        updated_at=datetime(2026, 12, 2, 21, 30, tzinfo=UTC),
        lines=[
            SavedCartLineIn(sku=coffee.sku, quantity=Decimal(2), shop_price_minor=coffee.price_minor + 100),
            SavedCartLineIn(sku=muesli.sku, quantity=Decimal(1), shop_price_minor=muesli.price_minor),
            SavedCartLineIn(sku=plugs.sku, quantity=Decimal(200), shop_price_minor=plugs.price_minor),
        ],
    )
    with db.write() as session:
        saved_carts.put_cart(session, "C0001", "WEB-CART-1", body, datetime.now(UTC))
        session.execute(update(Product).where(Product.sku == muesli.sku).values(active=False))


def _settle(app: QApplication, window: MainWindow, done: object) -> None:
    for _ in range(400):
        app.processEvents()
        if callable(done) and done():
            break
        window.worker.wait_for_done(20)
    for _ in range(20):
        app.processEvents()


def shoot(app: QApplication, base_url: str, *, tmp: Path, code: str, language: str, out: Path) -> None:
    client = BackendClient(base_url, read_timeout=30)
    client.token = client.enroll(code).token
    carts = BackendClient(base_url, token=client.token, read_timeout=30)
    till = open_till(
        tmp / f"till-{language}.sqlite3",
        language=language,
        clock=TickingClock(datetime.now(UTC)),
        customer_directory=BackendCustomers(client),
        saved_cart_source=BackendSavedCarts(carts),
    )
    keep = prepare_application(app, language)  # noqa: F841 - the translators must stay alive
    config = SimpleNamespace(language=language, currency="EUR", store_name="Baumarkt & Mehr Berlin")
    window = MainWindow(till.services, Bridge(), config=config)
    window.show()
    till.services.staff.login("1111")
    window.on_login_staff_logged_in(till.services.staff.current)
    sale = window.sale
    sale.submit_code(product_named("Vollmilch").barcode)
    window.attach_card_at_sale("C:C0001")
    _settle(app, window, sale.web_basket.isVisible)
    for width in (1366, 1024):
        window.resize(width, 768)
        _settle(app, window, None)
        window.grab().save(str(out / f"web-basket-offer-{language}-{width}.png"))
    sale.web_basket.on_button_clicked()
    for width in (1366, 1024):
        window.resize(width, 768)
        _settle(app, window, None)
        window.grab().save(str(out / f"web-basket-loaded-{language}-{width}.png"))
    window.close()
    client.close()
    carts.close()
    till.db.close()


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv)
    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite:///{Path(tmp) / 'backend.sqlite3'}"
        upgrade(url)
        db = BackendDb(url)
        seed_demo(db, products=300, stocked=300)
        _cart(db)
        with serve_in_thread(create_app(Settings(db_url=url, scheduler=False))) as base_url:
            for number, language in enumerate(("en", "de")):
                with db.write() as session:
                    code = issue_enroll_code(
                        session, store_id="S001", terminal_id=f"T0{number + 5}", ttl_minutes=60
                    )
                shoot(app, base_url, tmp=Path(tmp), code=code, language=language, out=out)
        db.dispose()


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("docs/screenshots"))
