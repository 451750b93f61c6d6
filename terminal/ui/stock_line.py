"""One line under the product search: how many of the highlighted product there are, and how fresh that is.

"Stock here: 7 (live) · S002: 3 · S003: 0" when the backend answers, "Stock here: 7 (as of 08:12,
offline)" from the till's cached figure when it does not. The look-up may go over the network, so it
runs on the worker and a newer highlight drops older answers.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any, Protocol

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QWidget

from terminal.ui.formatting import format_datetime
from terminal.ui.theme import set_role
from terminal.ui.worker import Worker

LOOKUP_DELAY_MS = 150  # arrowing through results should not fire a look-up per row


class StockLookup(Protocol):
    def stock_for(self, sku: str) -> Any: ...


class StockLine(QLabel):
    """Shows the stock of one product; `show_for(sku)` asks, the answer arrives on the GUI thread."""

    def __init__(
        self, stock: StockLookup, worker: Worker, *, store_id: str, parent: QWidget | None = None
    ) -> None:
        super().__init__("", parent)
        self._stock = stock
        self._owner = worker  # keeps the worker, and with it its lane, alive as long as this line
        self._worker = worker.lane("stock")  # never on the shared pool: the look-up may wait on the network
        self._store_id = store_id
        self._sku: str | None = None
        self._generation = 0
        set_role(self, "hint")
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(LOOKUP_DELAY_MS)
        self._timer.timeout.connect(self.on_timer_timeout)

    def show_for(self, sku: str | None) -> None:
        self._sku = sku
        self._generation += 1
        self.setText("" if sku is None else self.tr("Stock: looking it up …"))
        if sku is not None:
            self._timer.start()

    def on_timer_timeout(self) -> None:
        sku, generation = self._sku, self._generation
        if sku is None:
            return
        self._worker.submit(
            self._stock.stock_for,
            sku,
            on_done=lambda info: self._show(generation, info),
            on_error=lambda _exc: self._show(generation, None),
        )

    def _show(self, generation: int, info: Any) -> None:
        if generation != self._generation:
            return  # the cashier moved on to another product
        if info is None or not info.levels:
            self.setText(self.tr("Stock: no figure for this product yet"))
            return
        here = next((lv for lv in info.levels if lv.store_id == self._store_id), None)
        others = [lv for lv in info.levels if lv.store_id != self._store_id]
        count = _count(here.available) if here else "0"
        if info.source == "live":
            text = self.tr("Stock here: {count} (live)").format(count=count)
        elif info.as_of is not None:
            when = format_datetime(info.as_of)
            text = self.tr("Stock here: {count} (as of {when}, offline)").format(count=count, when=when)
        else:
            text = self.tr("Stock here: {count} (age unknown)").format(count=count)
        if others:
            text += "  ·  " + "  ·  ".join(f"{lv.store_id}: {_count(lv.available)}" for lv in others)
        self.setText(text)


def _count(value: Decimal) -> str:
    """Whole pieces without decimals, weights with up to three."""
    return str(value.quantize(Decimal(1))) if value == value.to_integral_value() else f"{value.normalize()}"
