"""A manager's PIN approves exactly the asked action; a cashier's PIN is refused in the dialog."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from terminal.domain.staff import Action
from terminal.ui.approval_dialog import ApprovalDialog


def test_manager_pin_approves(qtbot: QtBot, logged_in: Any) -> None:
    dialog = ApprovalDialog(logged_in.staff, "price_override")
    qtbot.addWidget(dialog)
    assert "change a price" in dialog.prompt.text()
    qtbot.keyClicks(dialog.entry, "9999")
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.entry, Qt.Key.Key_Return)
    assert dialog.approval is not None
    assert dialog.approval.action is Action.PRICE_OVERRIDE


def test_cashier_pin_is_refused(qtbot: QtBot, logged_in: Any) -> None:
    dialog = ApprovalDialog(logged_in.staff, "open_drawer")
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.assertNotEmitted(dialog.accepted):
        qtbot.keyClicks(dialog.entry, "1234")
        qtbot.keyClick(dialog.entry, Qt.Key.Key_Return)
    assert dialog.approval is None
    assert "not a manager" in dialog.error.text()
    assert dialog.entry.text() == ""
