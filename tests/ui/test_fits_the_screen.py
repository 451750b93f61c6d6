"""The till fits a kiosk screen (issue 6.4): at 1366x768 and 1024x768, in German and Hungarian, every
button of the window and of every dialog is on the screen, big enough to tap, and its text fits; a long
printer state never widens the window; dialogs built larger than the screen are fitted to it."""

from __future__ import annotations

from collections.abc import Iterator
from types import SimpleNamespace

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from terminal.domain.money import Money
from terminal.ui.bridge import Bridge
from terminal.ui.cart_model import DETAIL_ROLE, CartModel
from terminal.ui.cart_view import item_lines
from terminal.ui.main_window import MainWindow
from terminal.ui.payment_dialog import PaymentDialog
from terminal.ui.receipt_preview import ReceiptPreview
from tests.support.qt import themed_application
from tests.support.till import Till, product_named
from tests.ui.layout_checks import close_dialogs

from .layout_checks import problems

DRILL = product_named("Akku-Bohrschrauber")
MILK = product_named("Vollmilch")
LAPTOP = product_named("Lenovo Laptop")
SIZES = [(1366, 768), (1024, 768)]


# German and Hungarian (the longest words) at both sizes; Indonesian and English at the smaller one.
CASES = (
    [(size, "de") for size in SIZES]
    + [(size, "hu") for size in SIZES]
    + [
        ((1024, 768), "id"),
        ((1024, 768), "en"),
        ((1366, 768), "en"),  # short names: a style's least button width once kept "Sto…" elided
    ]
)


@pytest.fixture(params=CASES, ids=lambda case: f"{case[0][0]}x{case[0][1]}-{case[1]}")
def case(request: pytest.FixtureRequest) -> tuple[tuple[int, int], str]:
    return request.param  # type: ignore[no-any-return]


@pytest.fixture
def size(case: tuple[tuple[int, int], str]) -> tuple[int, int]:
    return case[0]


@pytest.fixture
def language(case: tuple[tuple[int, int], str], qapp: QApplication) -> Iterator[str]:
    """The till's theme (touch sizes come from it) and translations, as terminal/app.py sets them."""
    with themed_application(qapp, case[1]):
        yield case[1]


@pytest.fixture
def window(
    qtbot: QtBot, till: Till, bridge: Bridge, size: tuple[int, int], language: str
) -> Iterator[MainWindow]:
    config = SimpleNamespace(language=language, currency="EUR", store_name="Baumarkt & Mehr Berlin-Mitte")
    win = MainWindow(till.services, bridge, config=config)
    qtbot.addWidget(win)
    win.setFixedSize(*size)  # the kiosk screen: the window may not grow past it
    win.show()
    yield win
    close_dialogs()
    assert win.worker.wait_for_done()


def screen_of(window: MainWindow) -> QRect:
    return QRect(window.mapToGlobal(QPoint(0, 0)), window.size())


def test_the_sale_screen_fits_with_a_long_printer_state(
    qtbot: QtBot, window: MainWindow, till: Till, bridge: Bridge, size: tuple[int, int]
) -> None:
    till.services.staff.login("1111")
    window.on_login_staff_logged_in(till.services.staff.current)
    window.sale.submit_code(DRILL.barcode)
    window.sale.submit_code(f"99*{LAPTOP.barcode}")  # 99 x 799,99 = 79.199,01: wide figures
    QApplication.processEvents()
    assert window.sale.table.clipped_cells() == []  # every quantity and amount is whole on screen
    window.setMinimumSize(0, 0)
    window.setMaximumSize(16777215, 16777215)  # free to grow, as the window was on the kiosk
    window.resize(*size)
    bridge.publish_printer_state(ready=False, waiting=12, detail="printer.paper_out")
    bridge.publish_sync_state(online=False, pending=1234)
    qtbot.waitUntil(lambda: window.status.printer.property("role") == "state-bad")
    QApplication.processEvents()
    assert window.minimumSizeHint().width() <= size[0]
    assert window.minimumSizeHint().height() <= size[1]
    assert window.size().toTuple() == size
    found = problems(window, screen_of(window))
    assert found == [], "\n".join(found)
    assert "printer." not in window.status.printer.text()  # no internal code on screen
    bridge.publish_printer_state(ready=True, waiting=0)
    qtbot.waitUntil(lambda: window.status.printer.property("role") == "state-ok")
    assert window.width() == size[0]
    found = problems(window, screen_of(window))
    assert found == [], "\n".join(found)


def test_every_area_name_is_whole_on_the_mode_bar(
    qtbot: QtBot, window: MainWindow, till: Till, size: tuple[int, int], language: str
) -> None:
    """Six areas in German at 1024 px: the mode bar takes a row of its own rather than showing
    "Best…" and "Kas…"; at 1366 px the names and the states share one row."""
    for _ in range(10):  # the login screen laid out first, as on the kiosk
        QApplication.processEvents()
    till.services.staff.login("1111")
    window.on_login_staff_logged_in(till.services.staff.current)
    for _ in range(10):
        QApplication.processEvents()
    window.on_pickups_badge_changed(4)  # "Pickups (4)": the count comes after the login
    QApplication.processEvents()
    buttons = list(window.areas.buttons.values())
    assert len(buttons) == 6

    def cut() -> list[tuple[str, str, int]]:
        return [(b.text(), b.shown_text(), b.width()) for b in buttons if b.shown_text() != b.text()]

    qtbot.waitUntil(lambda: cut() == [], timeout=2000)  # the badge's relayout settles on a later turn
    assert all(b.height() >= 44 for b in buttons)  # still a finger's size on a row of its own
    if size[0] == 1366 and language == "de":
        assert not window.status.wrapped  # one row where it fits
    if size[0] == 1024 and language in ("de", "hu"):
        assert window.status.wrapped

    def states_under_names() -> bool:
        top = min(b.mapTo(window, QPoint(0, 0)).y() for b in buttons)
        return window.status.clock.mapTo(window, QPoint(0, 0)).y() > top + 30

    # The states sit under the names when wrapped (the layout settles on the next turn of the loop).
    qtbot.waitUntil(lambda: states_under_names() == window.status.wrapped, timeout=2000)


def test_a_narrow_cart_gives_the_unit_price_room_to_the_names(
    window: MainWindow, till: Till, size: tuple[int, int]
) -> None:
    """At 1024 px the unit-price column folds into the second line ("2 × 1,49 €"), so the names get the
    room; at 1366 px the column stays and the second line does not repeat it."""
    till.services.staff.login("1111")
    window.on_login_staff_logged_in(till.services.staff.current)
    window.sale.submit_code(DRILL.barcode)
    window.sale.submit_code(f"2*{MILK.barcode}")
    QApplication.processEvents()
    table, model = window.sale.table, window.sale.table.model()
    detail = str(model.index(1, CartModel.COLUMN_ITEM).data(DETAIL_ROLE))
    each = f"2 × {window.fmt.money(Money(MILK.price_minor, 'EUR'))}"
    narrow = size[0] == 1024
    assert table.isColumnHidden(CartModel.COLUMN_PRICE) is narrow
    assert (each in detail) is narrow, detail
    item = table.columnWidth(CartModel.COLUMN_ITEM)
    assert item >= table.viewport().width() * 0.45, (item, table.viewport().width())  # was a quarter at 1024
    assert table.clipped_cells() == []


def test_a_long_name_never_hides_what_its_second_line_says(qapp: QApplication) -> None:
    """A long name breaks into two lines only when its second line is just the article number; one
    with a unit price, a weight or a discount keeps that line and elides the name."""
    font, small = QFont("DejaVu Sans", 14), QFont("DejaVu Sans", 9)
    name = "Bosch Akku-Bohrschrauber GSR 12V-15 Professional mit zwei Akkus"
    width = QFontMetrics(font).horizontalAdvance(name) // 2
    plain = item_lines(name, "Art. 1000001", font, small, width)
    assert [text for text, _font in plain] == [
        "Bosch Akku-Bohrschrauber GSR 12V-15",
        "Professional mit zwei Akkus",
    ]
    priced = item_lines(name, "Art. 1000001 · 2 × 129,99 €", font, small, width)
    assert [text for text, _font in priced] == [name, "Art. 1000001 · 2 × 129,99 €"]
    assert priced[1][1] is small


def test_the_login_screen_fits(window: MainWindow) -> None:
    assert window.showing(window.login)
    found = problems(window, screen_of(window))
    assert found == [], "\n".join(found)


def open_each_dialog(qtbot: QtBot, window: MainWindow, till: Till) -> Iterator[QDialog]:
    """Every dialog of the sale screen, opened as the cashier (or the manager) opens it."""
    screen = window.sale
    staff = till.services.staff
    staff.login("1111")
    window.on_login_staff_logged_in(staff.current)
    screen.submit_code(DRILL.barcode)
    for action in ["search", "quantity", "line_discount", "basket_discount", "price", "void_basket", "pay"]:
        screen.on_action_bar_action_triggered(action)
        qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QDialog))
        yield QApplication.activeModalWidget()  # type: ignore[misc]
    # A completed sale's receipt, and the approval, parked-basket and sync screens of a manager.
    dialog = screen.dialog
    assert isinstance(dialog, PaymentDialog)
    dialog.take_cash(dialog.payment.cash_due)
    dialog.accept()
    qtbot.waitUntil(lambda: screen.dialog is None)
    staff.logout()
    staff.login("9999")
    screen.on_action_bar_action_triggered("reprint")
    qtbot.waitUntil(lambda: isinstance(screen.dialog, ReceiptPreview))
    yield screen.dialog  # type: ignore[misc]
    screen.submit_code(DRILL.barcode)
    screen.on_action_bar_action_triggered("park")
    screen.on_action_bar_action_triggered("park")
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QDialog))
    yield QApplication.activeModalWidget()  # type: ignore[misc]
    window.open_sync_screen()
    qtbot.waitUntil(lambda: type(QApplication.activeModalWidget()).__name__ == "SyncScreen")
    yield QApplication.activeModalWidget()  # type: ignore[misc]


def test_every_dialog_fits_and_can_be_used_by_touch(qtbot: QtBot, window: MainWindow, till: Till) -> None:
    seen = []
    for dialog in open_each_dialog(qtbot, window, till):
        qtbot.waitUntil(dialog.isVisible)
        QApplication.processEvents()
        name = type(dialog).__name__
        seen.append(name)
        found = problems(dialog, screen_of(window))
        assert found == [], "\n".join([name, *found])
        if isinstance(dialog, PaymentDialog):
            dialog.take_cash(dialog.payment.cash_due)  # the change view has its own buttons
            assert problems(dialog, screen_of(window)) == [], "payment: change shown"
            continue  # closed by the next step
        dialog.reject()
        qtbot.waitUntil(lambda d=dialog: not d.isVisible())
    assert seen == [
        "SearchDialog",
        "QuantityDialog",
        "DiscountDialog",
        "DiscountDialog",
        "PriceDialog",
        "QMessageBox",
        "PaymentDialog",
        "ReceiptPreview",
        "ParkedDialog",
        "SyncScreen",
    ]


def test_a_dialog_larger_than_the_screen_is_fitted_to_it(qtbot: QtBot, window: MainWindow) -> None:
    dialog = QDialog(window)
    dialog.resize(1500, 1000)
    dialog.open()
    qtbot.waitUntil(dialog.isVisible)
    assert screen_of(window).contains(dialog.frameGeometry())
    dialog.reject()


def test_the_pickups_area_fits_queue_picking_and_handover(
    qtbot: QtBot, window: MainWindow, till: Till, size: tuple[int, int]
) -> None:
    from contract.pickup import qr_payload
    from tests.support.web_orders import CODE, customer, feed, order_data

    feed(
        till.db,
        customer(),
        order_data("W-100001", [(DRILL, 1), (MILK, 2)]),
        order_data("W-100002", [(LAPTOP, 1), (MILK, 1)], status="ready", paid=False, picked=True),
    )
    till.services.staff.login("1111")
    window.on_login_staff_logged_in(till.services.staff.current)
    window.areas.show_area("pickups")
    area = window.pickups
    qtbot.waitUntil(lambda: area.queue.row_count() == 1)
    window.setMinimumSize(0, 0)
    window.setMaximumSize(16777215, 16777215)
    window.resize(*size)
    for step in ("queue", "picking", "handover"):
        if step == "picking":
            area.on_queue_order_chosen("W-100001")
        elif step == "handover":
            area.show_queue()
            area.on_scanner_scanned(qr_payload("W-100002", CODE))
        QApplication.processEvents()
        assert window.minimumSizeHint().height() <= size[1], step
        assert window.size().toTuple() == size, step
        found = problems(window, screen_of(window))
        assert found == [], f"{step}: " + "\n".join(found)
    collector = area.order.collector  # "Abgeholt von (Name)" was "Abgehol…" beside the two checks
    room = collector.width() - 24  # the theme's padding and border
    assert collector.fontMetrics().horizontalAdvance(collector.placeholderText()) <= room


def test_the_refund_payment_fits_with_every_refund_tender(
    qtbot: QtBot, window: MainWindow, till: Till
) -> None:
    """A visit that pays out, with a return of a web order paid online: cash out, card refund, back
    to the web payment and store credit all shown, with the suggestion, in the longest languages."""
    from decimal import Decimal

    from terminal.domain.money import Money
    from terminal.domain.visit import ReturnOrigin
    from tests.support.web_orders import customer, feed, order_data

    feed(till.db, customer(), order_data("W-7", [(DRILL, 1)]))
    staff = till.services.staff
    staff.login("1111")
    window.on_login_staff_logged_in(staff.current)
    till.services.visit_lines.add_return(
        origin=ReturnOrigin("web_order", "W-7", 1), sku=DRILL.sku, name=DRILL.name, quantity=Decimal(1),
        refund=Money(DRILL.price_minor, "EUR"), vat=till.services.ctx.vat_rate("A"), reason="defective",
    )  # fmt: skip
    window.sale.refresh()
    window.sale.on_action_bar_action_triggered("pay")
    qtbot.waitUntil(lambda: isinstance(window.sale.dialog, PaymentDialog) and window.sale.dialog.isVisible())
    dialog = window.sale.dialog
    assert isinstance(dialog, PaymentDialog)
    QApplication.processEvents()
    assert dialog.web_button.isVisible()
    assert dialog.credit_button.isVisible()
    assert dialog.hint_label.isVisible()
    assert problems(dialog, screen_of(window)) == []
    with qtbot.waitSignal(dialog.sig_sale_completed):
        dialog.on_credit_clicked()
    assert problems(dialog, screen_of(window)) == [], "refund: done"


def test_the_stock_area_fits_levels_low_stock_count_adjust_and_receive(
    qtbot: QtBot, window: MainWindow, till: Till, size: tuple[int, int]
) -> None:
    from terminal.services.stock_desk import ProductRef

    till.services.staff.login("1111")
    window.on_login_staff_logged_in(till.services.staff.current)
    window.areas.show_area("stock")
    area = window.areas.area("stock")
    window.setMinimumSize(0, 0)
    window.setMaximumSize(16777215, 16777215)
    window.resize(*size)
    with qtbot.waitSignal(area.sig_shown, timeout=5000):
        area.show_product(ProductRef(DRILL.sku, DRILL.name))
    QApplication.processEvents()
    levels = area.levels_tab.levels_view  # found under Xvfb: this store's own name cut at 1024
    assert area.levels_tab.levels.rows, "no levels shown"
    for row, cells in enumerate(area.levels_tab.levels.rows):
        room = QRect(0, 0, levels.columnWidth(0) - 8, 10_000)
        needed = levels.fontMetrics().boundingRect(room, Qt.TextFlag.TextWordWrap, cells[0])
        assert needed.width() <= room.width(), cells[0]
        assert needed.height() <= levels.rowHeight(row), (cells[0], levels.rowHeight(row))
    area.banner.show_error(" ".join(["Bestandskorrektur"] * 30))  # a long refusal wraps
    for index in range(area.tabs.count()):
        area.tabs.setCurrentIndex(index)
        if area.tabs.currentWidget() is area.count_tab:
            area.on_scanner_scanned(MILK.barcode)
            area.count_tab.on_submit_count_clicked()
            qtbot.waitUntil(lambda: area.count_tab.results is not None)
        QApplication.processEvents()
        step = area.tabs.tabText(index)
        assert window.minimumSizeHint().height() <= size[1], step
        assert window.size().toTuple() == size, step
        found = problems(window, screen_of(window))
        assert found == [], f"{step}: " + "\n".join(found)


def test_the_customers_area_fits_with_an_offline_timeline(
    qtbot: QtBot, window: MainWindow, till: Till, size: tuple[int, int]
) -> None:
    from tests.support.web_orders import customer, feed, order_data

    feed(till.db, customer(), order_data("W-100001", [(DRILL, 1), (MILK, 2)], status="ready", picked=True))
    till.services.staff.login("1111")
    window.on_login_staff_logged_in(till.services.staff.current)
    window.areas.show_area("customers")
    area = window.customers
    window.setMinimumSize(0, 0)
    window.setMaximumSize(16777215, 16777215)
    window.resize(*size)
    area.search.setText("Mustermann")
    area.on_search_entered()
    qtbot.waitUntil(lambda: area.model.rowCount() == 1)
    QApplication.processEvents()
    assert area.banner.text().startswith("Offline")  # the longest line this area shows
    assert area.banner.toolTip() == ""  # and the bar holds all of it
    view, metrics = area.timeline, area.timeline.fontMetrics()
    for column in range(area.model.columnCount()):  # found under Xvfb: "Webbe…" at 1024
        shown = area.model.shown(0, column)
        widest = max(metrics.horizontalAdvance(line) for line in shown.split("\n"))
        assert widest <= view.columnWidth(column) - 6, (column, shown, view.columnWidth(column))
    assert sum(view.columnWidth(c) for c in range(5)) <= view.viewport().width()
    assert window.minimumSizeHint().width() <= size[0]
    assert window.minimumSizeHint().height() <= size[1]
    assert window.size().toTuple() == size
    found = problems(window, screen_of(window))
    assert found == [], "\n".join(found)


def test_the_returns_areas_placeholders_are_whole(window: MainWindow, till: Till) -> None:
    """Found under Xvfb: "Beleg- oder Webbestellnummer scannen ode…" and "…Begründung de…" cut."""
    from PySide6.QtWidgets import QLineEdit

    till.services.staff.login("1111")
    window.on_login_staff_logged_in(till.services.staff.current)
    window.areas.show_area("returns")
    QApplication.processEvents()
    area = window.areas.area("returns")
    fields = [f for f in area.findChildren(QLineEdit) if f.isVisibleTo(window) and f.placeholderText()]
    assert {f.objectName() for f in fields} >= {"return_entry", "return_note"}
    for field in fields:
        room = field.contentsRect().width() - 2 * 10 - 8  # the theme's padding, the cursor's margin
        shown = field.fontMetrics().horizontalAdvance(field.placeholderText())
        assert shown <= room, (field.placeholderText(), shown, room)
