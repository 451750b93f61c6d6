"""Gives the keyboard back to the till's window when a dialog closes, also on a kiosk without a window
manager.

On a desktop the window manager activates the window under a closed dialog. A kiosk runs the till on
a bare X server (or Wayland kiosk shell) with no window manager: when a dialog closes, no window is
active, key events have nowhere to go, and the F-keys stay dead until someone taps the screen. The
keeper watches top-level windows hide and, once the event loop has settled, activates the topmost
modal dialog still open or else the main window.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget


class FocusKeeper(QObject):
    """Application-wide filter: after a top-level window hides, the right window gets the keyboard."""

    def __init__(self, main_window: QWidget) -> None:
        super().__init__(main_window)
        self._main = main_window
        self._pending = False
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.Hide
            and not self._pending
            and isinstance(watched, QWidget)
            and watched.isWindow()
            and watched is not self._main
        ):
            self._pending = True
            QTimer.singleShot(0, self, self.restore)  # dropped if the window is gone
        return False

    def restore(self) -> None:
        """Activate the dialog still open on top, or the main window."""
        self._pending = False
        if not self._main.isVisible():
            return
        target = QApplication.activeModalWidget() or self._main
        if QApplication.activeWindow() is not target:
            target.raise_()
            target.activateWindow()
