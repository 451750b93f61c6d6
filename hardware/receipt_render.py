"""Receipt -> ESC/POS bytes, built with python-escpos' `Dummy` printer (pure: no device, no I/O).

Code pages, amounts and currency signs: `hardware.receipt_format`. On the TM-T88V profile CP858 and
CP1250 are `ESC t 19` and `ESC t 45`. python-escpos 3.1 keeps its cached code page across `ESC @`,
which resets the printer to page 0, so after the init we drop the cache and force the page again.

Item lines follow German till receipts: the name starts the line and the line's total with its VAT
code stands right-aligned at the last column; a quantity puts `2 x 4,99` on a line of its own below
the name. A name too long for the paper wraps at spaces and nothing of it is cut. The figures read
top to bottom and add up: a discounted line shows its amount before the discount and the discount
in a middle column, and its total in the right column, on the discount's line:

    Akkuschrauber               89,99
      Rabatt                   -10,00      79,99 A

The right column adds up to the subtotal; the basket discount follows it, then the total with the
currency's sign, the cash rounding and what was due, the tenders and the change.

The receipt number is printed as CODE128 (code set B, hence the `{B` prefix python-escpos needs) of
`Receipt.code_payload` (`R:S001-T01-000042`), which every till scanner reads, and right after it as
a QR code of the same payload for phone cameras (later also the fiscal code). The QR is printed
natively (`GS ( k`, so the bytes decode back to the payload) where the printer profile has QR codes,
as an image elsewhere. A receipt never kicks the cash drawer: it may print long after the sale, or
again as a copy (`hardware.drawer` opens the drawer at the sale).
"""

from __future__ import annotations

import contextlib
import io
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from escpos.capabilities import get_profile
from escpos.exceptions import Error as EscposError
from escpos.printer import Dummy

from hardware.escpos_decode import decode_lines
from hardware.receipt_format import (
    NUMBER_STYLE,
    code_page_for,
    format_amount,
    format_money,
    format_number,
    left_right,
    receipt_language,
    with_tail,
    wrap,
)
from hardware.slip_render import render_handover_slip
from hardware.voucher_slip_render import render_voucher_slip
from terminal.domain.day_report import DayReport
from terminal.domain.handover_slip import HandoverSlip
from terminal.domain.money import Money
from terminal.domain.receipt import Receipt, ReceiptHandoverLine, ReceiptLine, receipt_label, tender_label
from terminal.domain.voucher_slip import VoucherSlip

QR_MODULE_SIZE: Final = 5  # dots per module: a 25-module code is 16 mm wide at 203 dpi
QR_ERROR_CORRECTION: Final = 1  # M: a smudged or creased receipt still scans


@dataclass(frozen=True)
class _Layout:
    columns: int
    language: str
    code_page: str
    right: int  # width of the right column (line totals with their VAT code), two leading spaces included

    def label(self, key: str) -> str:
        return receipt_label(self.language, key)

    def amount(self, money: Money) -> str:
        return format_amount(money, self.language)

    def amounts(self, middle: str | None, right: str | None) -> str:
        """The tail of an item line: a middle amount ending where the right column starts, and/or
        the right column's amount at the last column (blank when there is none)."""
        if middle is None:
            return right or ""
        return middle + (right or "").rjust(self.right)


def _layout(receipt: Receipt, columns: int, code_page: str) -> _Layout:
    language = receipt_language(receipt.language)
    widest = max(
        (len(f"{format_amount(line.total, language)} {line.vat_code}") for line in receipt.lines), default=0
    )
    return _Layout(columns=columns, language=language, code_page=code_page, right=widest + 2)


def render_receipt(
    receipt: Receipt,
    *,
    columns: int = 42,
    profile: str = "TM-T88V",
    encoding: str | None = None,
    logo: Path | None = None,
) -> bytes:
    """The ESC/POS bytes of one receipt; `encoding` overrides the language's code page.

    Never a drawer kick: these bytes may print long after the sale, or again as a reprint.
    """
    code_page = encoding or code_page_for(receipt.language)
    p = Dummy(profile=profile)
    layout = _layout(receipt, columns, code_page)
    p.hw("INIT")
    p.magic.encoding = None  # ESC @ reset the printer's page; 3.1 would skip the ESC t otherwise
    p.charcode(code_page)
    if logo is not None:
        p.set(align="center")
        p.image(str(logo), impl="bitImageRaster")
    _header(p, receipt, layout)
    for line in receipt.lines:
        _line(p, line, layout)
    _totals(p, receipt, layout)
    _vat_table(p, receipt, layout)
    _trailer(p, receipt, layout, profile)
    p.cut()
    return bytes(p.output)


def _rule(p: Dummy, layout: _Layout) -> None:
    p.textln("-" * layout.columns)


def _header(p: Dummy, receipt: Receipt, layout: _Layout) -> None:
    p.set(align="center", bold=True)
    p.textln(receipt.store_name[: layout.columns])
    p.set(bold=False)
    for address_line in receipt.store_address:
        p.textln(address_line[: layout.columns])
    if receipt.tax_id:
        p.textln(f"{layout.label('tax_id')}: {receipt.tax_id}"[: layout.columns])
    if receipt.is_copy:
        p.set(bold=True, double_width=True, double_height=True)
        p.textln(f"*** {layout.label('copy')} ***")
        p.set(normal_textsize=True, bold=False)
    p.set(align="left")
    _rule(p, layout)


def _quantity(line: ReceiptLine, layout: _Layout) -> str | None:
    """`2 x 4,99` or `1,255 kg x 2,99`; None for one piece, which needs no line of its own."""
    if line.quantity == 1 and line.unit in ("pc", ""):
        return None
    unit = "" if line.unit in ("pc", "") else f" {line.unit}"
    return f"{format_number(line.quantity, layout.language)}{unit} x {layout.amount(line.unit_price)}"


def _line(p: Dummy, line: ReceiptLine, layout: _Layout) -> None:
    name = f"{layout.label('voided')} {line.name}" if line.voided else line.name
    total = f"{layout.amount(line.total)} {line.vat_code}"
    discount = None if line.voided or line.discount is None or line.discount.is_zero() else line.discount
    # Discounted: the amount before the discount in the middle column, the total after it on the
    # discount's line. Otherwise the amount is the total and stands in the right column.
    amount = total if discount is None else layout.amounts(layout.amount(line.amount), None)
    quantity = _quantity(line, layout)
    rows = [(name, "", amount)] if quantity is None else [(name, "", ""), (quantity, "  ", amount)]
    if discount is not None:
        rows.append((layout.label("discount"), "  ", layout.amounts(layout.amount(-discount), total)))
    for text, indent, tail in rows:
        for printed in with_tail(text, tail, layout.columns, indent):
            p.textln(printed)
    if line.note:
        for text in wrap(line.note, layout.columns, indent="  "):
            p.textln(text)


def _returns(p: Dummy, receipt: Receipt, layout: _Layout) -> None:
    """Each item taken back, its refund negative in the right column, with what it returns and why."""
    _rule(p, layout)
    p.textln(layout.label("returns"))
    for line in receipt.returns:
        refund = f"{layout.amount(-line.refund)} {line.vat_code}"
        single = line.quantity == 1 and line.unit in ("pc", "")
        rows = [(line.name, "", refund if single else "")]
        if not single:
            unit = "" if line.unit in ("pc", "") else f" {line.unit}"
            rows.append((f"{format_number(line.quantity, layout.language)}{unit}", "  ", refund))
        origin = line.origin or layout.label("no_receipt")
        rows.append((f"{origin} · {line.reason}" if line.reason else origin, "  ", ""))
        for text, indent, tail in rows:
            for printed in with_tail(text, tail, layout.columns, indent):
                p.textln(printed)


def _handovers(p: Dummy, receipt: Receipt, layout: _Layout) -> None:
    """Web-order items handed over, grouped by order; paid online they add nothing here."""
    orders: dict[str, list[ReceiptHandoverLine]] = {}
    for line in receipt.handovers:
        orders.setdefault(line.order_number, []).append(line)
    for order_number, lines in orders.items():
        _rule(p, layout)
        p.textln(f"{layout.label('handover')} {order_number}"[: layout.columns])
        for line in lines:
            amount = f"{layout.amount(line.amount)} {line.vat_code}"
            name = (
                line.name
                if line.quantity == 1
                else f"{format_number(line.quantity, layout.language)} x {line.name}"
            )
            for printed in with_tail(name, amount, layout.columns, ""):
                p.textln(printed)
            if line.paid_online:
                p.textln(f"  {layout.label('paid_online')}"[: layout.columns])


def _totals(p: Dummy, receipt: Receipt, layout: _Layout) -> None:
    width = layout.columns
    amount = layout.amount
    _rule(p, layout)
    if receipt.lines:  # a visit that only handed over or took back sold nothing: no 0,00 to puzzle over
        p.textln(left_right(layout.label("subtotal"), amount(receipt.subtotal), width - 2))
        if not receipt.basket_discount.is_zero():
            p.textln(left_right(layout.label("basket_discount"), amount(-receipt.basket_discount), width - 2))
    if receipt.returns or receipt.handovers:
        # The visit's other parts, each adding up to the total below.
        if receipt.lines:
            p.textln(left_right(layout.label("sales"), amount(receipt.sales_total), width - 2))
        if receipt.returns:
            _returns(p, receipt, layout)
        if receipt.handovers:
            _handovers(p, receipt, layout)
        _rule(p, layout)
    label, total = layout.label("total"), format_money(receipt.total, layout.language, layout.code_page)
    if len(label) + 1 + len(total) <= width // 2:
        p.set(bold=True, double_width=True, double_height=True)
        p.textln(left_right(label, total, width // 2))
    else:  # too long for double width: tall letters only
        p.set(bold=True, double_height=True)
        p.textln(left_right(label, total, width - 2))
    p.set(normal_textsize=True, bold=False)
    if not receipt.rounding.is_zero():
        p.textln(left_right(layout.label("rounding"), amount(receipt.rounding), width - 2))
        p.textln(left_right(layout.label("due"), amount(receipt.total + receipt.rounding), width - 2))
    notes = receipt.tender_notes
    for index, (tender, paid) in enumerate(receipt.tenders):
        p.textln(left_right(tender_label(layout.language, tender), amount(paid), width - 2))
        note = notes[index] if index < len(notes) else ""
        if note:  # a voucher's code, a web refund's order number
            p.textln(f"  {note}"[:width])
    if receipt.total.amount_minor >= 0 or not receipt.change.is_zero():  # a payout has no change
        p.textln(left_right(layout.label("change"), amount(receipt.change), width - 2))


def _vat_table(p: Dummy, receipt: Receipt, layout: _Layout) -> None:
    """Net, VAT and gross per rate: a table where the amounts fit in its columns, else one block
    per rate (narrow paper, large amounts), so that no two figures ever run together."""
    if not receipt.vat_lines:
        return
    _rule(p, layout)
    heads = (layout.label("net"), layout.label("vat"), layout.label("gross"))
    rows = [
        (
            f"{vat.rate.code:<4}{format_number(vat.rate.percent, layout.language) + '%':>6}",
            (layout.amount(vat.net), layout.amount(vat.vat), layout.amount(vat.gross)),
        )
        for vat in receipt.vat_lines
    ]
    cell = (layout.columns - 10) // 3
    # Two spaces at least between figures: Hungarian writes 12 990 with a space inside.
    if all(len(amount) + 2 <= cell for _rate, amounts in rows for amount in amounts):
        head = f"{layout.label('vat'):<4}{layout.label('rate')[:5]:>6}"
        p.textln(head + "".join(h[: cell - 1].rjust(cell) for h in heads))
        for rate, amounts in rows:
            p.textln(rate + "".join(amount.rjust(cell) for amount in amounts))
        return
    for rate, amounts in rows:
        p.textln(" ".join(rate.split()))
        for head, amount in zip(heads, amounts, strict=True):
            p.textln(left_right(f"  {head}", amount, layout.columns - 2))


def _trailer(p: Dummy, receipt: Receipt, layout: _Layout, profile: str) -> None:
    _rule(p, layout)
    date_format = NUMBER_STYLE[layout.language][2]
    p.textln(f"{layout.label('cashier')}: {receipt.cashier_name}"[: layout.columns])
    p.textln(
        left_right(
            f"{layout.label('terminal')}: {receipt.terminal_id}",
            receipt.occurred_at.strftime(date_format),
            layout.columns,
        )
    )
    p.textln(f"{layout.label('receipt')}: {receipt.receipt_number}"[: layout.columns])
    p.ln()
    _codes(p, receipt.code_payload, profile)
    p.ln()
    for footer_line in receipt.footer:
        p.textln(footer_line[: layout.columns])
    p.set(align="left")


def _codes(p: Dummy, payload: str, profile: str) -> None:
    """The CODE128 barcode and the QR code of `payload`, centred. A printer that can draw neither
    (python-escpos refuses an image wider than a 58 mm roll) gets the payload as text instead:
    rendering runs inside the sale's transaction and must never stop a sale."""
    try:
        with contextlib.redirect_stdout(io.StringIO()):  # 3.1 print()s its renderer choice
            p.barcode("{B" + payload, "CODE128", function_type="B", height=60, width=2, pos="OFF")
    except EscposError:
        p.set(align="center")
        p.textln(payload)
    p.set(align="center")
    p.ln()
    native = bool(get_profile(profile).supports("qrCode"))
    try:
        p.qr(payload, native=native, size=QR_MODULE_SIZE, ec=QR_ERROR_CORRECTION)
    except EscposError:
        p.textln(payload)


class EscposReceiptRenderer:
    """The `ReceiptRenderer` port: one printer model's layout, rendering (receipts, handover and
    voucher slips) and preview decoding."""

    def __init__(
        self,
        *,
        columns: int = 42,
        profile: str = "TM-T88V",
        encoding: str | None = None,
        logo: Path | None = None,
    ) -> None:
        self.columns = columns
        self.profile = profile
        self.encoding = encoding
        self.logo = logo

    def render(self, receipt: Receipt) -> bytes:
        return render_receipt(
            receipt, columns=self.columns, profile=self.profile, encoding=self.encoding, logo=self.logo
        )

    def render_slip(self, slip: HandoverSlip) -> bytes:
        return render_handover_slip(slip, columns=self.columns, profile=self.profile, encoding=self.encoding)

    def render_voucher_slip(self, slip: VoucherSlip) -> bytes:
        return render_voucher_slip(slip, columns=self.columns, profile=self.profile, encoding=self.encoding)

    def render_report(self, report: DayReport) -> bytes:
        """An X or Z report of the till's day (the `DayReportRenderer` port), in this layout."""
        from hardware.day_report_render import render_day_report

        return render_day_report(report, columns=self.columns, profile=self.profile, encoding=self.encoding)

    def decode(self, data: bytes) -> list[str]:
        return decode_lines(data, profile=self.profile)
