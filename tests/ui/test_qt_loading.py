"""PySide6 keeps the source of every module imported after it unless the till loads it through
`load_qt()` (terminal/ui/qt_loading.py); each case runs in a fresh interpreter, since the hook acts on
first imports only."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

# Imports a standard-library module nothing here loads (wave) and says whether its source is cached.
PROBE = """
import linecache, sys
{load}
import wave
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication([])
label = QLabel("still Qt as usual")
assert label.text() == "still Qt as usual"
print(wave.__file__ in linecache.cache, len(linecache.cache))
"""


def _probe(load: str) -> tuple[bool, int]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", PROBE.format(load=load)],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    cached, count = done.stdout.split()
    return cached == "True", int(count)


@pytest.mark.parametrize(
    ("load", "scanned"),
    [
        ("import PySide6.QtCore", True),  # PySide6's own behaviour: later imports are read and kept
        ("from terminal.ui.qt_loading import load_qt; assert load_qt()", False),
    ],
)
def test_load_qt_keeps_pyside_from_reading_every_later_import(load: str, scanned: bool) -> None:
    cached, count = _probe(load)
    assert cached is scanned
    if not scanned:
        assert count < 5  # nothing read the sources of the imports (a traceback would, on demand)
