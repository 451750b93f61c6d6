"""A work area's message bar: a refusal in a red banner, a confirmation in a quiet one.

Unmissable when something was refused: an error stays until the cashier's next successful action or
Esc; information fades after a while. The bar has a slot of its own that it keeps whether a message
shows or not (an empty, calm strip when all is well): a message appearing, changing or fading never
moves what is under it, so a finger already on its way to Pay, a cart line or a key lands where it
aimed (the bar used to be inserted into the layout and taken out again, and the screen under it jumped
by a banner's height).

The slot is two lines of the theme's banner text high. A message longer than that is set smaller
(three lines); one longer still shows its beginning and keeps its whole text as the bar's accessible
name and tool tip.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt, QTimer
from PySide6.QtGui import QFont, QFontMetrics, QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from terminal.ui.theme import set_role

INFO_MS = 4000
LINES = 2
"""Lines of the theme's banner text the slot holds."""
SMALL_POINTS = 15.0
"""resources/themes/till.qss: the size of a banner whose text needs more than `LINES` lines."""
SMALL_PADDING = 4
"""resources/themes/till.qss: the vertical padding of such a banner (room for a third line)."""


class MessageBanner(QLabel):
    """Feedback above a work area's content, in a slot of fixed height that never collapses."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.fade_timer = QTimer(self)  # information fades when it fires (tests fire it)
        self.fade_timer.setSingleShot(True)
        self.fade_timer.timeout.connect(self.clear_message)
        self.kind = ""
        # Every banner role has the same padding and the error's text is the largest: polished with it
        # first, the label keeps the padding and measures the slot every role fits in.
        set_role(self, "banner-error")
        margins = self.contentsMargins()
        self.setFixedHeight(
            _height(self.font(), 100, "\n".join(["X"] * LINES)) + margins.top() + margins.bottom()
        )
        policy = self.sizePolicy()
        policy.setVerticalPolicy(QSizePolicy.Policy.Fixed)
        policy.setHorizontalPolicy(QSizePolicy.Policy.Ignored)  # a long message wraps, never widens
        policy.setRetainSizeWhenHidden(True)  # no message: the slot stays, empty
        self.setSizePolicy(policy)
        self.hide()

    def show_error(self, text: str) -> None:
        self._show(text, "banner-error", 0)

    def show_warning(self, text: str) -> None:
        """Something the cashier must act on (it stays until cleared), e.g. a payment in progress."""
        self._show(text, "banner-warn", 0)

    def show_info(self, text: str) -> None:
        self._show(text, "banner-info", INFO_MS)

    def show_note(self, text: str) -> None:
        """Information that stands while it is true (it does not fade), e.g. a customer's offers."""
        self._show(text, "banner-info", 0)

    def show_ok(self, text: str) -> None:
        self._show(text, "banner-ok", INFO_MS)

    def _show(self, text: str, role: str, timeout_ms: int) -> None:
        self.fade_timer.stop()
        self.kind = role
        self.setText(text or "…")
        self.setAccessibleName(self.text())  # the whole message, even when the slot shows only its start
        self.fit_text()
        self.show()
        if timeout_ms:
            self.fade_timer.start(timeout_ms)

    def clear_message(self) -> None:
        self.fade_timer.stop()
        self.kind = ""
        self.clear()
        self.setAccessibleName("")
        self.setToolTip("")
        self.hide()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.kind and event.size().width() != event.oldSize().width():
            self.fit_text()

    def fit_text(self) -> None:
        """The role's own size if the message fits the slot in it, else the smaller one."""
        self.setProperty("fit", None)
        set_role(self, self.kind)
        width = self.contentsRect().width()
        fits = _height(self.font(), width, self.text()) <= self.contentsRect().height()
        small = QFont(self.font())
        small.setPointSizeF(SMALL_POINTS)
        room = self.height() - 2 * SMALL_PADDING
        whole = fits or _height(small, width, self.text()) <= room
        if not fits:
            self.setProperty("fit", "small")
            set_role(self, self.kind)
        vertical = Qt.AlignmentFlag.AlignVCenter if whole else Qt.AlignmentFlag.AlignTop  # its start
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | vertical)
        self.setToolTip("" if whole else self.text())


def _height(font: QFont, width: int, text: str) -> int:
    """The height `text` takes in `font`, wrapped at `width`."""
    bounds = QRect(0, 0, max(width, 1), 100_000)
    return QFontMetrics(font).boundingRect(bounds, Qt.TextFlag.TextWordWrap, text).height()
