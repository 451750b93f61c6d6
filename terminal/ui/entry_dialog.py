"""The shared frame of the keypad dialogs: a title, a prompt, one big entry field, the keypad, OK/Cancel.

`QuantityDialog`, `PriceDialog`, `DiscountDialog` and `ApprovalDialog` build on it; each turns the
typed text into its value in `accept_entry()` and shows a refusal in the dialog itself, so a typo
never closes the dialog and never reaches the basket. The refusal lies over the title and the prompt
(no key or field there): the entry and the keypad stay where the fingers are, and the dialog does not
grow (a slot of its own made the cash-out dialog taller than a 768 px screen).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRect, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from terminal.ui.keypad import Keypad
from terminal.ui.message_banner import MessageBanner
from terminal.ui.theme import set_role


class EntryDialog(QDialog):
    """A modal keypad dialog. Subclasses implement `accept_entry()`."""

    def __init__(
        self,
        parent: QWidget | None,
        *,
        title: str,
        prompt: str,
        decimal_point: str | None = None,
        masked: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setModal(True)
        layout = QVBoxLayout(self)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        self.heading = QLabel(title, self)
        set_role(self.heading, "title")
        layout.addWidget(self.heading)
        self.prompt = QLabel(prompt, self)
        self.prompt.setWordWrap(True)
        layout.addWidget(self.prompt)
        self.entry = QLineEdit(self)
        self.entry.setObjectName("entry")
        self.entry.setAlignment(Qt.AlignmentFlag.AlignRight)
        if masked:
            self.entry.setEchoMode(QLineEdit.EchoMode.Password)
            set_role(self.entry, "pin")
        self.entry.returnPressed.connect(self.on_entry_return_pressed)
        layout.addWidget(self.entry)
        self.error = MessageBanner(self)  # not in the layout: laid over the title and prompt
        body = QHBoxLayout()  # the keypad, and beside it a subclass's choices (the dialog stays low)
        self.keypad = Keypad(self, decimal_point=decimal_point, double_zero=not masked)
        self.keypad.set_target(self.entry)
        self.keypad.sig_enter_pressed.connect(self.on_entry_return_pressed)
        body.addWidget(self.keypad, 1)
        self.extra = QVBoxLayout()
        body.addLayout(self.extra)
        layout.addLayout(body, 1)
        buttons = QHBoxLayout()
        self.cancel_button = QPushButton(QCoreApplication.translate("EntryDialog", "Cancel (Esc)"), self)
        self.cancel_button.clicked.connect(self.reject)
        self.cancel_button.setAutoDefault(False)
        self.ok_button = QPushButton(QCoreApplication.translate("EntryDialog", "OK (Enter)"), self)
        set_role(self.ok_button, "primary")
        self.ok_button.clicked.connect(self.on_entry_return_pressed)
        self.ok_button.setAutoDefault(False)  # Enter in the field already accepts; not twice
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.ok_button)
        layout.addLayout(buttons)
        self.entry.setFocus()

    def on_entry_return_pressed(self) -> None:
        self.accept_entry()

    def accept_entry(self) -> None:  # pragma: no cover - every subclass overrides it
        self.accept()

    def show_error(self, text: str) -> None:
        """Explain the refusal in the dialog and select the entry so the next keys replace it."""
        self.error.show_error(text)
        self._place_error()
        self.entry.selectAll()
        self.entry.setFocus()

    def _place_error(self) -> None:
        """The refusal over the title and the prompt, as wide as the entry."""
        top = self.heading.geometry().top()
        room = QRect(self.entry.x(), top, self.entry.width(), self.entry.geometry().top() - 6 - top)
        self.error.setFixedHeight(max(room.height(), 1))
        self.error.setGeometry(room)
        self.error.fit_text()
        self.error.raise_()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.error.isVisible():
            self._place_error()
