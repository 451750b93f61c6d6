"""The Pickups work area: the queue of the store's web orders, and one order picked or handed over.

Takes pickup QRs (the window routes them here from any area) and, while an order is open, article
scans. Finding an order: a QR or "order number + code" opens its handover; a name, e-mail or phone
lists the orders found (a single one opens at once), and one opened from a list is handed over only
after an ID check. The
queue is read off the UI thread (Worker) every `REFRESH_MS` and after each change; more orders to
pick than last time beep and show on the mode-bar badge. "Hand over" claims the order at the
backend off the UI thread, then puts the handover into the visit and asks the window for the Sale
area, where the visit is paid and completed as usual.

The queue's message bar heads the queue page; an open order has its own under its scan field, and the
area's messages go to that one while the order is on screen.
"""

from __future__ import annotations

import re
import uuid
from typing import Any, ClassVar

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QApplication, QStackedWidget, QVBoxLayout, QWidget

from terminal.domain.errors import TillError
from terminal.domain.pickup import Handover
from terminal.services.container import Services
from terminal.services.pickup_handover import Collector
from terminal.services.pickups import Found, QueueView
from terminal.ui.formatting import MoneyFormat
from terminal.ui.message_banner import MessageBanner
from terminal.ui.messages import message_for
from terminal.ui.pickup_order import PickupOrderScreen
from terminal.ui.pickups_queue import PickupsQueue
from terminal.ui.worker import Worker

REFRESH_MS = 15_000
_NUMBER_AND_CODE = re.compile(r"^\s*(\S+)\s+(\d{4}[\s-]?\d{4})\s*$")


class PickupsArea(QWidget):
    """The queue and the order screen."""

    area_id: ClassVar[str] = "pickups"
    scan_meanings: ClassVar[frozenset[str]] = frozenset({"pickup"})

    sig_handover_added = Signal(object)
    """A handover went into the open visit (the VisitChange): the window shows the Sale area."""

    sig_badge_changed = Signal(int)
    """The number of orders to pick changed (for the mode-bar badge)."""

    def __init__(
        self, services: Services, fmt: MoneyFormat, worker: Worker, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.fmt = fmt
        self.worker = worker
        self.to_pick = -1  # unknown until the first load: the first load does not beep
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        self.pages = QStackedWidget(self)
        column.addWidget(self.pages, 1)
        self.queue = PickupsQueue(fmt, self.pages)
        self.banner = self.queue.banner
        self.order = PickupOrderScreen(services, fmt, self.pages, worker=worker)
        self.pages.addWidget(self.queue)
        self.pages.addWidget(self.order)
        self.queue.sig_view_chosen.connect(self.on_queue_view_chosen)
        self.queue.sig_order_chosen.connect(self.on_queue_order_chosen)
        self.queue.sig_search_entered.connect(self.on_queue_search_entered)
        self.order.sig_back_requested.connect(self.show_queue)
        self.order.sig_changed.connect(lambda _c: self.reload())
        self.order.sig_hand_over_requested.connect(self.on_order_hand_over_requested)
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.reload)
        self.timer.start()

    def area_title(self) -> str:
        return self.tr("Pickups")

    def takes_scan(self, meaning: str) -> bool:
        """While an order is open, article scans are for it (not for the sale)."""
        return meaning == "product" and self.pages.currentWidget() is self.order

    def on_changed(self, _change: object) -> None:
        """A visit completed or changed elsewhere: the queue may have changed."""
        self.reload()

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self.reload()

    # ------------------------------------------------------------ the queue

    def reload(self) -> None:
        """Read the current view and the counts off the UI thread."""
        self.worker.submit(self.services.pickups.queue, self.queue.view, on_done=self.on_worker_queue_loaded)

    def on_worker_queue_loaded(self, view: QueueView) -> None:
        if view.view != self.queue.view:
            return
        self.queue.set_counts(view.counts)
        if not self.queue.search.text().strip():
            self.queue.show_orders(view.orders)
        count = view.counts.get("to_pick", 0)
        if self.to_pick >= 0 and count > self.to_pick:
            QApplication.beep()  # new orders to pick
            if self.pages.currentWidget() is self.queue or not self.order.banner.kind:
                self.bar().show_info(self.tr("New web orders to pick."))  # never over the order's refusal
        if count != self.to_pick:
            self.to_pick = count
            self.sig_badge_changed.emit(count)

    def on_queue_view_chosen(self, view: str) -> None:
        self.queue.view = view
        self.queue.search.clear()
        self.reload()

    def bar(self) -> MessageBanner:
        """The message bar of the page on screen."""
        return self.order.banner if self.pages.currentWidget() is self.order else self.banner

    def show_queue(self) -> None:
        self.pages.setCurrentWidget(self.queue)
        self.queue.focus_search()
        self.reload()

    # ------------------------------------------------------------ finding and opening an order

    def on_scanner_scanned(self, code: str, source: str = "") -> None:
        if self.pages.currentWidget() is self.order and not code.strip().upper().startswith("P:"):
            self.order.on_scanner_scanned(code, source)
            return
        self._attempt_found(lambda: self.services.pickups.find_by_scan(code), code=_code_of(code))

    def on_queue_search_entered(self, text: str) -> None:
        text = text.strip()
        if not text:
            self.reload()
            return
        if text.upper().startswith("P:"):
            self._attempt_found(lambda: self.services.pickups.find_by_scan(text), code=_code_of(text))
            return
        match = _NUMBER_AND_CODE.match(text)
        if match:
            number, code = match.groups()
            self._attempt_found(lambda: self.services.pickups.find_by_code(number, code), code=code)
            return
        self.banner.clear_message()
        found = self.services.pickups.search(text)
        if len(found) == 1:  # one hit: no list to choose from, the order opens
            self.queue.search.clear()
            self.on_queue_order_chosen(found[0].order_number)
            return
        self.queue.show_orders(found, searching=True)

    def on_queue_order_chosen(self, order_number: str) -> None:
        """An order tapped in a list: picked when it waits to be picked, else handed over by name."""
        try:
            order = self.services.pickups.order(order_number)
            if order.state in ("placed", "picking"):
                self.banner.clear_message()
                self.order.show_picking(order)
                self.pages.setCurrentWidget(self.order)
                return
            handover = self.services.handover.start(Found(order, "name"))
        except TillError as exc:
            self._refuse(exc)
            return
        self._open_handover(handover)

    def _attempt_found(self, find: Any, *, code: str | None) -> None:
        try:
            found = find()
            handover = self.services.handover.start(found, code)
        except TillError as exc:
            self._refuse(exc)
            return
        self.queue.search.clear()
        self._open_handover(handover)

    def _open_handover(self, handover: Handover) -> None:
        self.banner.clear_message()
        self.order.show_handover(handover)
        self.pages.setCurrentWidget(self.order)

    def _refuse(self, exc: BaseException) -> None:
        if self.pages.currentWidget() is self.order:  # a pickup QR scanned while an order is open
            self.order.refuse_with(exc)
            return
        self.banner.show_error(message_for(exc, self.fmt))
        QApplication.beep()
        self.queue.focus_search()

    # ------------------------------------------------------------ handing over

    def on_order_hand_over_requested(self, handover: Handover, collector: Collector) -> None:
        """Claim the order (network, off the UI thread), then put it into the visit."""
        handover_id = str(uuid.uuid4())

        def claimed(answer: Any) -> None:
            self._hand_over(handover, collector, claimed=answer.outcome == "claimed", handover_id=handover_id)

        def refused(exc: BaseException) -> None:
            self.order.hand_over_button.setEnabled(True)
            self.order.refuse_with(exc)

        self.worker.submit(
            lambda: self.services.handover.claim(handover, collector=collector, handover_id=handover_id),
            on_done=claimed,
            on_error=refused,
        )

    def _hand_over(
        self, handover: Handover, collector: Collector, *, claimed: bool, handover_id: str
    ) -> None:
        try:
            change = self.services.handover.hand_over(
                handover, collector=collector, claimed=claimed, handover_id=handover_id
            )
        except TillError as exc:
            self.order.hand_over_button.setEnabled(True)
            self.order.refuse_with(exc)
            return
        self.pages.setCurrentWidget(self.queue)
        self.sig_handover_added.emit(change)


def _code_of(raw: str) -> str | None:
    from contract.pickup import parse_qr

    qr = parse_qr(raw.strip())
    return qr.code if qr else None
