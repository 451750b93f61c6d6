"""The start-up message for a broken config file: which file, line and key, and what is wrong.

A kiosk till has no console, so a config it cannot use must be said on the screen (terminal/app.py
also prints it to stderr for the journal). The message box waits for OK; the till then exits and its
service restarts it, showing the message again until the file is right.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication, QMessageBox

from terminal.domain.errors import TillError
from terminal.ui.first_run.messages import config_file_problem
from terminal.ui.i18n import install_translators, remove_translators
from terminal.ui.theme import load_stylesheet


def system_language(supported: tuple[str, ...] = ("en", "de", "hu", "id")) -> str:
    """The computer's language when the till speaks it (the config that names ours is broken)."""
    name = QLocale.system().name().split("_")[0]
    return name if name in supported else "en"


def config_error_box(error: TillError) -> QMessageBox:
    """The message box, not shown yet (tests look at it)."""
    box = QMessageBox(
        QMessageBox.Icon.Critical,
        QCoreApplication.translate("FirstRunConfigError", "The till's settings cannot be used"),
        config_file_problem(error),
        QMessageBox.StandardButton.Ok,
    )
    box.setObjectName("config_error")
    box.setStyleSheet(load_stylesheet())  # the till's look on the box only: the till exits after it
    box.setInformativeText(
        QCoreApplication.translate(
            "FirstRunConfigError",
            "Correct the file and start the till again. Without the file, the till starts its set-up.",
        )
    )
    return box


def show_config_error(app: QApplication, error: TillError) -> None:
    """Show the message in the computer's language and wait until it is acknowledged."""
    translators = install_translators(app, system_language())
    try:
        config_error_box(error).exec()
    finally:
        remove_translators(app, translators)
