"""The till's config file: every refusal names the key and the line; the value rules the wizard shares."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from terminal.config import (
    ConfigError,
    PrinterConfig,
    TillConfig,
    check_backend_url,
    check_printer,
    key_line,
    load_config,
    printer_from_fields,
    write_config,
)

GOOD = """\
[store]
id = "S001"
name = "Berlin"

[terminal]
id = "T07"
language = "de"

[printer]
type = "network"
host = "10.0.0.5"
"""


def refusal(tmp_path: Path, text: str) -> ConfigError:
    path = tmp_path / "terminal.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        load_config(path)
    return caught.value


def test_a_good_file_loads(tmp_path: Path) -> None:
    path = tmp_path / "terminal.toml"
    path.write_text(GOOD, encoding="utf-8")
    config = load_config(path)
    assert (config.store.id, config.terminal.id, config.printer.host) == ("S001", "T07", "10.0.0.5")


def test_an_unknown_key_is_refused_with_its_key_and_line(tmp_path: Path) -> None:
    error = refusal(tmp_path, GOOD + 'colour = "red"\n')
    assert (error.code, error.key, error.line) == ("config.unknown_key", "printer.colour", 12)
    assert str(error).endswith("terminal.toml, line 12: unknown key printer.colour")


def test_an_unknown_section_is_refused_with_its_line(tmp_path: Path) -> None:
    error = refusal(tmp_path, GOOD + "\n[printr]\ntype = 'usb'\n")
    assert (error.code, error.key, error.line) == ("config.unknown_section", "printr", 13)


def test_a_misspelt_dotted_key_is_found_too(tmp_path: Path) -> None:
    error = refusal(tmp_path, 'printer.tpye = "usb"\n')
    assert (error.key, error.line) == ("printer.tpye", 1)


def test_a_wrong_type_names_key_and_line(tmp_path: Path) -> None:
    error = refusal(tmp_path, GOOD.replace('language = "de"', "language = 5"))
    assert (error.code, error.key, error.line) == ("config.expected_text", "terminal.language", 7)
    assert "line 7: terminal.language must be text" in str(error)
    error = refusal(tmp_path, GOOD + "port = '9100'\n")
    assert (error.code, error.key, error.line) == ("config.expected_int", "printer.port", 12)


def test_a_toml_syntax_error_names_the_line(tmp_path: Path) -> None:
    error = refusal(tmp_path, '[store]\nid = "S001\n')
    assert (error.code, error.line) == ("config.syntax", 2)
    assert "not valid TOML" in str(error)


def test_a_value_the_rules_refuse_names_key_and_line(tmp_path: Path) -> None:
    error = refusal(tmp_path, GOOD.replace('id = "T07"', 'id = "t-07"'))
    assert (error.code, error.key, error.line) == ("config.bad_terminal_id", "terminal.id", 6)
    error = refusal(tmp_path, GOOD.replace('host = "10.0.0.5"', ""))
    assert (error.code, error.key) == ("config.printer_value_missing", "printer.host")
    assert error.line == 9  # the key is missing: its section is named


def test_what_write_config_writes_loads_again(tmp_path: Path) -> None:
    path = tmp_path / "terminal.toml"
    write_config(TillConfig(), path)
    assert load_config(path).store.id == "S001"


@pytest.mark.parametrize(
    "url", ["http://backend:8765", "https://pos.example.com/api/", "http://10.1.2.3", "http://[::1]:8000"]
)
def test_backend_urls_that_work(url: str) -> None:
    assert check_backend_url(url, required=True) == url.rstrip("/")


@pytest.mark.parametrize(
    "url", ["backend:8765", "ftp://backend", "http://", "http://host:99999", "http://a b", "http://h/?x=1"]
)
def test_backend_urls_that_are_refused(url: str) -> None:
    with pytest.raises(ConfigError) as caught:
        check_backend_url(url)
    assert (caught.value.code, caught.value.key) == ("config.bad_url", "backend.url")


def test_an_empty_backend_url_is_refused_only_when_required() -> None:
    assert check_backend_url("  ") == ""
    with pytest.raises(ConfigError) as caught:
        check_backend_url("", required=True)
    assert caught.value.code == "config.url_required"


def test_printer_fields_as_typed() -> None:
    usb = printer_from_fields("usb", {"usb_vendor_id": "04b8", "usb_product_id": "0x0E15"})
    assert (usb.usb_vendor_id, usb.usb_product_id) == (0x04B8, 0x0E15)
    with pytest.raises(ConfigError) as caught:
        printer_from_fields("network", {"host": "printer", "port": "91OO"})
    assert (caught.value.code, caught.value.key) == ("config.bad_port", "printer.port")
    with pytest.raises(ConfigError) as caught:
        printer_from_fields("usb", {"usb_vendor_id": "0", "usb_product_id": "1"})
    assert caught.value.key == "printer.usb_vendor_id"
    with pytest.raises(ConfigError) as caught:
        check_printer(PrinterConfig(type="laser"))
    assert caught.value.code == "config.bad_printer_type"


def test_key_line_reads_sections_as_written() -> None:
    text = '# c\n[ store ]\nid = "x"\n\n[printer]\n"type" = "usb"\n[rules]\n'
    assert key_line(text, "store.id") == 3
    assert key_line(text, "printer.type") == 6
    assert key_line(text, "printer") == 5
    assert key_line(text, "rules.nothing") == 7
    assert key_line(text, "elsewhere") is None


def test_the_handover_slip_is_off_unless_the_store_turns_it_on(tmp_path: Path) -> None:
    path = tmp_path / "terminal.toml"
    path.write_text(GOOD, encoding="utf-8")
    assert load_config(path).store.handover_slip is False
    on = GOOD.replace('name = "Berlin"', 'name = "Berlin"\nhandover_slip = true')
    path.write_text(on, encoding="utf-8")
    assert load_config(path).store.handover_slip is True
    error = refusal(tmp_path, GOOD.replace('name = "Berlin"', 'name = "Berlin"\nhandover_slip = "yes"'))
    assert (error.code, error.key, error.line) == ("config.expected_bool", "store.handover_slip", 4)
    assert "line 4: store.handover_slip must be true or false" in str(error)


def test_the_offline_voucher_limit_defaults_per_currency_and_refuses_nonsense(tmp_path: Path) -> None:
    from terminal.config import offline_voucher_limit

    path = tmp_path / "terminal.toml"
    path.write_text(GOOD, encoding="utf-8")
    store = load_config(path).store
    assert (store.offline_voucher_limit, offline_voucher_limit(store)) == (-1, 5000)  # 50,00 EUR
    assert offline_voucher_limit(replace(store, currency="HUF")) == 20000
    path.write_text(
        GOOD.replace('name = "Berlin"', 'name = "Berlin"\noffline_voucher_limit = 0'), encoding="utf-8"
    )
    assert offline_voucher_limit(load_config(path).store) == 0  # no vouchers offline at all
    error = refusal(tmp_path, GOOD.replace('name = "Berlin"', 'name = "Berlin"\noffline_voucher_limit = -5'))
    assert (error.code, error.key, error.line) == ("config.bad_limit", "store.offline_voucher_limit", 4)


def test_the_low_stock_threshold_is_a_store_setting(tmp_path: Path) -> None:
    path = tmp_path / "terminal.toml"
    path.write_text(GOOD.replace('name = "Berlin"', 'name = "Berlin"\nlow_stock_below = 5'), encoding="utf-8")
    assert load_config(path).store.low_stock_below == 5
    path.write_text(GOOD, encoding="utf-8")
    assert load_config(path).store.low_stock_below == 3  # the default
    error = refusal(tmp_path, GOOD.replace('name = "Berlin"', 'name = "Berlin"\nlow_stock_below = -1'))
    assert (error.code, error.key, error.line) == ("config.bad_threshold", "store.low_stock_below", 4)
