"""Cash in / cash out by keyboard alone (terminal/ui/cash_move_dialog.py)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from terminal.domain.money import Money
from terminal.domain.till_day import MovementKind
from terminal.ui.cash_move_dialog import CashMoveDialog
from terminal.ui.formatting import MoneyFormat


def test_amount_reason_and_record_by_keyboard(qtbot: QtBot) -> None:
    """Found under Xvfb: Tab went from the amount to Cancel and OK, the reasons only after them."""
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
    visited = []
    for _ in range(len(dialog.reason_buttons)):
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
        visited.append(dialog.focusWidget())
        if visited[-1] is dialog.note:
            break
    assert visited[-1] is dialog.note
    assert dialog.ok_button not in visited
    assert dialog.cancel_button not in visited
    with qtbot.waitSignal(dialog.sig_movement_entered) as entered:
        qtbot.keyClick(dialog.note, Qt.Key.Key_Return)
    assert entered.args == [Money(2000, "EUR"), "change_top_up", ""]
