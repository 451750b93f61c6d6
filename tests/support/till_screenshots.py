"""Screenshots of the Till area (docs/screenshots/till-*.png), offscreen: its Charts after a busy
morning-to-evening day at 1366×768 and 1024×768 in English and German (by hour, top by revenue; by
tender, top by quantity), and the Z (close day) dialog
with a cash difference and its reason at 1366×768, in German.

A real till (tests/support/till.py: real migrations, demo seed) whose day is opened with a float and
filled through the real checkout and returns (seeded random, so each run draws the same day), the
real main window. The close dialog is painted over the window where it stands (a dialog is a window
of its own, `window.grab()` does not hold it).

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m tests.support.till_screenshots docs/screenshots
"""

from __future__ import annotations

import random
import sys
import tempfile
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from types import SimpleNamespace

from PySide6.QtCore import QPoint
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QApplication

from terminal.domain.money import Money
from terminal.services.returns import Choice
from terminal.storage import print_jobs
from terminal.ui.bridge import Bridge
from terminal.ui.cash_count_dialog import CashCountDialog
from terminal.ui.close_day_dialog import CloseDayDialog
from terminal.ui.day_charts_view import BY_QUANTITY, BY_REVENUE, HOURS, TENDERS
from terminal.ui.i18n import remove_translators
from terminal.ui.main_window import MainWindow, prepare_application
from tests.support.till import TickingClock, Till, open_till, product_named

EUR = "EUR"
SHELF = [
    ("Kölln Müsli", 6),
    ("Bio Vollmilch", 8),
    ("Laugenbrezel", 9),
    ("Gerolsteiner", 7),
    ("Tchibo Kaffee", 4),
    ("Fischer Dübel", 5),
    ("Bio Speisequark", 3),
    ("Bosch Akku-Bohrschrauber", 1),
    ("Makita Akku-Schlagschrauber", 1),
    ("Lenovo Laptop", 1),
    ("Makita Schlagbohrmaschine", 1),
    ("Einhell Schlagbohrmaschine", 1),
]
BUSY = {8: 3, 9: 5, 10: 7, 11: 9, 12: 11, 13: 8, 14: 5, 15: 6, 16: 9, 17: 10, 18: 4}  # visits per hour


def _settle(app: QApplication, window: MainWindow) -> None:
    for _ in range(20):
        app.processEvents()
    window.worker.wait_for_done()
    for _ in range(20):
        app.processEvents()


def fill_the_day(till: Till, clock: TickingClock, day: datetime) -> None:
    """Open the day at 7:45 with 150 € and sell through it; two customers bring something back."""
    s = till.services
    rng = random.Random(11)
    clock.jump_to(day.replace(hour=7, minute=45))
    s.till_day.open_day({5000: 2, 2000: 1, 1000: 2, 200: 5})
    skus = [product_named(name).sku for name, weight in SHELF for _ in range(weight)]
    receipts: list[str] = []
    for hour, visits in BUSY.items():
        for n in range(visits):
            clock.jump_to(day.replace(hour=hour) + timedelta(minutes=n * 60 // visits + 1))
            for sku in rng.sample(skus, rng.randint(1, 4)):
                s.selling.add_product(sku, Decimal(rng.choice((1, 1, 1, 2, 3))))
            due = s.checkout.begin().remaining
            if rng.random() < 0.55:
                s.checkout.add_card(due, f"A{hour}{n}")
            else:
                s.checkout.add_cash(Money(-(-due.amount_minor // 1000) * 1000, EUR))
            receipts.append(s.checkout.complete().receipt_number)
        if hour in (12, 16):  # a return of an earlier visit's first line, paid back in cash
            original = s.returns.find(receipts[-5])
            s.returns.add(original, [Choice(original.lines[0].line_no, Decimal(1), "changed_mind")])
            due = s.checkout.begin().remaining
            s.checkout.add_cash(-due if due.amount_minor < 0 else due)
            s.checkout.complete()
    with till.db.write() as session:  # a printer was there all day: nothing waits in its queue
        while (job := print_jobs.next_pending(session)) is not None:
            print_jobs.mark_printed(session, job.job_id, at=clock())


def _window(app: QApplication, till: Till, language: str, size: tuple[int, int]) -> MainWindow:
    config = SimpleNamespace(language=language, currency=EUR, store_name="Baumarkt & Mehr Berlin-Mitte")
    window = MainWindow(till.services, Bridge(), config=config)
    window.setFixedSize(*size)
    window.show()
    till.services.staff.login("1111")
    window.on_login_staff_logged_in(till.services.staff.current)
    window.areas.buttons["till"].click()
    _settle(app, window)
    return window


def charts_shot(
    app: QApplication, till: Till, *, language: str, size: tuple[int, int], chart: int, path: Path
) -> None:
    window = _window(app, till, language, size)
    area = window.till_area
    area.tabs.setCurrentWidget(area.charts)
    _settle(app, window)
    area.charts.show_chart(chart)
    _settle(app, window)
    window.grab().save(str(path))
    window.close()
    window.deleteLater()
    _settle(app, window)


def close_shot(app: QApplication, till: Till, path: Path) -> None:
    """The Z's second step: cash counted 2,40 € short, the card total typed, a reason given."""
    window = _window(app, till, "de", (1366, 768))
    area = window.till_area
    state = till.services.till_day.state()
    assert state.figures is not None
    area.on_close_clicked()
    count = area.dialog
    assert isinstance(count, CashCountDialog)
    left = state.figures.expected_cash.amount_minor - 240
    pieces: dict[int, int] = {}
    for value in sorted(count.fields, reverse=True):
        pieces[value], left = divmod(left, value)
    count.set_pieces({v: n for v, n in pieces.items() if n})
    count.on_ok_clicked()
    _settle(app, window)
    close = area.dialog
    assert isinstance(close, CloseDayDialog)
    card = state.figures.expected("card")
    close.fields["card"].setText(str(card.to_decimal()).replace(".", ","))  # as typed: no grouping
    close.reason.setText("Wechselgeld falsch herausgegeben")
    _settle(app, window)
    shot = window.grab()
    painter = QPainter(shot)
    painter.fillRect(shot.rect(), QColor(0, 0, 0, 90))  # the window behind a modal dialog
    at = close.mapToGlobal(QPoint(0, 0)) - window.mapToGlobal(QPoint(0, 0))
    at.setX(max(0, min(at.x(), shot.width() - close.width())))
    at.setY(max(0, min(at.y(), shot.height() - close.height())))
    painter.drawPixmap(at, close.grab())
    painter.end()
    shot.save(str(path))
    close.reject()
    window.close()


def main(out: Path) -> None:
    app = QApplication.instance() or QApplication(sys.argv)
    out.mkdir(parents=True, exist_ok=True)
    day = datetime.now(UTC).replace(hour=0, minute=0, second=0, microsecond=0)
    with tempfile.TemporaryDirectory() as tmp:
        clock = TickingClock(day)
        till = open_till(Path(tmp) / "till.sqlite3", clock=clock)
        till.services.staff.login("1111")
        fill_the_day(till, clock, day)
        shots = {  # each chart once; the products (the longest labels) at the narrow width
            ("en", 1366): HOURS,
            ("en", 1024): BY_REVENUE,
            ("de", 1366): TENDERS,
            ("de", 1024): BY_QUANTITY,
        }
        for language, suffix in (("en", ""), ("de", "-de")):
            keep = prepare_application(app, language)
            for width in (1366, 1024):
                path = out / f"till-charts{suffix}-{width}.png"
                chart = shots[language, width]
                charts_shot(app, till, language=language, size=(width, 768), chart=chart, path=path)
            if language == "de":
                close_shot(app, till, out / "till-close-1366.png")
            remove_translators(app, keep)
        till.db.close()


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots"))
