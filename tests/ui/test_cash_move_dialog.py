"""Cash in / cash out by keyboard alone (terminal/ui/cash_move_dialog.py)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from terminal.domain.money import Money
from terminal.domain.till_day import MovementKind
from terminal.ui.cash_move_dialog import CashMoveDialog
from terminal.ui.formatting import MoneyFormat


def test_amount_reason_and_record_by_keyboard(qtbot: QtBot) -> None:
    """Found under Xvfb: Tab went from the amount to Cancel and OK, the reasons only after them, and
    Enter on a chosen reason did nothing."""
    dialog = CashMoveDialog(MoneyFormat("de", "EUR"), MovementKind.CASH_IN, None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitActive(dialog)
    dialog.entry.setFocus()
    qtbot.keyClicks(dialog.entry, "20")
    qtbot.keyClick(dialog.entry, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.reason_buttons["change_top_up"]
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Space)  # the arrow keys move within the reasons
    assert dialog.reason() == "change_top_up"
    assert dialog.focusWidget() is dialog.entry  # chosen: Enter records from the amount
    with qtbot.waitSignal(dialog.sig_movement_entered) as entered:
        qtbot.keyClick(dialog.entry, Qt.Key.Key_Return)
    assert entered.args == [Money(2000, "EUR"), "change_top_up", ""]
    # "Other" wants a few words: the focus goes to the note, and Enter there records too.
    dialog.reason_buttons["other"].click()
    assert dialog.focusWidget() is dialog.note
    qtbot.keyClicks(dialog.note, "Trinkgeldkasse")
    with qtbot.waitSignal(dialog.sig_movement_entered) as entered:
        qtbot.keyClick(dialog.note, Qt.Key.Key_Return)
    assert entered.args == [Money(2000, "EUR"), "other", "Trinkgeldkasse"]
