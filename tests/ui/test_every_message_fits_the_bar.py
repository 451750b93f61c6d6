"""Every sentence of the message catalogue is whole on the narrow Sale and Returns bars at 1024x768.

The bar keeps a slot of two lines of the theme's banner text and sets a longer message smaller, in three
lines (terminal/ui/message_banner.py); what needs more shows only its start (the whole of it in the
tool tip, which a cashier at the counter never sees). Every refusal the catalogue holds
(terminal/ui/messages.py and the *_messages.py modules it merges), with realistic values in its
placeholders (a German product name, an EAN-13, order W-100234, amounts in the till's currency), is
shown in the Sale area's bar and in the Returns area's bar in English, German, Hungarian and
Indonesian: each must fit the bar's lines, so its end is read, not guessed.
"""

from __future__ import annotations

import string
from collections.abc import Iterator
from types import SimpleNamespace

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from terminal.domain.errors import TillError
from terminal.ui.bridge import Bridge
from terminal.ui.main_window import MainWindow
from terminal.ui.message_banner import MessageBanner
from terminal.ui.messages import _sentences, message_for
from tests.support.qt import themed_application
from tests.support.till import Till
from tests.ui.layout_checks import close_dialogs

VALUES = {
    "action": "price_override",
    "attempts": 5,
    "attempts_left": 2,
    "balance_minor": 1_250,
    "code": "4006381333931",
    "currency": "EUR",
    "customer_id": "C0001",
    "detail": "ConnectionError",
    "expected": "HUF",
    "limit": 200,
    "limit_minor": 50_000,
    "line_no": 3,
    "missing": ["pickup.id_check_needed", "pickup.collector_needed"],
    "most": 2,
    "name": "Akku-Bohrschrauber 18 V Set",
    "order_number": "W-100234",
    "quantity": "2,5",
    "reason": "printer.paper_out",
    "receipt_number": "S001-T01-000123",
    "reference": "S001-T01-000123",
    "remaining": 4_990,
    "remaining_minor": 4_990,
    "returnable": 1,
    "seconds": 30,
    "sku": "1000011",
    "state": "ready",
    "status": "collected",
    "step_minor": 5,
    "store_id": "S003",
    "vat_code": "B",
    "z_number": 42,
}
"""A realistic value for every placeholder the catalogue's sentences use."""


def _placeholders(sentence: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(sentence) if name}


@pytest.fixture(params=["de", "hu", "id", "en"])
def window(
    qtbot: QtBot, qapp: QApplication, till: Till, bridge: Bridge, request: pytest.FixtureRequest
) -> Iterator[MainWindow]:
    """The till's window at 1024x768 in the language, Anna logged in."""
    language = request.param
    with themed_application(qapp, language):
        config = SimpleNamespace(language=language, currency="EUR", store_name="Baumarkt & Mehr Berlin")
        win = MainWindow(till.services, bridge, config=config)
        qtbot.addWidget(win)
        win.setFixedSize(1024, 768)
        win.show()
        till.services.staff.login("1111")
        win.on_login_staff_logged_in(till.services.staff.current)
        yield win
        close_dialogs()
        assert win.worker.wait_for_done()


def test_every_value_the_catalogue_asks_for_is_given() -> None:
    needed = set().union(*(_placeholders(s) for s in _sentences().values()))
    assert needed - set(VALUES) == set()


def _cut(window: MainWindow, banner: MessageBanner) -> list[str]:
    """The catalogue's sentences whose end this bar does not show."""
    cut = []
    for code in sorted(_sentences()):
        params = {k: VALUES[k] for k in _placeholders(_sentences()[code])}
        text = message_for(TillError(code, **params), window.fmt)
        banner.show_error(text)
        if banner.toolTip():  # only the start is on the bar
            cut.append(f"{code} ({len(text)}): {text}")
    banner.clear_message()
    return cut


@pytest.mark.parametrize("area", ["sale", "returns"])
def test_every_message_is_whole_on_the_bar(window: MainWindow, area: str) -> None:
    window.areas.show_area(area)
    QApplication.processEvents()
    banner = window.sale.banner if area == "sale" else window.returns.banner
    assert 500 < banner.width() < 700  # the narrow bar, beside the keypad (Sale) or the receipt (Returns)
    cut = _cut(window, banner)
    assert cut == [], f"{len(cut)} cut:\n" + "\n".join(cut)
