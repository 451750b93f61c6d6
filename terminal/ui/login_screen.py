"""The login screen: a staff member types their PIN on the big keypad, or scans their badge.

The PIN is masked. A badge scanned while this screen shows (the wedge or serial scanner, routed here
by the main window) logs in the same way. A wrong PIN or badge is said plainly and the field is
cleared for the next try; nothing else happens.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from terminal.domain.errors import TillError
from terminal.domain.staff import StaffMember
from terminal.ui.keypad import Keypad
from terminal.ui.message_banner import MessageBanner
from terminal.ui.messages import message_for
from terminal.ui.theme import set_role


class StaffLogin(Protocol):
    """The part of services.staff this screen uses."""

    def login(self, secret: str) -> StaffMember: ...


class LoginScreen(QWidget):
    """PIN pad and badge reader in front of the sale screen."""

    sig_staff_logged_in = Signal(object)
    """Someone logged in (the StaffMember)."""

    def __init__(self, staff: StaffLogin, *, store_name: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._staff = staff
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        column = QVBoxLayout()
        outer.addLayout(column, 2)
        outer.addStretch(1)
        title = QLabel(store_name or self.tr("Store terminal"), self)
        set_role(title, "title")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        column.addWidget(title)
        hint = QLabel(self.tr("Enter your PIN or scan your badge"), self)
        set_role(hint, "hint")
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        column.addWidget(hint)
        self.pin = QLineEdit(self)
        self.pin.setObjectName("pin")
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pin.setMaxLength(32)
        set_role(self.pin, "pin")
        self.pin.returnPressed.connect(self.on_pin_return_pressed)
        column.addWidget(self.pin)
        # Its own slot above the keypad: a refusal coming or going never moves the keys under a finger.
        self.error = MessageBanner(self)
        self.error.setObjectName("login_error")
        column.addWidget(self.error)
        self.keypad = Keypad(self, double_zero=False, enter_text=self.tr("Log in"))
        self.keypad.set_target(self.pin)
        self.keypad.sig_enter_pressed.connect(self.on_pin_return_pressed)
        self.keypad.sig_key_pressed.connect(self.on_keypad_key_pressed)
        column.addWidget(self.keypad, 1)

    def reset(self) -> None:
        """Back to an empty, focused PIN field (after a logout)."""
        self.pin.clear()
        self.error.clear_message()
        self.pin.setFocus()

    def show_refusal(self, error: TillError) -> None:
        """Say why the last person was sent back here (e.g. removed by the head office)."""
        self.error.show_error(message_for(error))

    def on_pin_return_pressed(self) -> None:
        secret = self.pin.text()
        self.pin.clear()
        self.try_login(secret)

    def on_keypad_key_pressed(self, _key: str) -> None:
        self.error.clear_message()

    def on_scanner_scanned(self, code: str, _source: str = "") -> None:
        """A badge was scanned while this screen is shown."""
        self.try_login(code)

    def try_login(self, secret: str) -> None:
        if not secret.strip():
            return
        try:
            member = self._staff.login(secret)
        except TillError as exc:
            self.error.show_error(message_for(exc))
            QApplication.beep()
            self.pin.setFocus()
            return
        self.error.clear_message()
        self.sig_staff_logged_in.emit(member)
