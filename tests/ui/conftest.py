"""Fixtures for the UI tests: the till's services, the formatter, the bridge.

`till` is a REAL till (tests/support/till.py: migrated SQLite file, demo seed, real barcode parser
and ESC/POS renderer; Anna 1111, Ben 2222, manager Maria 9999). Every screen test runs on it; there
are no fake services.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from terminal.ui.bridge import Bridge
from terminal.ui.formatting import MoneyFormat
from tests.support.till import Till, open_till


@pytest.fixture
def fmt() -> MoneyFormat:
    return MoneyFormat("en", "EUR")


@pytest.fixture
def bridge(qapp: QApplication) -> Iterator[Bridge]:
    b = Bridge()
    yield b
    b.deleteLater()


@pytest.fixture
def till(tmp_path: Path) -> Iterator[Till]:
    """A real till on a temporary SQLite file, nobody logged in."""
    real = open_till(tmp_path / "till.sqlite3")
    yield real
    real.db.close()
