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
from terminal.ui.customer_messages import customer_sentences
from terminal.ui.day_messages import day_sentences
from terminal.ui.formatting import MoneyFormat
from terminal.ui.pickup_messages import pickup_sentences
from terminal.ui.returns_messages import returns_sentences


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
        "tender.wrong_direction": QCoreApplication.translate(
            "Messages", "This visit is settled the other way: check whether the customer pays or is paid."
        ),
        "tender.out_only": QCoreApplication.translate(
            "Messages", "A refund to the web payment can only be paid out, not taken."
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
        **pickup_sentences(),  # click-and-collect
        **returns_sentences(),  # returns, refunds, vouchers
        **customer_sentences(),  # customers, offers, web baskets
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
