"""DayReport -> ESC/POS bytes: the X (interim) and Z (closing) reports of the till's day.

Printed in the store's language, code page and paper width like a receipt (hardware/receipt_format.py),
with the report's own label table (terminal/domain/day_report.py). A day the till opened itself for its
first receipt says so under the header (its float was not counted). Per tender: taken in, paid out,
expected; on a Z also counted and the difference, then the cash counted by denomination and the
reason for a difference. A report never kicks the cash drawer.
"""

from __future__ import annotations

from escpos.printer import Dummy

from hardware.receipt_format import (
    NUMBER_STYLE,
    code_page_for,
    format_amount,
    format_money,
    left_right,
    receipt_language,
    wrap,
)
from terminal.domain.day_report import DayReport, report_label
from terminal.domain.money import Money


def render_day_report(
    report: DayReport, *, columns: int = 42, profile: str = "TM-T88V", encoding: str | None = None
) -> bytes:
    """The ESC/POS bytes of one X or Z report; never a drawer kick."""
    out = _Out(report, columns, encoding or code_page_for(report.language), Dummy(profile=profile))
    p = out.p
    p.hw("INIT")
    p.magic.encoding = None  # as in hardware.receipt_render: force the code page after ESC @
    p.charcode(out.code_page)
    _header(out, report)
    _tenders(out, report)
    _movements_and_count(out, report)
    if report.kind == "Z":
        p.textln(out.rule)
        p.set(bold=True)
        out.row(out.label("difference"), report.total_difference)
        p.set(bold=False)
        if report.reason:
            for text in wrap(f"{out.label('reason')}: {report.reason}", columns):
                p.textln(text)
    p.ln(3)
    p.cut()
    return bytes(p.output)


class _Out:
    """One report being printed: the printer, its width, language and code page."""

    def __init__(self, report: DayReport, columns: int, code_page: str, p: Dummy) -> None:
        self.p = p
        self.columns = columns
        self.code_page = code_page
        self.language = receipt_language(report.language)
        self.rule = "-" * columns
        self.when = NUMBER_STYLE[self.language][2]

    def label(self, key: str) -> str:
        return report_label(self.language, key)

    def money(self, amount: Money) -> str:
        return format_money(amount, self.language, self.code_page)

    def row(self, left: str, amount: Money) -> None:
        self.p.textln(left_right(left, self.money(amount), self.columns))

    def text(self, value: str) -> None:
        self.p.textln(value[: self.columns])


def _header(out: _Out, report: DayReport) -> None:
    p = out.p
    p.set(align="center", bold=True)
    out.text(report.store_name)
    p.set(bold=True, double_height=True)
    out.text(out.label("z_report" if report.kind == "Z" else "x_report"))
    p.set(normal_textsize=True, bold=False)
    if report.z_number is not None:
        p.set(bold=True)
        out.text(f"{out.label('z_number')}: {report.z_number}")
        p.set(bold=False)
    if report.copy:
        out.text(out.label("copy"))
    p.set(align="left")
    out.text(out.rule)
    out.text(f"{out.label('terminal')}: {report.store_id}-{report.terminal_id}")
    out.text(left_right(out.label("opened"), report.opened_at.strftime(out.when), out.columns))
    out.text(f"{out.label('opened_by')}: {report.opened_by}")
    if not report.float_counted:  # the till opened the day itself (ADR 0024): say it plainly
        p.set(bold=True)
        for line in wrap(out.label("opened_by_receipt"), out.columns):
            p.textln(line)
        p.set(bold=False)
    out.text(left_right(out.label("printed"), report.at.strftime(out.when), out.columns))
    out.text(f"{out.label('closed_by' if report.kind == 'Z' else 'staff')}: {report.staff_name}")
    out.text(out.rule)
    out.text(left_right(out.label("sales"), str(report.figures.sales_count), out.columns))
    out.row(out.label("gross"), report.figures.gross)
    out.text(out.rule)


def _tenders(out: _Out, report: DayReport) -> None:
    day = report.figures
    counted = dict(report.counted)
    differences = dict(report.differences)
    for line in day.tenders:
        out.p.set(bold=True)
        out.text(out.label(line.tender))
        out.p.set(bold=False)
        out.row(f"  {out.label('in')}", line.taken_in)
        out.row(f"  {out.label('out')}", line.paid_out)
        if line.tender == "cash":
            out.row(f"  {out.label('float' if report.float_counted else 'float_uncounted')}", day.float)
            out.row(f"  {out.label('cash_in')}", day.cash_in)
            out.row(f"  {out.label('cash_out')}", day.cash_out)
            out.row(f"  {out.label('change')}", day.change)
        out.row(f"  {out.label('expected')}", line.expected)
        if line.tender in counted:
            out.row(f"  {out.label('counted')}", counted[line.tender])
            out.row(f"  {out.label('difference')}", differences.get(line.tender, Money.zero(day.currency)))


def _movements_and_count(out: _Out, report: DayReport) -> None:
    currency = report.figures.currency
    if report.movements:
        out.text(out.rule)
        out.text(out.label("movements"))
        for m in report.movements:
            signed = m.amount if m.kind == "cash_in" else -m.amount
            text = out.label(m.reason) + (f": {m.note}" if m.note else "")
            out.row(f"  {m.occurred_at.strftime('%H:%M')} {text}", signed)
    if report.counted_cash is not None and report.counted_cash.pieces:
        out.text(out.rule)
        out.text(out.label("counted_cash"))
        for value, count in report.counted_cash.pieces:
            face = format_amount(Money(value, currency), out.language)
            out.row(f"  {count} x {face}", Money(value * count, currency))


class EscposDayReportRenderer:
    """The `DayReportRenderer` port for one printer model (the receipt's columns and profile)."""

    def __init__(self, *, columns: int = 42, profile: str = "TM-T88V", encoding: str | None = None) -> None:
        self.columns = columns
        self.profile = profile
        self.encoding = encoding

    def render_report(self, report: DayReport) -> bytes:
        return render_day_report(report, columns=self.columns, profile=self.profile, encoding=self.encoding)
