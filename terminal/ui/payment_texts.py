"""The payment dialog's names of tenders and its suggested refund tender, in the dialog's own
translation context (`PaymentDialog`), so the catalogues keep their entries."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from terminal.domain.tenders import Direction, Tender, TenderKind


def tender_name(tender: Tender) -> str:
    out = tender.direction is Direction.OUT
    if tender.kind is TenderKind.CASH:
        return (
            QCoreApplication.translate("PaymentDialog", "Cash out")
            if out
            else QCoreApplication.translate("PaymentDialog", "Cash")
        )
    if tender.kind is TenderKind.CARD:
        return (
            QCoreApplication.translate("PaymentDialog", "Card refund")
            if out
            else QCoreApplication.translate("PaymentDialog", "Card")
        )
    if tender.kind is TenderKind.WEB:
        return (
            QCoreApplication.translate("PaymentDialog", "Back to web payment") + f" {tender.reference or ''}"
        )
    if out:
        return QCoreApplication.translate("PaymentDialog", "Store credit")
    mark = QCoreApplication.translate("PaymentDialog", " (offline)") if tender.offline else ""
    return QCoreApplication.translate("PaymentDialog", "Voucher") + mark


def suggestion(options: Any) -> str:
    """The refund tender suggested first: the original payment's ("" without refund options)."""
    if options is None:
        return ""
    names = {
        TenderKind.CASH: QCoreApplication.translate("PaymentDialog", "Cash out"),
        TenderKind.CARD: QCoreApplication.translate("PaymentDialog", "Card refund"),
        TenderKind.WEB: QCoreApplication.translate("PaymentDialog", "Back to web payment"),
        TenderKind.VOUCHER: QCoreApplication.translate("PaymentDialog", "Store credit"),
    }
    tender = names[options.suggested]
    if not getattr(options, "as_paid", True):  # no receipt: store credit by the rules
        return QCoreApplication.translate("PaymentDialog", "Suggested: {tender}").format(tender=tender)
    return QCoreApplication.translate("PaymentDialog", "Suggested: {tender} (as it was paid)").format(
        tender=tender
    )
