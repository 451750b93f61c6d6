"""Fixtures: a real seeded till database per test, logged in as the cashier Anna."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support.till import Till, closing, open_till


@pytest.fixture
def till(tmp_path: Path) -> Iterator[Till]:
    yield from closing(open_till(tmp_path / "till.sqlite3"))


@pytest.fixture
def cashier(till: Till) -> Till:
    till.services.staff.login("1111")
    return till
