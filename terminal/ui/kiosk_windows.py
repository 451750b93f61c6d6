"""The till is its own window manager: dialogs open inside the till's window and give the keyboard back
when they close, also on a kiosk without a window manager.

A kiosk runs the till full screen on a bare X server (or a Wayland kiosk shell) with no window
manager. Nobody then keeps a dialog on the screen (a dialog built for a 1366-px screen would reach past
a 1024x768 one, with its buttons out of reach), and when a dialog closes no window is active: key
events have nowhere to go and the F-keys stay dead until someone taps the screen. `KioskWindows`
watches top-level windows of the application:

- when a dialog is shown, it is shrunk to the till's window if it is larger, and centred on it (and
  again when it grows past the window later, e.g. when its content changes);
- when one hides, once the event loop has settled, the topmost modal dialog still open (or else the
  main window) is activated.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QWidget

MARGIN = 8  # px between a dialog and the edge of the till's window


class KioskWindows(QObject):
    """Application-wide filter placing dialogs on the till's window and restoring the keyboard."""

    def __init__(self, main_window: QWidget) -> None:
        super().__init__(main_window)
        self._main = main_window
        self._pending = False
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in (QEvent.Type.Show, QEvent.Type.Hide, QEvent.Type.Resize) or watched is self._main:
            return False
        if not isinstance(watched, QWidget) or not watched.isWindow():
            return False
        if kind == QEvent.Type.Resize:
            grown = isinstance(watched, QDialog) and watched.isVisible() and self._owns(watched)
            if grown and not self.bounds().contains(watched.frameGeometry()):
                self.place(watched)
        elif kind == QEvent.Type.Show and isinstance(watched, QDialog) and self._owns(watched):
            self.place(watched)
        elif kind == QEvent.Type.Hide and not self._pending:
            self._pending = True
            QTimer.singleShot(0, self, self.restore)  # dropped if the window is gone
        return False

    def _owns(self, dialog: QWidget) -> bool:
        """A dialog of this till's window (or one without a parent, while this window shows)."""
        parent = dialog.parentWidget()
        if parent is None:
            return self._main.isVisible()
        while parent is not None:
            if parent is self._main:
                return True
            parent = parent.parentWidget()
        return False

    def bounds(self) -> QRect:
        """Where dialogs may be: the till's window (full screen on a kiosk), else its screen."""
        if self._main.isVisible():
            return self._main.frameGeometry()
        screen = self._main.screen()
        return screen.availableGeometry() if screen is not None else QRect(0, 0, 1024, 768)

    def place(self, dialog: QWidget) -> None:
        """Shrink `dialog` to the bounds when it is larger, and centre it on them."""
        area = self.bounds().adjusted(MARGIN, MARGIN, -MARGIN, -MARGIN)
        width = min(dialog.width(), area.width())
        height = min(dialog.height(), area.height())
        if (width, height) != (dialog.width(), dialog.height()):
            dialog.resize(width, height)
        frame = dialog.frameGeometry()
        frame.moveCenter(area.center())
        dialog.move(frame.topLeft())

    def restore(self) -> None:
        """Activate the dialog still open on top, or the main window."""
        self._pending = False
        if not self._main.isVisible():
            return
        target = QApplication.activeModalWidget() or self._main
        if QApplication.activeWindow() is not target:
            target.raise_()
            target.activateWindow()
