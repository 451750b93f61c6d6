"""Suite-wide settings: Qt offscreen, and no test ever talks to anything but loopback."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

from tests.support.qt import delete_closed_widgets

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def _delete_closed_widgets() -> Iterator[None]:
    """After each test, delete the widgets pytest-qt closed (see tests/support/qt.py): a window a
    test left behind must not slow down every later test that themes the application."""
    yield
    delete_closed_widgets()
