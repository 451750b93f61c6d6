"""Small touch-sized building blocks of the first-run pages: a row of choice buttons, a banner, a field.

Nothing here knows the set-up; the pages put these together. Sizes and colours come from the till's
stylesheet through roles (terminal/ui/theme.py), as everywhere in the till.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from terminal.ui.theme import set_role


class ChoiceButtons(QWidget):
    """Exclusive big toggle buttons in a row (language, country, printer type): one is always chosen."""

    sig_choice_changed = Signal(str)
    """The user chose another value."""

    def __init__(self, values: Sequence[str], *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        self.buttons: dict[str, QPushButton] = {}
        for value in values:
            button = QPushButton(value, self)
            button.setCheckable(True)
            button.setAutoDefault(False)
            button.setObjectName(f"choice-{value}")
            set_role(button, "choice")
            self._group.addButton(button)
            layout.addWidget(button)
            self.buttons[value] = button
            button.clicked.connect(lambda _checked=False, v=value: self._on_button_clicked(v))
        layout.addStretch(1)
        self.buttons[values[0]].setChecked(True)

    def value(self) -> str:
        return next(v for v, b in self.buttons.items() if b.isChecked())

    def set_value(self, value: str) -> None:
        if value in self.buttons:
            self.buttons[value].setChecked(True)

    def set_labels(self, labels: dict[str, str]) -> None:
        for value, text in labels.items():
            if value in self.buttons:
                self.buttons[value].setText(text)

    def _on_button_clicked(self, value: str) -> None:
        self.sig_choice_changed.emit(value)


class Banner(QLabel):
    """One line of feedback under a page: an error, a success, or "working…"; hidden when empty."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.setMargin(0)
        # Every banner role has the same padding; a role given before the first polish keeps it
        # (a QLabel first polished without a padding kept none when the role came later).
        set_role(self, "banner-info")
        self.kind = ""
        self.hide()

    def show_message(self, kind: str, text: str) -> None:
        """`kind` is "error", "ok" or "info"."""
        self.kind = kind
        set_role(self, f"banner-{kind}")
        self.setText(text)
        self.show()

    def clear_message(self) -> None:
        self.kind = ""
        self.setText("")
        self.hide()


class Field(QWidget):
    """A caption over a line edit, with an optional hint beside the caption."""

    def __init__(self, name: str, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        top = QHBoxLayout()
        top.setSpacing(12)
        self.caption = QLabel(self)
        self.hint = QLabel(self)
        set_role(self.hint, "hint")
        top.addWidget(self.caption)
        top.addWidget(self.hint, 1)
        layout.addLayout(top)
        self.edit = QLineEdit(self)
        self.edit.setObjectName(name)
        layout.addWidget(self.edit)

    def set_texts(self, caption: str, hint: str = "") -> None:
        self.caption.setText(caption)
        self.hint.setText(hint)

    def text(self) -> str:
        return self.edit.text()
