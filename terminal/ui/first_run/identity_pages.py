"""The first two pages: the till's language (switches the wizard live) and its store and terminal."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from terminal.config import COUNTRY_CURRENCY, LANGUAGES
from terminal.domain.first_run import Step
from terminal.services.first_run import FirstRunSetup
from terminal.ui.first_run.page import SetupPage
from terminal.ui.first_run.widgets import ChoiceButtons, Field

# Each language in its own name, so that anyone finds theirs whatever is shown now.
LANGUAGE_NAMES = {"en": "English", "de": "Deutsch", "hu": "Magyar", "id": "Bahasa Indonesia"}


class LanguagePage(SetupPage):
    """Step 1: the language of the till (and of this wizard, from the moment it is tapped)."""

    step = Step.LANGUAGE

    sig_language_chosen = Signal(str)
    """The user tapped a language."""

    def __init__(self, setup: FirstRunSetup, parent: QWidget | None = None) -> None:
        super().__init__(setup, parent)
        self.choice = ChoiceButtons(LANGUAGES, parent=self)
        self.choice.set_labels(LANGUAGE_NAMES)
        self.choice.set_value(setup.config.terminal.language)
        self.choice.sig_choice_changed.connect(self.sig_language_chosen)
        self.body.addWidget(self.choice)

    def title(self) -> str:
        return QCoreApplication.translate("FirstRunIdentity", "Language")

    def retranslate(self) -> None:
        self.intro.setText(
            QCoreApplication.translate(
                "FirstRunIdentity",
                "Welcome! This till is not set up yet. Choose the language of the till; "
                "receipts and the cashier's screens use it.",
            )
        )
        self.choice.set_value(self.setup.config.terminal.language)


class StorePage(SetupPage):
    """Step 2: store id, terminal id (as receipt numbers carry them), the store's name and country."""

    step = Step.STORE
    commits_on_next = True

    def __init__(self, setup: FirstRunSetup, parent: QWidget | None = None) -> None:
        super().__init__(setup, parent)
        self.store_id = Field("store_id", parent=self)
        self.terminal_id = Field("terminal_id", parent=self)
        self.store_name = Field("store_name", parent=self)
        for field in (self.store_id, self.terminal_id):
            field.edit.setMaxLength(10)
            field.edit.textEdited.connect(lambda text, edit=field.edit: _upper(edit, text))
        self.country_caption = QLabel(self)
        self.country = ChoiceButtons(tuple(COUNTRY_CURRENCY), parent=self)
        for widget in (self.store_id, self.terminal_id, self.store_name, self.country_caption, self.country):
            self.body.addWidget(widget)

    def title(self) -> str:
        return QCoreApplication.translate("FirstRunIdentity", "Store and terminal")

    def retranslate(self) -> None:
        self.intro.setText(
            QCoreApplication.translate(
                "FirstRunIdentity",
                "Which store is this till in, and which till is it? The store office has these ids.",
            )
        )
        self.store_id.set_texts(
            QCoreApplication.translate("FirstRunIdentity", "Store id"),
            QCoreApplication.translate("FirstRunIdentity", "for example S001"),
        )
        self.terminal_id.set_texts(
            QCoreApplication.translate("FirstRunIdentity", "Terminal id"),
            QCoreApplication.translate("FirstRunIdentity", "for example T01; part of every receipt number"),
        )
        self.store_name.set_texts(
            QCoreApplication.translate("FirstRunIdentity", "Store name"),
            QCoreApplication.translate("FirstRunIdentity", "as the receipts show it"),
        )
        self.country_caption.setText(QCoreApplication.translate("FirstRunIdentity", "Country"))
        self.country.set_labels(
            {
                "DE": QCoreApplication.translate("FirstRunIdentity", "Germany (EUR)"),
                "HU": QCoreApplication.translate("FirstRunIdentity", "Hungary (HUF)"),
                "ID": QCoreApplication.translate("FirstRunIdentity", "Indonesia (IDR)"),
            }
        )

    def on_shown(self) -> None:
        config = self.setup.config
        if Step.STORE in self.setup.flow.done:
            self.store_id.edit.setText(config.store.id)
            self.terminal_id.edit.setText(config.terminal.id)
            self.store_name.edit.setText(config.store.name)
        self.country.set_value(config.store.country)
        self.store_id.edit.setFocus()

    def commit(self) -> None:
        self.setup.set_store(
            store_id=self.store_id.text(),
            terminal_id=self.terminal_id.text(),
            name=self.store_name.text(),
            country=self.country.value(),
        )


def _upper(edit: QLineEdit, text: str) -> None:
    """Ids are capitals: typing s001 shows S001 (the cursor stays where it was)."""
    if text != text.upper():
        position = edit.cursorPosition()
        edit.setText(text.upper())
        edit.setCursorPosition(position)
