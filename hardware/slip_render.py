"""HandoverSlip -> ESC/POS bytes: the store's copy of a web-order handover, with a signature line.

Printed after the visit's receipt, in the receipt's language, code page and paper width, with the
receipt's label tables. Each line leads with its quantity (`2 x Name`, as on a picking list), a
line not handed over with its reason below it. The collector is named; an authorised collector is
said so; whether an ID was checked prints as yes or no and never with a number. Like a receipt
it never kicks the cash drawer: it may print long after the visit.
"""

from __future__ import annotations

from escpos.printer import Dummy

from hardware.receipt_format import (
    NUMBER_STYLE,
    code_page_for,
    format_number,
    left_right,
    receipt_language,
    wrap,
)
from terminal.domain.handover_slip import NOT_HANDED_OVER_REASONS, HandoverSlip, SlipLine
from terminal.domain.receipt import receipt_label


def render_handover_slip(
    slip: HandoverSlip, *, columns: int = 42, profile: str = "TM-T88V", encoding: str | None = None
) -> bytes:
    """The ESC/POS bytes of one handover slip; never a drawer kick."""
    language = receipt_language(slip.language)

    def label(key: str) -> str:
        return receipt_label(language, key)

    p = Dummy(profile=profile)
    p.hw("INIT")
    p.magic.encoding = None  # as in hardware.receipt_render: force the code page after ESC @
    p.charcode(encoding or code_page_for(slip.language))
    p.set(align="center", bold=True)
    p.textln(slip.store_name[:columns])
    p.set(bold=False)
    for address_line in slip.store_address:
        p.textln(address_line[:columns])
    p.set(bold=True, double_height=True)
    p.textln(label("handover_slip")[:columns])
    p.set(normal_textsize=True, bold=False)
    p.textln(label("store_copy")[:columns])
    p.set(align="left")
    rule = "-" * columns
    p.textln(rule)
    p.textln(f"{label('order')}: {slip.order_number}"[:columns])
    p.textln(f"{label('receipt')}: {slip.receipt_number}"[:columns])
    when = slip.occurred_at.strftime(NUMBER_STYLE[language][2])
    p.textln(left_right(f"{label('terminal')}: {slip.terminal_id}", when, columns))
    p.textln(rule)
    _lines(p, label("handed_over"), slip.handed_over, language, columns)
    if slip.not_handed_over:
        p.textln(rule)
        _lines(p, label("not_handed_over"), slip.not_handed_over, language, columns)
    p.textln(rule)
    for text in wrap(f"{label('collected_by')}: {slip.collector}", columns):
        p.textln(text)
    if slip.authorised:
        p.textln(f"  ({label('authorised_collector')})"[:columns])
    p.textln(f"{label('id_checked')}: {label('yes' if slip.id_checked else 'no')}"[:columns])
    p.textln(f"{label('staff')}: {slip.staff_name}"[:columns])
    p.ln(2)
    p.textln(label("received_in_full")[:columns])
    p.ln(2)
    signature = f"{label('signature')}: "
    p.textln(signature + "_" * max(columns - len(signature), 8))
    p.ln(2)
    p.cut()
    return bytes(p.output)


def _lines(p: Dummy, heading: str, lines: tuple[SlipLine, ...], language: str, columns: int) -> None:
    p.textln(heading[:columns])
    for line in lines:
        unit = "" if line.unit in ("pc", "") else f" {line.unit}"
        quantity = f"{format_number(line.quantity, language)}{unit} x"
        for text in _with_quantity(line.name, quantity, columns):
            p.textln(text)
        if line.reason:
            reason = (
                receipt_label(language, f"reason_{line.reason}")
                if line.reason in NOT_HANDED_OVER_REASONS
                else line.reason
            )
            for text in wrap(reason, columns, indent="    "):
                p.textln(text)


def _with_quantity(name: str, quantity: str, columns: int) -> list[str]:
    """`2 x Name`, the name wrapped under itself: the quantity leads, as on a picking list."""
    indent = " " * (len(quantity) + 1)
    wrapped = wrap(name, columns - len(indent)) or [""]
    return [f"{quantity} {wrapped[0]}"] + [indent + rest for rest in wrapped[1:]]
