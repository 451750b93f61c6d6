"""Barcode parsing: GTINs, in-store price/weight codes, GS1 element strings, our own codes."""

from __future__ import annotations

from datetime import date

import biip
import pytest
from biip.checksums import gs1_price_weight_check_digit, gs1_standard_check_digit
from biip.rcn import RcnRegion
from hypothesis import given
from hypothesis import strategies as st

from hardware.barcodes import BarcodePatterns, ScanParser, parse_scan
from terminal.domain.errors import TillError
from terminal.domain.scan import (
    Gs1Item,
    PickupCode,
    PriceEmbedded,
    ProductCode,
    ReceiptCode,
    StaffBadge,
    WeightEmbedded,
    gs1_check_digit,
    normalise_gtin,
    receipt_code_payload,
    with_check_digit,
)

P = BarcodePatterns()


def _code(length: int) -> st.SearchStrategy[str]:
    return st.text(alphabet="0123456789", min_size=length - 1, max_size=length - 1).map(with_check_digit)


def _refused(raw: str) -> TillError:
    with pytest.raises(TillError) as info:
        parse_scan(raw, P)
    return info.value


# --- plain GTINs ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "gtin"),
    [
        ("4006381333931", "4006381333931"),
        ("]E04006381333931", "4006381333931"),
        ("  4006381333931\r\n", "4006381333931"),
        ("036000291452", "0036000291452"),  # UPC-A -> its EAN-13 form
        ("96385074", "96385074"),  # EAN-8 stays 8 digits
        ("]E496385074", "96385074"),
        ("]E001234565", "0012345000065"),  # UPC-E expanded
        ("04006381333931", "4006381333931"),  # GTIN-14 with a leading 0
        ("00000096385074", "96385074"),  # a GTIN-8 in a 14-digit field
        ("14006381333938", "14006381333938"),  # a real case code keeps 14 digits
        ("2012345678903", "2012345678903"),  # prefix 20: plain in-store article
    ],
)
def test_gtins_are_normalised_for_the_catalogue(raw: str, gtin: str) -> None:
    assert parse_scan(raw, P) == ProductCode(gtin, raw.strip().removeprefix("]E0").removeprefix("]E4"))


def test_scan_parser_is_the_barcode_parser_port() -> None:
    assert ScanParser().parse("4006381333931") == ProductCode("4006381333931", "4006381333931")


@given(_code(13).filter(lambda c: not c.startswith("2")))
def test_every_valid_ean13_parses_to_itself(code: str) -> None:
    assert parse_scan(code, P) == ProductCode(code, code)


@given(_code(8))
def test_every_valid_ean8_parses_to_itself(code: str) -> None:
    assert parse_scan(code, P) == ProductCode(code, code)
    assert parse_scan("]E4" + code, P) == ProductCode(code, code)


@given(_code(12))
def test_every_valid_upca_parses_to_its_ean13_form(code: str) -> None:
    assert parse_scan(code, P) == ProductCode("0" + code, code)


@given(st.sampled_from([8, 12, 13]).flatmap(_code), st.data())
def test_any_single_digit_corruption_is_refused(code: str, data: st.DataObject) -> None:
    position = data.draw(st.integers(0, len(code) - 1))
    digit = data.draw(st.sampled_from([d for d in "0123456789" if d != code[position]]))
    corrupted = code[:position] + digit + code[position + 1 :]
    if len(code) == 8 and corrupted[0] in "01":
        # Without a symbology identifier 8 digits may also be a UPC-E (module docstring): it must
        # then never come back as an EAN-8 product.
        try:
            result = parse_scan(corrupted, P)
        except TillError as exc:
            code = exc.code
        else:
            assert isinstance(result, ProductCode)
            assert len(result.gtin) == 13
            return
        assert code == "barcode.check_digit"
        return
    error = _refused(corrupted)
    assert error.code == "barcode.check_digit"
    assert error.params["expected"] == str(gs1_standard_check_digit(corrupted[:-1]))


def test_check_digit_refusal_names_the_expected_digit() -> None:
    error = _refused("4006381333932")
    assert (error.code, error.params) == ("barcode.check_digit", {"code": "4006381333932", "expected": "1"})


def test_upc_e_with_wrong_check_digit_is_refused() -> None:
    assert _refused("]E001234564").code == "barcode.check_digit"


@given(st.text(alphabet="0123456789", min_size=7, max_size=13))
def test_domain_check_digit_agrees_with_biip(payload: str) -> None:
    assert gs1_check_digit(payload) == gs1_standard_check_digit(payload)


@pytest.mark.parametrize("raw", ["", "  ", "\r\n"])
def test_empty_scan(raw: str) -> None:
    assert _refused(raw).code == "barcode.empty"


@pytest.mark.parametrize(
    "raw", ["hello", "1234", "40063813339", "400638133393x", "]Zx", "]E0", "R:bad", "B:", "P:a b", "40\x0763"]
)
def test_garbage_is_unreadable(raw: str) -> None:
    assert _refused(raw).code == "barcode.unreadable"


def test_normalise_gtin_refuses_non_gtins() -> None:
    with pytest.raises(ValueError, match="not a GTIN"):
        normalise_gtin("12345")


# --- in-store price and weight codes --------------------------------------------------------------


def test_price_embedded_with_lookup_code() -> None:
    scan = parse_scan("2212345012992", P)
    assert scan == PriceEmbedded(lookup_code="2212340000000", price_minor=1299, raw="2212345012992")


def test_weight_embedded_with_lookup_code() -> None:
    scan = parse_scan("]E02812345012550", P)
    assert scan == WeightEmbedded(lookup_code="2812340000002", weight_grams=1255, raw="2812345012550")


def test_wrong_price_check_digit_is_refused() -> None:
    code = with_check_digit("221234" + "4" + "01299")  # K should be 5
    error = _refused(code)
    assert (error.code, error.params["expected"]) == ("barcode.price_check", "5")


def test_store_patterns_are_configurable() -> None:
    patterns = BarcodePatterns(in_store=("21 IIIII PPPPP C", "27 IIIII WWWWW C"), currency_exponent=0)
    code = with_check_digit("21" + "12345" + "04990")
    assert parse_scan(code, patterns) == PriceEmbedded(with_check_digit("211234500000"), 4990, code)
    assert isinstance(parse_scan(with_check_digit("220000000000"), patterns), ProductCode)


@pytest.mark.parametrize(
    "pattern", ["22 IIII K PPPPP", "21 IIII PPPPP WC", "22 IIIII IIIII C", "22 IIK PPPPPPP C"]
)
def test_bad_patterns_are_refused_at_configuration(pattern: str) -> None:
    with pytest.raises(ValueError, match="pattern"):
        BarcodePatterns(in_store=(pattern,))


def _in_store(prefix: str, item: str, value: str) -> str:
    return with_check_digit(prefix + item + str(gs1_price_weight_check_digit(value)) + value)


_ITEM = st.text(alphabet="0123456789", min_size=4, max_size=4)
_VALUE = st.text(alphabet="0123456789", min_size=5, max_size=5)


@given(st.sampled_from(["22", "23"]), _ITEM, _VALUE)
def test_price_codes_round_trip_and_agree_with_biip(prefix: str, item: str, value: str) -> None:
    code = _in_store(prefix, item, value)
    scan = parse_scan(code, P)
    assert scan == PriceEmbedded(with_check_digit(prefix + item + "000000"), int(value), code)
    rcn = biip.parse(code, config=biip.ParseConfig(rcn_region=RcnRegion.GERMANY)).gtin
    assert rcn is not None
    assert int(rcn.price.scaleb(2)) == scan.price_minor  # type: ignore[attr-defined]


@given(st.sampled_from(["28", "29"]), _ITEM, _VALUE)
def test_weight_codes_round_trip_and_agree_with_biip(prefix: str, item: str, value: str) -> None:
    code = _in_store(prefix, item, value)
    scan = parse_scan(code, P)
    assert scan == WeightEmbedded(with_check_digit(prefix + item + "000000"), int(value), code)
    rcn = biip.parse(code, config=biip.ParseConfig(rcn_region=RcnRegion.GERMANY)).gtin
    assert rcn is not None
    assert int(rcn.weight.scaleb(3)) == scan.weight_grams  # type: ignore[attr-defined]


# --- GS1 element strings --------------------------------------------------------------------------


def test_gs1_128_with_batch_expiry_and_weight() -> None:
    raw = "]C1" + "0104006381333931" + "17261231" + "10ABC123\x1d" + "3103001250"
    assert parse_scan(raw, P) == Gs1Item(
        gtin="4006381333931",
        raw=raw[3:],
        batch="ABC123",
        expiry=date(2026, 12, 31),
        net_weight_grams=1250,
        price_minor=None,
    )


def test_gs1_datamatrix_with_price_and_without_symbology_identifier() -> None:
    assert parse_scan("]d2010400638133393139220012 99".replace(" ", ""), P) == Gs1Item(
        "4006381333931", "01040063813339313922001299", price_minor=1299
    )
    assert parse_scan("0104006381333931\x1d3922001299", P).price_minor == 1299  # type: ignore[union-attr]
    huf = BarcodePatterns(currency_exponent=0)
    assert parse_scan("(01)04006381333931(3920)001299", huf).price_minor == 1299  # type: ignore[union-attr]


def test_gs1_with_bad_gtin_check_digit_or_no_gtin_is_refused() -> None:
    assert _refused("]C10104006381333932").code == "barcode.check_digit"
    assert _refused("]C110ABC123").code == "barcode.unreadable"
    assert _refused("]C1xyz").code == "barcode.unreadable"
    assert _refused("(01)04006381333931(3932)978001299").code == "barcode.unsupported"


# --- our own codes --------------------------------------------------------------------------------


def test_receipt_pickup_and_badge_codes() -> None:
    payload = receipt_code_payload("S001-T01-000042")
    assert payload == "R:S001-T01-000042"
    assert parse_scan(payload, P) == ReceiptCode("S001-T01-000042", payload)
    assert parse_scan("]Q1" + payload, P) == ReceiptCode("S001-T01-000042", payload)
    assert parse_scan("]C0r:s001-t01-000042", P) == ReceiptCode("S001-T01-000042", "r:s001-t01-000042")
    assert parse_scan("P:abc123", P) == PickupCode("ABC123", "P:abc123")
    assert parse_scan("B:Anna.7", P) == StaffBadge("Anna.7", "B:Anna.7")
