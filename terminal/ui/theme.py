"""The till's look: one QSS stylesheet (`resources/themes/till.qss`) and a large base font.

Calm, high contrast, touch-sized: buttons at least 56 px high, 17 pt text, the total very large.
Widgets choose their role with a dynamic property (`role="pay"`, `"void"`, `"manager"`, `"total"`…)
and the stylesheet colours them; no widget sets a colour in code.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QWidget

from terminal.ui.paths import resource_path

BASE_POINT_SIZE = 17
DEFAULT_THEME = "till"

# QtCharts draws itself and reads no stylesheet, so the charts take the theme's colours from here
# (the same values as resources/themes/till.qss: text, primary blue, pay green, void red, the page).
CHART_COLOURS: dict[str, str] = {
    "text": "#1b1f24",
    "muted": "#4a5360",
    "grid": "#cfd4da",
    "background": "#ffffff",
    "sold": "#2f5d9e",
    "refunded": "#b3261e",
    "tender": "#1e7d32",
    "product": "#2f5d9e",
}


def load_stylesheet(name: str = DEFAULT_THEME) -> str:
    """The QSS text of a theme shipped in `resources/themes/`; empty if the file is missing."""
    path = resource_path("themes", f"{name}.qss")
    try:
        return path.read_text(encoding="utf-8")
    except OSError:
        return ""


def apply_theme(app: QApplication, name: str = DEFAULT_THEME) -> bool:
    """Set the base font and the stylesheet; False if the theme file was not found (Qt default look)."""
    font = QFont(app.font())
    font.setPointSize(BASE_POINT_SIZE)
    app.setFont(font)
    qss = load_stylesheet(name)
    app.setStyleSheet(qss)
    return bool(qss)


def set_role(widget: QWidget, role: str) -> None:
    """Give a widget a styling role and make the stylesheet re-evaluate it (for roles set at run time)."""
    widget.setProperty("role", role)
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
    # Re-polishing alone recolours a widget that was already shown but keeps its old box: the role's
    # padding (the sale screen's red banner) only reaches the contents margins with a style change.
    QApplication.sendEvent(widget, QEvent(QEvent.Type.StyleChange))
