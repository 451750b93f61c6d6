"""Qt housekeeping between tests: delete the widgets that earlier tests closed.

pytest-qt closes each widget a test registered with `qtbot.addWidget` and calls `deleteLater()` on it,
but outside a running event loop the deferred delete waits until someone sends it. Until then every
closed main window (about 175 widgets each) stays alive, and `QApplication.setStyleSheet` (the till's
theme, set and reset around the layout tests) re-polishes every one of them: the UI suite's set-up
and tear-down grew with each test (28 s for one test near the end of tests/ui/test_fits_the_screen.py).
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any


def delete_closed_widgets() -> None:
    """Carry out the pending `deleteLater()` calls of this thread (a no-op without a QApplication)."""
    if "PySide6.QtWidgets" not in sys.modules:
        return
    from PySide6.QtCore import QCoreApplication, QEvent

    if QCoreApplication.instance() is not None:
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@contextmanager
def themed_application(app: Any, language: str) -> Iterator[None]:
    """The till's theme, font and `language`'s translations on `app` (as terminal/app.py prepares it),
    taken off again afterwards: the test's closed windows deleted first, since a new style sheet
    re-polishes every widget still alive."""
    from terminal.ui.i18n import remove_translators
    from terminal.ui.main_window import prepare_application

    font = app.font()
    translators = prepare_application(app, language)
    try:
        yield
    finally:
        delete_closed_widgets()
        remove_translators(app, translators)
        app.setStyleSheet("")
        app.setFont(font)
