"""The sale screen's action buttons, each with its function key shown on it (touch and keyboard alike).

The bar only says which action was asked for (`sig_action_triggered`); the sale screen does it.
Shortcuts are window-wide so they work while the cursor sits in the scan field. A label too long for
its button in the till's language (Hungarian "Tételkedvezmény" on a 1024-px screen) is set a size
smaller instead of being cut: `ActionButton` picks the largest of the theme's sizes that fits.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QKeySequence, QResizeEvent, QShortcut
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
FIT_SIZES = (("", 13.0), ("small", 11.0), ("smaller", 9.0))
"""The `fit` property values and the point sizes resources/themes/till.qss gives them."""


class ActionButton(QPushButton):
    """An action button whose text is set smaller when it would not fit at the theme's size."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setProperty("kind", "action")
        self.setMinimumWidth(48)  # the width comes from the grid, never from the text

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_text()

    def fit_text(self) -> None:
        room = self.width() - 12  # the theme's padding and border
        lines = self.text().split("\n")
        chosen = FIT_SIZES[-1][0]
        for name, points in FIT_SIZES:
            font = QFont(self.font())
            font.setPointSizeF(points)
            metrics = QFontMetrics(font)
            if max(metrics.horizontalAdvance(line) for line in lines) <= room:
                chosen = name
                break
        if self.property("fit") != chosen and self.property("role") != "pay":
            self.setProperty("fit", chosen)
            self.style().unpolish(self)
            self.style().polish(self)


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
            button = ActionButton(f"{key}\n{label}", self)
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
