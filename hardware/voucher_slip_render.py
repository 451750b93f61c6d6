"""VoucherSlip -> ESC/POS bytes: the customer's store credit, with its code as text and as a QR code.

Printed after the visit's receipt, in the receipt's language, code page and paper width, with the
receipt's label tables. The amount stands large; the code prints in its groups (what a cashier
types when the QR code will not scan) and as a native QR code of `V:<code>` (`GS ( k`, so the bytes
decode back to the payload) where the printer profile has QR codes, as an image elsewhere, as text
where neither can be drawn. Like a receipt it never kicks the cash drawer.
"""

from __future__ import annotations

import contextlib
import io

from escpos.capabilities import get_profile
from escpos.exceptions import Error as EscposError
from escpos.printer import Dummy

from hardware.receipt_format import NUMBER_STYLE, code_page_for, format_money, receipt_language, wrap
from terminal.domain.receipt import receipt_label
from terminal.domain.voucher_slip import VoucherSlip

QR_MODULE_SIZE = 6  # a little larger than the receipt's: this one is scanned at another till, later
QR_ERROR_CORRECTION = 1  # M


def render_voucher_slip(
    slip: VoucherSlip, *, columns: int = 42, profile: str = "TM-T88V", encoding: str | None = None
) -> bytes:
    """The ESC/POS bytes of one voucher slip; never a drawer kick."""
    language = receipt_language(slip.language)
    code_page = encoding or code_page_for(slip.language)

    def label(key: str) -> str:
        return receipt_label(language, key)

    p = Dummy(profile=profile)
    p.hw("INIT")
    p.magic.encoding = None  # as in hardware.receipt_render: force the code page after ESC @
    p.charcode(code_page)
    p.set(align="center", bold=True)
    p.textln(slip.store_name[:columns])
    p.set(bold=False)
    for address_line in slip.store_address:
        p.textln(address_line[:columns])
    p.ln()
    p.set(bold=True, double_height=True)
    p.textln(label("voucher_slip")[:columns])
    p.set(normal_textsize=True, bold=False)
    p.textln("-" * columns)
    p.textln(label("amount"))
    amount = format_money(slip.amount, language, code_page)
    p.set(bold=True, double_width=True, double_height=True)
    p.textln(amount[: columns // 2])
    p.set(normal_textsize=True, bold=False)
    p.ln()
    p.textln(label("voucher_code"))
    p.set(bold=True)
    p.textln(slip.printed_code[:columns])
    p.set(bold=False)
    p.ln()
    native = bool(get_profile(profile).supports("qrCode"))
    try:
        with contextlib.redirect_stdout(io.StringIO()):
            p.qr(slip.qr_payload, native=native, size=QR_MODULE_SIZE, ec=QR_ERROR_CORRECTION)
    except EscposError:
        p.textln(slip.qr_payload)
    p.ln()
    chain = slip.chain_name or slip.store_name
    for text in wrap(label("valid_at").format(chain=chain), columns):
        p.textln(text)
    for text in wrap(label("keep_voucher"), columns):
        p.textln(text)
    p.textln("-" * columns)
    p.set(align="left")
    p.textln(f"{label('date')}: {slip.occurred_at.strftime(NUMBER_STYLE[language][2])}"[:columns])
    p.textln(f"{label('receipt')}: {slip.receipt_number}"[:columns])
    p.textln(f"{label('terminal')}: {slip.terminal_id}"[:columns])
    p.ln(2)
    p.cut()
    return bytes(p.output)
