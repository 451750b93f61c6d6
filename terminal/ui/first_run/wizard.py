"""The first-run wizard: five pages in a stack, Back / Next / Finish, and the language switched live.

Built by terminal/app.py when a till starts without a config (and without --demo), with the set-up
service and the keyboard-wedge filter. The wizard renders `setup.flow`; Next asks the page to hand its
fields to the service and then the flow to advance, so every refusal comes from the service in words
from messages.py. Finish writes the config (`setup.finish()`) and closes with Accepted; Quit closes
with Rejected and writes nothing. Keyboard: Enter = the page's action or Next, Alt+letter for the
buttons, Tab between fields; Escape does nothing (a kiosk has no second chance to open the wizard).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
)

from terminal.domain.errors import TillError
from terminal.services.first_run import FirstRunSetup
from terminal.ui.first_run.backend_page import BackendPage
from terminal.ui.first_run.identity_pages import LanguagePage, StorePage
from terminal.ui.first_run.page import SetupPage
from terminal.ui.first_run.printer_page import PrinterPage
from terminal.ui.first_run.scanner_page import ScannerPage, WedgeScanner
from terminal.ui.i18n import install_translators, remove_translators
from terminal.ui.theme import BASE_POINT_SIZE, load_stylesheet, set_role
from terminal.ui.worker import Worker


class FirstRunWizard(QDialog):
    """Language, store and terminal, backend enrolment, printer with test print, scanner test."""

    def __init__(self, setup: FirstRunSetup, *, scanner: WedgeScanner) -> None:
        super().__init__(None)
        self.setup = setup
        self.worker = Worker(self)
        # The till's look on the wizard itself, not the application: app.py themes the app afterwards,
        # and a wizard that is quit leaves nothing behind.
        self.setStyleSheet(load_stylesheet() + "\n" + load_stylesheet("first_run"))
        font = QFont(self.font())
        font.setPointSize(BASE_POINT_SIZE)
        self.setFont(font)
        self._translators: list[QTranslator] = []
        self.title = QLabel(self)
        set_role(self.title, "title")
        self.progress = QLabel(self)
        set_role(self.progress, "hint")
        self.language = LanguagePage(setup, self)
        self.pages: list[SetupPage] = [
            self.language,
            StorePage(setup, self),
            BackendPage(setup, self.worker, self),
            PrinterPage(setup, self.worker, self),
            ScannerPage(setup, scanner, self),
        ]
        self.stack = QStackedWidget(self)
        for page in self.pages:
            self.stack.addWidget(page)
            page.sig_busy_changed.connect(self.on_page_busy_changed)
            page.sig_step_changed.connect(self.show_step)
        self.quit_button = QPushButton(self)
        self.back_button = QPushButton(self)
        self.next_button = QPushButton(self)
        for name, button in (
            ("quit", self.quit_button),
            ("back", self.back_button),
            ("next", self.next_button),
        ):
            button.setObjectName(name)
            button.setAutoDefault(False)
        set_role(self.next_button, "primary")
        self.quit_button.clicked.connect(self.reject)
        self.back_button.clicked.connect(self.go_back)
        self.next_button.clicked.connect(self.go_next)
        self.language.sig_language_chosen.connect(self.on_language_language_chosen)
        self._layout()
        self.switch_language(setup.config.terminal.language)
        self.current_page().on_shown()

    def _layout(self) -> None:
        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self.progress)
        footer = QHBoxLayout()
        footer.addWidget(self.quit_button)
        footer.addStretch(1)
        footer.addWidget(self.back_button)
        footer.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.setSpacing(12)
        layout.addLayout(header)
        layout.addWidget(self.stack, 1)
        layout.addLayout(footer)

    def current_page(self) -> SetupPage:
        return self.pages[self.setup.flow.position]

    # --- rendering ------------------------------------------------------------------------------

    def show_step(self) -> None:
        """Show the flow's current step and what may be pressed."""
        flow = self.setup.flow
        page = self.current_page()
        self.stack.setCurrentWidget(page)
        self.title.setText(page.title())
        self.progress.setText(
            QCoreApplication.translate("FirstRunWizard", "Step {step} of {steps}").format(
                step=flow.position + 1, steps=len(self.pages)
            )
        )
        self.back_button.setEnabled(flow.position > 0)
        self.next_button.setEnabled(page.commits_on_next or page.step in flow.done)
        if flow.is_last:
            self.next_button.setText(QCoreApplication.translate("FirstRunWizard", "&Finish"))
        else:
            self.next_button.setText(QCoreApplication.translate("FirstRunWizard", "&Next"))

    def retranslate(self) -> None:
        self.setWindowTitle(QCoreApplication.translate("FirstRunWizard", "Set up this till"))
        self.quit_button.setText(QCoreApplication.translate("FirstRunWizard", "&Quit"))
        self.back_button.setText(QCoreApplication.translate("FirstRunWizard", "&Back"))
        for page in self.pages:
            page.retranslate()
        self.show_step()

    # --- the user's actions ---------------------------------------------------------------------

    def on_language_language_chosen(self, language: str) -> None:
        try:
            self.setup.choose_language(language)
        except TillError as exc:
            self.language.show_refusal(exc)
            return
        self.switch_language(language)

    def switch_language(self, language: str) -> None:
        """Install `language`'s translations and redraw every text now."""
        app = QApplication.instance()
        if app is not None:
            remove_translators(app, self._translators)
            self._translators = install_translators(app, language)
        self.retranslate()

    def go_next(self) -> None:
        page = self.current_page()
        try:
            page.commit()
            if self.setup.flow.is_last:
                self.setup.finish()
                self.accept()
                return
            self.setup.advance()
        except TillError as exc:
            page.show_refusal(exc)
            self.show_step()
            return
        page.on_left()
        self.show_step()
        self.current_page().on_shown()

    def go_back(self) -> None:
        page = self.current_page()
        self.setup.back()
        page.on_left()
        self.show_step()
        self.current_page().on_shown()

    def on_page_busy_changed(self, busy: bool) -> None:
        self.stack.setEnabled(not busy)
        for button in (self.quit_button, self.back_button, self.next_button):
            button.setEnabled(not busy)
        if not busy:
            self.show_step()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            busy = not self.stack.isEnabled()
            if not busy and not self.current_page().on_return() and self.next_button.isEnabled():
                self.go_next()
            return
        if key == Qt.Key.Key_Escape:
            return
        super().keyPressEvent(event)

    def done(self, result: int) -> None:
        """Closing: stop listening to the scanner, wait for background work, drop our translations."""
        self.current_page().on_left()
        self.worker.wait_for_done()
        app = QApplication.instance()
        if app is not None:
            remove_translators(app, self._translators)
        self._translators = []
        super().done(result)
