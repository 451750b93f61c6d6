"""The first run's refusals in words: set-up and config codes turned into translated sentences.

`terminal.config` and the first-run service raise codes (`config.bad_store_id`, `first_run.code_refused`,
`printer.offline`, ...) with their params; this module owns the sentences. A code it does not know goes
to the till's general table (terminal/ui/messages.py). `config_file_problem` words a broken config
file for the start-up dialog, naming the file, the line and the key.
"""

from __future__ import annotations

import string
from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication

from terminal.domain.errors import TillError
from terminal.ui.messages import message_for


def _sentences() -> dict[str, str]:
    """Code -> sentence with `{param}` placeholders (built per call: the language changes live)."""
    return {
        "config.unreadable": QCoreApplication.translate(
            "FirstRunMessages", "The file cannot be read ({reason})."
        ),
        "config.syntax": QCoreApplication.translate("FirstRunMessages", "This is not valid TOML: {reason}"),
        "config.unknown_section": QCoreApplication.translate(
            "FirstRunMessages", "[{key}] is not a section the till knows. Remove it or correct it."
        ),
        "config.unknown_key": QCoreApplication.translate(
            "FirstRunMessages", "{key} is not a setting the till knows. Remove it or correct its spelling."
        ),
        "config.not_a_table": QCoreApplication.translate(
            "FirstRunMessages", "{key} must be a section, written as [{key}]."
        ),
        "config.expected_bool": QCoreApplication.translate(
            "FirstRunMessages", "{key} must be true or false."
        ),
        "config.expected_int": QCoreApplication.translate(
            "FirstRunMessages", "{key} must be a whole number."
        ),
        "config.expected_number": QCoreApplication.translate("FirstRunMessages", "{key} must be a number."),
        "config.expected_text": QCoreApplication.translate(
            "FirstRunMessages", "{key} must be text in quotes."
        ),
        "config.expected_list": QCoreApplication.translate(
            "FirstRunMessages", "{key} must be a list of texts in quotes."
        ),
        "config.bad_store_id": QCoreApplication.translate(
            "FirstRunMessages", "A store id is 1 to 10 capital letters or digits, for example S001."
        ),
        "config.bad_terminal_id": QCoreApplication.translate(
            "FirstRunMessages", "A terminal id is 1 to 10 capital letters or digits, for example T01."
        ),
        "config.bad_language": QCoreApplication.translate(
            "FirstRunMessages", "The language must be English, German, Hungarian or Indonesian."
        ),
        "config.bad_country": QCoreApplication.translate(
            "FirstRunMessages", "The country must be Germany, Hungary or Indonesia."
        ),
        "config.bad_currency": QCoreApplication.translate(
            "FirstRunMessages", "{value} is not a currency the till knows."
        ),
        "config.url_required": QCoreApplication.translate(
            "FirstRunMessages", "Enter the address of the store backend."
        ),
        "config.bad_url": QCoreApplication.translate(
            "FirstRunMessages",
            "The backend address must start with http:// or https:// and name a server, "
            "for example http://backend:8765.",
        ),
        "config.bad_printer_type": QCoreApplication.translate(
            "FirstRunMessages", "Choose one of the printer types shown."
        ),
        "config.printer_value_missing": QCoreApplication.translate(
            "FirstRunMessages", "This printer needs {field}."
        ),
        "config.bad_port": QCoreApplication.translate(
            "FirstRunMessages", "A port is a number from 1 to 65535."
        ),
        "config.bad_usb_id": QCoreApplication.translate(
            "FirstRunMessages", "A USB id is a hexadecimal number from 0001 to FFFF, for example 04b8."
        ),
        "first_run.code_missing": QCoreApplication.translate(
            "FirstRunMessages", "Enter the enrolment code from the store office."
        ),
        "first_run.backend_unreachable": QCoreApplication.translate(
            "FirstRunMessages",
            "The backend at {url} does not answer. Check the address and the network cable.",
        ),
        "first_run.code_refused": QCoreApplication.translate(
            "FirstRunMessages",
            "The backend refused this enrolment code: it is wrong, already used or expired. "
            "Ask the store office for a new code.",
        ),
        "first_run.code_other_store": QCoreApplication.translate(
            "FirstRunMessages",
            "This enrolment code is for another store than {store_id}. "
            "Check the store id, or ask for a code for this store.",
        ),
        "first_run.not_a_backend": QCoreApplication.translate(
            "FirstRunMessages", "{url} answers, but it is not a store backend. Check the address."
        ),
        "first_run.backend_error": QCoreApplication.translate(
            "FirstRunMessages", "The backend had a problem ({status}). Try again in a moment."
        ),
        "first_run.cannot_write": QCoreApplication.translate(
            "FirstRunMessages", "The settings cannot be saved to {path} ({reason}). Ask the store's IT."
        ),
        "first_run.no_next_step": QCoreApplication.translate(
            "FirstRunMessages", "This is the last step: tap Finish."
        ),
        "first_run.step_incomplete": QCoreApplication.translate(
            "FirstRunMessages", "Finish this step first."
        ),
        "printer.offline": QCoreApplication.translate(
            "FirstRunMessages",
            "The test print failed: the printer ({printer}) does not answer. "
            "Check that it is switched on and connected, and the settings above.",
        ),
        "printer.timeout": QCoreApplication.translate(
            "FirstRunMessages", "The test print failed: the printer ({printer}) stopped taking data."
        ),
        "printer.paper_out": QCoreApplication.translate(
            "FirstRunMessages", "The test print failed: the printer is out of paper."
        ),
        "printer.error": QCoreApplication.translate("FirstRunMessages", "The test print failed: {reason}"),
    }


def _fields() -> dict[str, str]:
    """What a printer setting is called in a sentence ("This printer needs {field}.")."""
    return {
        "printer.path": QCoreApplication.translate("FirstRunMessages", "a device or file path"),
        "printer.host": QCoreApplication.translate("FirstRunMessages", "a host name or IP address"),
        "printer.serial_url": QCoreApplication.translate("FirstRunMessages", "a serial port"),
    }


class _Params(Mapping[str, str]):
    def __init__(self, params: dict[str, Any]) -> None:
        self._values = {k: "" if v is None else str(v) for k, v in params.items()}
        self._values.setdefault("field", _fields().get(self._values.get("key", ""), "?"))

    def __getitem__(self, key: str) -> str:
        return self._values.get(key, "?")

    def __iter__(self) -> Any:
        return iter(self._values)

    def __len__(self) -> int:
        return len(self._values)


def refusal(error: BaseException) -> str:
    """The sentence for a refusal during set-up (or the till's general sentence for anything else)."""
    sentence = _sentences().get(error.code) if isinstance(error, TillError) else None
    if sentence is None or not isinstance(error, TillError):
        return message_for(error)
    try:
        return string.Formatter().vformat(sentence, (), _Params(dict(error.params)))
    except (ValueError, IndexError):  # a translation with broken braces must still say something
        return f"{sentence} ({error.code})"


def config_file_problem(error: TillError) -> str:
    """A broken config file in words: where (file, line, key) and what is wrong."""
    params = error.params
    where = [str(params["path"])] if params.get("path") else []
    if params.get("line"):
        where.append(
            QCoreApplication.translate("FirstRunMessages", "line {line}").format(line=params["line"])
        )
    if params.get("key"):
        where.append(
            QCoreApplication.translate("FirstRunMessages", "setting {key}").format(key=params["key"])
        )
    location = ", ".join(where)
    return f"{location}:\n{refusal(error)}" if location else refusal(error)


KNOWN_CODES = tuple(sorted(_sentences()))
"""Every code with a sentence here (tests render each one)."""
