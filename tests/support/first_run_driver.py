"""store-terminal started without a config, with a timer that drives its first-run wizard to Finish.

    python -m tests.support.first_run_driver DATA_DIR BACKEND_URL ENROL_CODE

tests/test_cli.py runs this in a subprocess: a till that really starts leaves application-wide state
behind (its scanner event filter, its theme, its threads), which must not leak into the test process.
With STORE_TERMINAL_EXIT_WHEN_READY=1 the till quits once scan-ready; the exit code is main()'s.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton, QWidget

from terminal.cli import main


def drive(url: str, code: str) -> None:
    """Poll for the wizard, fill store, terminal, backend and enrol; then Next through to Finish."""
    wizard = QApplication.activeModalWidget()
    if wizard is None:
        QTimer.singleShot(20, lambda: drive(url, code))
        return
    click(wizard, "next")
    type_in(wizard, "store_id", "S001")
    type_in(wizard, "terminal_id", "T08")
    click(wizard, "next")
    type_in(wizard, "backend_url", url)
    type_in(wizard, "enrol_code", code)
    click(wizard, "enrol")
    finish_when_enrolled(wizard)


def finish_when_enrolled(wizard: QWidget) -> None:
    next_button = wizard.findChild(QPushButton, "next")
    if next_button is None or not next_button.isEnabled():
        QTimer.singleShot(20, lambda: finish_when_enrolled(wizard))
        return
    for _ in range(3):  # printer (on screen), scanner test, Finish
        click(wizard, "next")


def click(wizard: QWidget, name: str) -> None:
    button = wizard.findChild(QPushButton, name)
    assert button is not None, name
    button.click()


def type_in(wizard: QWidget, name: str, text: str) -> None:
    field = wizard.findChild(QLineEdit, name)
    assert field is not None, name
    field.setText(text)


if __name__ == "__main__":
    data_dir, backend_url, enrol_code = sys.argv[1:4]
    app = QApplication(sys.argv[:1])
    QTimer.singleShot(0, lambda: drive(backend_url, enrol_code))
    sys.exit(main(["--data-dir", data_dir, "--language", "en"]))
