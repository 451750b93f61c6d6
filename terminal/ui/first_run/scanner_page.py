"""Step 5: the scanner test. Scan anything and the page shows what the till received.

While this page is shown, the keyboard-wedge filter (hardware/scanner_wedge.py, the one the till uses
at the counter) watches the keyboard; a scan appears large, with the last few below. A person typing
is not a scan: their keys reach the page untouched. The filter is removed again when the page goes.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QCoreApplication, SignalInstance
from PySide6.QtWidgets import QApplication, QLabel, QListWidget, QWidget

from terminal.domain.first_run import Step
from terminal.services.first_run import FirstRunSetup
from terminal.ui.first_run.page import SetupPage
from terminal.ui.theme import set_role

KEEP = 5


class WedgeScanner(Protocol):
    """What the page needs of hardware.scanner_wedge.ScanWedge."""

    sig_scanned: SignalInstance

    def install(self, app: QCoreApplication) -> None: ...

    def uninstall(self, app: QCoreApplication) -> None: ...


class ScannerPage(SetupPage):
    """The last scan, large, and the ones before it."""

    step = Step.SCANNER

    def __init__(self, setup: FirstRunSetup, scanner: WedgeScanner, parent: QWidget | None = None) -> None:
        super().__init__(setup, parent)
        self._scanner = scanner
        self._listening = False
        self.caption = QLabel(self)
        self.last = QLabel(self)
        self.last.setObjectName("last_scan")
        self.last.setWordWrap(True)
        set_role(self.last, "title")
        self.history = QListWidget(self)
        self.history.setMaximumHeight(150)
        self.history.setFocusPolicy(self.history.focusPolicy().NoFocus)
        for widget in (self.caption, self.last, self.history):
            self.body.addWidget(widget)
        scanner.sig_scanned.connect(self.on_scanner_scanned)

    def title(self) -> str:
        return QCoreApplication.translate("FirstRunScanner", "Scanner test")

    def retranslate(self) -> None:
        self.intro.setText(
            QCoreApplication.translate(
                "FirstRunScanner",
                "Scan any barcode, for example from a product. The till shows what it received; it must "
                "match the numbers under the bars. Then tap Finish.",
            )
        )
        self.caption.setText(QCoreApplication.translate("FirstRunScanner", "Last scan:"))
        if not self.setup.last_scan:
            self.last.setText(QCoreApplication.translate("FirstRunScanner", "(nothing scanned yet)"))

    def on_shown(self) -> None:
        app = QApplication.instance()
        if app is not None and not self._listening:
            self._scanner.install(app)
            self._listening = True

    def on_left(self) -> None:
        app = QApplication.instance()
        if app is not None and self._listening:
            self._scanner.uninstall(app)
            self._listening = False

    def on_scanner_scanned(self, code: str, _source: str = "") -> None:
        if not self._listening:
            return
        shown = self.setup.scanned(code)
        self.last.setText(shown)
        self.history.insertItem(0, shown)
        while self.history.count() > KEEP:
            self.history.takeItem(self.history.count() - 1)
        self.banner.show_message(
            "ok",
            QCoreApplication.translate("FirstRunScanner", "The scanner works. Tap Finish to start the till."),
        )
