"""Customers, their personal offers and web baskets in words (`customer.*`, `offer.*`, `saved_cart.*`).

Merged into the message catalogue (terminal/ui/messages.py), as terminal/ui/day_messages.py is, so
`message_for` knows every code; the texts keep the catalogue's translation context ("Messages").
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def customer_sentences() -> dict[str, str]:
    """Code -> translated sentence, as terminal/ui/messages.py keeps them."""
    return {
        "offer.held": QCoreApplication.translate(
            "Messages", "This offer is being used at another till right now."
        ),
        "offer.redeemed": QCoreApplication.translate("Messages", "This offer has already been used."),
        "offer.expired": QCoreApplication.translate("Messages", "This offer has expired."),
        "offer.unknown": QCoreApplication.translate("Messages", "The head office does not know this offer."),
        "offer.no_lines": QCoreApplication.translate(
            "Messages", "Nothing in the basket is in the offer's product group."
        ),
        "offer.applied": QCoreApplication.translate(
            "Messages", "This offer is already applied to the visit."
        ),
        "offer.other_customer": QCoreApplication.translate(
            "Messages", "The visit is for another customer: their offers cannot be applied to it."
        ),
        "offer.offline": QCoreApplication.translate(
            "Messages",
            "The head office cannot be reached: personal offers cannot be applied now. "
            "The customer can use them on the next visit.",
        ),
        "saved_cart.offline": QCoreApplication.translate(
            "Messages",
            "The customer's web basket cannot be checked: the head office is not reachable."
            " The basket at the till is unchanged.",
        ),
        "saved_cart.already_loaded": QCoreApplication.translate(
            "Messages", "This web basket is already in the visit: it was not added again."
        ),
        "saved_cart.other_customer": QCoreApplication.translate(
            "Messages", "This web basket belongs to another customer than the visit's."
        ),
        "customer.offline": QCoreApplication.translate(
            "Messages", "The head office cannot be reached: showing what this till knows."
        ),
        "customer.unknown": QCoreApplication.translate(
            "Messages", "No customer {customer_id} is known to the head office."
        ),
        "customer.query_too_short": QCoreApplication.translate(
            "Messages", "Type at least two characters of the name, e-mail or phone."
        ),
        "customer.payment_started": QCoreApplication.translate(
            "Messages", "The payment has begun: the visit's customer cannot change now."
        ),
        "customer.offers_held": QCoreApplication.translate(
            "Messages",
            "The visit holds this customer's personal offers: its customer cannot change."
            " Void the visit to give the offers back.",
        ),
    }
