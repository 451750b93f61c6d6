"""A message appearing, changing or fading never moves what is under it (terminal/ui/message_banner.py).

Found at the counter: the message bar was put into the layout when a message came and taken out when
it faded, so the cart, the keypad, the Till area's buttons… jumped by a banner's height while a
cashier's finger was on its way to them: a mis-tap. In every work area (and the pickup order page,
which has a bar of its own) the screen's touch targets keep their place on screen while an error
shows, while it is replaced by information of another length, and after that information faded (its
own timer, fired now instead of in four seconds), at 1024x768 and 1366x768 in German. The login
screen's keypad keeps its place when a wrong PIN is refused and when the next key clears the refusal,
and so do the keys, fields and buttons of the keypad dialogs and the payment when they refuse.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from types import SimpleNamespace

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from terminal.domain.money import Money
from terminal.ui.bridge import Bridge
from terminal.ui.formatting import MoneyFormat
from terminal.ui.keypad import KEY_ENTER
from terminal.ui.main_window import MainWindow
from terminal.ui.message_banner import MessageBanner
from tests.support.qt import themed_application
from tests.support.till import Till, product_named
from tests.ui.layout_checks import close_dialogs

DRILL = product_named("Akku-Bohrschrauber")
MILK = product_named("Vollmilch")
SHORT = "Unbekannter Barcode."
TWO_LINES = "Der Drucker ist aus. Der Beleg wartet und wird später gedruckt."
THREE_SMALL_LINES = (
    "Die Zentrale ist nicht erreichbar: Persönliche Angebote können jetzt nicht angewendet werden."
)
VERY_LONG = " ".join(["Bestandskorrektur"] * 30)


@pytest.fixture(params=[(1024, 768), (1366, 768)], ids=lambda s: f"{s[0]}x{s[1]}")
def login_window(
    qtbot: QtBot, qapp: QApplication, till: Till, bridge: Bridge, request: pytest.FixtureRequest
) -> Iterator[MainWindow]:
    """The till's window on a kiosk screen, in German, on its login screen."""
    with themed_application(qapp, "de"):
        config = SimpleNamespace(language="de", currency="EUR", store_name="Baumarkt & Mehr Berlin-Mitte")
        win = MainWindow(till.services, bridge, config=config)
        qtbot.addWidget(win)
        win.setFixedSize(*request.param)
        win.show()
        yield win
        close_dialogs()
        assert win.worker.wait_for_done()


@pytest.fixture
def window(login_window: MainWindow, till: Till) -> MainWindow:
    """The same, Anna logged in."""
    till.services.staff.login("1111")
    login_window.on_login_staff_logged_in(till.services.staff.current)
    return login_window


def place(widget: QWidget) -> QRect:
    """Where the widget is on the screen, as a finger finds it."""
    return QRect(widget.mapToGlobal(QPoint(0, 0)), widget.size())


def settle() -> None:
    """Let the layouts carry out what they were asked (a redraw may post a second request)."""
    for _ in range(3):
        QApplication.processEvents()


def sale(window: MainWindow, qtbot: QtBot, till: Till) -> tuple[MessageBanner, dict[str, QWidget]]:
    screen = window.sale
    screen.submit_code(DRILL.barcode)
    screen.submit_code(MILK.barcode)
    targets = {
        "pay": screen.action_bar.buttons["pay"],
        "cart": screen.table,
        "keypad": screen.keypad,
        "totals": screen.totals,
        "log out": screen.logout_button,
    }
    return screen.banner, targets


def returns(window: MainWindow, qtbot: QtBot, till: Till) -> tuple[MessageBanner, dict[str, QWidget]]:
    area = window.returns
    window.areas.show_area("returns")
    targets = {"lines": area.table, "take out last": area.remove_button, "reason": area.note}
    return area.banner, targets


def pickups(window: MainWindow, qtbot: QtBot, till: Till) -> tuple[MessageBanner, dict[str, QWidget]]:
    from tests.support.web_orders import customer, feed, order_data

    feed(till.db, customer(), order_data("W-100001", [(DRILL, 1), (MILK, 2)]))
    area = window.pickups
    window.areas.show_area("pickups")
    qtbot.waitUntil(lambda: area.queue.row_count() == 1)
    return area.banner, {"search": area.queue.search, "orders": area.queue.table}


def pickup_order(window: MainWindow, qtbot: QtBot, till: Till) -> tuple[MessageBanner, dict[str, QWidget]]:
    pickups(window, qtbot, till)  # the queue, then one of its orders
    order = window.pickups.order
    window.pickups.on_queue_order_chosen("W-100001")
    qtbot.waitUntil(lambda: order.isVisible() and order.table.rowCount() == 2)
    targets = {"lines": order.table, "short": order.short_button, "ready": order.ready_button}
    return order.banner, targets


def stock(window: MainWindow, qtbot: QtBot, till: Till) -> tuple[MessageBanner, dict[str, QWidget]]:
    window.areas.show_area("stock")
    area = window.areas.area("stock")
    return area.banner, {"tabs": area.tabs}


def customers(window: MainWindow, qtbot: QtBot, till: Till) -> tuple[MessageBanner, dict[str, QWidget]]:
    window.areas.show_area("customers")
    area = window.customers
    return area.banner, {"search": area.search, "results": area.results, "timeline": area.timeline}


def till_day(window: MainWindow, qtbot: QtBot, till: Till) -> tuple[MessageBanner, dict[str, QWidget]]:
    window.areas.show_area("till")
    area = window.areas.area("till")
    targets: dict[str, QWidget] = {f"button {key}": button for key, button in area.buttons.items()}
    targets["tabs"] = area.tabs
    return area.banner, targets


AREAS: dict[str, Callable[[MainWindow, QtBot, Till], tuple[MessageBanner, dict[str, QWidget]]]] = {
    "sale": sale,
    "returns": returns,
    "pickups": pickups,
    "pickup order": pickup_order,
    "stock": stock,
    "customers": customers,
    "till": till_day,
}


@pytest.mark.parametrize("area", list(AREAS))
def test_nothing_under_a_message_moves_when_it_comes_changes_or_fades(
    qtbot: QtBot, window: MainWindow, till: Till, area: str
) -> None:
    banner, targets = AREAS[area](window, qtbot, till)
    settle()
    assert [name for name, target in targets.items() if not target.isVisible()] == []
    before = {name: place(target) for name, target in targets.items()}
    bar = place(banner)

    def moved(step: str) -> None:
        settle()
        now = {name: place(target) for name, target in targets.items()}
        shifted = {name: (before[name], now[name]) for name in targets if now[name] != before[name]}
        assert shifted == {}, f"{area}, {step}: moved {shifted}"
        assert place(banner) == bar, f"{area}, {step}: the bar itself moved or changed size"

    banner.show_error(SHORT)
    assert banner.isVisible()
    moved("an error shown")
    banner.show_warning(TWO_LINES)
    moved("a longer warning instead")
    banner.show_error(VERY_LONG)
    moved("a very long refusal")
    banner.show_info(SHORT)
    assert banner.fade_timer.isActive()
    moved("information instead")
    banner.fade_timer.start(0)  # the fade's own timer, due now
    qtbot.waitUntil(lambda: not banner.isVisible(), timeout=1000)
    assert banner.text() == ""
    moved("the information faded")
    banner.show_ok(TWO_LINES)
    banner.clear_message()  # the cashier's next step or Esc
    moved("a confirmation cleared")


@pytest.mark.parametrize("area", ["sale", "returns", "till"])
def test_a_message_of_two_lines_is_whole_at_its_own_size(
    qtbot: QtBot, window: MainWindow, till: Till, area: str
) -> None:
    """Readable from arm's length: a usual message keeps the theme's banner size and is not cut."""
    banner, _ = AREAS[area](window, qtbot, till)
    banner.show_error(TWO_LINES)
    QApplication.processEvents()
    assert banner.property("fit") in (None, "")
    assert banner.font().pointSizeF() >= 18
    assert banner.toolTip() == ""  # the whole of it is on the bar
    assert banner.accessibleName() == TWO_LINES


def test_a_message_longer_than_the_bar_is_set_smaller_and_kept_whole_for_a_screen_reader(
    qtbot: QtBot, window: MainWindow, till: Till
) -> None:
    banner = window.sale.banner
    # Three lines in the theme's size on the sale screen's bar at 1024 px; at 1366 px it needs more.
    longer = THREE_SMALL_LINES if window.width() < 1366 else f"{THREE_SMALL_LINES} {TWO_LINES}"
    banner.show_error(longer)
    QApplication.processEvents()
    assert banner.property("fit") == "small"
    assert banner.kind == "banner-error"
    assert banner.text() == longer
    assert banner.accessibleName() == longer
    assert banner.toolTip() == ""  # three smaller lines hold the whole of it
    banner.show_error(SHORT)  # the next one has the theme's size again
    QApplication.processEvents()
    assert banner.property("fit") in (None, "")
    banner.show_error(VERY_LONG)  # longer than three small lines: its start, and all of it on hold
    QApplication.processEvents()
    assert banner.toolTip() == VERY_LONG
    assert banner.accessibleName() == VERY_LONG


def test_the_login_keypad_stays_put_when_a_wrong_pin_is_refused_and_when_the_next_key_clears_it(
    qtbot: QtBot, login_window: MainWindow
) -> None:
    """The refusal used to push the keypad down, and the first key of the next try pulled it up again
    under the finger typing the second digit."""
    screen = login_window.login
    settle()
    keys = [button for button in screen.keypad.findChildren(QPushButton) if button.isVisible()]
    assert len(keys) >= 10
    before = [place(key) for key in keys]

    def tap(key: str) -> None:
        qtbot.mouseClick(screen.keypad.findChild(QPushButton, f"key_{key}"), Qt.MouseButton.LeftButton)

    for key in ("0", "0", "0", "0", KEY_ENTER):
        tap(key)
    assert screen.error.isVisible()  # "not recognised"
    settle()
    assert [place(key) for key in keys] == before
    tap("1")  # the next try clears the refusal
    assert not screen.error.isVisible()
    settle()
    assert [place(key) for key in keys] == before


def _approval(till: Till) -> QDialog:
    from terminal.ui.approval_dialog import ApprovalDialog

    return ApprovalDialog(till.services.staff, "price_override")


def _cash_count(till: Till) -> QDialog:
    from terminal.ui.cash_count_dialog import CashCountDialog

    fmt = MoneyFormat("de", "EUR")
    return CashCountDialog(
        fmt, title="Tag öffnen", prompt="Wechselgeld zählen", ok_text="Weiter", parent=None
    )


def _close_day(till: Till) -> QDialog:
    from terminal.domain.till_day import CASH, DayFigures, TenderLine
    from terminal.ui.close_day_dialog import CloseDayDialog

    def eur(minor: int) -> Money:
        return Money(minor, "EUR")

    figures = DayFigures(
        currency="EUR", sales_count=1, gross=eur(5_000), float=eur(15_000), cash_in=eur(0),
        cash_out=eur(1_000), change=eur(0),
        tenders=(
            TenderLine(CASH, eur(0), eur(0), eur(14_000)),
            TenderLine("card", eur(5_000), eur(0), eur(5_000)),
        ),
    )  # fmt: skip
    return CloseDayDialog(MoneyFormat("de", "EUR"), figures, eur(13_000), parent=None)


DIALOGS: dict[str, Callable[[Till], QDialog]] = {
    "approval (every keypad entry dialog)": _approval,
    "cash count": _cash_count,
    "close day": _close_day,
}


@pytest.mark.parametrize("name", list(DIALOGS))
def test_a_dialogs_refusal_moves_none_of_its_keys_or_fields(
    qtbot: QtBot, qapp: QApplication, till: Till, name: str
) -> None:
    """A refusal in a keypad dialog (a wrong manager PIN, a count that is not an amount) used to push
    the keypad and the fields down just as the cashier typed again."""
    with themed_application(qapp, "de"):
        dialog = DIALOGS[name](till)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        settle()
        targets = [
            w for w in dialog.findChildren(QPushButton) + dialog.findChildren(QLineEdit) if w.isVisible()
        ]
        assert len(targets) >= 10
        before = [place(target) for target in targets]
        dialog.show_error(TWO_LINES)  # type: ignore[attr-defined]
        settle()
        assert dialog.error.isVisible()  # type: ignore[attr-defined]
        assert [place(target) for target in targets] == before
        dialog.close()


def test_the_payment_dialogs_refusal_moves_none_of_its_buttons(
    qtbot: QtBot, window: MainWindow, till: Till
) -> None:
    """ "Complete sale" with too little paid: the refusal under the tenders used to pull "Take back last
    tender" up by its height (and down again with the next tender)."""
    window.sale.submit_code(DRILL.barcode)
    window.sale.do_pay()
    dialog = window.sale.dialog
    assert dialog is not None
    settle()
    targets = [w for w in dialog.findChildren(QPushButton) + dialog.findChildren(QLineEdit) if w.isVisible()]
    before = [place(target) for target in targets]
    qtbot.mouseClick(dialog.complete_button, Qt.MouseButton.LeftButton)  # nothing paid yet
    assert dialog.error.isVisible()
    settle()
    assert [place(target) for target in targets] == before
    dialog.take_cash(Money(1_000, "EUR"))  # a tender taken: the refusal goes
    assert not dialog.error.isVisible()
    settle()
    assert [place(target) for target in targets] == before


def _moved(targets: dict[str, QWidget], before: dict[str, QRect]) -> dict[str, tuple[QRect, QRect]]:
    """The targets whose top, left or width changed (a list's rows hang from its top: a list a line
    shorter at its bottom, as the timeline gets when its details line wraps, moves none of them)."""
    settle()
    now = {name: place(target) for name, target in targets.items()}

    def edges(rect: QRect) -> tuple[int, int, int]:
        return rect.left(), rect.top(), rect.width()

    return {name: (before[name], now[name]) for name in targets if edges(now[name]) != edges(before[name])}


def _inside(window: MainWindow, widget: QWidget) -> bool:
    """The whole widget is on the window (nothing pushed off the screen)."""
    return QRect(window.mapToGlobal(QPoint(0, 0)), window.size()).contains(place(widget))


def test_the_web_basket_offer_moves_nothing_when_it_comes_and_goes(
    qtbot: QtBot, window: MainWindow, till: Till
) -> None:
    """ "Web-Warenkorb laden (3 Artikel)" answers a moment after the customer's card: it used to be
    put above the cart and push the cart, its lines and the customer's line down (and up again once
    loaded) under a finger on its way to a line."""
    from datetime import UTC, datetime
    from decimal import Decimal

    from terminal.domain.saved_cart import SavedCart, SavedCartLine
    from tests.support.web_orders import customer, feed, order_data

    feed(till.db, customer(), order_data("W-100234", [(MILK, 1)]))
    screen = window.sale
    screen.submit_code(DRILL.barcode)
    screen.submit_code(MILK.barcode)
    window.attach_card_at_sale("C:C9001")
    qtbot.waitUntil(screen.extras.isVisible)
    targets = {
        "cart": screen.table,
        "customer": screen.extras,
        "pay": screen.action_bar.buttons["pay"],
        "keypad": screen.keypad,
        "totals": screen.totals,
        "log out": screen.logout_button,
        "scan field": screen.entry,
    }
    settle()
    before = {name: place(target) for name, target in targets.items()}
    lines = tuple(
        SavedCartLine(p.sku, p.name, Decimal(1), p.price_minor, p.price_minor, Decimal(5), "ok")
        for p in (DRILL, MILK, product_named("Tchibo Kaffee"))
    )
    cart = SavedCart("WEB-CART-1", "C9001", "cart", "", datetime(2026, 12, 2, tzinfo=UTC), lines)
    screen.on_web_basket_found("C9001", cart)
    assert screen.web_basket.isVisible()
    assert screen.web_basket.button.text() == "Web-Warenkorb laden (3 Artikel)"
    assert _moved(targets, before) == {}, "the offer appeared"
    assert _inside(window, screen.web_basket.button)
    offer = place(screen.web_basket.button)
    assert not any(offer.intersects(place(target)) for target in targets.values())
    screen.web_basket.offer(None)  # loaded, or the look-up found nothing more
    assert not screen.web_basket.isVisible()
    assert _moved(targets, before) == {}, "the offer went"


def test_the_customers_offline_note_and_offers_move_nothing(
    qtbot: QtBot, window: MainWindow, till: Till
) -> None:
    """Offline (this till has no backend) the timeline comes with a warning, and a customer's offers
    come a moment later: both used to be inserted above the timeline and push its rows down. They
    stand in the message bar now, "Apply offers" in a place of its own under the results."""
    from terminal.domain.customer import Offer
    from tests.support.web_orders import customer, feed, order_data

    feed(till.db, customer(), order_data("W-100234", [(MILK, 2)]))
    window.areas.show_area("customers")
    area = window.customers
    targets = {
        "search": area.search,
        "results": area.results,
        "timeline": area.timeline,
        "attach": area.attach_button,
        "detach": area.detach_button,
        "older": area.more_button,
    }
    settle()
    before = {name: place(target) for name, target in targets.items()}
    qtbot.keyClicks(area.search, "mustermann")
    qtbot.keyClick(area.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: area.model.rowCount() == 1)
    assert area.banner.kind == "banner-warn"
    assert area.banner.text().startswith("Offline: nur")
    assert window.worker.wait_for_done()  # the offers' own look-up (none offline) has answered
    assert _moved(targets, before) == {}, "the customer and the offline warning appeared"
    offers = [Offer("O1", "G-TOOLS", 10, "Werkzeugwochen", group_name="Elektrowerkzeuge")]
    area.on_offers_loaded("C9001", offers)
    assert "Elektrowerkzeuge" in area.banner.text()
    assert area.banner.text().startswith("Offline: nur")  # the warning still says it
    assert area.apply_offers_button.isVisible()
    assert _moved(targets, before) == {}, "the offers appeared"
    assert _inside(window, area.apply_offers_button)
    assert not any(place(area.apply_offers_button).intersects(place(t)) for t in targets.values())
    area.on_offers_loaded("C9001", [])
    assert not area.apply_offers_button.isVisible()
    assert _moved(targets, before) == {}, "the offers went"
    area.search.clear()
    qtbot.keyClicks(area.search, "niemand")
    qtbot.keyClick(area.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: area.banner.kind == "banner-info")  # "Kein Kunde gefunden."
    assert _moved(targets, before) == {}, "nobody found"


def test_the_card_question_moves_none_of_the_payment_buttons(
    qtbot: QtBot, window: MainWindow, till: Till
) -> None:
    """ "Card payment of …: did the card terminal approve it?" with Approved / Not approved used to be
    inserted above the bottom buttons and pull "Take back last tender" up by a button's height."""
    window.sale.submit_code(DRILL.barcode)
    window.sale.do_pay()
    dialog = window.sale.dialog
    assert dialog is not None
    settle()
    targets = {
        w.text() or w.objectName(): w
        for w in dialog.findChildren(QPushButton) + dialog.findChildren(QLineEdit)
        if w.isVisible()
    }
    before = {name: place(target) for name, target in targets.items()}
    qtbot.mouseClick(dialog.card_button, Qt.MouseButton.LeftButton)
    assert dialog.card_confirm.isVisible()
    assert _moved(targets, before) == {}, "the card question appeared"
    for button in (dialog.card_approved, dialog.card_declined):
        assert _inside(dialog, button)
    qtbot.mouseClick(dialog.card_declined, Qt.MouseButton.LeftButton)
    assert not dialog.card_confirm.isVisible()
    assert _moved(targets, before) == {}, "the card question went"
