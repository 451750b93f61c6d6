"""Receipt rendering to ESC/POS and decoding back to text, per language and code page."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from PIL import Image

from hardware.escpos_decode import Barcode, QrCode, decode, decode_lines
from hardware.receipt_render import EscposReceiptRenderer, render_receipt
from terminal.domain.money import Money
from terminal.domain.receipt import RECEIPT_LABELS, Receipt, ReceiptHandoverLine, ReceiptLine, receipt_label
from terminal.domain.scan import receipt_code_payload
from terminal.domain.tax import VatRate, vat_breakdown


def eur(minor: int) -> Money:
    return Money(minor, "EUR")


def huf(minor: int) -> Money:
    return Money(minor, "HUF")


A, B = VatRate("A", Decimal(19)), VatRate("B", Decimal(7))


def german_receipt(*, is_copy: bool = False) -> Receipt:
    """Two pieces, a line discount, a weighed line, a voided line and 10 % off the basket (9,37,
    shared 0,99 / 8,01 / 0,37 over the lines for the VAT)."""
    lines = (
        ReceiptLine("Müsli Würze Größe €", Decimal(2), "pc", eur(499), eur(998), eur(998), "B"),
        ReceiptLine(
            "Akkuschrauber", Decimal(1), "pc", eur(8999), eur(8999), eur(7999), "A", eur(1000), "Aktion"
        ),
        ReceiptLine("Äpfel", Decimal("1.255"), "kg", eur(299), eur(375), eur(375), "B"),
        ReceiptLine("Kabel", Decimal(1), "pc", eur(100), eur(0), eur(0), "A", voided=True),
    )
    return Receipt(
        store_name="Baumarkt Köln",
        store_address=("Hauptstraße 1", "50667 Köln"),
        tax_id="DE123456789",
        receipt_number="S001-T01-000042",
        terminal_id="T01",
        cashier_name="Jürgen",
        occurred_at=datetime(2026, 5, 1, 14, 3, tzinfo=UTC),
        lines=lines,
        subtotal=eur(9372),
        basket_discount=eur(937),
        total=eur(8435),
        vat_lines=vat_breakdown([(B, eur(899)), (A, eur(7198)), (B, eur(338))], "EUR"),
        tenders=(("cash", eur(10000)),),
        change=eur(1565),
        rounding=eur(0),
        footer=("Danke für Ihren Einkauf!",),
        code_payload=receipt_code_payload("S001-T01-000042"),
        is_copy=is_copy,
        language="de",
    )


GERMAN_TEXT = [
    "Baumarkt Köln",
    "Hauptstraße 1",
    "50667 Köln",
    "USt-IdNr.: DE123456789",
    "-" * 42,
    "Müsli Würze Größe €",
    "  2 x 4,99                          9,98 B",
    "Akkuschrauber               89,99",
    "  Rabatt                   -10,00  79,99 A",
    "  Aktion",
    "Äpfel",
    "  1,255 kg x 2,99                   3,75 B",
    "STORNO Kabel                        0,00 A",
    "-" * 42,
    "Zwischensumme                      93,72",
    "Einkaufsrabatt                     -9,37",
    "SUMME         84,35 €",
    "Bar                               100,00",
    "Rückgeld                           15,65",
    "-" * 42,
    "MwSt  Satz     Netto      MwSt    Brutto",
    "A      19%     60,49     11,49     71,98",
    "B       7%     11,56      0,81     12,37",
    "-" * 42,
    "Kassierer/in: Jürgen",
    "Kasse: T01                01.05.2026 14:03",
    "Beleg: S001-T01-000042",
    "",
    "[BARCODE CODE128 R:S001-T01-000042]",
    "",
    "[QR R:S001-T01-000042]",
    "",
    "Danke für Ihren Einkauf!",
    "[CUT]",
]


def test_german_receipt_decodes_to_the_exact_text() -> None:
    data = render_receipt(german_receipt())
    assert decode_lines(data) == GERMAN_TEXT
    assert data.startswith(b"\x1b@\x1bt\x13")  # init, then CP858 (slot 19) forced again
    assert "Müsli Würze Größe €".encode("cp858") in data
    assert "84,35 €".encode("cp858") in data  # the euro sign is CP858's 0xD5 ...
    assert b"84,35 \xd5" in data
    assert b"EUR" not in data  # ... and never the currency code


def test_every_line_fits_the_paper() -> None:
    assert all(len(line) <= 42 for line in GERMAN_TEXT)
    narrow = decode_lines(render_receipt(german_receipt(), columns=32))
    assert all(len(line) <= 32 for line in narrow if not line.startswith("["))


def test_copy_is_marked_and_never_opens_the_drawer() -> None:
    data = render_receipt(german_receipt(is_copy=True))
    lines = decode_lines(data)
    assert "*** KOPIE ***" in lines
    assert "[DRAWER]" not in lines
    assert b"\x1bp" not in data


def test_hungarian_receipt_uses_cp1250() -> None:
    rate = VatRate("A", Decimal(27))
    receipt = Receipt(
        store_name="Győri Áruház",
        store_address=("Fő út 1",),
        tax_id="12345678-2-08",
        receipt_number="S002-T03-000007",
        terminal_id="T03",
        cashier_name="Ősz Úrsula",
        occurred_at=datetime(2026, 5, 1, 9, 5, tzinfo=UTC),
        lines=(
            ReceiptLine("Őszibarack", Decimal("0.5"), "kg", huf(1598), huf(799), huf(799), "A"),
            ReceiptLine("Űrtartalom mérő", Decimal(1), "pc", huf(12990), huf(12990), huf(12990), "A"),
        ),
        subtotal=huf(13789),
        basket_discount=huf(0),
        total=huf(13789),
        vat_lines=vat_breakdown([(rate, huf(13789))], "HUF"),
        tenders=(("cash", huf(14000)),),
        change=huf(210),
        rounding=huf(1),
        footer=(),
        code_payload=receipt_code_payload("S002-T03-000007"),
        language="hu",
    )
    data = render_receipt(receipt)
    assert data.startswith(b"\x1b@\x1bt\x2d")  # CP1250 is slot 45 on TM-T88V
    assert decode_lines(data) == [
        "Győri Áruház",
        "Fő út 1",
        "Adószám: 12345678-2-08",
        "-" * 42,
        "Őszibarack",
        "  0,5 kg x 1 598                     799 A",
        "Űrtartalom mérő                   12 990 A",
        "-" * 42,
        "Részösszeg                        13 789",
        "ÖSSZESEN    13 789 Ft",
        "Kerekítés                              1",
        "Fizetendő                         13 790",
        "Készpénz                          14 000",
        "Visszajáró                           210",
        "-" * 42,
        "ÁFA  Kulcs     Nettó       ÁFA    Bruttó",
        "A      27%    10 857     2 932    13 789",
        "-" * 42,
        "Pénztáros: Ősz Úrsula",
        "Pénztár: T03             2026.05.01. 09:05",
        "Nyugta: S002-T03-000007",
        "",
        "[BARCODE CODE128 R:S002-T03-000007]",
        "",
        "[QR R:S002-T03-000007]",
        "",
        "[CUT]",
    ]


def test_indonesian_receipt_is_plain_ascii_words() -> None:
    lines = decode_lines(render_receipt(dataclasses.replace(german_receipt(), language="id")))
    assert "Kembalian                          15,65" in lines
    assert "TOTAL          €84,35" in lines  # the sign before the number, as Indonesian writes it
    assert "PPN  Tarif       DPP       PPN     Bruto" in lines
    assert "Kasir: Jürgen" in lines


def test_logo_is_printed_as_an_image(tmp_path: Path) -> None:
    logo = tmp_path / "logo.png"
    Image.new("1", (64, 16), color=0).save(logo)
    lines = EscposReceiptRenderer(logo=logo).decode(render_receipt(german_receipt(), logo=logo))
    assert lines[0] == "[IMAGE]"
    assert lines[1] == "Baumarkt Köln"


def test_renderer_port() -> None:
    renderer = EscposReceiptRenderer()
    assert renderer.decode(renderer.render(german_receipt())) == GERMAN_TEXT


def test_decoder_markers_and_unknown_commands() -> None:
    qr = b"\x1d(k\x09\x001P0R:S001\x1d(k\x03\x001Q0"
    assert decode_lines(qr) == ["[QR R:S001]"]
    assert decode_lines(b"ab\x1bZ") == ["ab", "[UNKNOWN 1b5a]"]
    assert decode_lines(b"\x1dv0\x00\x01\x00\x02\x00\xff") == ["[TRUNCATED]"]
    assert decode_lines(b"\x1dv0\x00\x01\x00\x02\x00\xff\x00x") == ["[IMAGE]", "x"]
    assert decode_lines(b"\x1dk\x02400638133393\x00\x1dV\x41\x03") == [
        "[BARCODE EAN13 400638133393]",
        "[CUT]",
    ]


def test_every_language_has_every_label() -> None:
    keys = set(RECEIPT_LABELS["en"])
    assert all(set(table) == keys for table in RECEIPT_LABELS.values())
    assert receipt_label("de_DE", "change") == "Rückgeld"
    assert receipt_label("fr", "change") == "Change"


LONG_NAME = "Bosch Akku-Bohrschrauber GSR 12V-15 Professional"


def long_name_receipt(*lines: ReceiptLine, language: str = "de") -> Receipt:
    return dataclasses.replace(german_receipt(), lines=lines, language=language)


def item_lines(decoded: list[str], columns: int) -> list[str]:
    """The lines between the header's rule and the totals' rule."""
    first = decoded.index("-" * columns) + 1
    return decoded[first : decoded.index("-" * columns, first)]


def name_and_amount(items: list[str], amount: str) -> tuple[str, str]:
    """The name as the lines spell it (joined at the breaks), and the last line's right end."""
    *head, last = items
    assert last.endswith(" " + amount)
    return " ".join([*head, last.removesuffix(amount).rstrip()]), last


@pytest.mark.parametrize(
    ("columns", "expected"),
    [
        (42, ["Bosch Akku-Bohrschrauber GSR 12V-15", "Professional                      129,99 A"]),
        (48, ["Bosch Akku-Bohrschrauber GSR 12V-15", "Professional                            129,99 A"]),
    ],
)
def test_a_long_name_wraps_and_its_amount_stays_at_the_last_column(columns: int, expected: list[str]) -> None:
    line = ReceiptLine(LONG_NAME, Decimal(1), "pc", eur(12999), eur(12999), eur(12999), "A")
    decoded = decode_lines(render_receipt(long_name_receipt(line), columns=columns))
    items = item_lines(decoded, columns)
    assert items == expected
    name, last = name_and_amount(items, "129,99 A")
    assert name == LONG_NAME
    assert len(last) == columns
    assert all(len(text) <= columns for text in decoded if not text.startswith("["))


@pytest.mark.parametrize("columns", [42, 48])
def test_a_long_name_with_a_quantity_wraps_above_the_quantity_line(columns: int) -> None:
    name = "Schraubendreher-Bit-Set Größe PH1 PH2 PZ1 PZ2 T10 T15 T20 Edelstahl 32-teilig"
    note = "Aktion Werkzeugwochen bis 30.11."
    line = ReceiptLine(name, Decimal(3), "pc", eur(1499), eur(4497), eur(4497), "A", note=note)
    data = render_receipt(long_name_receipt(line), columns=columns)
    assert "Größe PH1".encode("cp858") in data  # CP858: the umlaut and ß are the page's bytes
    *name_lines, quantity, note_line = item_lines(decode_lines(data), columns)
    assert " ".join(name_lines) == name
    assert len(name_lines) == 2
    assert all(len(text) <= columns for text in name_lines)
    assert quantity.startswith("  3 x 14,99 ")
    assert quantity.endswith(" 44,97 A")
    assert len(quantity) == columns
    assert note_line == "  " + note


@pytest.mark.parametrize("columns", [42, 48])
def test_a_name_that_fills_the_line_moves_words_beside_the_amount(columns: int) -> None:
    name = "Gardena Comfort Spiralschlauch-Box 10 m, 4 Wandhalter"[: columns - 3]
    line = ReceiptLine(name, Decimal(1), "pc", eur(3999), eur(3999), eur(3999), "A")
    items = item_lines(decode_lines(render_receipt(long_name_receipt(line), columns=columns)), columns)
    assert len(items) == 2  # one name line is full: its last word(s) go beside the amount
    assert name_and_amount(items, "39,99 A")[0] == name
    assert len(items[-1]) == columns


def test_a_word_longer_than_the_paper_is_split_not_cut() -> None:
    name = "Donaudampfschifffahrtsgesellschaftskapitänsmütze"  # 48 letters, one word
    line = ReceiptLine(name, Decimal(1), "pc", eur(999), eur(0), eur(0), "A", voided=True)
    items = item_lines(decode_lines(render_receipt(long_name_receipt(line))), 42)
    assert items[0] == "STORNO Donaudampfschifffahrtsgesellschafts"
    assert items[1] == "kapitänsmütze                       0,00 A"


def test_a_hungarian_long_name_wraps_in_cp1250() -> None:
    name = "Őszibarack befőtt üvegben, magyar termelőtől, különleges minőség"
    line = ReceiptLine(name, Decimal(1), "pc", huf(1299), huf(1299), huf(1299), "A")
    data = render_receipt(long_name_receipt(line, language="hu"))
    assert data.startswith(b"\x1b@\x1bt\x2d")
    items = item_lines(decode_lines(data), 42)
    assert items == [
        "Őszibarack befőtt üvegben, magyar",
        "termelőtől, különleges minőség     1 299 A",
    ]
    assert name_and_amount(items, "1 299 A")[0] == name
    assert len(items[-1]) == 42


def test_the_qr_code_of_the_receipt_number_follows_its_barcode() -> None:
    receipt = german_receipt()
    decoded = decode(render_receipt(receipt))
    assert decoded.barcodes == [Barcode("CODE128", receipt.code_payload)]
    assert decoded.qr_codes == [QrCode(receipt.code_payload, module_size=5, error_correction="M")]
    barcode_at = decoded.lines.index(f"[BARCODE CODE128 {receipt.code_payload}]")
    assert decoded.lines[barcode_at + 1 : barcode_at + 3] == ["", f"[QR {receipt.code_payload}]"]
    assert decoded.unknown == []
    assert decoded.drawer_kicks == []


def test_a_58_mm_printer_without_native_codes_still_gets_its_receipt() -> None:
    # POS-5890: no hardware barcodes, no native QR. The CODE128 drawn as an image would be wider
    # than the roll (python-escpos refuses it), so the payload prints as text; the QR is an image.
    data = render_receipt(german_receipt(), profile="POS-5890", columns=32)
    assert b"\x1d(k" not in data
    decoded = decode(data, profile="POS-5890")
    assert decoded.qr_codes == []
    assert decoded.barcodes == []
    assert "R:S001-T01-000042" in decoded.lines
    assert decoded.lines.count("[IMAGE]") == 1
    assert "SUMME    84,35 €" in decoded.lines
    assert all(len(line) <= 32 for line in decoded.lines)


def test_a_total_too_long_for_double_width_prints_tall_only() -> None:
    price = huf(123456789)
    big = dataclasses.replace(
        german_receipt(),
        lines=(ReceiptLine("Kassensystem", Decimal(1), "pc", price, price, price, "A"),),
        subtotal=price,
        basket_discount=huf(0),
        total=price,
        vat_lines=vat_breakdown([(VatRate("A", Decimal(27)), price)], "HUF"),
        tenders=(("card", price),),
        change=huf(0),
        language="hu",
    )
    data = render_receipt(big)
    assert "ÖSSZESEN                  123 456 789 Ft" in decode_lines(data)
    assert b"\x1b!\x30" not in data  # ESC ! 0x30: double width and height ...
    assert b"\x1b!\x10" in data  # ... but only double height


def test_a_handover_only_receipt_prints_no_empty_subtotal() -> None:
    """A web order paid at pickup and nothing else bought: the handover and its total, no
    "Zwischensumme 0,00" / "Verkauf 0,00" above it (found on the walk through the demo)."""
    handover = ReceiptHandoverLine(
        "W-100228", "Riesling trocken 0,75 l", Decimal(3), "pc", eur(3077), "A", False
    )
    receipt = dataclasses.replace(
        german_receipt(),
        lines=(),
        subtotal=eur(0),
        basket_discount=eur(0),
        total=eur(3077),
        handovers=(handover,),
        vat_lines=vat_breakdown([(A, eur(3077))], "EUR"),
        tenders=(("cash", eur(3077)),),
        change=eur(0),
    )
    text = decode_lines(render_receipt(receipt))
    assert not any(line.startswith(("Zwischensumme", "Verkauf")) for line in text)
    assert "Webbestellung W-100228" in text
    assert any(line.startswith("3 x Riesling trocken") and line.endswith("30,77 A") for line in text)
    assert "SUMME         30,77 €" in text
