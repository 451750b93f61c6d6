"""Refusals in words: a TillError's stable code and params turned into one translated sentence.

Services and the domain raise `TillError(code, **params)` and never format text (terminal/domain/errors.py).
This module owns every sentence the cashier reads about a refusal. An unknown code still gives a
sentence with the code in it, so a new refusal is never a crash and never an empty banner.
"""

from __future__ import annotations

import string
from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication

from terminal.domain.errors import TillError
from terminal.domain.money import Money
from terminal.ui.day_messages import day_sentences
from terminal.ui.formatting import MoneyFormat


def _sentences() -> dict[str, str]:
    """Code -> translated sentence with `{param}` placeholders (built per call: the language may change)."""
    return {
        "barcode.empty": QCoreApplication.translate(
            "Messages", "Nothing was scanned. Scan or type the code again."
        ),
        "barcode.unreadable": QCoreApplication.translate(
            "Messages", "Code {code} is not a barcode or article number we know."
        ),
        "barcode.check_digit": QCoreApplication.translate(
            "Messages", "Barcode {code} is misread (wrong check digit). Scan it again."
        ),
        "barcode.unsupported": QCoreApplication.translate(
            "Messages", "Barcode {code} uses a format this till cannot sell from. Scan the article barcode."
        ),
        "barcode.unknown": QCoreApplication.translate("Messages", "Barcode {code} is not in the catalogue."),
        "barcode.price_check": QCoreApplication.translate(
            "Messages", "The price in barcode {code} is misread (wrong price check digit). Scan it again."
        ),
        "catalogue.unknown_barcode": QCoreApplication.translate(
            "Messages", "Barcode {code} is not in the catalogue."
        ),
        "catalogue.unknown_sku": QCoreApplication.translate(
            "Messages", "Article number {sku} is not in the catalogue."
        ),
        "stock.bad_count": QCoreApplication.translate(
            "Messages", "{quantity} cannot be counted: type a quantity of 0 or more."
        ),
        "stock.count_too_long": QCoreApplication.translate(
            "Messages", "A count holds at most {limit} articles. Submit this one and start another."
        ),
        "stock.bad_reason": QCoreApplication.translate(
            "Messages", "Choose a reason for the adjustment: damaged, theft, found or correction."
        ),
        "stock.no_sender": QCoreApplication.translate(
            "Messages", "Choose the store the goods came from (another store than this one)."
        ),
        "stock.empty_count": QCoreApplication.translate(
            "Messages", "Nothing is counted yet: scan the articles on the shelf first."
        ),
        "catalogue.inactive": QCoreApplication.translate("Messages", "{name} ({sku}) may no longer be sold."),
        "catalogue.needs_weight": QCoreApplication.translate(
            "Messages", "{name} is sold by weight: scan the label from the scale."
        ),
        "catalogue.unknown_vat_class": QCoreApplication.translate(
            "Messages", "This article has an unknown VAT class ({vat_code}). Ask the store office."
        ),
        "scan.is_receipt": QCoreApplication.translate(
            "Messages", "That is the code of receipt {receipt_number}, not an article."
        ),
        "scan.is_pickup": QCoreApplication.translate(
            "Messages", "That is the pickup code {code} of a web order, not an article."
        ),
        "scan.is_voucher": QCoreApplication.translate(
            "Messages", "That is a store-credit voucher: take it as a payment (Pay, then scan it again)."
        ),
        "scan.is_badge": QCoreApplication.translate(
            "Messages", "That is a staff badge. To change cashier, log out first."
        ),
        "scan.not_a_product": QCoreApplication.translate(
            "Messages", "Code {code} is not an article. Use it where it belongs."
        ),
        "drawer.failed": QCoreApplication.translate(
            "Messages", "The cash drawer did not open ({reason}). Open it with its key."
        ),
        "scanner.garbage": QCoreApplication.translate(
            "Messages", "The scanner sent something unreadable. Scan again."
        ),
        "scanner.overlong": QCoreApplication.translate(
            "Messages", "The scanner sent a code that is far too long. Scan again."
        ),
        "scanner.offline": QCoreApplication.translate(
            "Messages", "The scanner is not connected. Check its cable, or type the code."
        ),
        "staff.unknown": QCoreApplication.translate("Messages", "PIN or badge not recognised. Try again."),
        "staff.not_logged_in": QCoreApplication.translate(
            "Messages", "Nobody is logged in. Please log in first."
        ),
        "staff.pin_invalid": QCoreApplication.translate("Messages", "A PIN must be 4 to 12 digits."),
        "staff.pin_taken": QCoreApplication.translate(
            "Messages", "This PIN is already used by someone else. Choose another one."
        ),
        "staff.removed": QCoreApplication.translate(
            "Messages", "{name} can no longer log in at this till: removed by the head office. Ask a manager."
        ),
        "staff.locked": QCoreApplication.translate(
            "Messages", "Too many wrong tries. Wait {seconds} seconds, then enter your PIN again."
        ),
        "staff.managed_centrally": QCoreApplication.translate(
            "Messages", "This person is managed by the head office. Change them there."
        ),
        "approval.denied": QCoreApplication.translate(
            "Messages", "That is not a manager's PIN. The action was not approved."
        ),
        "approval.required": QCoreApplication.translate("Messages", "A manager must approve this: {action}."),
        "approval.cancelled": QCoreApplication.translate(
            "Messages", "No manager approval was given. Nothing was changed."
        ),
        "basket.bad_quantity": QCoreApplication.translate("Messages", "Quantity {quantity} is not possible."),
        "basket.empty": QCoreApplication.translate("Messages", "The basket is empty."),
        "basket.not_empty": QCoreApplication.translate(
            "Messages", "Finish or park the current basket first."
        ),
        "basket.no_such_parked": QCoreApplication.translate(
            "Messages", "This parked basket no longer exists."
        ),
        "basket.no_such_line": QCoreApplication.translate("Messages", "This line no longer exists."),
        "visit.no_such_line": QCoreApplication.translate("Messages", "This line no longer exists."),
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
        "return.bad_reply": QCoreApplication.translate(
            "Messages", "The head office gave an answer the till cannot read. Try again."
        ),
        "return.not_allowed": QCoreApplication.translate(
            "Messages", "This till may not take returns from the head office now (not enrolled?)."
        ),
        "handover.already_in_visit": QCoreApplication.translate(
            "Messages", "Line {line_no} of order {order_number} is already being handed over."
        ),
        "pickup.not_in_order": QCoreApplication.translate("Messages", "{name} is not in this order."),
        "pickup.line_complete": QCoreApplication.translate("Messages", "All of {name} is counted already."),
        "pickup.not_pickable": QCoreApplication.translate(
            "Messages", "Order {order_number} is {state}: it cannot be picked now."
        ),
        "pickup.bad_short": QCoreApplication.translate(
            "Messages", "At most {most} can be marked short on this line."
        ),
        "pickup.already_ready": QCoreApplication.translate(
            "Messages", "Order {order_number} is ready already."
        ),
        "pickup.not_all_picked": QCoreApplication.translate(
            "Messages", "Pick every item, or mark it short, before the order is ready."
        ),
        "pickup.nothing_picked": QCoreApplication.translate(
            "Messages", "Nothing of order {order_number} was found: it cannot be made ready."
        ),
        "pickup.not_handable": QCoreApplication.translate(
            "Messages", "Order {order_number} is {state}: it cannot be handed over."
        ),
        "pickup.no_lines": QCoreApplication.translate(
            "Messages", "This till has no lines of order {order_number} yet. Ask the store office."
        ),
        "pickup.reason_needed": QCoreApplication.translate("Messages", "Choose a reason first."),
        "pickup.bad_refuse": QCoreApplication.translate(
            "Messages", "At most {most} can be refused on this line."
        ),
        "pickup.no_such_line": QCoreApplication.translate("Messages", "This line no longer exists."),
        "pickup.nothing_collected": QCoreApplication.translate(
            "Messages", "Nothing is taken yet: scan or confirm at least one item first."
        ),
        "pickup.id_check_needed": QCoreApplication.translate(
            "Messages", 'Found by name: check the customer\'s ID and tick "ID checked" first.'
        ),
        "pickup.collector_needed": QCoreApplication.translate(
            "Messages", "Write the name of the person who collects."
        ),
        "pickup.handover_incomplete": QCoreApplication.translate(
            "Messages", "Before handing over, still needed: {missing}."
        ),
        "pickup.not_a_pickup_code": QCoreApplication.translate("Messages", "{code} is not a pickup code."),
        "pickup.not_here": QCoreApplication.translate(
            "Messages",
            "Order {order_number} is not an open order of this store. It may be another store's, or closed.",
        ),
        "pickup.already_handed_over": QCoreApplication.translate(
            "Messages", "Order {order_number} was handed over at this till already."
        ),
        "pickup.no_code_check": QCoreApplication.translate(
            "Messages",
            "This till cannot check the code of order {order_number}: find it by name, with an ID check.",
        ),
        "pickup.wrong_code": QCoreApplication.translate(
            "Messages",
            "Wrong pickup code for order {order_number} ({attempts} wrong so far). Ask to see it again.",
        ),
        "pickup.wrong_code_left": QCoreApplication.translate(
            "Messages", "Wrong pickup code for order {order_number}: {attempts_left} tries left."
        ),
        "pickup.claimed": QCoreApplication.translate(
            "Messages", "Order {order_number} is being handed over at another till."
        ),
        "pickup.other_store": QCoreApplication.translate(
            "Messages", "Order {order_number} is to be collected at store {store_id}, not here."
        ),
        "pickup.status": QCoreApplication.translate(
            "Messages", "Order {order_number} is {status} now: it cannot be handed over."
        ),
        "pickup.code_locked": QCoreApplication.translate(
            "Messages", "Too many wrong codes for order {order_number}: find it by name, with an ID check."
        ),
        "pickup.unknown": QCoreApplication.translate(
            "Messages", "The head office does not know order {order_number}."
        ),
        "pickup.refused": QCoreApplication.translate(
            "Messages", "The head office refused the handover of order {order_number}."
        ),
        "tender.wrong_direction": QCoreApplication.translate(
            "Messages", "This visit is settled the other way: check whether the customer pays or is paid."
        ),
        "tender.out_only": QCoreApplication.translate(
            "Messages", "A refund to the web payment can only be paid out, not taken."
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
        "refund.web_not_possible": QCoreApplication.translate(
            "Messages", "Nothing in this visit was paid online: choose another way to refund."
        ),
        "refund.web_over_order": QCoreApplication.translate(
            "Messages", "At most {limit_minor} can go back to the online payment of order {order_number}."
        ),
        "basket.line_voided": QCoreApplication.translate(
            "Messages", "This line is voided and cannot be changed."
        ),
        "basket.bad_price": QCoreApplication.translate("Messages", "This price is not possible."),
        "basket.quantity_fixed": QCoreApplication.translate(
            "Messages", "The quantity of this line comes from its barcode and cannot be changed."
        ),
        "checkout.empty_basket": QCoreApplication.translate(
            "Messages", "The basket is empty: nothing to pay."
        ),
        "checkout.not_allowed": QCoreApplication.translate(
            "Messages", "That is not possible at this step of the sale."
        ),
        "checkout.payment_in_progress": QCoreApplication.translate(
            "Messages", "A payment has started. Finish it, or take back the tenders first."
        ),
        "checkout.void_below_paid": QCoreApplication.translate(
            "Messages", "Voiding this would bring the total below what was already paid."
        ),
        "discount.bad_value": QCoreApplication.translate("Messages", "This discount is not possible."),
        "discount.too_large": QCoreApplication.translate(
            "Messages", "The discount is larger than the amount it applies to."
        ),
        "receipt.none_yet": QCoreApplication.translate("Messages", "There is no receipt yet on this till."),
        "receipt.not_found": QCoreApplication.translate(
            "Messages", "Receipt {receipt_number} was not found on this till."
        ),
        "storage.busy": QCoreApplication.translate(
            "Messages", "The till is busy saving. Please try again in a moment."
        ),
        "tender.none": QCoreApplication.translate("Messages", "No payment has been taken yet."),
        "tender.short": QCoreApplication.translate(
            "Messages", "Still to pay: {remaining}. The sale is not settled."
        ),
        "tender.already_settled": QCoreApplication.translate("Messages", "The sale is already paid in full."),
        "tender.cash_step": QCoreApplication.translate(
            "Messages", "Cash must be a multiple of {step_minor}."
        ),
        "tender.wrong_currency": QCoreApplication.translate(
            "Messages", "This amount is in {currency}; the sale is in {expected}."
        ),
        "tender.card_over_total": QCoreApplication.translate(
            "Messages", "A card payment cannot be more than what is still to pay ({remaining_minor})."
        ),
        "tender.over_total": QCoreApplication.translate(
            "Messages", "This payment is more than what is still to pay ({remaining_minor})."
        ),
        "tender.bad_amount": QCoreApplication.translate("Messages", "This amount is not possible."),
        "ui.bad_number": QCoreApplication.translate("Messages", "Please type a number."),
        "ui.no_count_line": QCoreApplication.translate("Messages", "Select a counted article first."),
        "ui.no_line": QCoreApplication.translate("Messages", "Select a line in the basket first."),
        "ui.unexpected": QCoreApplication.translate(
            "Messages", "Something went wrong ({detail}). Nothing was lost; please try again."
        ),
        **day_sentences(),  # the till's day (issue 11)
    }


def action_name(action: str) -> str:
    """A manager action's name as the approval dialog shows it."""
    names = {
        "open_drawer": QCoreApplication.translate("Messages", "open the cash drawer"),
        "price_override": QCoreApplication.translate("Messages", "change a price"),
        "void_paid_line": QCoreApplication.translate("Messages", "void a line after payment started"),
        "void_paid_basket": QCoreApplication.translate("Messages", "void a basket after payment started"),
        "discount_over_limit": QCoreApplication.translate(
            "Messages", "give a discount above the cashier's limit"
        ),
        "remove_card_tender": QCoreApplication.translate("Messages", "take back an approved card payment"),
        "reprint": QCoreApplication.translate("Messages", "reprint a receipt"),
        "sync_admin": QCoreApplication.translate("Messages", "open the synchronisation screen"),
        "return_override": QCoreApplication.translate(
            "Messages", "take back an item outside the return rules"
        ),
        "cash_out_over_limit": QCoreApplication.translate(
            "Messages", "take cash out of the drawer above the cashier's limit"
        ),
    }
    key = action.strip().lower().replace(".", "_").replace("-", "_")
    return names.get(key, action)


class _Params(Mapping[str, str]):
    """Params as text for `str.format_map`; a placeholder without a value shows as `?`, never a crash."""

    def __init__(self, params: dict[str, Any], fmt: MoneyFormat | None) -> None:
        self._values = {k: _as_text(k, v, params, fmt) for k, v in params.items()}

    def __getitem__(self, key: str) -> str:
        return self._values.get(key, "?")

    def __iter__(self) -> Any:
        return iter(self._values)

    def __len__(self) -> int:
        return len(self._values)


def requirement_name(code: str) -> str:
    """What a handover still needs, in a few words (for several at once)."""
    names = {
        "pickup.nothing_collected": QCoreApplication.translate("Messages", "an item scanned or confirmed"),
        "pickup.id_check_needed": QCoreApplication.translate("Messages", '"ID checked" ticked'),
        "pickup.collector_needed": QCoreApplication.translate("Messages", "the name of who collects"),
    }
    return names.get(code, code)


def printer_state_name(code: str) -> str:
    """A printer's failure code in words ("printer.offline" -> "printer offline")."""
    names = {
        "printer.offline": QCoreApplication.translate("Messages", "printer offline"),
        "printer.timeout": QCoreApplication.translate("Messages", "printer not responding"),
        "printer.paper_out": QCoreApplication.translate("Messages", "printer out of paper"),
    }
    return names.get(code, QCoreApplication.translate("Messages", "printer fault"))


def _as_text(key: str, value: Any, params: dict[str, Any], fmt: MoneyFormat | None) -> str:
    if isinstance(value, Money):
        return fmt.money(value) if fmt else str(value)
    if key == "action":
        return action_name(str(value))
    if key == "missing":  # several refusals at once, in one short sentence
        return "; ".join(requirement_name(str(code)) for code in value)
    if key == "reason" and str(value).startswith("printer."):
        return printer_state_name(str(value))
    is_amount = key in ("remaining", "amount", "due", "paid") or key.endswith("_minor")
    currency = params.get("currency") or (fmt.currency if fmt else None)
    if is_amount and isinstance(value, int) and not isinstance(value, bool) and currency:
        money = Money(value, str(currency))
        return fmt.money(money) if fmt else str(money)
    return str(value)


def message_for(error: BaseException, fmt: MoneyFormat | None = None) -> str:
    """The cashier's sentence for a refusal (or, for anything else, a calm sentence naming it)."""
    if not isinstance(error, TillError):
        detail = type(error).__name__
        return _sentences()["ui.unexpected"].format_map(_Params({"detail": detail}, fmt))
    sentence = _sentences().get(error.code)
    params = _Params(dict(error.params), fmt)
    if sentence is None:
        return QCoreApplication.translate("Messages", "The till refused this ({code}).").format(
            code=error.code
        )
    try:
        return string.Formatter().vformat(sentence, (), params)
    except (ValueError, IndexError):  # a translation with broken braces must still say something
        return f"{sentence} ({error.code})"


def message_for_code(code: str, fmt: MoneyFormat | None = None, **params: Any) -> str:
    """Shorthand for the UI's own refusals (`ui.no_line`, `ui.bad_number`)."""
    return message_for(TillError(code, **params), fmt)


KNOWN_CODES = tuple(sorted(k for k in _sentences() if not k.startswith("ui.")))
"""Every code this module has a sentence for (tests check each one renders)."""
