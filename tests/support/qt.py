"""Qt housekeeping between tests: delete the widgets that earlier tests closed.

pytest-qt closes each widget a test registered with `qtbot.addWidget` and calls `deleteLater()` on it,
but outside a running event loop the deferred delete waits until someone sends it. Until then every
closed main window (about 175 widgets each) stays alive, and `QApplication.setStyleSheet` (the till's
theme, set and reset around the layout tests) re-polishes every one of them: the UI suite's set-up
and tear-down grew with each test (28 s for one test near the end of tests/ui/test_fits_the_screen.py).
"""

from __future__ import annotations

import sys


def delete_closed_widgets() -> None:
    """Carry out the pending `deleteLater()` calls of this thread (a no-op without a QApplication)."""
    if "PySide6.QtWidgets" not in sys.modules:
        return
    from PySide6.QtCore import QCoreApplication, QEvent

    if QCoreApplication.instance() is not None:
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
