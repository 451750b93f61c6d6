"""Checks that a window or dialog is usable on a kiosk screen: everything on it, touch-sized, readable.

`problems(top, bounds)` lists what a cashier could not reach or read: a visible button, field or label
outside `bounds` (the screen), a button or field smaller than a fingertip, or a button whose text does
not fit on it.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialog, QLabel, QLineEdit, QWidget

TOUCH_MIN_PX = 44  # a fingertip; the theme gives buttons 56 px


def _global_rect(widget: QWidget) -> QRect:
    return QRect(widget.mapToGlobal(QPoint(0, 0)), widget.size())


def _text_fits(button: QAbstractButton) -> bool:
    """Whether what the button paints fits it (an eliding button, the mode bar's, paints `shown_text`)."""
    metrics = button.fontMetrics()
    painted = button.shown_text() if hasattr(button, "shown_text") else button.text()
    widest = max((metrics.horizontalAdvance(line) for line in painted.split("\n")), default=0)
    return widest <= button.width() - 8


def problems(top: QWidget, bounds: QRect) -> list[str]:
    """What is out of `bounds` (global coordinates), too small to tap, or cut."""
    found = []
    if not bounds.contains(_global_rect(top)):
        found.append(f"{type(top).__name__} {_global_rect(top)} reaches outside the screen {bounds}")
    for widget in top.findChildren(QWidget):
        if not widget.isVisibleTo(top):
            continue
        if isinstance(widget, QLabel) and widget.text():
            rect = _global_rect(widget)
            if not bounds.contains(rect):
                found.append(f"label {widget.text()[:30]!r} at {rect} is off the screen {bounds}")
            continue
        if not isinstance(widget, QAbstractButton | QLineEdit):
            continue
        name = (
            widget.text().replace("\n", " ") if isinstance(widget, QAbstractButton) else widget.objectName()
        )
        rect = _global_rect(widget)
        if not bounds.contains(rect):
            found.append(f"{name!r} at {rect} is off the screen {bounds}")
        if rect.height() < TOUCH_MIN_PX or rect.width() < TOUCH_MIN_PX:
            found.append(f"{name!r} is {rect.width()}x{rect.height()} px: too small to tap")
        if isinstance(widget, QAbstractButton) and not _text_fits(widget):
            found.append(f"{name!r} does not fit on its button ({widget.width()} px)")
    return found


def close_dialogs() -> None:
    """Close every modal dialog a test left open (the next test's scans must not go to it)."""
    for _ in range(10):
        modal = QApplication.activeModalWidget()
        if modal is None:
            return
        if isinstance(modal, QDialog):
            modal.done(QDialog.DialogCode.Rejected)  # even a payment with tenders taken
        else:
            modal.close()
        modal.deleteLater()
        QApplication.processEvents()
