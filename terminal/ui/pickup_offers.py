"""The customer's personal offers on the handover screen: shown when a web order of a known customer
is opened for handover, each applied to the open visit with one touch.

The offers come from the backend (off the UI thread); offline none can be applied and the panel says
so. Applying claims the offer at the backend (on the worker) and puts it into the visit on the GUI
thread (terminal/services/customers.py `claim_offer`, `take_offer`): it takes its percent off the
visit's in-store lines of its product group, those scanned already and those scanned later in the
same visit. Collected web-order lines keep the order's price
(docs/adr/0022-offers-redeemed-by-the-visit.md says why).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from terminal.domain.customer import AppliedOffer, Offer
from terminal.domain.errors import TillError
from terminal.services.container import Services
from terminal.ui.messages import message_for
from terminal.ui.theme import set_role
from terminal.ui.worker import Worker

# The buttons' column has room for two beside the handover's own buttons on a 1024x768 screen with the
# mode bar on a row of its own (more are in the Customers area, and the label says how many).
MAX_SHOWN = 2
# Smaller than a banner's or a button's usual size: the panel shares the handover's buttons' column.
_STYLE = "QLabel { font-size: 13pt; padding: 4px 8px; } QPushButton { font-size: 13pt; min-height: 56px; }"


class PickupOffers(QWidget):
    """The offers of the order's customer, one button each ("Apply: 10 % on WINE")."""

    sig_offer_applied = Signal(object)
    """An offer went into the open visit (the BasketChange)."""

    def __init__(self, services: Services, worker: Worker | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pickup_offers")
        self.services, self.worker = services, worker
        self.customer_id: str | None = None
        self.offers: list[Offer] = []
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel(self)
        self.label.setObjectName("pickup_offers_label")
        self.label.setWordWrap(True)
        self.label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        column.addWidget(self.label)
        self.setStyleSheet(_STYLE)
        self._texts: list[str] = []  # each button's whole text (elided to fit on screen)
        self.buttons: list[QPushButton] = []
        for i in range(MAX_SHOWN):
            button = QPushButton(self)
            button.setObjectName(f"pickup_offer_{i}")
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(lambda _=False, i=i: self.on_offer_clicked(i))
            column.addWidget(button)
            self.buttons.append(button)
        self.hide()

    def load(self, customer_id: str | None) -> None:
        """Ask for `customer_id`'s open offers (nobody: the panel hides)."""
        self.customer_id, self.offers = customer_id, []
        self._show_buttons()
        if customer_id is None or self.worker is None:
            self.hide()
            return
        self._say(self.tr("Looking up the customer's personal offers…"), "banner-info")
        self.show()

        def loaded(offers: Any) -> None:
            self.on_offers_loaded(customer_id, offers)

        def failed(exc: BaseException) -> None:
            self.on_offers_failed(customer_id, exc)

        self.worker.submit(self.services.customers.open_offers, customer_id, on_done=loaded, on_error=failed)

    def on_offers_loaded(self, customer_id: str, offers: list[Offer]) -> None:
        if customer_id != self.customer_id:
            return  # another order was opened meanwhile
        applied = {o.offer_id for o in self.services.customers.applied()}
        open_offers = [o for o in offers if o.offer_id not in applied]
        self.offers = open_offers[:MAX_SHOWN]
        if not self.offers:
            self.hide()
            return
        more = len(open_offers) - len(self.offers)
        if more:
            text = self.tr("Personal offers of this customer (%n more in the Customers area):", "", more)
        else:
            text = self.tr("Personal offers of this customer (for this visit):")
        self._say(text, "banner-info")
        self._show_buttons()

    def on_offers_failed(self, customer_id: str, exc: BaseException) -> None:
        if customer_id == self.customer_id:
            self._say(message_for(exc), "banner-warn")  # offline: not applicable, and why

    def on_offer_clicked(self, index: int) -> None:
        """Claim the offer on the worker (network), then put it into the visit here, on the GUI
        thread (the visit is changed where the scans change it, never from a pool thread)."""
        if index >= len(self.offers) or self.worker is None:
            return
        offer, customer_id = self.offers[index], self.customer_id
        self.buttons[index].setEnabled(False)  # one touch: no second claim while the first runs
        customers = self.services.customers

        def claim() -> AppliedOffer:
            return customers.claim_offer(offer, customer_id=customer_id, before_lines=True)

        def claimed(applied: AppliedOffer) -> None:
            try:
                change = customers.take_offer(applied, customer_id=customer_id, before_lines=True)
            except TillError as exc:
                customers.release_claim(applied)  # its hold goes back (queued: never waited for)
                self.on_offer_refused(index, exc)
                return
            self.on_offer_applied(offer, change)

        self.worker.submit(claim, on_done=claimed, on_error=lambda exc: self.on_offer_refused(index, exc))

    def on_offer_applied(self, offer: Offer, change: object) -> None:
        self.offers = [o for o in self.offers if o.offer_id != offer.offer_id]
        self._show_buttons()
        self._say(
            self.tr("Applied to this visit: {percent} % on {group}.").format(
                percent=offer.percent, group=offer.group
            ),
            "banner-ok",
        )
        self.sig_offer_applied.emit(change)

    def on_offer_refused(self, index: int, exc: BaseException) -> None:
        self._say(message_for(exc), "banner-error")
        if index < len(self.buttons):
            self.buttons[index].setEnabled(True)

    def _say(self, text: str, role: str) -> None:
        self.label.setText(text)
        set_role(self.label, role)
        self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        """A wrapped label in a column of buttons gets the height its lines need (a layout asks a
        label's height for its width only at the top level), and each button's two lines are cut to
        its width with an ellipsis."""
        if self.width() >= 200:  # before its first layout a widget is narrower: its resize comes next
            self.label.setMinimumHeight(self.label.heightForWidth(self.width()))
        for button, text in zip(self.buttons, self._texts, strict=False):
            room = max(button.width() - 36, 60)
            metrics = button.fontMetrics()
            lines = [metrics.elidedText(line, Qt.TextElideMode.ElideRight, room) for line in text.split("\n")]
            button.setText("\n".join(lines).replace("&", "&&"))  # a group "Wein & Sekt": no shortcut key
            button.setToolTip(text.replace("\n", " — "))

    def _show_buttons(self) -> None:
        self._texts = []
        for i, button in enumerate(self.buttons):
            offer = self.offers[i] if i < len(self.offers) else None
            button.setVisible(offer is not None)
            button.setEnabled(True)
            if offer is not None:
                text = self.tr("Apply {percent} % on {group}").format(
                    percent=offer.percent, group=offer.group
                )
                self._texts.append(text + (f"\n{offer.description}" if offer.description else ""))
        self._fit()
