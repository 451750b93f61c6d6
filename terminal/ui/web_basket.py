"""The sale screen's offer of a basket begun online, and the cashier's sentences about loading it.

When the visit's customer has a saved cart or wish list at the web shop, one button under the
customer's line (below the cart) offers it, "Load web basket (3 items)" (also Ctrl+L, shown beside
it). Its slot is kept while the visit has a customer, offered or not: the look-up answers a moment
after the card was scanned, and the offer appearing (or going once loaded) moves nothing a finger may
be on its way to (it used to be inserted above the cart and push the cart down). Nothing is merged
silently into a basket in progress: the cashier chooses. After loading, `load_report` gives one
sentence per difference (a price that changed since the shop showed it, an item no longer sold,
too little stock here).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from terminal.domain.money import Money
from terminal.domain.saved_cart import CartNote, SavedCart
from terminal.services.saved_carts import CartLoaded
from terminal.ui.formatting import MoneyFormat
from terminal.ui.messages import message_for_code
from terminal.ui.theme import set_role

SHORTCUT = "Ctrl+L"


class WebBasketOffer(QWidget):
    """ "Web basket of this customer: 3 items" and the button that loads it; hidden without one."""

    sig_load_requested = Signal(object)
    """The cashier chose to load the offered cart (the SavedCart)."""

    def __init__(self, parent: QWidget | None = None, *, shortcut_parent: QWidget | None = None) -> None:
        """`shortcut_parent`: where Ctrl+L works (the sale screen, whichever of its widgets has focus)."""
        super().__init__(parent)
        self.setObjectName("web_basket_offer")
        self.cart: SavedCart | None = None
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.button = QPushButton(self)
        self.button.setObjectName("load_web_basket")
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the scan field keeps the keyboard
        # Takes the width there is (never widens the window); the text is short in every language.
        self.button.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        set_role(self.button, "primary")
        self.button.clicked.connect(self.on_button_clicked)
        row.addWidget(self.button, 1)
        self.key = QLabel(SHORTCUT, self)  # the keyboard's way to the same action
        row.addWidget(self.key)
        shortcut = QShortcut(QKeySequence(SHORTCUT), shortcut_parent or parent or self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.on_button_clicked)
        self.hide()

    def offer(self, cart: SavedCart | None) -> None:
        """Show `cart` (None: hide the strip)."""
        self.cart = cart
        if cart is None:
            self.hide()
            return
        n = cart.item_count
        self.button.setText(
            self.tr("Load web wish list (%n item(s))", "", n)
            if cart.kind == "wish_list"
            else self.tr("Load web basket (%n item(s))", "", n)
        )
        self.button.setToolTip(cart.name)  # what the shop calls it, if anything
        self.show()

    def on_button_clicked(self) -> None:
        if self.cart is not None and self.isVisible():
            self.sig_load_requested.emit(self.cart)


class WebBasketSlot(QWidget):
    """The offer's place: as high as the offer, kept while the visit has a customer (empty when there
    is nothing to offer), gone without a customer. It comes and goes with the customer's line above
    it, so the cart's top and its lines stay where they are."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        self.offer = WebBasketOffer(self, shortcut_parent=parent)  # Ctrl+L anywhere on the screen
        policy = self.offer.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.offer.setSizePolicy(policy)
        column.addWidget(self.offer)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)  # the offer's height
        self.hide()

    def keep(self, kept: bool) -> None:
        """`kept`: the visit has a customer (the slot stays, offered or not)."""
        self.setVisible(kept)


def note_text(note: CartNote, fmt: MoneyFormat, currency: str) -> str:
    """One sentence per difference between the cart online and the basket at the till."""
    if note.kind == "price_changed" and note.price_minor is not None and note.shop_price_minor is not None:
        return QCoreApplication.translate("WebBasket", "{name}: now {price}, was {shop_price} online").format(
            name=note.name,
            price=fmt.money(Money(note.price_minor, currency)),
            shop_price=fmt.money(Money(note.shop_price_minor, currency)),
        )
    if note.kind == "missing":
        return QCoreApplication.translate("WebBasket", "{name}: no longer sold — not added").format(
            name=note.name
        )
    if note.kind == "short":
        return QCoreApplication.translate(
            "WebBasket", "{name}: only {added} of {wanted} in stock here — {added} added"
        ).format(name=note.name, added=fmt.quantity(note.added), wanted=fmt.quantity(note.wanted))
    if note.kind == "none_in_stock":
        return QCoreApplication.translate("WebBasket", "{name}: none in stock here — not added").format(
            name=note.name
        )
    return QCoreApplication.translate("WebBasket", "{name}: not added — {reason}").format(
        name=note.name, reason=message_for_code(note.reason, fmt)
    )


def load_report(loaded: CartLoaded, fmt: MoneyFormat) -> str:
    """ "Web basket loaded: 2 of 3 items." and a line per difference."""
    head = QCoreApplication.translate(
        "WebBasket", "Web basket loaded: {added} of %n item(s).", "", loaded.cart.item_count
    ).format(added=loaded.added)
    currency = loaded.basket.currency
    return "\n".join([head, *(note_text(n, fmt, currency) for n in loaded.notes)])
