"""Return reasons, dispositions and policy badges in words (one place for the Returns area, the visit's
lines under the cart, and anything else that shows a return line)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def reason_name(code: str) -> str:
    names = {
        "changed_mind": QCoreApplication.translate("Returns", "Changed mind"),
        "wrong_size": QCoreApplication.translate("Returns", "Wrong size"),
        "defective": QCoreApplication.translate("Returns", "Defective"),
        "not_as_described": QCoreApplication.translate("Returns", "Not as described"),
        "damaged": QCoreApplication.translate("Returns", "Damaged"),
        "other": QCoreApplication.translate("Returns", "Other"),
    }
    return names.get(code, code)


def disposition_name(code: str) -> str:
    names = {
        "restock": QCoreApplication.translate("Returns", "Back to stock"),
        "damaged": QCoreApplication.translate("Returns", "Write off"),
        "quarantine": QCoreApplication.translate("Returns", "Inspect"),
    }
    return names.get(code, code)


def state_badge(state: str) -> str:
    """The policy badge of an original line (terminal/domain/returns.py `line_state`)."""
    names = {
        "ok": "",
        "final_sale": QCoreApplication.translate("Returns", "Final sale"),
        "window_ended": QCoreApplication.translate("Returns", "Window ended"),
        "nothing_left": QCoreApplication.translate("Returns", "All returned"),
    }
    return names.get(state, state)


def tender_name(code: str) -> str:
    """How the original was paid, in words (the header of the Returns area)."""
    names = {
        "cash": QCoreApplication.translate("Returns", "Cash"),
        "card": QCoreApplication.translate("Returns", "Card"),
        "voucher": QCoreApplication.translate("Returns", "Voucher"),
        "web": QCoreApplication.translate("Returns", "Web shop"),
    }
    return names.get(code, code)
