"""The sale screen's message area: a refusal in a red banner, a confirmation in a quiet one.

Unobtrusive when all is well (it takes no space when empty), unmissable when something was refused:
an error stays until the cashier's next successful action or Esc; information fades after a while.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QLabel, QWidget

from terminal.ui.theme import set_role

INFO_MS = 4000


class MessageBanner(QLabel):
    """One line (wrapping) of feedback above the cart."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.clear_message)
        self.kind = ""
        self.hide()

    def show_error(self, text: str) -> None:
        self._show(text, "banner-error", 0)

    def show_warning(self, text: str) -> None:
        """Something the cashier must act on (it stays until cleared), e.g. a payment in progress."""
        self._show(text, "banner-warn", 0)

    def show_info(self, text: str) -> None:
        self._show(text, "banner-info", INFO_MS)

    def show_ok(self, text: str) -> None:
        self._show(text, "banner-ok", INFO_MS)

    def _show(self, text: str, role: str, timeout_ms: int) -> None:
        self._timer.stop()
        self.kind = role
        set_role(self, role)
        self.setText(text or "…")
        self.show()
        if timeout_ms:
            self._timer.start(timeout_ms)

    def clear_message(self) -> None:
        self._timer.stop()
        self.kind = ""
        self.clear()
        self.hide()
