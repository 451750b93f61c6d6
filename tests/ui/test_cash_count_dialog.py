"""Counting the drawer by keyboard (terminal/ui/cash_count_dialog.py)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from terminal.domain.money import Money
from terminal.ui.cash_count_dialog import CashCountDialog
from terminal.ui.formatting import MoneyFormat


def test_enter_on_an_empty_field_moves_on_and_enter_at_the_end_confirms(qtbot: QtBot) -> None:
    """Found under Xvfb at the Z: Enter on an empty field stayed put (its validator held returnPressed
    back), so "Enter Enter Enter 2" counted 2 × 500 € instead of 2 × 50 €: 1.160,00 € too much."""
    dialog = CashCountDialog(MoneyFormat("de", "EUR"), title="Z", prompt="Count", ok_text="Next", parent=None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    fields = list(dialog.fields.values())
    assert dialog.focusWidget() is dialog.fields[50_000]
    for _ in range(3):  # 500, 200, 100 € left empty
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)
    assert dialog.focusWidget() is dialog.fields[5_000]
    qtbot.keyClicks(dialog.focusWidget(), "2")
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)
    qtbot.keyClicks(dialog.focusWidget(), "1")  # 20 €
    assert dialog.pieces() == {5_000: 2, 2_000: 1}
    assert dialog.counted() == Money(12_000, "EUR")
    dialog.fields[1].setFocus()  # the last field (1 cent): Enter goes on to OK, and Enter there confirms
    assert fields[-1] is dialog.fields[1]
    qtbot.keyClick(dialog.fields[1], Qt.Key.Key_Return)
    assert dialog.focusWidget() is dialog.ok_button
    with qtbot.waitSignal(dialog.sig_count_entered) as entered:
        qtbot.keyClick(dialog.ok_button, Qt.Key.Key_Return)
    assert entered.args == [{5_000: 2, 2_000: 1}]
