"""The work areas of the till behind a mode bar: Sale now; Pickups, Returns, Stock, Customers and Till
join as they are built (DESIGN.md "Screens").

A work area is a widget that says, as class attributes where a newcomer looks first, its id, which
scans it takes (`scan_meanings`) and its mode-bar key; it renders what services return and may be told
what changed elsewhere (`on_changed`). `WorkAreas` is a stack of the areas with their mode bar (big
checkable buttons, Ctrl+1, Ctrl+2, … from the keyboard; the window puts the bar into its top strip),
and knows which area a scan belongs to. The
main window routes scans and broadcasts changes through it; it holds no business rule.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, ClassVar, Protocol

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from terminal.ui.theme import set_role


class WorkArea(Protocol):
    """What the window needs of an area (the area is also a QWidget)."""

    area_id: ClassVar[str]
    scan_meanings: ClassVar[frozenset[str]]  # e.g. {"product"}, {"receipt"}, {"pickup"}

    def area_title(self) -> str: ...

    def on_scanner_scanned(self, code: str, source: str = "") -> None: ...

    def on_changed(self, change: object) -> None: ...


CROWDED = 5
"""From this many areas on, the mode-bar buttons are smaller (CROWDED_STYLE over the theme's)."""
CROWDED_STYLE = "padding: 0px 6px; font-size: 12pt;"


class WorkAreas(QWidget):
    """Mode bar and the areas under it."""

    sig_area_shown = Signal(str)
    """An area came to the front (its id)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        self.mode_bar = QWidget(self)  # placed by the window (terminal/ui/main_window.py)
        self.mode_bar.setObjectName("mode_bar")
        self._bar = QHBoxLayout(self.mode_bar)
        self._bar.setContentsMargins(0, 0, 0, 0)
        self._bar.setSpacing(4)
        self._bar.addStretch(1)
        self.stack = QStackedWidget(self)
        column.addWidget(self.stack, 1)
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        self.buttons: dict[str, QPushButton] = {}
        self._areas: dict[str, Any] = {}

    def add(self, area: Any) -> None:
        """Add an area (a QWidget that is a WorkArea) with its mode-bar button, in order."""
        area_id = area.area_id
        self._areas[area_id] = area
        self.stack.addWidget(area)
        button = QPushButton(area.area_title(), self.mode_bar)
        button.setObjectName(f"mode_{area_id}")
        button.setCheckable(True)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the area's own field keeps the keys
        set_role(button, "mode")
        # never squeezed below its text: the strip's labels elide instead
        button.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
        self._group.addButton(button)
        self._bar.insertWidget(self._bar.count() - 1, button)
        button.clicked.connect(self._shower(area_id))
        key = QShortcut(QKeySequence(f"Ctrl+{len(self._areas)}"), self)
        key.setContext(Qt.ShortcutContext.WindowShortcut)
        key.activated.connect(self._shower(area_id))
        self.buttons[area_id] = button
        if len(self.buttons) >= CROWDED:  # many areas: smaller buttons, so the strip fits 1024 px
            for each in self.buttons.values():
                each.setStyleSheet(CROWDED_STYLE)
        if len(self._areas) == 1:
            self.show_area(area_id)

    def _shower(self, area_id: str) -> Callable[[], None]:
        return lambda: self.show_area(area_id)

    def area(self, area_id: str) -> Any:
        return self._areas[area_id]

    def areas(self) -> list[Any]:
        return list(self._areas.values())

    def current(self) -> Any:
        return self.stack.currentWidget()

    def show_area(self, area_id: str) -> None:
        area = self._areas[area_id]
        self.stack.setCurrentWidget(area)
        self.buttons[area_id].setChecked(True)
        self.sig_area_shown.emit(area_id)

    def area_for(self, meaning: str) -> Any | None:
        """The area that takes scans of this meaning, if one is built yet."""
        return next((a for a in self._areas.values() if meaning in a.scan_meanings), None)

    def broadcast(self, change: object) -> None:
        """Tell every area what a service call changed; each decides what to redraw."""
        for area in self._areas.values():
            area.on_changed(change)
