"""The Till area's Charts: the day's sales by hour, by tender, and the top ten products (QtCharts).

Drawn for a manager standing at arm's length: large fonts, the theme's colours (`theme.CHART_COLOURS`,
QtCharts reads no stylesheet), every amount written by `MoneyFormat` in the till's language. Tenders
and products are horizontal bars whose category text carries the amount, so nothing has to be read
off an axis (a product's amount comes first: QtCharts cuts a long label at its end); the hours keep
a money axis. An empty day shows one sentence instead of empty axes.
`show_charts(DayCharts)` only draws; the query runs on the worker (till_area.py).
"""

from __future__ import annotations

from PySide6.QtCharts import (
    QAbstractAxis,
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QCategoryAxis,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from terminal.domain.day_charts import DayCharts, ProductBar
from terminal.domain.money import Money
from terminal.ui.day_messages import tender_name
from terminal.ui.formatting import MoneyFormat
from terminal.ui.theme import CHART_COLOURS, set_role

TITLE_PT = 20
LABEL_PT = 16
NAME_CHARS = 34  # product names beyond this are cut with "…" (the bar must stay readable)
HOURS, TENDERS, BY_REVENUE, BY_QUANTITY = range(4)  # the charts, in the order F10 steps through them


def _font(points: int, *, bold: bool = False) -> QFont:
    font = QFont()
    font.setPointSize(points)
    font.setBold(bold)
    return font


def _colour(key: str) -> QColor:
    return QColor(CHART_COLOURS[key])


def nice_step(top: int, ticks: int = 4) -> int:
    """A round step (1, 2 or 5 times a power of ten, at least 1) that splits 0..top into <= ticks."""
    raw = max(1, -(-top // ticks))
    magnitude = 1
    while magnitude * 10 <= raw:
        magnitude *= 10
    for factor in (1, 2, 5, 10):
        if factor * magnitude >= raw:
            return factor * magnitude
    return 10 * magnitude


def _elide(name: str) -> str:
    return name if len(name) <= NAME_CHARS else name[: NAME_CHARS - 1].rstrip() + "…"


class DayChartsView(QWidget):
    """The day's charts, one at a time and large (chosen by touch or stepped through by F10), or
    "No sales yet today". Three at once left a 1024×768 till ~25 px per product bar: QtCharts
    then drops the names."""

    sig_charts_rendered = Signal(object)
    """The charts now show this DayCharts."""

    def __init__(self, fmt: MoneyFormat, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fmt = fmt
        self.charts: DayCharts | None = None
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        self.stack = QStackedWidget(self)
        column.addWidget(self.stack)
        self.empty = QLabel(self.tr("No sales yet today"), self.stack)
        self.empty.setObjectName("charts_empty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        set_role(self.empty, "title")
        self.stack.addWidget(self.empty)
        page = QWidget(self.stack)
        # The chart takes the whole height, the choices stand beside it: QtCharts drops a bar's
        # label once a bar gets less than ~39 px at 16 pt, and ten products must fit on 1024×768.
        row = QHBoxLayout(page)
        row.setContentsMargins(0, 0, 0, 0)
        self.views = QStackedWidget(page)
        self.hours_view = self._view(self.views, "chart_hours")
        self.tenders_view = self._view(self.views, "chart_tenders")
        self.products_view = self._view(self.views, "chart_products")
        row.addWidget(self.views, 1)
        choices = QVBoxLayout()
        self.choice = QButtonGroup(self)
        self.by_hour = self._choice(page, choices, self.tr("By hour"), HOURS)
        self.by_tender = self._choice(page, choices, self.tr("By tender"), TENDERS)
        self.by_revenue = self._choice(page, choices, self.tr("Top by revenue"), BY_REVENUE)
        self.by_quantity = self._choice(page, choices, self.tr("Top by quantity"), BY_QUANTITY)
        self.by_hour.setChecked(True)
        choices.addStretch(1)
        row.addLayout(choices)
        self.stack.addWidget(page)
        self.page = page

    def _choice(self, page: QWidget, column: QVBoxLayout, text: str, chart_id: int) -> QPushButton:
        button = QPushButton(text, page)
        button.setCheckable(True)
        button.setProperty("kind", "choice")
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.choice.addButton(button, chart_id)
        button.clicked.connect(self.on_choice_clicked)
        column.addWidget(button)
        return button

    def _view(self, parent: QStackedWidget, name: str) -> QChartView:
        view = QChartView(parent)
        view.setObjectName(name)
        view.setRenderHint(QPainter.RenderHint.Antialiasing)
        parent.addWidget(view)
        return view

    # ------------------------------------------------------------------ choosing

    def current_chart(self) -> int:
        """HOURS, TENDERS, BY_REVENUE or BY_QUANTITY."""
        return self.choice.checkedId()

    def show_chart(self, chart_id: int) -> None:
        self.choice.button(chart_id).setChecked(True)
        self.on_choice_clicked()

    def step(self) -> bool:
        """On to the next chart (the keyboard's way); False, back at the first, after the last."""
        following = self.current_chart() + 1
        self.show_chart(following if following <= BY_QUANTITY else HOURS)
        return following <= BY_QUANTITY

    def on_choice_clicked(self) -> None:
        chosen = self.current_chart()
        self.views.setCurrentWidget(
            {HOURS: self.hours_view, TENDERS: self.tenders_view}.get(chosen, self.products_view)
        )
        if chosen in (BY_REVENUE, BY_QUANTITY) and self.charts is not None and not self.charts.is_empty:
            self.products_view.setChart(self._products_chart(self.charts))

    # ------------------------------------------------------------------ drawing

    def show_charts(self, charts: DayCharts) -> None:
        """Draw the day (or the empty sentence)."""
        self.charts = charts
        if charts.is_empty:
            self.stack.setCurrentWidget(self.empty)
        else:
            self.stack.setCurrentWidget(self.page)
            self.hours_view.setChart(self._hours_chart(charts))
            self.tenders_view.setChart(self._tenders_chart(charts))
            self.products_view.setChart(self._products_chart(charts))
        self.sig_charts_rendered.emit(charts)

    def _chart(self, title: str) -> QChart:
        chart = QChart()
        chart.setTitle(title)
        chart.setTitleFont(_font(TITLE_PT, bold=True))
        chart.setTitleBrush(QBrush(_colour("text")))
        chart.setBackgroundBrush(QBrush(_colour("background")))
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.setMargins(QMargins(2, 0, 6, 2))
        chart.setBackgroundRoundness(0)
        layout = chart.layout()
        if layout is not None:
            layout.setContentsMargins(0, 0, 0, 0)  # every pixel of height goes to the bars
        chart.legend().setFont(_font(LABEL_PT))
        chart.legend().setLabelColor(_colour("text"))
        chart.legend().setVisible(False)
        return chart

    def _axis_style(self, axis: QAbstractAxis) -> None:
        axis.setLabelsFont(_font(LABEL_PT))
        axis.setLabelsBrush(QBrush(_colour("text")))
        axis.setGridLinePen(QPen(_colour("grid")))

    def _bar_set(self, label: str, colour: str, values: list[float]) -> QBarSet:
        bars = QBarSet(label)
        bars.setColor(_colour(colour))
        bars.setBorderColor(_colour(colour))
        bars.append(values)
        return bars

    def _major(self, amount: Money) -> float:
        return float(amount.to_decimal())

    def _hours_chart(self, charts: DayCharts) -> QChart:
        chart = self._chart(self.tr("Sales by hour"))
        series = QBarSeries()
        series.append(self._bar_set(self.tr("Sold"), "sold", [self._major(h.sold) for h in charts.hours]))
        if any(not h.refunded.is_zero() for h in charts.hours):
            refunds = [self._major(h.refunded) for h in charts.hours]
            series.append(self._bar_set(self.tr("Refunded"), "refunded", refunds))
            chart.legend().setVisible(True)
            chart.legend().setAlignment(Qt.AlignmentFlag.AlignRight)  # height is scarcer than width
        chart.addSeries(series)
        hours = QBarCategoryAxis()
        hours.append([str(h.hour) for h in charts.hours])
        self._axis_style(hours)
        hours.setGridLineVisible(False)
        chart.addAxis(hours, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(hours)
        top = max(max(h.sold.amount_minor, h.refunded.amount_minor) for h in charts.hours)
        money = self._money_axis(top, charts.currency)
        chart.addAxis(money, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(money)
        return chart

    def _money_axis(self, top_minor: int, currency: str) -> QCategoryAxis:
        """A value axis labelled in money (QValueAxis only knows printf formats, not the locale)."""
        unit = 10**self.fmt.exponent
        step = nice_step(max(1, top_minor // unit)) * unit
        axis = QCategoryAxis()
        axis.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
        axis.setStartValue(0)
        value = step
        while True:
            axis.append(self.fmt.money(Money(value, currency)), value / unit)
            if value >= top_minor:
                break
            value += step
        axis.setRange(0, value / unit)
        self._axis_style(axis)
        return axis

    def _horizontal(self, chart: QChart, labels: list[str], values: list[float], colour: str) -> None:
        """Bars from the top down in the given order; the category text carries the figure."""
        series = QHorizontalBarSeries()
        series.append(self._bar_set(chart.title(), colour, values[::-1]))
        series.setBarWidth(0.7)
        chart.addSeries(series)
        names = QBarCategoryAxis()
        names.append(labels[::-1])
        self._axis_style(names)
        names.setGridLineVisible(False)
        chart.addAxis(names, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(names)
        scale = QValueAxis()
        scale.setRange(min(0.0, *values), max(0.0, *values) or 1.0)
        scale.setVisible(False)  # the amounts are in the category text
        chart.addAxis(scale, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(scale)

    def _tenders_chart(self, charts: DayCharts) -> QChart:
        chart = self._chart(self.tr("Sales by tender"))
        labels = [f"{tender_name(t.tender)}  {self.fmt.money(t.net)}" for t in charts.tenders]
        self._horizontal(chart, labels, [self._major(t.net) for t in charts.tenders], "tender")
        return chart

    def _products_chart(self, charts: DayCharts) -> QChart:
        if self.current_chart() == BY_QUANTITY:
            chart = self._chart(self.tr("Top products by quantity"))
            bars: tuple[ProductBar, ...] = charts.top_by_quantity
            labels = [
                f"{self.fmt.quantity(b.quantity, b.unit)}{' ×' if b.unit == 'pc' else ''}  {_elide(b.name)}"
                for b in bars
            ]
            values = [float(b.quantity) for b in bars]
        else:
            chart = self._chart(self.tr("Top products by revenue"))
            bars = charts.top_by_revenue
            labels = [f"{self.fmt.money(b.revenue)}  {_elide(b.name)}" for b in bars]
            values = [self._major(b.revenue) for b in bars]
        self._horizontal(chart, labels, values, "product")
        return chart
