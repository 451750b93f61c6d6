"""The first run's refusals: every code has a whole sentence, in every shipped language."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from terminal.config import ConfigError
from terminal.domain.errors import TillError
from terminal.ui.first_run.messages import KNOWN_CODES, config_file_problem, refusal
from terminal.ui.i18n import install_translators, remove_translators

PARAMS = {"key": "printer.host", "value": "x", "url": "http://b:1", "store_id": "S001", "status": 500,
          "printer": "network 10.0.0.5:9100", "reason": "why", "path": "/etc/t.toml", "line": 3}  # fmt: skip


@pytest.fixture(params=["en", "de", "hu", "id"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    translators = install_translators(qapp, request.param)
    yield request.param
    remove_translators(qapp, translators)  # and no other: later tests read the untranslated source


@pytest.mark.parametrize("code", KNOWN_CODES)
def test_every_code_has_a_full_sentence(code: str, language: str) -> None:
    text = refusal(TillError(code, **PARAMS))
    assert text
    assert "{" not in text
    assert code not in text


def test_a_broken_file_is_worded_with_file_line_and_key(language: str) -> None:
    error = ConfigError("config.unknown_key", key="printer.colour", path=Path("/etc/t.toml"), line=12)
    text = config_file_problem(error)
    assert text.startswith("/etc/t.toml, ")
    assert "12" in text
    assert text.count("printer.colour") == 2  # in the place and in the sentence
