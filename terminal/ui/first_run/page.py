"""What every first-run page has: its step, a title, a feedback banner, and the wizard's hooks.

The wizard (wizard.py) shows one page at a time and calls, on the current page:
`retranslate()` after a language switch, `commit()` when the user presses Next (the page hands its
fields to one service call, which refuses with a TillError), `on_return()` for the Enter key, and
`on_shown()` / `on_left()` when the page comes and goes.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from terminal.domain.first_run import Step
from terminal.services.first_run import FirstRunSetup
from terminal.ui.first_run.messages import refusal
from terminal.ui.first_run.widgets import Banner
from terminal.ui.theme import set_role


class SetupPage(QWidget):
    """Base of the five pages; subclasses set `step` and fill `self.body`."""

    step: Step = Step.LANGUAGE
    commits_on_next = False  # Next hands the fields to the service (else Next needs the step done)

    sig_busy_changed = Signal(bool)
    """Background work started (True) or ended (False); the wizard takes no input meanwhile."""

    sig_step_changed = Signal()
    """The step's state changed outside Next (an enrolment succeeded): the wizard redraws."""

    def __init__(self, setup: FirstRunSetup, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setup = setup
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        set_role(self.intro, "hint")
        layout.addWidget(self.intro)
        self.body = QVBoxLayout()
        self.body.setSpacing(10)
        layout.addLayout(self.body)
        layout.addStretch(1)
        self.banner = Banner(self)
        layout.addWidget(self.banner)

    def title(self) -> str:
        raise NotImplementedError

    def retranslate(self) -> None:
        """Set every text of the page in the current language."""

    def commit(self) -> None:
        """Hand the page's fields to the service (Next); raises TillError when refused."""

    def on_return(self) -> bool:
        """Enter was pressed; True when the page handled it (else the wizard goes to the next step)."""
        return False

    def on_shown(self) -> None:
        """The page became the current one."""

    def on_left(self) -> None:
        """The page is no longer the current one."""

    def show_refusal(self, error: BaseException) -> None:
        self.banner.show_message("error", refusal(error))
