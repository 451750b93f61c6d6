"""The till's language: installs the translation of the configured language for every `tr()` string.

English is the source language; its file holds only the plural forms of counted texts ("%n
receipt(s)" becomes "1 receipt" or "3 receipts"). German, Hungarian and Indonesian ship as
`resources/i18n/store_terminal_<lang>.qm`, compiled from the `.ts` sources by
`installer/update_translations.py`. Qt's own strings (standard dialog buttons) come from the
`qtbase_<lang>.qm` that ships with Qt, when present.
"""

from __future__ import annotations

from typing import Final

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from terminal.ui.formatting import locale_for
from terminal.ui.paths import resource_path

SOURCE_LANGUAGE: Final = "en"
SHIPPED_LANGUAGES: Final = ("de", "hu", "id")
CATALOGUE: Final = "store_terminal"


def translation_file(language: str) -> str:
    return str(resource_path("i18n", f"{CATALOGUE}_{language}.qm"))


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install our and Qt's translators for `language`; returns them (keep them alive with the app).

    An unknown language or a missing file leaves the English source text: the till still works.
    """
    QLocale.setDefault(locale_for(language))
    installed: list[QTranslator] = []
    ours = QTranslator(app)
    if ours.load(translation_file(language)):
        app.installTranslator(ours)
        installed.append(ours)
    if language == SOURCE_LANGUAGE:
        return installed
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_own = QTranslator(app)
    if qt_own.load(f"qtbase_{language}", qt_dir):
        app.installTranslator(qt_own)
        installed.append(qt_own)
    return installed


def remove_translators(app: QCoreApplication, translators: list[QTranslator]) -> None:
    """Undo `install_translators` (tests, or switching language at run time)."""
    for translator in translators:
        app.removeTranslator(translator)
