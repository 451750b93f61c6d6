"""A manager's PIN approves exactly the asked action; a cashier's PIN is refused in the dialog (a REAL
till's staff: Anna 1111 is a cashier, Maria 9999 a manager)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from terminal.domain.staff import Action
from terminal.ui.approval_dialog import ApprovalDialog
from tests.support.till import Till


def test_manager_pin_approves(qtbot: QtBot, till: Till) -> None:
    till.services.staff.login("1111")
    dialog = ApprovalDialog(till.services.staff, "price_override")
    qtbot.addWidget(dialog)
    assert "change a price" in dialog.prompt.text()
    qtbot.keyClicks(dialog.entry, "9999")
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.entry, Qt.Key.Key_Return)
    assert dialog.approval is not None
    assert dialog.approval.action is Action.PRICE_OVERRIDE
    assert dialog.approval.manager_id == "maria"


def test_cashier_pin_is_refused(qtbot: QtBot, till: Till) -> None:
    till.services.staff.login("1111")
    dialog = ApprovalDialog(till.services.staff, "open_drawer")
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.assertNotEmitted(dialog.accepted):
        qtbot.keyClicks(dialog.entry, "2222")
        qtbot.keyClick(dialog.entry, Qt.Key.Key_Return)
    assert dialog.approval is None
    assert "not a manager" in dialog.error.text()
    assert dialog.entry.text() == ""
