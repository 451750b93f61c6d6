"""The sale screen's action buttons, each with its function key shown on it (touch and keyboard alike).

The bar only says which action was asked for (`sig_action_triggered`); the sale screen does it.
Shortcuts are window-wide so they work while the cursor sits in the scan field. A label too long for
its button in the till's language (Hungarian "Tételkedvezmény" on a 1024-px screen) is set a size
smaller instead of being cut: `ActionButton` picks the largest of the theme's sizes that fits.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
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
SOFT_HYPHEN = "\u00ad"
FIT_SIZES = (("", 13.0), ("small", 11.0), ("smaller", 9.0))
"""The `fit` property values and the point sizes resources/themes/till.qss gives them."""


class ActionButton(QPushButton):
    """An action button ("F8" over its name) that fits its text to its width: the theme's size if it
    fits, else a smaller one, else the name in two lines."""

    def __init__(self, key: str, label: str, parent: QWidget | None = None) -> None:
        super().__init__(f"{key}\n{label}", parent)
        self._key, self._label = key, label
        self.setProperty("kind", "action")
        self.setMinimumWidth(48)  # the width comes from the grid, never from the text

    def sizeHint(self) -> QSize:
        # The grid gives the width; a long label must not make the column ask for more (fit_text).
        return QSize(110, super().sizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_text()

    def set_label(self, label: str) -> None:
        """Another name under the same key (F12 "Pay" or "Refund")."""
        if label == self._label:
            return
        self._label = label
        self.setText(f"{self._key}\n{label}")
        self.fit_text()

    def fit_text(self) -> None:
        """Choose the size (and line break) that shows the whole label on the button as it is now."""
        if self.property("role") == "pay":
            return  # the one wide button: its own large size always fits
        room = self.width() - 12  # the theme's padding and border
        candidates = [[self._label.replace(SOFT_HYPHEN, "")], _halves(self._label)]
        chosen = ("smaller", candidates[-1])
        for lines in candidates:
            fitting = next((n for n, pt in FIT_SIZES if _widest(self.font(), pt, lines) <= room), None)
            if fitting is not None:
                chosen = (fitting, lines)
                break
        name, lines = chosen
        text = "\n".join([self._key, *lines])
        if self.text() != text:
            self.setText(text)
        if self.property("fit") != name:
            self.setProperty("fit", name)
            self.style().unpolish(self)
            self.style().polish(self)


def _widest(base: QFont, points: float, lines: list[str]) -> int:
    font = QFont(base)
    font.setPointSizeF(points)
    metrics = QFontMetrics(font)
    return max(metrics.horizontalAdvance(line) for line in lines)


def _halves(label: str) -> list[str]:
    """The label broken at the space or soft hyphen nearest its middle (one line if it has neither).

    A translator marks where a long compound word may break with a soft hyphen (U+00AD), e.g.
    "Tétel\u00adkedvezmény"; broken there, the first line ends in a visible hyphen."""
    breaks = [i for i, char in enumerate(label) if char in (" ", SOFT_HYPHEN)]
    if not breaks:
        return [label]
    middle = min(breaks, key=lambda i: abs(i - len(label) / 2))
    first = label[:middle] + ("-" if label[middle] == SOFT_HYPHEN else "")
    return [first.replace(SOFT_HYPHEN, "").strip(), label[middle + 1 :].replace(SOFT_HYPHEN, "").strip()]


class ActionBar(QWidget):
    """A grid of big buttons: "F7 · Void line"."""

    sig_action_triggered = Signal(str)
    """A button was tapped or its key pressed (the action name, e.g. "void_line")."""

    def __init__(self, parent: QWidget | None = None, *, shortcut_parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(6)
        self.buttons: dict[str, ActionButton] = {}
        for column in range(COLUMNS):
            grid.setColumnStretch(column, 1)
        for i, (action, key, label, role) in enumerate(actions()):
            button = ActionButton(key, label, self)
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
