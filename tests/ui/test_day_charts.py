"""The Till area's Charts on a real till: "No sales yet today" before a sale, then the bars read back
from the QChart series (hours sold and refunded, tenders with their money, top products by revenue
and by quantity), redrawn after a visit completes; reached by F10 and by touching the tab; ten
product names kept at 1024×768, and the choices fit 1024×768 in Hungarian, Indonesian and German."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from decimal import Decimal
from types import SimpleNamespace

import pytest
from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QChart, QChartView, QHorizontalBarSeries
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication, QGraphicsTextItem
from pytestqt.qtbot import QtBot

from terminal.domain.money import Money
from terminal.services.returns import Choice
from terminal.ui.bridge import Bridge
from terminal.ui.day_charts_view import BY_QUANTITY, BY_REVENUE, HOURS, TENDERS, DayChartsView, nice_step
from terminal.ui.i18n import remove_translators
from terminal.ui.main_window import MainWindow, prepare_application
from tests.support.till import Till, demo_products, product_named
from tests.ui.layout_checks import close_dialogs, problems

MUESLI = product_named("Kölln Müsli")  # 3.49
MILK = product_named("Bio Vollmilch")  # 1.49
EUR = "EUR"
SALE_AT = datetime(2026, 11, 24, 9, 30, tzinfo=UTC)  # the fixture till's clock starts here


@pytest.fixture
def window(qtbot: QtBot, till: Till, bridge: Bridge) -> Iterator[MainWindow]:
    config = SimpleNamespace(language="en", currency=EUR, store_name="Baumarkt & Mehr Berlin-Mitte")
    win = MainWindow(till.services, bridge, config=config)
    qtbot.addWidget(win)
    win.setFixedSize(1366, 768)
    win.show()
    till.services.staff.login("1111")
    win.on_login_staff_logged_in(till.services.staff.current)
    win.areas.buttons["till"].click()
    qtbot.waitUntil(lambda: win.areas.current() is win.till_area)
    yield win
    close_dialogs()
    assert win.worker.wait_for_done()


def _bars(view: QChartView) -> tuple[list[str], list[list[float]], list[str]]:
    """The chart's categories, each bar set's values and labels, as drawn."""
    chart = view.chart()
    assert isinstance(chart, QChart)
    (series,) = chart.series()
    assert isinstance(series, QBarSeries | QHorizontalBarSeries)
    (axis,) = [a for a in chart.axes() if isinstance(a, QBarCategoryAxis)]
    sets = series.barSets()
    return axis.categories(), [[s.at(i) for i in range(s.count())] for s in sets], [s.label() for s in sets]


def _sell(till: Till, *items: tuple[str, int], cash: int = 0, card: int = 0) -> str:
    s = till.services
    for sku, quantity in items:
        s.selling.add_product(sku, Decimal(quantity))
    s.checkout.begin()
    if card:
        s.checkout.add_card(Money(card, EUR), "A1")
    if cash:
        s.checkout.add_cash(Money(cash, EUR))
    return s.checkout.complete().receipt_number


def test_charts_show_the_days_figures_and_the_empty_day(qtbot: QtBot, window: MainWindow, till: Till) -> None:
    area = window.till_area
    view: DayChartsView = area.charts
    till.services.till_day.open_day({5000: 2})
    area.refresh()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is area)
    with qtbot.waitSignal(view.sig_charts_rendered, timeout=5000):
        qtbot.keyClick(area, Qt.Key.Key_F10)
    assert area.tabs.currentWidget() is view
    assert view.stack.currentWidget() is view.empty
    assert view.empty.isVisible()
    assert view.empty.text() == "No sales yet today"

    receipt = _sell(till, (MUESLI.sku, 2), (MILK.sku, 1), cash=1_000)  # 8.47, 1.53 change
    _sell(till, (MUESLI.sku, 1), card=349)
    with qtbot.waitSignal(view.sig_charts_rendered, timeout=5000):
        window.areas.broadcast(object())  # as the sale screen does when a visit completes
    assert view.stack.currentWidget() is view.page
    hour = str(SALE_AT.astimezone().hour)  # the till's local hour
    assert _bars(view.hours_view) == ([hour], [[11.96]], ["Sold"])
    assert view.hours_view.chart().title() == "Sales by hour"
    # Horizontal bars run bottom-up: the first (largest) is the last category.
    assert _bars(view.tenders_view)[:2] == (["Card  €3.49", "Cash  €8.47"], [[3.49, 8.47]])
    names, values, _ = _bars(view.products_view)
    assert names == [f"€1.49  {MILK.name}", "€10.47  Kölln Müsli Schoko 500 g"]
    assert values == [[1.49, 10.47]]

    view.by_quantity.click()
    assert view.products_view.chart().title() == "Top products by quantity"
    assert _bars(view.products_view)[:2] == (
        [f"1 ×  {MILK.name}", "3 ×  Kölln Müsli Schoko 500 g"],
        [[1.0, 3.0]],
    )

    original = till.services.returns.find(receipt)
    milk = next(line for line in original.lines if line.sku == MILK.sku)
    till.services.returns.add(original, [Choice(milk.line_no, Decimal(1), "changed_mind")])
    till.services.checkout.begin()
    till.services.checkout.add_cash(Money(149, EUR))
    till.services.checkout.complete()
    with qtbot.waitSignal(view.sig_charts_rendered, timeout=5000):
        window.areas.broadcast(object())
    assert _bars(view.hours_view)[1:] == ([[11.96], [1.49]], ["Sold", "Refunded"])
    assert view.hours_view.chart().legend().isVisible()
    assert _bars(view.tenders_view)[0] == ["Card  €3.49", "Cash  €6.98"]

    qtbot.mouseClick(
        area.tabs.tabBar(), Qt.MouseButton.LeftButton, pos=area.tabs.tabBar().tabRect(0).center()
    )
    assert area.tabs.currentIndex() == 0  # touch: back to the day's figures


def test_f10_steps_through_the_charts_and_ten_products_keep_their_names_at_1024(
    qtbot: QtBot, window: MainWindow, till: Till
) -> None:
    window.setFixedSize(1024, 768)
    area = window.till_area
    view: DayChartsView = area.charts
    till.services.till_day.open_day({5000: 2})
    for n, product in enumerate([p for p in demo_products() if p.unit == "pc"][:12]):
        till.services.selling.add_product(product.sku, Decimal(1 + n % 3))
        till.services.checkout.add_card(till.services.checkout.begin().remaining, "A1")
        till.services.checkout.complete()
    area.refresh()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is area)
    with qtbot.waitSignal(view.sig_charts_rendered, timeout=5000):
        qtbot.keyClick(area, Qt.Key.Key_F10)
    seen = [view.current_chart()]
    for _ in range(3):
        qtbot.keyClick(area, Qt.Key.Key_F10)
        seen.append(view.current_chart())
        assert area.tabs.currentWidget() is view
    assert seen == [HOURS, TENDERS, BY_REVENUE, BY_QUANTITY]
    assert view.views.currentWidget() is view.products_view
    qtbot.keyClick(area, Qt.Key.Key_F10)
    assert area.tabs.currentIndex() == 0  # after the last chart: the day's figures again

    with qtbot.waitSignal(view.sig_charts_rendered, timeout=5000):
        qtbot.mouseClick(
            area.tabs.tabBar(), Qt.MouseButton.LeftButton, pos=area.tabs.tabBar().tabRect(1).center()
        )
    qtbot.mouseClick(view.by_revenue, Qt.MouseButton.LeftButton)
    QApplication.processEvents()
    names, values, _ = _bars(view.products_view)
    assert len(names) == len(values[0]) == 10
    # QtCharts writes a bare "..." for a label it has no room for (it then drops the whole name).
    drawn = [i.toPlainText() for i in view.products_view.scene().items() if isinstance(i, QGraphicsTextItem)]
    assert len([t for t in drawn if "Kölln Müsli" in t or "Lenovo" in t]) == 2, drawn
    assert "..." not in drawn


def test_money_axis_steps_are_round() -> None:
    assert [nice_step(n) for n in (1, 4, 9, 11, 37, 120, 999, 4_000)] == [1, 1, 5, 5, 10, 50, 500, 1_000]


@pytest.mark.parametrize("language", ["hu", "id", "de"])
def test_the_charts_and_their_choices_fit_1024_translated(
    qtbot: QtBot, till: Till, bridge: Bridge, qapp: QApplication, language: str
) -> None:
    font = qapp.font()
    translators = prepare_application(qapp, language)
    try:
        config = SimpleNamespace(language=language, currency=EUR, store_name="Baumarkt & Mehr Berlin-Mitte")
        win = MainWindow(till.services, bridge, config=config)
        qtbot.addWidget(win)
        win.setFixedSize(1024, 768)
        win.show()
        till.services.staff.login("1111")
        win.on_login_staff_logged_in(till.services.staff.current)
        win.areas.buttons["till"].click()
        till.services.till_day.open_day({5000: 2})
        _sell(till, (MUESLI.sku, 2), card=698)
        view: DayChartsView = win.till_area.charts
        with qtbot.waitSignal(view.sig_charts_rendered, timeout=5000):
            win.till_area.tabs.setCurrentWidget(view)
        QApplication.processEvents()
        found = problems(win, QRect(win.mapToGlobal(QPoint(0, 0)), win.size()))
        assert found == [], "\n".join(found)
        assert win.worker.wait_for_done()
    finally:
        remove_translators(qapp, translators)
        qapp.setStyleSheet("")
        qapp.setFont(font)
