"""Receipt -> ESC/POS bytes, built with python-escpos' `Dummy` printer (pure: no device, no I/O).

Code pages: one forced page per receipt language, because MagicEncode's automatic choice depends on
profile slot tables that differ per vendor (and picked an ISO-8859-7 slot for € on TM-T88V):

    de, en, id  CP858   (umlauts, ß and €; Indonesian needs ASCII only)
    hu          CP1250  (ő and ű, which CP858 lacks; also has €)

On the TM-T88V profile these are `ESC t 19` and `ESC t 45`. python-escpos 3.1 keeps its cached code
page across `ESC @`, which resets the printer to page 0, so after the init we drop the cache and force
the page again.

The receipt number is printed as CODE128 (code set B, hence the `{B` prefix python-escpos needs) of
`Receipt.code_payload` (`R:S001-T01-000042`): every till scanner reads CODE128, while a QR code would
need a 2D imager. Amounts are formatted with the receipt language's separators here, not by Qt,
because receipts render without Qt.

Item lines follow German till receipts: the name starts the line and the amount with its VAT code
stands right-aligned at the last column. A name too long for the paper wraps at spaces (a word longer
than a line is split) and nothing of it is cut: the name's lines come first, the amount sits on its
last line (re-wrapped narrower when needed so that it fits beside the amount). A line with a quantity
keeps its name on lines of its own and puts `2 x 4,99  9,98 B` below, as before.
"""

from __future__ import annotations

import contextlib
import io
import textwrap
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Final

from escpos.printer import Dummy

from hardware.escpos_decode import decode_lines
from terminal.domain.money import Money
from terminal.domain.receipt import Receipt, ReceiptLine, receipt_label, tender_label

LANGUAGE_CODE_PAGES: Final[dict[str, str]] = {"de": "CP858", "en": "CP858", "id": "CP858", "hu": "CP1250"}

# (decimal separator, thousands separator, date format) per receipt language.
_NUMBER_STYLE: Final[dict[str, tuple[str, str, str]]] = {
    "en": (".", ",", "%Y-%m-%d %H:%M"),
    "de": (",", ".", "%d.%m.%Y %H:%M"),
    "hu": (",", " ", "%Y.%m.%d. %H:%M"),
    "id": (",", ".", "%d/%m/%Y %H:%M"),
}


def _lang(language: str) -> str:
    base = language.replace("-", "_").split("_", maxsplit=1)[0].lower()
    return base if base in _NUMBER_STYLE else "en"


def code_page_for(language: str) -> str:
    """The code page a receipt in `language` is printed with."""
    return LANGUAGE_CODE_PAGES[_lang(language)]


def format_amount(amount: Money, language: str) -> str:
    """An amount in major units with the language's separators, e.g. 1.234,56 or 12 990."""
    decimal_sep, thousands_sep, _ = _NUMBER_STYLE[_lang(language)]
    text = f"{abs(amount.to_decimal()):,.{amount.exponent}f}"
    text = text.replace(",", "\0").replace(".", decimal_sep).replace("\0", thousands_sep)
    return ("-" if amount.amount_minor < 0 else "") + text


def format_number(value: Decimal, language: str) -> str:
    """A quantity or percent without trailing zeros, with the language's decimal separator."""
    text = f"{value.normalize():f}" if value == value.to_integral_value() else f"{value.normalize()}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text.replace(".", _NUMBER_STYLE[_lang(language)][0])


def _lr(left: str, right: str, width: int) -> str:
    """`left` and `right` on one line of `width`, the left side cut to fit."""
    room = max(width - len(right) - 1, 0)
    return left[:room].ljust(room) + " " + right


def _wrap(text: str, width: int, indent: str = "") -> list[str]:
    """`text` in lines of at most `width` columns, broken at spaces; a word longer than a line is
    split, so nothing but the spaces at the breaks is lost. Hyphens do not break ("12V-15" stays)."""
    lines = textwrap.wrap(
        text,
        max(width, len(indent) + 1),
        initial_indent=indent,
        subsequent_indent=indent,
        break_long_words=True,
        break_on_hyphens=False,
    )
    return lines or [indent + text.strip()]


def _name_with_amount(name: str, amount: str, width: int) -> list[str]:
    """The name wrapped to the paper with `amount` right-aligned on its last line."""
    lines = _wrap(name, width)
    room = width - len(amount) - 1
    if room < 1:  # paper narrower than the amount column: the amount gets its own line
        return [*lines, amount.rjust(width)]
    if len(lines[-1]) > room:
        lines[-1:] = _wrap(lines[-1], room)
    lines[-1] = _lr(lines[-1], amount, width)
    return lines


@dataclass(frozen=True)
class _Layout:
    columns: int
    language: str

    def label(self, key: str) -> str:
        return receipt_label(self.language, key)

    def amount(self, money: Money) -> str:
        return format_amount(money, self.language)


def render_receipt(
    receipt: Receipt,
    *,
    columns: int = 42,
    profile: str = "TM-T88V",
    encoding: str | None = None,
    logo: Path | None = None,
) -> bytes:
    """The ESC/POS bytes of one receipt; `encoding` overrides the language's code page.

    Never a drawer kick: these bytes may print long after the sale, or again as a reprint
    (`hardware.drawer` opens the drawer at the sale).
    """
    p = Dummy(profile=profile)
    layout = _Layout(columns=columns, language=_lang(receipt.language))
    p.hw("INIT")
    p.magic.encoding = None  # ESC @ reset the printer's page; 3.1 would skip the ESC t otherwise
    p.charcode(encoding or code_page_for(receipt.language))
    if logo is not None:
        p.set(align="center")
        p.image(str(logo), impl="bitImageRaster")
    _header(p, receipt, layout)
    for line in receipt.lines:
        _line(p, line, layout)
    _totals(p, receipt, layout)
    _vat_table(p, receipt, layout)
    _trailer(p, receipt, layout)
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


def _line(p: Dummy, line: ReceiptLine, layout: _Layout) -> None:
    width = layout.columns
    name = f"{layout.label('voided')} {line.name}" if line.voided else line.name
    total = f"{layout.amount(line.total)} {line.vat_code}"
    single = line.quantity == 1 and line.unit in ("pc", "")
    if single:
        for text in _name_with_amount(name, total, width):
            p.textln(text)
    else:
        for text in _wrap(name, width):
            p.textln(text)
        unit = "" if line.unit in ("pc", "") else f" {line.unit}"
        qty = f"  {format_number(line.quantity, layout.language)}{unit} x {layout.amount(line.unit_price)}"
        p.textln(_lr(qty, total, width))
    if line.discount is not None and not line.discount.is_zero():
        p.textln(_lr(f"  {layout.label('discount')}", layout.amount(-line.discount), width - 2))
    if line.note:
        for text in _wrap(line.note, width, indent="  "):
            p.textln(text)


def _totals(p: Dummy, receipt: Receipt, layout: _Layout) -> None:
    width = layout.columns
    _rule(p, layout)
    p.textln(_lr(layout.label("subtotal"), layout.amount(receipt.subtotal), width - 2))
    if not receipt.discount_total.is_zero():
        p.textln(_lr(layout.label("discount"), layout.amount(-receipt.discount_total), width - 2))
    p.set(bold=True, double_width=True, double_height=True)
    p.textln(
        _lr(layout.label("total"), f"{receipt.total.currency} {layout.amount(receipt.total)}", width // 2)
    )
    p.set(normal_textsize=True, bold=False)
    if not receipt.rounding.is_zero():
        p.textln(_lr(layout.label("rounding"), layout.amount(receipt.rounding), width - 2))
    for tender, amount in receipt.tenders:
        p.textln(_lr(tender_label(layout.language, tender), layout.amount(amount), width - 2))
    p.textln(_lr(layout.label("change"), layout.amount(receipt.change), width - 2))


def _vat_table(p: Dummy, receipt: Receipt, layout: _Layout) -> None:
    if not receipt.vat_lines:
        return
    _rule(p, layout)
    cell = (layout.columns - 10) // 3
    head = f"{layout.label('vat'):<4}{layout.label('rate')[:5]:>6}"
    heads = (layout.label("net"), layout.label("vat"), layout.label("gross"))
    p.textln(head + "".join(h[: cell - 1].rjust(cell) for h in heads))
    for vat in receipt.vat_lines:
        rate = f"{format_number(vat.rate.percent, layout.language)}%"
        cells = (layout.amount(vat.net), layout.amount(vat.vat), layout.amount(vat.gross))
        p.textln(f"{vat.rate.code:<4}{rate:>6}" + "".join(c.rjust(cell) for c in cells))


def _trailer(p: Dummy, receipt: Receipt, layout: _Layout) -> None:
    _rule(p, layout)
    date_format = _NUMBER_STYLE[layout.language][2]
    p.textln(f"{layout.label('cashier')}: {receipt.cashier_name}"[: layout.columns])
    p.textln(
        _lr(
            f"{layout.label('terminal')}: {receipt.terminal_id}",
            receipt.occurred_at.strftime(date_format),
            layout.columns,
        )
    )
    p.textln(f"{layout.label('receipt')}: {receipt.receipt_number}"[: layout.columns])
    p.ln()
    with contextlib.redirect_stdout(io.StringIO()):  # 3.1 print()s its renderer choice
        p.barcode("{B" + receipt.code_payload, "CODE128", function_type="B", height=60, width=2, pos="OFF")
    p.set(align="center")
    p.ln()
    for footer_line in receipt.footer:
        p.textln(footer_line[: layout.columns])
    p.set(align="left")


class EscposReceiptRenderer:
    """The `ReceiptRenderer` port: one printer model's layout, rendering and preview decoding."""

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

    def decode(self, data: bytes) -> list[str]:
        return decode_lines(data, profile=self.profile)
