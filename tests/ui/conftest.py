"""Fixtures for the UI tests: the till's services, the formatter, the bridge.

`services` is the one place to swap the hand-written fakes for the real container (built on a
temporary SQLite file with seeded staff PINs 1234 = cashier, 9999 = manager and the demo products
of tests/ui/fakes.py); every UI test takes its services from here.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from terminal.ui.bridge import Bridge
from terminal.ui.formatting import MoneyFormat

from .fakes import FakeServices


@pytest.fixture
def services() -> Any:
    """The till's services as the UI sees them (fakes until the real container has a test fixture)."""
    return FakeServices.build()


@pytest.fixture
def fmt() -> MoneyFormat:
    return MoneyFormat("en", "EUR")


@pytest.fixture
def bridge(qapp: QApplication) -> Iterator[Bridge]:
    b = Bridge()
    yield b
    b.deleteLater()


@pytest.fixture
def logged_in(services: Any) -> Any:
    services.staff.login("1234")
    return services
