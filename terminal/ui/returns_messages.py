"""Returns, refunds and vouchers in words: their refusals (`return.*`, `refund.*`, `voucher.*`).

Merged into the message catalogue (terminal/ui/messages.py), as terminal/ui/day_messages.py is, so
`message_for` knows every code; the texts keep the catalogue's translation context ("Messages").
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def returns_sentences() -> dict[str, str]:
    """Code -> translated sentence, as terminal/ui/messages.py keeps them."""
    return {
        "return.bad_refund": QCoreApplication.translate(
            "Messages", "A refund must be more than zero. Check the price paid."
        ),
        "return.reason_needed": QCoreApplication.translate(
            "Messages", 'Choose why the item comes back; for "other" write the reason.'
        ),
        "return.already_in_visit": QCoreApplication.translate(
            "Messages",
            "Line {line_no} of {reference} is already being returned. Change its quantity instead.",
        ),
        "return.unknown_receipt": QCoreApplication.translate(
            "Messages", "Receipt {reference} is not known. Check the number on the receipt."
        ),
        "return.unknown_order": QCoreApplication.translate(
            "Messages", "Web order {reference} is not known. Check the order number."
        ),
        "return.unknown_reference": QCoreApplication.translate(
            "Messages", "{code} is not a receipt or web-order number."
        ),
        "return.unknown_scan": QCoreApplication.translate(
            "Messages", "Unknown barcode: {code}, neither a receipt nor an article."
        ),
        "return.not_on_original": QCoreApplication.translate(
            "Messages", "{name} is not on {reference}. Choose one of its lines, or Esc for another receipt."
        ),
        "return.over_returnable": QCoreApplication.translate(
            "Messages", "Only {returnable} of this line can still be returned."
        ),
        "return.claim_conflict": QCoreApplication.translate(
            "Messages", "This return is already being taken at another till. Clear and look it up again."
        ),
        "return.claim_refused": QCoreApplication.translate(
            "Messages", "The return could not be reserved. Look the receipt up again."
        ),
        "return.offline": QCoreApplication.translate(
            "Messages", "The head office cannot be reached. Try again, or take it back as unchecked."
        ),
        "return.no_receipt_offline": QCoreApplication.translate(
            "Messages",
            "Without a receipt a return needs the head office (for the lowest price), which cannot be "
            "reached now. Try again later.",
        ),
        "return.final_sale": QCoreApplication.translate(
            "Messages", "{name} was sold as final sale: it cannot be taken back."
        ),
        "return.bad_quantity": QCoreApplication.translate(
            "Messages", "Choose how many of {name} come back (+)."
        ),
        "return.bad_disposition": QCoreApplication.translate(
            "Messages", "Choose where the item goes: back to stock, write off or inspect."
        ),
        "return.nothing_chosen": QCoreApplication.translate(
            "Messages", "Choose what comes back: select a line and press + ."
        ),
        "return.scan_articles": QCoreApplication.translate(
            "Messages", "{reference} cannot be checked now: scan each item that comes back."
        ),
        "return.choose_lines": QCoreApplication.translate(
            "Messages", "Choose the items on the lines of {reference} instead of scanning them."
        ),
        "return.no_such_line": QCoreApplication.translate("Messages", "{reference} has no line {line_no}."),
        "return.other_currency": QCoreApplication.translate(
            "Messages", "{reference} was paid in {currency}; this till refunds only {expected}."
        ),
        "return.bad_reply": QCoreApplication.translate(
            "Messages", "The head office gave an answer the till cannot read. Try again."
        ),
        "return.not_allowed": QCoreApplication.translate(
            "Messages", "This till may not take returns from the head office now (not enrolled?)."
        ),
        "voucher.check_character": QCoreApplication.translate(
            "Messages",
            "This voucher code has a typing error (its last symbol does not match). "
            "Check the code and type it again.",
        ),
        "voucher.malformed": QCoreApplication.translate(
            "Messages", "That is not a voucher code. A voucher code has 17 letters and digits."
        ),
        "voucher.unknown": QCoreApplication.translate(
            "Messages", "This voucher is not known at the head office. Check the code."
        ),
        "voucher.insufficient": QCoreApplication.translate(
            "Messages", "This voucher has only {balance_minor} left. Type a smaller amount."
        ),
        "voucher.currency": QCoreApplication.translate(
            "Messages", "This voucher is in {currency}; it cannot pay in this store."
        ),
        "voucher.spent": QCoreApplication.translate("Messages", "This voucher is spent or void."),
        "voucher.already_taken": QCoreApplication.translate(
            "Messages", "This voucher is already a payment of this visit."
        ),
        "voucher.offline": QCoreApplication.translate(
            "Messages", "The head office cannot be reached to check this voucher. Try again in a moment."
        ),
        "voucher.offline_limit": QCoreApplication.translate(
            "Messages",
            "The head office cannot be reached: a voucher can pay at most {limit_minor} now. "
            "Type an amount up to that, or take another payment.",
        ),
        "refund.web_not_possible": QCoreApplication.translate(
            "Messages", "Nothing in this visit was paid online: choose another way to refund."
        ),
        "refund.web_over_order": QCoreApplication.translate(
            "Messages", "At most {limit_minor} can go back to the online payment of order {order_number}."
        ),
    }
