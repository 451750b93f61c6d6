"""The Linux kiosk files: the systemd unit passes `systemd-analyze verify`, the udev rules parse."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.installer import udev_grammar

LINUX = Path(__file__).resolve().parents[2] / "installer" / "linux"
UNIT = LINUX / "store-terminal.service"
RULES = LINUX / "99-store-terminal.rules"
INSTALL_DIR = "/opt/store-terminal"


def verify_unit(text: str, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    """`systemd-analyze verify` on the unit with its install folder moved into `tmp_path`.

    verify insists that ExecStart's program exists and is executable; the till is not installed on the
    build machine, so the unit is checked with /opt/store-terminal replaced by a stub folder holding
    an executable of the same name. Everything else in the unit is verified as shipped.
    """
    stub = tmp_path / "opt"
    stub.mkdir(exist_ok=True)
    program = stub / "store-terminal"
    program.write_text("#!/bin/sh\n", encoding="ascii")
    program.chmod(0o755)
    unit = tmp_path / UNIT.name
    unit.write_text(text.replace(INSTALL_DIR, str(stub)), encoding="utf-8")
    env = {**os.environ, "SYSTEMD_LOG_COLOR": "0", "SYSTEMD_PAGER": ""}
    return subprocess.run(
        ["systemd-analyze", "verify", str(unit)], capture_output=True, text=True, env=env, check=False
    )


needs_systemd_analyze = pytest.mark.skipif(
    shutil.which("systemd-analyze") is None,
    reason="systemd-analyze is not installed (apt-get install systemd); the unit was not verified",
)


@needs_systemd_analyze
def test_the_systemd_unit_passes_verify_without_a_warning(tmp_path: Path) -> None:
    text = UNIT.read_text(encoding="utf-8")
    assert INSTALL_DIR in text  # the stub replacement below must hit the real paths
    result = verify_unit(text, tmp_path)
    # verify exits 0 on unknown keys and bad values too and only warns: any output is a defect.
    assert result.returncode == 0, result.stderr
    assert (result.stdout + result.stderr).strip() == ""


@needs_systemd_analyze
def test_verify_as_used_here_catches_a_broken_unit(tmp_path: Path) -> None:
    broken = UNIT.read_text(encoding="utf-8").replace("Restart=always", "Restart=sometimes\nRestartSecs=2")
    result = verify_unit(broken, tmp_path)
    output = result.stdout + result.stderr
    assert "restart specifier" in output
    assert "RestartSecs" in output


def test_the_udev_rules_are_valid() -> None:
    text = RULES.read_text(encoding="utf-8")
    assert udev_grammar.logical_lines(text), "no rules found"
    assert udev_grammar.problems(text) == []


@pytest.mark.parametrize(
    ("rule", "problem"),
    [
        ('SUBSYSTEM="usb", MODE="0660"', "SUBSYSTEM does not take the operator ="),
        ('SUBSYSTEM=="usb", MODE=="0660"', "MODE does not take the operator =="),
        ('SUBSYSTEM=="usb", ATTR{idVendor}+="04b8"', "ATTR does not take the operator +="),
        ('SUBSYSTEM=="usb", ATTR=="x"', "ATTR needs an attribute"),
        ('KERNEL{x}=="lp0"', "KERNEL takes no attribute"),
        ('SUBSYSTEMZ=="usb"', "unknown key SUBSYSTEMZ"),
        ("SUBSYSTEM==usb", "cannot parse"),
        ('SUBSYSTEM=="usb" MODE="0660"', "missing ','"),
        ('SUBSYSTEM=="usb", MODE="rw"', "MODE must be an octal number"),
        ('SUBSYSTEM=="usb", GROUP=""', "GROUP is empty"),
        ('SUBSYSTEM=="usb",', "trailing ','"),
    ],
)
def test_the_udev_check_refuses_broken_rules(rule: str, problem: str) -> None:
    found = udev_grammar.problems(f"# a comment\n\n{rule}\n")
    assert found, rule
    assert found[0].startswith("line 3: ")
    assert problem in found[0]


def test_the_udev_check_joins_continued_lines() -> None:
    text = 'SUBSYSTEM=="tty", \\\n  KERNEL=="ttyACM[0-9]*", SYMLINK+="till-scanner"\nMODE="0660"\n'
    assert udev_grammar.logical_lines(text)[0][0] == 1
    assert udev_grammar.problems(text) == []
