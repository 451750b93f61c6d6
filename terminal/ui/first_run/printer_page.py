"""Step 4: the receipt printer (screen only, network, USB, serial, device file) and a test print.

The type's own fields sit in a stack under the type buttons. "Test print" hands the fields to the
set-up service off the UI thread; it prints through the till's real printer transport, so what fails
here would fail at the first sale too, and the banner says why in the cashier's words.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from terminal.config import PRINTER_TYPES
from terminal.domain.first_run import Step
from terminal.services.first_run import FirstRunSetup
from terminal.ui.first_run.page import SetupPage
from terminal.ui.first_run.widgets import ChoiceButtons, Field
from terminal.ui.theme import set_role
from terminal.ui.worker import Worker

# The fields each printer type asks for (PrinterConfig names), in order.
TYPE_FIELDS: dict[str, tuple[str, ...]] = {
    "preview": (),
    "network": ("host", "port"),
    "usb": ("usb_vendor_id", "usb_product_id"),
    "serial": ("serial_url", "baudrate"),
    "file": ("path",),
}


class PrinterPage(SetupPage):
    """Printer type buttons, the type's fields, and Test print."""

    step = Step.PRINTER
    commits_on_next = True

    def __init__(self, setup: FirstRunSetup, worker: Worker, parent: QWidget | None = None) -> None:
        super().__init__(setup, parent)
        self._worker = worker
        self.kind = ChoiceButtons(PRINTER_TYPES, parent=self)
        self.kind.sig_choice_changed.connect(self.on_kind_choice_changed)
        self.fields: dict[str, Field] = {}
        self.stack = QStackedWidget(self)
        self._pages: dict[str, QWidget] = {}
        self.preview_note = QLabel(self)
        self.preview_note.setWordWrap(True)
        set_role(self.preview_note, "hint")
        for kind, names in TYPE_FIELDS.items():
            page = QWidget(self.stack)
            row = QVBoxLayout(page) if kind == "preview" else QHBoxLayout(page)
            row.setContentsMargins(0, 0, 0, 0)
            if kind == "preview":
                row.addWidget(self.preview_note)
            for name in names:
                self.fields[name] = Field(f"printer_{name}", parent=page)
                row.addWidget(self.fields[name], 2 if name in ("host", "serial_url", "path") else 1)
            self.stack.addWidget(page)
            self._pages[kind] = page
        self.test_button = QPushButton(self)
        self.test_button.setObjectName("test_print")
        self.test_button.setAutoDefault(False)
        set_role(self.test_button, "primary")
        self.test_button.clicked.connect(self.on_test_clicked)
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_button)
        test_row.addStretch(1)
        self.body.addWidget(self.kind)
        self.body.addWidget(self.stack)
        self.body.addLayout(test_row)
        self._fill(setup)

    def _fill(self, setup: FirstRunSetup) -> None:
        printer = setup.config.printer
        self.kind.set_value(printer.type)
        for name in ("host", "serial_url", "path"):
            self.fields[name].edit.setText(getattr(printer, name))
        self.fields["port"].edit.setText(str(printer.port))
        self.fields["baudrate"].edit.setText(str(printer.baudrate))
        for name in ("usb_vendor_id", "usb_product_id"):
            value = getattr(printer, name)
            self.fields[name].edit.setText(f"{value:04x}" if value else "")
        self.stack.setCurrentWidget(self._pages[printer.type])

    def title(self) -> str:
        return QCoreApplication.translate("FirstRunPrinter", "Receipt printer")

    def retranslate(self) -> None:
        self.intro.setText(
            QCoreApplication.translate(
                "FirstRunPrinter",
                "How is the receipt printer connected? Print a test page to see that it works.",
            )
        )
        self.kind.set_labels(
            {
                "preview": QCoreApplication.translate("FirstRunPrinter", "Screen only"),
                "network": QCoreApplication.translate("FirstRunPrinter", "Network"),
                "usb": QCoreApplication.translate("FirstRunPrinter", "USB"),
                "serial": QCoreApplication.translate("FirstRunPrinter", "Serial"),
                "file": QCoreApplication.translate("FirstRunPrinter", "Device file"),
            }
        )
        self.preview_note.setText(
            QCoreApplication.translate(
                "FirstRunPrinter",
                "Receipts are shown on the screen only. Choose this while the till has no printer.",
            )
        )
        texts = {
            "host": (
                QCoreApplication.translate("FirstRunPrinter", "Host or IP address"),
                QCoreApplication.translate("FirstRunPrinter", "for example 192.168.1.50"),
            ),
            "port": (QCoreApplication.translate("FirstRunPrinter", "Port"), "9100"),
            "usb_vendor_id": (
                QCoreApplication.translate("FirstRunPrinter", "USB vendor id"),
                QCoreApplication.translate("FirstRunPrinter", "hex, e.g. 04b8"),
            ),
            "usb_product_id": (
                QCoreApplication.translate("FirstRunPrinter", "USB product id"),
                QCoreApplication.translate("FirstRunPrinter", "hex, e.g. 0e15"),
            ),
            "serial_url": (
                QCoreApplication.translate("FirstRunPrinter", "Serial port"),
                QCoreApplication.translate("FirstRunPrinter", "for example /dev/ttyUSB0"),
            ),
            "baudrate": (QCoreApplication.translate("FirstRunPrinter", "Baud rate"), "19200"),
            "path": (
                QCoreApplication.translate("FirstRunPrinter", "Device or file"),
                QCoreApplication.translate("FirstRunPrinter", "for example /dev/usb/lp0"),
            ),
        }
        for name, (caption, hint) in texts.items():
            self.fields[name].set_texts(caption, hint)
        self.test_button.setText(QCoreApplication.translate("FirstRunPrinter", "&Test print"))

    def typed(self) -> tuple[str, dict[str, str]]:
        """The chosen type and its fields as typed (read on the GUI thread)."""
        kind = self.kind.value()
        return kind, {name: self.fields[name].text() for name in TYPE_FIELDS[kind]}

    def on_kind_choice_changed(self, kind: str) -> None:
        self.stack.setCurrentWidget(self._pages[kind])
        self.banner.clear_message()
        names = TYPE_FIELDS[kind]
        if names:
            self.fields[names[0]].edit.setFocus()

    def commit(self) -> None:
        kind, fields = self.typed()
        self.setup.choose_printer(kind, fields)

    def on_test_clicked(self) -> None:
        kind, fields = self.typed()
        self.banner.show_message(
            "info", QCoreApplication.translate("FirstRunPrinter", "Printing a test page…")
        )
        self.sig_busy_changed.emit(True)
        self._worker.lane("first-run-printer").submit(
            partial(self.setup.test_print, kind, fields),
            on_done=self.on_test_done,
            on_error=self.on_test_failed,
        )

    def on_test_done(self, printer_name: str) -> None:
        self.sig_busy_changed.emit(False)
        if self.kind.value() == "preview":
            text = QCoreApplication.translate(
                "FirstRunPrinter", "No printer is used: receipts will show on the screen."
            )
        else:
            text = QCoreApplication.translate(
                "FirstRunPrinter", "The test page went to the printer ({printer}). Did it come out readable?"
            ).format(printer=printer_name)
        self.banner.show_message("ok", text)

    def on_test_failed(self, error: BaseException) -> None:
        self.sig_busy_changed.emit(False)
        self.show_refusal(error)
