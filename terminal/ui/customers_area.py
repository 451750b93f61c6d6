"""The Customers work area: find a customer, read their timeline across stores and channels, and
attach them to the open visit.

The search field takes a name, an e-mail, a phone number, the customer id, or a card scan
(`C:<customer_id>`, terminal/domain/customer.py). Search and timeline are read off the UI thread
(Worker), from the backend when it answers; offline, what this till knows is shown and the message
bar says so (a standing warning). The customer's personal offers stand in the bar too, "Apply
offers" under the results: nothing is inserted above the timeline, so none of its rows
moves. The timeline is paged (`PAGE` entries, "Older entries" for the next page). "Attach to the
visit" makes the open visit the customer's (its `customer_id` goes with the visit to the backend) and
shows the Sale area, where the customer's name stands under the cart. A card scanned at the sale screen
attaches without coming here (terminal/ui/main_window.py).
"""

from __future__ import annotations

from typing import Any, ClassVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from terminal.domain.customer import AppliedOffer, Customer, Offer, Timeline
from terminal.domain.errors import TillError
from terminal.services.container import Services
from terminal.services.customers import PAGE, Found
from terminal.ui.customers_timeline import TimelineModel, TimelineView
from terminal.ui.formatting import MoneyFormat
from terminal.ui.message_banner import MessageBanner
from terminal.ui.messages import message_for
from terminal.ui.theme import set_role
from terminal.ui.worker import Worker


class CustomersArea(QWidget):
    """Search, results, the chosen customer's timeline, and attaching them to the visit."""

    area_id: ClassVar[str] = "customers"
    scan_meanings: ClassVar[frozenset[str]] = frozenset({"customer"})

    sig_customer_attached = Signal(object)
    """The visit is now the customer's (the BasketChange): the window shows the Sale area."""

    def __init__(
        self, services: Services, fmt: MoneyFormat, worker: Worker, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.fmt = fmt
        self.worker = worker
        self.customer: Customer | None = None
        self.next_offset: int | None = None
        self.page_size = PAGE  # timeline entries per look-up
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        self.banner = MessageBanner(self)
        column.addWidget(self.banner)
        row = QHBoxLayout()
        self._search_row(row)
        column.addLayout(row)

        body = QHBoxLayout()
        left = QVBoxLayout()
        self.results = QListWidget(self)
        self.results.setObjectName("customer_results")
        self.results.setWordWrap(True)  # the name, then the e-mail and phone under it
        self.results.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.results.itemClicked.connect(self.on_result_chosen)
        self.results.itemActivated.connect(self.on_result_chosen)
        left.addWidget(self.results, 1)
        left.addWidget(self._apply_offers_button())
        body.addLayout(left, 1)
        right = QVBoxLayout()
        self.header = QLabel(self)
        self.header.setObjectName("customer_header")
        self.header.setWordWrap(True)
        set_role(self.header, "title")
        # Two lines whether it holds the hint or a name with e-mail and phone: the timeline under it
        # stays put when a customer is chosen (at 1366 px the hint takes one line, a customer two).
        self.header.ensurePolished()
        margins = self.header.contentsMargins()
        self.header.setFixedHeight(
            2 * self.header.fontMetrics().lineSpacing() + margins.top() + margins.bottom()
        )
        self.header.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        right.addWidget(self.header)
        ctx = services.ctx
        self.model = TimelineModel(
            fmt, self, store_names={ctx.store_id: ctx.store_name} if ctx.store_name else {}
        )
        self.timeline = TimelineView(self.model, self)
        right.addWidget(self.timeline, 1)
        self.details = self._details_label()
        right.addWidget(self.details)
        body.addLayout(right, 3)
        column.addLayout(body, 1)
        column.addLayout(self._buttons_row())
        self._show_customer(None)

    def _apply_offers_button(self) -> QPushButton:
        """Under the results, above "Attach to the visit": applying the customer's personal offers
        (said in the message bar). Its place is kept while it is hidden: it comes and goes moving
        nothing, and the results list it takes the bottom of is rarely long."""
        words = self.tr("Apply offers").split()  # on two lines: the column is narrow at 1024 px
        half = (len(words) + 1) // 2
        button = QPushButton(" ".join(words[:half]) + "\n" + " ".join(words[half:]), self)
        button.setObjectName("apply_offers")
        button.clicked.connect(self.on_apply_offers_clicked)
        policy = button.sizePolicy()
        policy.setHorizontalPolicy(QSizePolicy.Policy.Ignored)  # the column's width, never wider
        policy.setRetainSizeWhenHidden(True)
        button.setSizePolicy(policy)
        button.hide()
        self.apply_offers_button = button
        self.offers = list[Offer]()  # typed where _show_offers sets it
        self.notes = ("", "")  # (offline, offers): the standing note the bar shows, see _show_notes
        return button

    def _show_offers(self, offers: list[Offer]) -> None:
        self.offers = offers
        texts = [
            self.tr("{percent} % on {group}").format(percent=o.percent, group=o.group)
            + (f" — {o.description}" if o.description else "")
            for o in offers
        ]
        said = self.tr("Personal offers: {offers}").format(offers="; ".join(texts)) if offers else ""
        self._show_notes(self.notes[0], said)
        self.apply_offers_button.setVisible(bool(offers))
        self.apply_offers_button.setVisible(bool(offers))
        self._update_buttons()

    def on_offers_loaded(self, customer_id: str, offers: list[Offer]) -> None:
        if self.customer is not None and self.customer.customer_id == customer_id:
            self._show_offers(offers)

    def on_apply_offers_clicked(self) -> None:
        """Claim each offer at the backend (off the UI thread), then put the claimed ones into the
        visit here, on the GUI thread, discounting the matching lines."""
        offers = list(self.offers)
        self.apply_offers_button.setEnabled(False)
        customers = self.services.customers

        def claim_all() -> list[tuple[Offer, AppliedOffer | TillError]]:
            outcomes: list[tuple[Offer, AppliedOffer | TillError]] = []
            for offer in offers:
                try:
                    outcomes.append((offer, customers.claim_offer(offer)))
                except TillError as exc:
                    outcomes.append((offer, exc))
            return outcomes

        self.worker.submit(claim_all, on_done=self.on_offers_claimed, on_error=self._refuse)

    def on_offers_claimed(self, outcomes: list[tuple[Offer, AppliedOffer | TillError]]) -> None:
        """Put each claimed offer into the visit (a refusal now gives its hold back, queued)."""
        refused: list[TillError] = []
        applied = 0
        for _offer, claimed in outcomes:
            if isinstance(claimed, TillError):
                refused.append(claimed)
                continue
            try:
                self.services.customers.take_offer(claimed)
            except TillError as exc:
                refused.append(exc)
                self.services.customers.release_claim(claimed)  # queued: never waited for
                continue
            applied += 1
        if refused:
            self._refuse(refused[0])
        self._update_buttons()
        if applied:
            self.sig_customer_attached.emit(None)  # the Sale area shows the discounted lines

    def _details_label(self) -> QLabel:
        """The chosen row's lines (or a voucher's balance) under the timeline."""
        label = QLabel(self)
        label.setObjectName("customer_entry_details")
        label.setWordWrap(True)
        self.timeline.clicked.connect(lambda index: label.setText(self.model.details(index.row())))
        return label

    def _search_row(self, row: QHBoxLayout) -> None:
        self.search = QLineEdit(self)
        self.search.setObjectName("customer_search")
        self.search.setPlaceholderText(self.tr("Scan the customer's card, or type name, e-mail, phone"))
        self.search.returnPressed.connect(self.on_search_entered)
        row.addWidget(self.search, 1)
        self.search_button = QPushButton(self.tr("Search"), self)
        self.search_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.search_button.clicked.connect(self.on_search_entered)
        row.addWidget(self.search_button)

    def _buttons_row(self) -> QHBoxLayout:
        """One row across under both columns: the results list stays narrow, the timeline wide."""
        buttons = QHBoxLayout()
        self._visit_buttons(buttons)
        buttons.addStretch(1)
        self.more_button = QPushButton(self.tr("Older entries"), self)
        self.more_button.clicked.connect(self.on_more_clicked)
        buttons.addWidget(self.more_button)
        return buttons

    def _visit_buttons(self, column: QHBoxLayout) -> None:
        """Attach the shown customer to the visit; remove the visit's customer."""
        self.attach_button = QPushButton(self.tr("Attach to the visit"), self)
        self.attach_button.setObjectName("attach_customer")
        set_role(self.attach_button, "primary")
        self.attach_button.clicked.connect(self.on_attach_clicked)
        column.addWidget(self.attach_button)
        self.detach_button = QPushButton(self.tr("Remove from the visit"), self)
        self.detach_button.clicked.connect(self.on_detach_clicked)
        column.addWidget(self.detach_button)

    def area_title(self) -> str:
        return self.tr("Customers")

    def on_changed(self, _change: object) -> None:
        """The visit changed elsewhere: whether the shown customer is attached may have changed."""
        self._update_buttons()

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self._update_buttons()
        self.search.setFocus()

    # ------------------------------------------------------------ finding

    def on_scanner_scanned(self, code: str, _source: str = "") -> None:
        """A card scanned here opens the customer (attaching is the cashier's choice)."""
        self.search.setText(code.strip())
        self.on_search_entered()

    def on_search_entered(self) -> None:
        text = self.search.text().strip()
        if not text:
            return
        self.banner.clear_message()
        self.worker.submit(self.services.customers.search, text, on_done=self.on_found, on_error=self._refuse)

    def on_found(self, found: Found) -> None:
        self.results.clear()
        for c in found.customers:
            item = QListWidgetItem(_describe(c, lines=True), self.results)
            item.setData(Qt.ItemDataRole.UserRole, c)
        if found.source == "local":
            self.banner.show_warning(self.tr("Offline: customers known at this till only."))
        if not found.customers:
            self.banner.show_info(self.tr("No customer found."))
        elif len(found.customers) == 1:
            self.results.setCurrentRow(0)
            self.open_customer(found.customers[0])

    def on_result_chosen(self, item: QListWidgetItem) -> None:
        customer = item.data(Qt.ItemDataRole.UserRole)
        if isinstance(customer, Customer):
            self.open_customer(customer)

    def open_customer(self, customer: Customer) -> None:
        """Show the customer and read the first page of their timeline."""
        self._show_customer(customer)
        self.model.set_entries([])
        customer_id, limit = customer.customer_id, self.page_size
        self.worker.submit(
            lambda: self.services.customers.timeline(customer_id, limit=limit),
            on_done=lambda page: self.on_timeline_loaded(page, first=True),
            on_error=self._refuse,
        )

    def on_more_clicked(self) -> None:
        if self.customer is None or self.next_offset is None:
            return
        self.more_button.setEnabled(False)
        customer_id, offset, limit = self.customer.customer_id, self.next_offset, self.page_size
        self.worker.submit(
            lambda: self.services.customers.timeline(customer_id, offset=offset, limit=limit),
            on_done=lambda page: self.on_timeline_loaded(page, first=False),
            on_error=self._refuse,
        )

    def on_timeline_loaded(self, page: Timeline, *, first: bool) -> None:
        if self.customer is None or page.customer.customer_id != self.customer.customer_id:
            return  # another customer was chosen meanwhile
        if page.customer.name:
            self._show_customer(page.customer)
        if first:
            self.model.set_entries(page.entries)
            self.details.setText(self.model.details(0))
            # then the offers (one look-up at a time: the backend client is one HTTP session)
            customer_id = page.customer.customer_id
            self.worker.submit(
                self.services.customers.offers,
                customer_id,
                on_done=lambda offers: self.on_offers_loaded(customer_id, offers),
            )
        else:
            self.model.add_entries(page.entries)
        self.next_offset = page.next_offset
        self.more_button.setEnabled(page.next_offset is not None)
        if page.source == "local":
            offline = self.tr(
                "Offline: only what this till knows — its own sales and this store's web orders."
            )
            self._show_notes(offline, self.notes[1])
        else:
            self._show_notes("", self.notes[1])
        if not page.entries and first and page.source != "local":  # offline, the warning says why
            self.banner.show_info(self.tr("Nothing in this customer's history yet."))

    # ------------------------------------------------------------ the visit's customer

    def on_attach_clicked(self) -> None:
        if self.customer is None:
            return
        try:
            change = self.services.customers.attach(self.customer)
        except TillError as exc:
            self._refuse(exc)
            return
        self._update_buttons()
        self.sig_customer_attached.emit(change)

    def on_detach_clicked(self) -> None:
        try:
            change = self.services.customers.detach()
        except TillError as exc:
            self._refuse(exc)
            return
        self._update_buttons()
        self.banner.show_ok(self.tr("The visit has no customer now."))
        self.sig_customer_attached.emit(change)

    # ------------------------------------------------------------ plumbing

    def _show_customer(self, customer: Customer | None) -> None:
        before = self.customer.customer_id if self.customer else None
        if customer is None or customer.customer_id != before:  # the offers said were another's
            self.offers = []
            self.apply_offers_button.hide()
            self._show_notes(self.notes[0], "")
        self.customer = customer
        if customer is None:
            self.header.setText(self.tr("Find a customer to see their history."))
            self.next_offset = None
            self._show_notes("", "")
        else:
            self.header.setText(_describe(customer))
        self._update_buttons()

    def _update_buttons(self) -> None:
        attached = self.services.selling.visit().customer_id
        shown = self.customer.customer_id if self.customer else None
        self.attach_button.setEnabled(shown is not None and attached != shown)
        self.detach_button.setEnabled(attached is not None)
        self.more_button.setEnabled(self.next_offset is not None)
        self.apply_offers_button.setEnabled(shown is not None and attached == shown and bool(self.offers))

    def _show_notes(self, offline: str, offers: str) -> None:
        """What stands in the message bar while it is true: the offline warning (the timeline is only
        this till's) and the customer's personal offers. The bar's slot is kept, so they move nothing;
        a refusal or a confirmation takes the bar, and the next look-up says them again."""
        shown = " ".join(t for t in self.notes if t)
        self.notes = (offline, offers)
        text = " ".join(t for t in self.notes if t)
        if offline:
            self.banner.show_warning(text)
        elif offers:
            self.banner.show_note(text)
        elif shown and self.banner.text() == shown:
            self.banner.clear_message()

    def _refuse(self, exc: BaseException) -> None:
        self.banner.show_error(message_for(exc, self.fmt))
        QApplication.beep()


def _describe(c: Customer, *, lines: bool = False) -> str:
    """ "Name (id) — e-mail · phone"; `lines`: the contact on a line of its own (the results list)."""
    name = c.name or c.customer_id
    if lines:  # each on its own line; a long e-mail may break after its "@" (a zero-width space)
        contact = "\n".join(x.replace("@", "@\u200b") for x in (c.email, c.phone) if x)
        return f"{name} ({c.customer_id})" + ("\n" + contact if contact else "")
    contact = " · ".join(x for x in (c.email, c.phone) if x)
    return f"{name} ({c.customer_id})" + (" — " + contact if contact else "")
