"""The sale screen's action buttons, each with its function key shown on it (touch and keyboard alike).

The bar only says which action was asked for (`sig_action_triggered`); the sale screen does it.
Shortcuts are window-wide so they work while the cursor sits in the scan field.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QGridLayout, QPushButton, QSizePolicy, QWidget

from terminal.ui.theme import set_role


def actions() -> list[tuple[str, str, str, str]]:
    """(action, key, label, role) in screen order; labels translated at call time."""
    return [
        ("search", "F2", QCoreApplication.translate("ActionBar", "Search"), ""),
        ("quantity", "F3", QCoreApplication.translate("ActionBar", "Quantity"), ""),
        ("line_discount", "F4", QCoreApplication.translate("ActionBar", "Line discount"), ""),
        ("basket_discount", "F5", QCoreApplication.translate("ActionBar", "Basket discount"), ""),
        ("price", "F6", QCoreApplication.translate("ActionBar", "Change price"), "manager"),
        ("void_line", "F7", QCoreApplication.translate("ActionBar", "Void line"), "void"),
        ("park", "F8", QCoreApplication.translate("ActionBar", "Park / resume"), ""),
        ("void_basket", "F9", QCoreApplication.translate("ActionBar", "Void basket"), "void"),
        ("reprint", "F10", QCoreApplication.translate("ActionBar", "Receipt"), ""),
        ("drawer", "F11", QCoreApplication.translate("ActionBar", "Open drawer"), "manager"),
        ("pay", "F12", QCoreApplication.translate("ActionBar", "Pay"), "pay"),
    ]


COLUMNS = 3


class ActionBar(QWidget):
    """A grid of big buttons: "F7 · Void line"."""

    sig_action_triggered = Signal(str)
    """A button was tapped or its key pressed (the action name, e.g. "void_line")."""

    def __init__(self, parent: QWidget | None = None, *, shortcut_parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(6)
        self.buttons: dict[str, QPushButton] = {}
        for column in range(COLUMNS):
            grid.setColumnStretch(column, 1)
        for i, (action, key, label, role) in enumerate(actions()):
            button = QPushButton(f"{key}\n{label}", self)
            button.setProperty("kind", "action")
            button.setObjectName(f"action_{action}")
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
            if role:
                set_role(button, role)
            button.clicked.connect(lambda _c=False, a=action: self.sig_action_triggered.emit(a))
            shortcut = QShortcut(QKeySequence(key), shortcut_parent or self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda a=action: self.sig_action_triggered.emit(a))
            if action == "pay":
                grid.addWidget(button, COLUMNS + 1, 0, 1, COLUMNS)  # full width, last row
            else:
                grid.addWidget(button, i // COLUMNS, i % COLUMNS)
            self.buttons[action] = button
