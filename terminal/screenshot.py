"""`--screenshot PATH`: log in with a demo badge, scan a realistic basket, save the window as PNG, quit.

With `--screenshot-area pickups` the picture is of the Pickups area instead, once the store's open web
orders are in its queue (they come with the till's first sync); with `--screenshot-area returns` the
demo basket is paid in cash and its receipt code scanned again: the Returns area with one unit chosen.

Used for the README/docs screenshot and for looking at the till as a cashier would (under Xvfb).
Everything goes through the same path as a real scanner: the bridge's scan signal.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication


def demo_scans() -> list[str]:
    """Badge of cashier Anna, then a basket from the demo catalogue (a weight label included)."""
    from biip.checksums import gs1_price_weight_check_digit

    from backend.demo_catalogue import generate_products
    from terminal.domain.scan import with_check_digit

    products = {p.name: p for p in generate_products(60)}

    def code(fragment: str) -> str:
        return next(p.barcode for name, p in products.items() if fragment in name)

    bananas = code("Bananen")
    weight = "01234"  # 1.234 kg from the scale
    weight_label = with_check_digit(f"28{bananas[2:6]}{gs1_price_weight_check_digit(weight)}{weight}")
    return [
        "B:STAFF-0001",
        code("Akku-Bohrschrauber GSR 12V"),
        code("Fischer Dübel"),
        code("Vollmilch"),
        code("Vollmilch"),
        code("Kölln Müsli"),
        weight_label,
        code("Osram LED-Lampe"),
        code("Tchibo Kaffee Feine Milde"),
    ]


def take_demo_screenshot(
    window: Any, bridge: Any, path: Path, *, step_ms: int = 150, area: str = "sale"
) -> None:
    scans = demo_scans()

    def save() -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        window.grab().save(str(path))
        QApplication.quit()

    def when_queue_is_there(tries: int = 0) -> None:
        window.pickups.reload()
        if window.pickups.queue.row_count() or tries > 100:
            QTimer.singleShot(300, save)
        else:
            QTimer.singleShot(200, lambda: when_queue_is_there(tries + 1))

    def step(i: int) -> None:
        if i < len(scans):
            bridge.publish_scan(scans[i], "wedge")
            QTimer.singleShot(step_ms, lambda: step(i + 1))
            return
        if area == "pickups":
            window.areas.show_area("pickups")
            QTimer.singleShot(step_ms, when_queue_is_there)
            return
        if area == "returns":
            bring_back()
            return
        save()

    def bring_back() -> None:
        services = window.services
        settlement = services.checkout.begin()
        services.checkout.add_cash(settlement.remaining)
        sold = services.checkout.complete()
        window.sale.refresh()
        bridge.publish_scan(f"R:{sold.receipt_number}", "wedge")
        QTimer.singleShot(1000, choose)

    def choose() -> None:
        returns = window.returns
        returns.table.selectRow(0)
        returns.change_quantity(+1)
        returns.choose_reason("defective")
        QTimer.singleShot(300, save)

    def when_catalogue_is_there(tries: int = 0) -> None:
        # With a backend, the catalogue arrives through the first sync a moment after start.
        if window.services.catalogue.search("Bohrschrauber") or tries > 300:
            QTimer.singleShot(300, lambda: step(0))
        else:
            QTimer.singleShot(200, lambda: when_catalogue_is_there(tries + 1))

    QTimer.singleShot(500, when_catalogue_is_there)
