"""The voucher slip as the printer gets it (escpos Dummy, bytes decoded back): its words in the
till's language and code page, the amount, the grouped code, a native QR code of `V:<code>`, and
never a drawer kick."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from contract.vouchers import grouped, new_code, normalise
from hardware.escpos_decode import decode
from hardware.voucher_slip_render import render_voucher_slip
from terminal.domain.money import Money
from terminal.domain.voucher_slip import VoucherSlip

WHEN = datetime(2026, 11, 24, 9, 30, tzinfo=UTC)


@pytest.mark.parametrize(
    ("language", "amount", "printed", "words"),
    [
        ("de", Money(5850, "EUR"), "58,50 €", ("GUTSCHEIN", "Gültig in allen Filialen von Heimwerk")),
        ("hu", Money(12990, "HUF"), "12 990 Ft", ("VÁSÁRLÁSI UTALVÁNY", "Érvényes a(z) Heimwerk")),
        ("id", Money(150000, "IDR"), "Rp 150.000", ("VOUCHER KREDIT TOKO", "Berlaku di semua toko Heimwerk")),
    ],
)
def test_a_voucher_slip_reads_back(
    language: str, amount: Money, printed: str, words: tuple[str, ...]
) -> None:
    code = new_code()
    slip = VoucherSlip("Heimwerk Mitte", ("Hauptstraße 1",), "Heimwerk", code, amount, "S001-T01-000007",
                       "T01", WHEN, language)  # fmt: skip
    out = decode(render_voucher_slip(slip))
    text = "\n".join(out.lines)
    assert out.lines[0] == "Heimwerk Mitte"
    assert "Hauptstraße 1" in out.lines
    for word in words:
        assert word in text
    assert printed in out.lines
    assert grouped(code) in out.lines
    assert [qr.data for qr in out.qr_codes] == [f"V:{code}"]
    assert normalise(out.qr_codes[0].data) == code  # what a till's scanner reads back is the voucher
    assert "S001-T01-000007" in text
    assert out.drawer_kicks == []
