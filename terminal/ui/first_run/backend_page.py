"""Step 3: the backend's address and the one-time enrolment code; Enrol runs off the UI thread.

The enrolment is the till's existing path (`store-terminal --enroll`), called through the set-up
service on the worker's network lane; the answer, or the backend's refusal in words, shows in the
page's banner. Next is possible once the till is enrolled.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from terminal.domain.first_run import Step
from terminal.services.first_run import Enrolment, FirstRunSetup
from terminal.ui.first_run.page import SetupPage
from terminal.ui.first_run.widgets import Field
from terminal.ui.theme import set_role
from terminal.ui.worker import Worker


class BackendPage(SetupPage):
    """Backend URL, enrolment code, and the Enrol button."""

    step = Step.BACKEND

    def __init__(self, setup: FirstRunSetup, worker: Worker, parent: QWidget | None = None) -> None:
        super().__init__(setup, parent)
        self._worker = worker
        self.url = Field("backend_url", parent=self)
        self.code = Field("enrol_code", parent=self)
        self.enrol_button = QPushButton(self)
        self.enrol_button.setObjectName("enrol")
        self.enrol_button.setAutoDefault(False)
        set_role(self.enrol_button, "primary")
        self.enrol_button.clicked.connect(self.on_enrol_clicked)
        row = QHBoxLayout()
        row.addWidget(self.enrol_button)
        row.addStretch(1)
        self.body.addWidget(self.url)
        self.body.addWidget(self.code)
        self.body.addLayout(row)

    def title(self) -> str:
        return QCoreApplication.translate("FirstRunBackend", "Backend and enrolment")

    def retranslate(self) -> None:
        self.intro.setText(
            QCoreApplication.translate(
                "FirstRunBackend",
                "The till sends its sales to the store backend and gets the catalogue from it. "
                "Enter the backend's address and the one-time enrolment code from the store office.",
            )
        )
        self.url.set_texts(
            QCoreApplication.translate("FirstRunBackend", "Backend address"),
            QCoreApplication.translate("FirstRunBackend", "for example http://backend:8765"),
        )
        self.code.set_texts(
            QCoreApplication.translate("FirstRunBackend", "Enrolment code"),
            QCoreApplication.translate("FirstRunBackend", "works once, for example ABCD-EFGH-JKLM"),
        )
        self.enrol_button.setText(QCoreApplication.translate("FirstRunBackend", "&Enrol this till"))

    def on_shown(self) -> None:
        if not self.url.text():
            self.url.edit.setText(self.setup.config.backend.url)
        if Step.BACKEND not in self.setup.flow.done and self.banner.kind == "ok":
            self.banner.clear_message()  # the store changed since: the old enrolment no longer holds
        (self.code if self.url.text() else self.url).edit.setFocus()

    def on_return(self) -> bool:
        if Step.BACKEND in self.setup.flow.done and not self.code.text():
            return False
        self.on_enrol_clicked()
        return True

    def on_enrol_clicked(self) -> None:
        url, code = self.url.text(), self.code.text()  # read here: the worker never touches a widget
        waiting = QCoreApplication.translate("FirstRunBackend", "Enrolling at {url}…")
        self.banner.show_message("info", waiting.format(url=url))
        self.sig_busy_changed.emit(True)
        self._worker.lane("first-run-network").submit(
            partial(self.setup.enroll, url=url, code=code),
            on_done=self.on_enrol_done,
            on_error=self.on_enrol_failed,
        )

    def on_enrol_done(self, enrolment: Enrolment) -> None:
        self.sig_busy_changed.emit(False)
        self.code.edit.clear()
        self.banner.show_message(
            "ok",
            QCoreApplication.translate(
                "FirstRunBackend", "Enrolled: this till is terminal {terminal} of store {store}."
            ).format(terminal=enrolment.terminal_id, store=enrolment.store_id),
        )
        self.sig_step_changed.emit()

    def on_enrol_failed(self, error: BaseException) -> None:
        self.sig_busy_changed.emit(False)
        self.show_refusal(error)
        self.sig_step_changed.emit()
