"""A mode-bar button that gives up width before the window does: its area's name, elided when short of room.

The mode bar shares the top strip with the till's states (staff, printer, sync, clock). With every work
area built (Sale, Pickups, Returns, Stock, Till, Customers) in German or Hungarian the names alone are
about as wide as a 1024 px screen, and a plain QPushButton demands its whole text: the window would grow
past the screen. `ModeButton` asks for its full name when there is room (1366 px shows every name
whole) and, when short of room, shrinks with the states beside it (elided labels,
terminal/ui/elided_label.py) down to the name's first characters and "…", with the whole name as its
tooltip and accessible name; Ctrl+1, Ctrl+2, … reach every area from the keyboard whatever is shown. A
badge (the Pickups area's count of orders to pick) is never elided: the name gives way, not the count.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QPushButton, QSizePolicy, QStyle, QStyleOptionButton, QWidget


class ModeButton(QPushButton):
    """A checkable button whose text is elided at the right when narrower than it. `text()` is whole."""

    def __init__(self, text: str, parent: QWidget | None = None, *, min_chars: int = 3) -> None:
        super().__init__(text, parent)
        self._full = text
        self._badge = ""
        self._min_chars = min_chars
        self.setAccessibleName(text)
        # A QPushButton's policy is Minimum (its size hint is its least width): Preferred lets the
        # layout go down to `minimumSizeHint`, the elided name, as the states beside it do.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, self.sizePolicy().verticalPolicy())

    def text(self) -> str:  # the whole name and badge, whatever fits on screen (see shown_text)
        return f"{self._full} {self._badge}" if self._badge else self._full

    def set_badge(self, badge: str) -> None:
        """A short text kept whole after the name, e.g. "(3)"; "" for none."""
        self._badge = badge
        self.setAccessibleName(self.text())
        self._elide()
        self.updateGeometry()

    def shown_text(self) -> str:
        return super().text()

    def setText(self, text: str) -> None:
        self._full = text
        self.setAccessibleName(text)
        self._elide()
        self.updateGeometry()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def _overhead(self) -> int:
        """Width around the text: the style's margins and the stylesheet's padding. Asked for a wide
        text: the style widens a button with a short text to its least width (80 px in Fusion), which
        taken for padding kept "Sto…" elided in a button wide enough for "Stock"."""
        option = QStyleOptionButton()
        self.initStyleOption(option)
        wide = 1000
        size = QSize(wide, self.fontMetrics().height())
        return (
            self.style().sizeFromContents(QStyle.ContentsType.CT_PushButton, option, size, self).width()
            - wide
        )

    def _badge_width(self) -> int:
        return self.fontMetrics().horizontalAdvance(f" {self._badge}") if self._badge else 0

    def _elide(self) -> None:
        metrics = self.fontMetrics()
        room = self.width() - self._overhead() - self._badge_width()
        fits = self.width() <= 0 or metrics.horizontalAdvance(self._full) <= room
        name = (
            self._full if fits else metrics.elidedText(self._full, Qt.TextElideMode.ElideRight, max(room, 0))
        )
        shown = f"{name} {self._badge}" if self._badge else name
        if shown != super().text():
            super().setText(shown)
        self.setToolTip(self.text() if name != self._full else "")

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        full = self.fontMetrics().horizontalAdvance(self._full) + self._badge_width()
        return QSize(self._overhead() + full, hint.height())

    def minimumSizeHint(self) -> QSize:
        metrics = self.fontMetrics()
        least = metrics.horizontalAdvance(self._full)
        if len(self._full) > self._min_chars:
            least = min(least, metrics.horizontalAdvance(self._full[: self._min_chars] + "…"))
        return QSize(self._overhead() + least + self._badge_width(), super().minimumSizeHint().height())
