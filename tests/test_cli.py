"""The till's command line: enrolment with a one-time code, staff administration, config errors."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton, QWidget

from backend.embedded import EmbeddedBackend
from terminal.cli import main
from terminal.config import load_config
from terminal.storage import staff
from terminal.storage.db import open_database

ROOT = Path(__file__).resolve().parents[1]


def _config(path: Path, url: str = "") -> Path:
    path.write_text(
        f'[store]\nid = "S001"\nname = "Berlin"\n[terminal]\nid = "T07"\nlanguage = "de"\n'
        f'database = "till.sqlite3"\n[backend]\nurl = "{url}"\n',
        encoding="utf-8",
    )
    return path


def test_enrol_with_a_one_time_code_keeps_the_token(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    backend = EmbeddedBackend(tmp_path / "backend.sqlite3")
    backend.prepare(products=50)
    url = backend.start()
    try:
        cfg = _config(tmp_path / "terminal.toml", url)
        code = backend.enroll_code(store_id="S001", terminal_id="T07")
        assert main(["--config", str(cfg), "--enroll", code]) == 0
        assert "enrolled as terminal T07 of store S001" in capsys.readouterr().out
        assert load_config(cfg).backend.token
        assert main(["--config", str(cfg), "--enroll", code]) == 2  # a code works once
        assert "enrolment refused" in capsys.readouterr().err
        other = backend.enroll_code(store_id="S002", terminal_id="T07")
        assert main(["--config", str(cfg), "--enroll", other]) == 2  # another store's code
    finally:
        backend.stop()


def test_enrol_without_a_backend_url_says_what_to_do(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--config", str(_config(tmp_path / "terminal.toml")), "--enroll", "ABCD"]) == 2
    assert "set [backend] url" in capsys.readouterr().err


def test_add_staff_reads_the_pin_from_stdin(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cfg = _config(tmp_path / "terminal.toml")
    monkeypatch.setattr("sys.stdin", io.StringIO("4711\n"))
    assert (
        main(["--config", str(cfg), "--add-staff", "lena", "--name", "Lena Fischer", "--role", "manager"])
        == 0
    )
    monkeypatch.setattr("sys.stdin", io.StringIO("12\n"))
    assert main(["--config", str(cfg), "--add-staff", "x", "--name", "Too Short"]) == 2
    db = open_database(tmp_path / "till.sqlite3")
    try:
        with db.read() as session:
            found = staff.verify_pin(session, "4711")
        assert found is not None
        assert (found.staff_id, found.role) == ("lena", "manager")
    finally:
        db.close()


def answer_dialogs(seen: list[QWidget], answer: Callable[[QWidget], None]) -> None:
    """Wait (in the event loop the till runs) for a modal dialog; note it and answer it."""

    def poll() -> None:
        modal = QApplication.activeModalWidget()
        if modal is None:
            QTimer.singleShot(20, poll)
            return
        seen.append(modal)
        answer(modal)

    QTimer.singleShot(0, poll)


def test_a_broken_config_names_key_and_line_on_stderr_and_on_screen(
    qapp: QApplication, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cfg = tmp_path / "terminal.toml"
    cfg.write_text('[store]\nid = "S001"\n[terminal]\nlanguage = 5\n', encoding="utf-8")
    seen: list[QWidget] = []
    texts: list[str] = []

    def read_and_close(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        texts.append(box.text())
        box.accept()

    answer_dialogs(seen, read_and_close)
    assert main(["--config", str(cfg)]) == 2
    assert "line 4: terminal.language must be text" in capsys.readouterr().err
    assert [w.objectName() for w in seen] == ["config_error"]
    expected = ", line 4, setting terminal.language:\nterminal.language must be text in quotes."
    assert texts[0].endswith(expected)
    assert str(cfg) in texts[0]


def test_an_unknown_key_or_a_toml_error_is_refused_with_its_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The administration commands say it on stderr only (they open no window)."""
    cfg = tmp_path / "terminal.toml"
    cfg.write_text('[store]\nid = "S001"\n\n[printer]\ncolour = "red"\n', encoding="utf-8")
    assert main(["--config", str(cfg), "--enroll", "ABCD-EFGH-JKLM"]) == 2
    assert "line 5: unknown key printer.colour" in capsys.readouterr().err
    cfg.write_text("[terminal\n", encoding="utf-8")
    assert main(["--config", str(cfg), "--add-staff", "x", "--name", "X"]) == 2
    err = capsys.readouterr().err
    assert "line 1: not valid TOML" in err
    assert "Traceback" not in err


def test_administration_without_a_config_says_to_set_the_till_up_first(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cfg = tmp_path / "terminal.toml"
    assert main(["--config", str(cfg), "--add-staff", "x", "--name", "X"]) == 2
    assert "no config at" in capsys.readouterr().err
    assert not cfg.exists()


def test_a_till_without_a_config_opens_the_first_run_wizard(qapp: QApplication, tmp_path: Path) -> None:
    seen: list[QWidget] = []
    answer_dialogs(seen, lambda wizard: wizard.findChild(QPushButton, "quit").click())  # type: ignore[union-attr]
    assert main(["--data-dir", str(tmp_path), "--language", "hu"]) == 1  # quit: nothing to start
    assert [type(w).__name__ for w in seen] == ["FirstRunWizard"]
    assert seen[0].windowTitle() == "A kassza beállítása"
    assert not (tmp_path / "terminal.toml").exists()


def test_the_wizard_s_config_starts_the_till(tmp_path: Path) -> None:
    """No config: the wizard enrols at a real backend and writes the config; the till then opens.

    In a subprocess (tests/support/first_run_driver.py): the started till's event filter, theme
    and threads must not stay in this test process.
    """
    backend = EmbeddedBackend(tmp_path / "backend.sqlite3")
    backend.prepare(products=20)
    url = backend.start()
    try:
        code = backend.enroll_code(store_id="S001", terminal_id="T08")
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "STORE_TERMINAL_EXIT_WHEN_READY": "1"}
        result = subprocess.run(
            [sys.executable, "-m", "tests.support.first_run_driver", str(tmp_path), url, code],
            cwd=ROOT, env=env, capture_output=True, text=True, timeout=120, check=False,
        )  # fmt: skip
    finally:
        backend.stop()
    assert result.returncode == 0, result.stderr[-3000:]
    assert "opening the first-run set-up" in result.stderr
    assert any(line.startswith("ready") for line in result.stdout.splitlines())
    config = load_config(tmp_path / "terminal.toml")
    assert (config.store.id, config.terminal.id, config.backend.url) == ("S001", "T08", url)
    assert config.backend.token
    assert (tmp_path / "till.sqlite3").exists()
