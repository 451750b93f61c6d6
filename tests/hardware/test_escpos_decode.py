"""The test decoder reads back what python-escpos writes: text per code page, codes, drawer kicks."""

from __future__ import annotations

import contextlib
import io

from escpos.printer import Dummy

from hardware.escpos_decode import Barcode, DrawerKick, QrCode, decode


def _printed(build: object) -> bytes:
    p = Dummy(profile="TM-T88V")
    with contextlib.redirect_stdout(io.StringIO()):  # barcode() print()s its renderer choice
        build(p)  # type: ignore[operator]
    return bytes(p.output)


def test_native_qr_payload_size_and_level_come_back() -> None:
    def build(p: Dummy) -> None:
        p.textln("vor")
        p.qr("R:S001-T01-000042", native=True, size=5, ec=1)  # QR_ECLEVEL_M

    decoded = decode(_printed(build))
    assert decoded.lines == ["vor", "[QR R:S001-T01-000042]"]
    assert decoded.qr_codes == [QrCode("R:S001-T01-000042", module_size=5, error_correction="M")]


def test_a_qr_is_reported_where_it_prints_not_where_it_is_stored() -> None:
    store = b"\x1d(k\x09\x001P0R:S001"
    show = b"\x1d(k\x03\x001Q0"
    assert decode(store).lines == []  # stored, never printed
    assert decode(store + b"x\n" + show).lines == ["x", "[QR R:S001]"]
    assert decode(show).qr_codes == []


def test_barcodes_and_drawer_kicks_are_reported_in_order() -> None:
    def build(p: Dummy) -> None:
        p.cashdraw(2)
        p.barcode("{BR:S001-T01-000042", "CODE128", function_type="B")
        p.barcode("4006381333931", "EAN13")
        p.cashdraw(5)

    decoded = decode(_printed(build))
    assert decoded.barcodes == [Barcode("CODE128", "R:S001-T01-000042"), Barcode("EAN13", "4006381333931")]
    assert decoded.drawer_kicks == [DrawerKick(2, 100, 100), DrawerKick(5, 100, 100)]
    assert [line for line in decoded.lines if line.startswith("[")] == [
        "[DRAWER]",
        "[BARCODE CODE128 R:S001-T01-000042]",
        "[BARCODE EAN13 4006381333931]",
        "[DRAWER]",
    ]


def test_text_is_read_in_the_code_page_each_esc_t_selected() -> None:
    def build(p: Dummy) -> None:
        p.charcode("CP858")
        p.textln("Summe 9,99 € Größe")
        p.charcode("CP1250")
        p.textln("Összesen 1 299 Ft ő ű €")

    data = _printed(build)
    assert "€".encode("cp858") == b"\xd5"
    assert b"\xd5" in data  # the euro sign is the page's own byte, not "EUR" or "?"
    decoded = decode(data)
    assert decoded.lines == ["Summe 9,99 € Größe", "Összesen 1 299 Ft ő ű €"]
    assert decoded.code_pages == ["cp858", "cp1250"]
    assert decoded.unknown == []
    assert decoded.text == "Summe 9,99 € Größe\nÖsszesen 1 299 Ft ő ű €"


def test_unknown_commands_are_listed() -> None:
    decoded = decode(b"ab\x1bZ\x07")
    assert decoded.unknown == ["1b5a", "07"]
    assert decoded.lines == ["ab", "[UNKNOWN 1b5a]", "[UNKNOWN 07]"]
