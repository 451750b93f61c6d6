"""The till's command line: enrolment with a one-time code, staff administration, config errors."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from backend.embedded import EmbeddedBackend
from terminal.cli import main
from terminal.config import load_config
from terminal.storage import staff
from terminal.storage.db import open_database


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


def test_a_config_with_a_wrong_type_names_the_key(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    cfg = tmp_path / "terminal.toml"
    cfg.write_text("[terminal]\nlanguage = 5\n", encoding="utf-8")
    assert main(["--config", str(cfg)]) == 2
    assert "terminal.language must be text" in capsys.readouterr().err
    cfg.write_text("[terminal\n", encoding="utf-8")
    assert main(["--config", str(cfg)]) == 2
    assert "not valid TOML" in capsys.readouterr().err
