"""First run: the set-up a store does once on a new till, as use cases the wizard calls. No Qt.

`FirstRunSetup` holds the config being built (a `TillConfig` value) and the step machine
(`terminal.domain.first_run.FirstRunFlow`). Each call checks its input with the rules of
`terminal.config` (ConfigError with a code and the key), records it, and returns what changed. Two
calls wait on the outside world and must run off the UI thread: `enroll` (the backend) and
`test_print` (the printer); while one runs the wizard takes no other input, so the config is never
changed from two threads at once. `finish` writes the config file; nothing is written before.

The outside world comes in through two ports that terminal/app.py fills: `Enroller` (the existing
enrolment path, sync.enrol) and `PrinterTester` (hardware.printer).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Protocol

from terminal.config import (
    COUNTRY_CURRENCY,
    PrinterConfig,
    TillConfig,
    check_backend_url,
    check_country,
    check_language,
    check_store_id,
    check_terminal_id,
    printer_from_fields,
    write_config,
)
from terminal.domain.errors import TillError
from terminal.domain.first_run import FirstRunFlow, Step

# The country a store most likely is in, by the language chosen first (changeable on the store step).
COUNTRY_FOR_LANGUAGE = {"de": "DE", "hu": "HU", "id": "ID", "en": "DE"}


class Enroller(Protocol):
    """Spends a one-time code at `config.backend.url`; returns the config with terminal id and token.

    Refusals are TillError: first_run.backend_unreachable, first_run.code_refused,
    first_run.code_other_store, first_run.not_a_backend, first_run.backend_error.
    """

    def __call__(self, config: TillConfig, code: str, /) -> TillConfig: ...


class PrinterTester(Protocol):
    """Prints a test page on the printer `config.printer` describes; returns the printer's name.

    Refusals are TillError with the printer's codes (printer.offline, printer.timeout, ...).
    """

    def __call__(self, config: TillConfig, /) -> str: ...


@dataclass(frozen=True)
class Enrolment:
    """What an enrolment changed: the till is now this terminal of this store at this backend."""

    store_id: str
    terminal_id: str
    url: str


class FirstRunSetup:
    """The set-up of one new till; `config` is what `finish()` will write to `path`."""

    def __init__(
        self, *, path: Path, enroller: Enroller, test_printer: PrinterTester, language: str = "en"
    ) -> None:
        self.path = path
        self._enroller = enroller
        self._test_printer = test_printer
        base = TillConfig()
        self.config = replace(base, path=path)
        self.flow = FirstRunFlow()
        self.last_scan = ""
        self.choose_language(language if language in COUNTRY_FOR_LANGUAGE else "en")

    # --- the steps ------------------------------------------------------------------------------

    def choose_language(self, language: str) -> str:
        """The till's language; the store's country follows it until the store step sets one."""
        check_language(language)
        country = COUNTRY_FOR_LANGUAGE[language]
        store = self.config.store
        if Step.STORE not in self.flow.done:
            store = replace(store, country=country, currency=COUNTRY_CURRENCY[country])
        self.config = replace(
            self.config, terminal=replace(self.config.terminal, language=language), store=store
        )
        self.flow = self.flow.complete(Step.LANGUAGE)
        return language

    def set_store(self, *, store_id: str, terminal_id: str, name: str, country: str) -> TillConfig:
        """Store and terminal ids (as on receipts), the store's name and country."""
        store_id = check_store_id(store_id.strip())
        terminal_id = check_terminal_id(terminal_id.strip())
        country = check_country(country)
        old = self.config
        changed = (store_id, terminal_id) != (old.store.id, old.terminal.id)
        store = replace(
            old.store, id=store_id, name=name.strip() or store_id, country=country,
            currency=COUNTRY_CURRENCY[country],
        )  # fmt: skip
        config = replace(old, store=store, terminal=replace(old.terminal, id=terminal_id))
        if changed and old.backend.token:  # the token belongs to the old store and till
            config = replace(config, backend=replace(config.backend, token=""))
        self.config = config
        if changed or Step.STORE not in self.flow.done:
            self.flow = self.flow.complete(Step.STORE)
        return config

    def enroll(self, *, url: str, code: str) -> Enrolment:
        """Enrol at the backend with a one-time code (blocks on the network: run off the UI thread)."""
        url = check_backend_url(url, required=True)
        code = code.strip()
        if not code:
            raise TillError("first_run.code_missing")
        draft = replace(self.config, backend=replace(self.config.backend, url=url, token=""))
        enrolled = self._enroller(draft, code)
        self.config = enrolled
        self.flow = self.flow.complete(Step.BACKEND)
        return Enrolment(enrolled.store.id, enrolled.terminal.id, url)

    def choose_printer(self, kind: str, fields: Mapping[str, str]) -> PrinterConfig:
        """The receipt printer's type and its connection as typed (`terminal.config.printer_from_fields`)."""
        printer = printer_from_fields(kind, fields, self.config.printer)
        self.config = replace(self.config, printer=printer)
        self.flow = self.flow.complete(Step.PRINTER)
        return printer

    def test_print(self, kind: str, fields: Mapping[str, str]) -> str:
        """Choose the printer and print a test page on it (blocks: run off the UI thread)."""
        self.choose_printer(kind, fields)
        return self._test_printer(self.config)

    def scanned(self, code: str) -> str:
        """A scan arrived during the scanner test; returns the code as the till will see it."""
        self.last_scan = code
        return code

    # --- moving through the steps ----------------------------------------------------------------

    def advance(self) -> Step:
        self.flow = self.flow.advance()
        return self.flow.current

    def back(self) -> Step:
        self.flow = self.flow.back()
        return self.flow.current

    def finish(self) -> TillConfig:
        """Write the config file (atomically) once every step is done; returns what was written."""
        self.flow = self.flow.finish()
        try:
            write_config(self.config, self.path)
        except OSError as exc:
            raise TillError(
                "first_run.cannot_write", path=self.path, reason=exc.strerror or str(exc)
            ) from exc
        return self.config
