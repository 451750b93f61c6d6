"""The Z's second step by keyboard (terminal/ui/close_day_dialog.py)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from terminal.domain.money import Money
from terminal.domain.till_day import CASH, DayFigures, TenderLine
from terminal.ui.close_day_dialog import CloseDayDialog
from terminal.ui.formatting import MoneyFormat


def _eur(minor: int) -> Money:
    return Money(minor, "EUR")


def test_enter_goes_from_the_fields_to_close_day_and_only_then_closes(qtbot: QtBot) -> None:
    """Found under Xvfb: Enter in the reason field did nothing; now it goes to "Close day (Z)", and the
    first Enter never closes the day."""
    figures = DayFigures(
        currency="EUR", sales_count=1, gross=_eur(5_000), float=_eur(15_000), cash_in=_eur(0),
        cash_out=_eur(1_000), change=_eur(0),
        tenders=(
            TenderLine(CASH, _eur(0), _eur(0), _eur(14_000)),
            TenderLine("card", _eur(5_000), _eur(0), _eur(5_000)),
        ),
    )  # fmt: skip
    dialog = CloseDayDialog(MoneyFormat("de", "EUR"), figures, _eur(13_000), parent=None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    card = dialog.fields["card"]
    assert dialog.focusWidget() is card
    with qtbot.assertNotEmitted(dialog.sig_close_requested):
        qtbot.keyClicks(card, "50")
        qtbot.keyClick(card, Qt.Key.Key_Return)
        dialog.reason.setFocus()
        qtbot.keyClicks(dialog.reason, "Wechselgeld falsch")
        qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)
        assert dialog.focusWidget() is dialog.close_button
    with qtbot.waitSignal(dialog.sig_close_requested) as closing:
        qtbot.keyClick(dialog.close_button, Qt.Key.Key_Return)
    assert closing.args == [{"card": _eur(5_000)}, "Wechselgeld falsch"]
