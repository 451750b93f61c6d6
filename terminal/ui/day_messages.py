"""The till's day in words: its refusals (`day.*`), the reasons for cash in and out, tender names.

Merged into the message catalogue (terminal/ui/messages.py) so `message_for` knows every `day.*` code;
the Till area and its dialogs use `reason_name` and `tender_name` for what the cashier picks and reads.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def day_sentences() -> dict[str, str]:
    """Code -> translated sentence, as terminal/ui/messages.py keeps them."""
    return {
        "day.closed": QCoreApplication.translate(
            "Messages", "The day is closed (Z {z_number}). Open a new day in the Till area to sell."
        ),
        "day.not_open": QCoreApplication.translate(
            "Messages", "No day is open at this till. Open the day with a counted float first."
        ),
        "day.already_open": QCoreApplication.translate("Messages", "The day is already open at this till."),
        "day.no_denominations": QCoreApplication.translate(
            "Messages", "This till does not know the notes and coins of {currency}."
        ),
        "day.unknown_denomination": QCoreApplication.translate(
            "Messages", "There is no note or coin of this value in {currency}."
        ),
        "day.bad_count": QCoreApplication.translate(
            "Messages", "A count must be a whole number of notes or coins."
        ),
        "day.amount_not_positive": QCoreApplication.translate("Messages", "Type an amount above zero."),
        "day.unknown_reason": QCoreApplication.translate("Messages", "Choose a reason from the list."),
        "day.reason_needs_note": QCoreApplication.translate(
            "Messages", "For 'Other', say in a few words what the cash is for."
        ),
        "day.note_too_long": QCoreApplication.translate(
            "Messages", "The text is too long (at most {limit} characters)."
        ),
        "day.tender_not_counted": QCoreApplication.translate(
            "Messages", "Count every payment type before closing the day."
        ),
        "day.difference_needs_reason": QCoreApplication.translate(
            "Messages", "What was counted differs from what was expected. Say why before closing the day."
        ),
    }


def reason_name(reason: str) -> str:
    """A cash movement's reason as the cashier picks it."""
    names = {
        "change_top_up": QCoreApplication.translate("DayMessages", "Change from the bank"),
        "float_top_up": QCoreApplication.translate("DayMessages", "Float top-up"),
        "correction": QCoreApplication.translate("DayMessages", "Correction"),
        "bank_deposit": QCoreApplication.translate("DayMessages", "Bank deposit"),
        "supplier_paid": QCoreApplication.translate("DayMessages", "Supplier paid"),
        "expense": QCoreApplication.translate("DayMessages", "Small expense"),
        "change_to_safe": QCoreApplication.translate("DayMessages", "Cash to the safe"),
        "other": QCoreApplication.translate("DayMessages", "Other"),
    }
    return names.get(reason, reason)


def tender_name(tender: str) -> str:
    names = {
        "cash": QCoreApplication.translate("DayMessages", "Cash"),
        "card": QCoreApplication.translate("DayMessages", "Card"),
        "voucher": QCoreApplication.translate("DayMessages", "Voucher"),
        "web": QCoreApplication.translate("DayMessages", "Web payment"),
    }
    return names.get(tender, tender)
