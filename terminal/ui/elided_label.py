"""A label that never widens its window: a text longer than the room it gets is elided with "…".

Status texts grow ("Printer offline — 3 receipts waiting", a long store name, a translated sentence);
a plain QLabel then demands its whole width, and on a kiosk screen the window grows past the screen
edge with its buttons. `ElidedLabel` asks for its full width when there is room, can shrink to a few
characters when there is not, and shows the whole text as its tooltip whenever it is cut.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QWidget


class ElidedLabel(QLabel):
    """One line of text, elided at the right when narrower than the text. `text()` is the full text."""

    def __init__(self, text: str = "", parent: QWidget | None = None, *, min_chars: int = 4) -> None:
        super().__init__(parent)
        self._full = ""
        self._min_chars = min_chars
        self.setWordWrap(False)
        self.setText(text)

    def text(self) -> str:  # the full text, whatever fits on screen (see shown_text)
        return self._full

    def shown_text(self) -> str:
        """What is painted now (the full text, or its elided start)."""
        return super().text()

    def setText(self, text: str) -> None:
        self._full = text
        self._elide()
        self.updateGeometry()

    def is_elided(self) -> bool:
        return self.shown_text() != self._full

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def _overhead(self) -> int:
        """Width around the text: frame, margins and the stylesheet's padding."""
        return super().sizeHint().width() - self.fontMetrics().horizontalAdvance(super().text())

    def _elide(self) -> None:
        metrics = self.fontMetrics()
        room = self.width() - self._overhead()
        fits = room <= 0 or metrics.horizontalAdvance(self._full) <= room
        shown = self._full if fits else metrics.elidedText(self._full, Qt.TextElideMode.ElideRight, room)
        if shown != super().text():
            super().setText(shown)
        self.setToolTip(self._full if shown != self._full else "")

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(self._overhead() + self.fontMetrics().horizontalAdvance(self._full), hint.height())

    def minimumSizeHint(self) -> QSize:
        metrics = self.fontMetrics()
        least = min(
            metrics.horizontalAdvance("M" * self._min_chars + "…"), metrics.horizontalAdvance(self._full)
        )
        return QSize(self._overhead() + least, super().minimumSizeHint().height())
