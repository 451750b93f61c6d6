"""The first-run set-up service: checks through terminal.config, enrolment and test print as ports.

Hand-written fakes for the two ports; the real enrolment against a real backend and the real test
print are driven through the wizard in tests/ui/test_first_run_wizard.py.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from terminal.config import ConfigError, TillConfig, load_config
from terminal.domain.errors import TillError
from terminal.domain.first_run import Step
from terminal.services.first_run import FirstRunSetup


class FakeBackend:
    """Enrols any code but "USED"; answers with terminal T09."""

    def __init__(self) -> None:
        self.codes: list[str] = []

    def __call__(self, config: TillConfig, code: str) -> TillConfig:
        self.codes.append(code)
        if code == "USED":
            raise TillError("first_run.code_refused")
        return replace(
            config,
            terminal=replace(config.terminal, id="T09"),
            backend=replace(config.backend, token=f"token-{len(self.codes)}"),
        )


def printed(config: TillConfig) -> str:
    return f"{config.printer.type} printer"


@pytest.fixture
def setup(tmp_path: Path) -> FirstRunSetup:
    return FirstRunSetup(path=tmp_path / "terminal.toml", enroller=FakeBackend(), test_printer=printed)


def test_the_language_chooses_the_country_until_the_store_step_does(setup: FirstRunSetup) -> None:
    setup.choose_language("hu")
    assert (setup.config.terminal.language, setup.config.store.country) == ("hu", "HU")
    assert setup.config.store.currency == "HUF"
    setup.set_store(store_id="S002", terminal_id="T01", name="", country="DE")
    setup.choose_language("id")
    assert (setup.config.store.country, setup.config.store.currency) == ("DE", "EUR")
    with pytest.raises(ConfigError):
        setup.choose_language("fr")


def test_store_ids_are_checked_by_the_config_rules(setup: FirstRunSetup) -> None:
    with pytest.raises(ConfigError) as caught:
        setup.set_store(store_id="s-001", terminal_id="T01", name="Berlin", country="DE")
    assert (caught.value.code, caught.value.key) == ("config.bad_store_id", "store.id")
    with pytest.raises(ConfigError) as caught:
        setup.set_store(store_id="S001", terminal_id="", name="Berlin", country="DE")
    assert caught.value.code == "config.bad_terminal_id"
    assert Step.STORE not in setup.flow.done
    config = setup.set_store(store_id=" S001 ", terminal_id="T01", name="", country="DE")
    assert (config.store.id, config.store.name) == ("S001", "S001")


def test_enrolment_checks_url_and_code_before_calling_out(setup: FirstRunSetup) -> None:
    setup.set_store(store_id="S001", terminal_id="T01", name="Berlin", country="DE")
    with pytest.raises(ConfigError) as caught:
        setup.enroll(url="backend:8765", code="ABCD")
    assert caught.value.code == "config.bad_url"
    with pytest.raises(TillError, match=r"first_run\.code_missing"):
        setup.enroll(url="http://backend:8765", code="  ")
    with pytest.raises(TillError, match=r"first_run\.code_refused"):
        setup.enroll(url="http://backend:8765", code="USED")
    assert Step.BACKEND not in setup.flow.done
    enrolment = setup.enroll(url="http://backend:8765/", code=" ABCD ")
    assert (enrolment.store_id, enrolment.terminal_id, enrolment.url) == (
        "S001",
        "T09",
        "http://backend:8765",
    )
    assert setup.config.backend.token == "token-2"  # the two bad inputs never reached the backend


def test_a_new_store_after_enrolment_drops_the_token(setup: FirstRunSetup) -> None:
    setup.set_store(store_id="S001", terminal_id="T01", name="Berlin", country="DE")
    setup.enroll(url="http://backend:8765", code="ABCD")
    setup.set_store(store_id="S001", terminal_id="T09", name="Berlin", country="DE")  # as enrolled
    assert setup.config.backend.token
    assert Step.BACKEND in setup.flow.done
    setup.set_store(store_id="S002", terminal_id="T09", name="Berlin", country="DE")
    assert setup.config.backend.token == ""
    assert Step.BACKEND not in setup.flow.done


def test_printer_choice_and_test_print(setup: FirstRunSetup) -> None:
    with pytest.raises(ConfigError) as caught:
        setup.choose_printer("network", {"host": "", "port": "9100"})
    assert caught.value.key == "printer.host"
    assert setup.test_print("file", {"path": "/dev/usb/lp0"}) == "file printer"
    assert setup.config.printer.path == "/dev/usb/lp0"
    assert Step.PRINTER in setup.flow.done


def test_finish_writes_a_config_that_loads(setup: FirstRunSetup) -> None:
    with pytest.raises(TillError, match=r"first_run\.step_incomplete"):
        setup.finish()
    assert not setup.path.exists()
    setup.choose_language("de")
    setup.advance()
    setup.set_store(store_id="S003", terminal_id="T01", name="Köln", country="DE")
    setup.advance()
    setup.enroll(url="http://backend:8765", code="ABCD")
    setup.advance()
    setup.choose_printer("network", {"host": "10.0.0.9", "port": "9100"})
    assert setup.advance() is Step.SCANNER
    written = setup.finish()
    loaded = load_config(setup.path)
    assert loaded == written
    assert (loaded.store.id, loaded.store.name, loaded.terminal.id) == ("S003", "Köln", "T09")
    assert (loaded.backend.url, loaded.printer.host, loaded.terminal.language) == (
        "http://backend:8765", "10.0.0.9", "de",
    )  # fmt: skip


def test_finish_says_when_the_config_cannot_be_written(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("", encoding="utf-8")
    setup = FirstRunSetup(path=blocker / "terminal.toml", enroller=FakeBackend(), test_printer=printed)
    setup.advance()
    setup.set_store(store_id="S001", terminal_id="T01", name="x", country="DE")
    setup.advance()
    setup.enroll(url="http://b:1", code="ABCD")
    setup.advance()
    setup.choose_printer("preview", {})
    setup.advance()
    with pytest.raises(TillError, match=r"first_run\.cannot_write"):
        setup.finish()
