"""The last receipt on screen, as the printer prints it (decoded ESC/POS text, monospace), with reprint.

Shown after F10. The text comes from `services.receipts.preview_lines(receipt)`, so what the cashier
reads is what the printer got. "Print copy" queues a copy through the print queue (marked COPY).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from terminal.domain.errors import TillError
from terminal.ui.messages import message_for
from terminal.ui.theme import set_role


class ReceiptPreview(QDialog):
    """Read-only receipt text and a button that prints a copy."""

    sig_reprint_requested = Signal()
    """The cashier asked for a printed copy (the copy was queued)."""

    def __init__(
        self,
        lines: list[str],
        *,
        title: str = "",
        reprint: Callable[[], Any] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._reprint = reprint
        self.setWindowTitle(title or self.tr("Receipt"))
        self.resize(720, 900)
        layout = QVBoxLayout(self)
        self.text = QPlainTextEdit(self)
        self.text.setReadOnly(True)
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setStyleHint(QFont.StyleHint.Monospace)
        self.text.setFont(mono)
        set_role(self.text, "receipt")
        self.text.setPlainText("\n".join(lines))
        layout.addWidget(self.text, 1)
        self.status = QLabel("", self)
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        row = QHBoxLayout()
        close = QPushButton(self.tr("Close (Esc)"), self)
        close.clicked.connect(self.reject)
        row.addWidget(close)
        self.reprint_button = QPushButton(self.tr("Print copy"), self)
        set_role(self.reprint_button, "primary")
        self.reprint_button.clicked.connect(self.on_reprint_clicked)
        self.reprint_button.setVisible(reprint is not None)
        row.addWidget(self.reprint_button)
        layout.addLayout(row)

    def on_reprint_clicked(self) -> None:
        if self._reprint is None:
            return
        try:
            self._reprint()
        except TillError as exc:
            set_role(self.status, "banner-error")
            self.status.setText(message_for(exc))
            QApplication.beep()
            return
        set_role(self.status, "banner-ok")
        self.status.setText(self.tr("A copy is being printed."))
        self.reprint_button.setEnabled(False)
        self.sig_reprint_requested.emit()
