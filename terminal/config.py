"""The till's TOML configuration: one file per till, written by the first-run wizard (or by hand).

Read once by `terminal/app.py` and passed down as plain frozen values; nothing else reads the file.
This module owns every rule about what a config may say; the first-run wizard and the file loader both
ask it (`check_*`), so a value the wizard refuses is refused in the file too, and the other way round.

A broken file never starts the till and never shows a traceback: `load_config` raises `ConfigError`
with a stable code, the key and the line (`terminal.toml, line 12: unknown key printer.colour`).
Unknown keys and sections are refused, not ignored: a misspelt `[printer] tpye` would otherwise
quietly leave receipts on screen only. The price of that choice: a config written for a newer till
must be trimmed before an older till reads it; the message names what to remove.
"""

from __future__ import annotations

import os
import re
import sys
import tomllib
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field, fields, is_dataclass, replace
from pathlib import Path
from typing import Any, Final
from urllib.parse import urlsplit

import tomli_w

from terminal.domain.errors import TillError
from terminal.domain.money import CURRENCY_EXPONENT
from terminal.domain.tax import COUNTRY_RATES

LANGUAGES = ("en", "de", "hu", "id")
PRINTER_TYPES = ("preview", "file", "network", "serial", "usb")
COUNTRY_CURRENCY = {"DE": "EUR", "HU": "HUF", "ID": "IDR"}
# Receipt numbers are <store>-<terminal>-<sequence> and their code is parsed back at returns
# (terminal/domain/scan.py RECEIPT_NUMBER_RE), so both ids are capitals and digits, no dash.
_ID_RE = re.compile(r"^[A-Z0-9]{1,10}$")

_ENGLISH = {
    "config.unreadable": "cannot read the file ({reason})",
    "config.syntax": "not valid TOML ({reason})",
    "config.unknown_section": "unknown section [{key}]",
    "config.unknown_key": "unknown key {key}",
    "config.not_a_table": "{key} must be a section, written [{key}]",
    "config.expected_bool": "{key} must be true or false",
    "config.expected_int": "{key} must be a whole number",
    "config.expected_number": "{key} must be a number",
    "config.expected_text": "{key} must be text",
    "config.expected_list": "{key} must be a list of texts",
    "config.bad_store_id": "{key} must be 1 to 10 capital letters or digits, e.g. S001 (not {value!r})",
    "config.bad_terminal_id": "{key} must be 1 to 10 capital letters or digits, e.g. T01 (not {value!r})",
    "config.bad_language": "{key} must be one of en, de, hu, id (not {value!r})",
    "config.bad_country": "{key} must be one of DE, HU, ID (not {value!r})",
    "config.bad_currency": "{key} must be a currency the till knows, e.g. EUR (not {value!r})",
    "config.url_required": "{key} is needed: the address of the central backend",
    "config.bad_url": "{key} must be an http:// or https:// address with a host, e.g. http://server:8765"
    " (not {value!r})",
    "config.bad_printer_type": "{key} must be one of preview, file, network, serial, usb (not {value!r})",
    "config.printer_value_missing": "{key} is needed for a {printer_type} printer",
    "config.bad_port": "{key} must be between 1 and 65535 (not {value!r})",
    "config.bad_usb_id": "{key} must be a USB id from 0x0001 to 0xFFFF (not {value!r})",
    "config.bad_limit": "{key} must be 0 or more, in the currency's smallest unit (not {value!r})",
    "config.bad_threshold": "{key} must be a whole number of 0 or more (not {value!r})",
}

OFFLINE_VOUCHER_LIMITS: Final = {"EUR": 5000, "HUF": 20000, "IDR": 1000000}
"""The default `[store] offline_voucher_limit` per currency, in minor units (about 50 EUR each)."""


def offline_voucher_limit(store: StoreConfig) -> int:
    """The most one voucher may pay while offline, in minor units of the store's currency."""
    if store.offline_voucher_limit >= 0:
        return store.offline_voucher_limit
    return OFFLINE_VOUCHER_LIMITS.get(store.currency, 5000)


class ConfigError(TillError, ValueError):
    """A config value or file the till refuses: a stable `code`, the `key`, and where in the file.

    `params` carry `key`, `value`, and for a file `path` and `line` (1-based, None when unknown);
    the UI turns code and params into a translated sentence, `str()` is English for logs and stderr.
    """

    def __init__(self, code: str, /, *, key: str = "", **params: Any) -> None:
        super().__init__(code, key=key, **params)

    @property
    def key(self) -> str:
        return str(self.params.get("key", ""))

    @property
    def line(self) -> int | None:
        line = self.params.get("line")
        return line if isinstance(line, int) else None

    def located(self, path: Path | None, line: int | None) -> ConfigError:
        """The same refusal with the file and line it was found at."""
        return ConfigError(self.code, **{**self.params, "path": path, "line": line})

    def __str__(self) -> str:
        text = _ENGLISH.get(self.code, self.code).format_map(_Defaults(self.params))
        where = [str(p) for p in (self.params.get("path"),) if p]
        if self.line is not None:
            where.append(f"line {self.line}")
        return f"{', '.join(where)}: {text}" if where else text


class _Defaults(dict[str, Any]):
    def __missing__(self, key: str) -> str:
        return "?"


@dataclass(frozen=True)
class StoreConfig:
    id: str = "S001"
    name: str = "Demo Store"
    address: tuple[str, ...] = ()
    tax_id: str = ""
    country: str = "DE"
    currency: str = "EUR"
    receipt_footer: tuple[str, ...] = ()
    handover_slip: bool = False  # print a slip to sign for each web order handed over
    chain: str = ""  # the chain's name on voucher slips; empty: the store's name
    # Minor units: the most one voucher pays while the backend cannot be asked; 0 refuses vouchers
    # offline; -1 (default) is the currency's default (OFFLINE_VOUCHER_LIMITS: 50.00 EUR, 20 000 Ft, ...).
    offline_voucher_limit: int = -1
    # The Stock area lists this store's products with fewer pieces available than this (0: none).
    low_stock_below: int = 3


@dataclass(frozen=True)
class TerminalConfig:
    id: str = "T01"
    language: str = "de"
    database: str = "till.sqlite3"  # relative to the config file's folder unless absolute


@dataclass(frozen=True)
class BackendConfig:
    url: str = ""  # empty: no central backend (the demo starts one in-process)
    token: str = ""
    verify_tls: bool = True
    timeout_seconds: float = 10.0


@dataclass(frozen=True)
class PrinterConfig:
    type: str = "preview"  # preview | file | network | serial | usb
    path: str = ""  # file printer: device or file path
    host: str = ""
    port: int = 9100
    serial_url: str = ""
    baudrate: int = 19200
    usb_vendor_id: int = 0
    usb_product_id: int = 0
    profile: str = "TM-T88V"
    columns: int = 42
    timeout_seconds: float = 5.0
    logo: str = ""
    open_drawer_on_cash: bool = True


@dataclass(frozen=True)
class ScannerConfig:
    wedge_enabled: bool = True
    wedge_prefix: str = ""
    wedge_suffix: str = ""
    wedge_max_gap_ms: int = 30
    wedge_min_length: int = 4
    serial_url: str = ""  # e.g. /dev/ttyACM0, socket://host:port, loop://
    serial_baudrate: int = 9600


@dataclass(frozen=True)
class RulesConfig:
    max_cashier_discount_percent: str = "10"
    # Cash out above this (minor units) needs a manager; 0 = the currency's default (till_day.py).
    max_cashier_cash_out_minor: int = 0
    price_patterns: tuple[str, ...] = ()  # in-store EAN-13 patterns; empty = built-in defaults
    weight_patterns: tuple[str, ...] = ()


@dataclass(frozen=True)
class TillConfig:
    store: StoreConfig = field(default_factory=StoreConfig)
    terminal: TerminalConfig = field(default_factory=TerminalConfig)
    backend: BackendConfig = field(default_factory=BackendConfig)
    printer: PrinterConfig = field(default_factory=PrinterConfig)
    scanner: ScannerConfig = field(default_factory=ScannerConfig)
    rules: RulesConfig = field(default_factory=RulesConfig)
    path: Path | None = None

    def database_path(self) -> Path:
        db = Path(self.terminal.database)
        if db.is_absolute() or self.path is None:
            return db
        return self.path.parent / db


# ---------------------------------------------------------------- value rules (wizard and file alike)


def check_store_id(value: str, key: str = "store.id") -> str:
    """A store id as receipts carry it; ConfigError("config.bad_store_id") otherwise."""
    if not _ID_RE.match(value):
        raise ConfigError("config.bad_store_id", key=key, value=value)
    return value


def check_terminal_id(value: str, key: str = "terminal.id") -> str:
    if not _ID_RE.match(value):
        raise ConfigError("config.bad_terminal_id", key=key, value=value)
    return value


def check_language(value: str, key: str = "terminal.language") -> str:
    if value not in LANGUAGES:
        raise ConfigError("config.bad_language", key=key, value=value)
    return value


def check_country(value: str, key: str = "store.country") -> str:
    if value not in COUNTRY_RATES:
        raise ConfigError("config.bad_country", key=key, value=value)
    return value


def check_backend_url(value: str, *, required: bool = False, key: str = "backend.url") -> str:
    """The backend's base URL without a trailing slash; empty only when not `required`."""
    url = value.strip().rstrip("/")
    if not url:
        if required:
            raise ConfigError("config.url_required", key=key)
        return ""
    try:
        parts = urlsplit(url)
        port_ok = parts.port is None or 0 < parts.port < 65536
    except ValueError:
        parts, port_ok = None, False
    if (
        parts is None
        or parts.scheme not in ("http", "https")
        or not parts.hostname
        or not port_ok
        or parts.query
        or parts.fragment
        or any(c.isspace() for c in url)
    ):
        raise ConfigError("config.bad_url", key=key, value=value)
    return url


def check_printer(printer: PrinterConfig) -> PrinterConfig:
    """The fields the chosen printer type needs are there and sensible."""
    kind = printer.type
    if kind not in PRINTER_TYPES:
        raise ConfigError("config.bad_printer_type", key="printer.type", value=kind)
    needed = {"file": "path", "network": "host", "serial": "serial_url"}.get(kind)
    if needed and not str(getattr(printer, needed)).strip():
        raise ConfigError("config.printer_value_missing", key=f"printer.{needed}", printer_type=kind)
    if kind == "network" and not 0 < printer.port < 65536:
        raise ConfigError("config.bad_port", key="printer.port", value=printer.port)
    if kind == "usb":
        for name in ("usb_vendor_id", "usb_product_id"):
            value = getattr(printer, name)
            if not 0 < value <= 0xFFFF:
                raise ConfigError("config.bad_usb_id", key=f"printer.{name}", value=value)
    return printer


def printer_from_fields(
    kind: str, fields: Mapping[str, str], base: PrinterConfig | None = None
) -> PrinterConfig:
    """A printer config from typed text (the wizard's fields), checked like the file's values.

    `fields` may hold path, host, port, serial_url, baudrate, usb_vendor_id and usb_product_id as
    text; ports and baud rates are decimal, USB ids hexadecimal (as `lsusb` shows them, `04b8`).
    """
    values: dict[str, Any] = {"type": kind}
    for name in ("path", "host", "serial_url"):
        if name in fields:
            values[name] = fields[name].strip()
    for name, base_digits, code in (
        ("port", 10, "config.bad_port"),
        ("baudrate", 10, "config.expected_int"),
        ("usb_vendor_id", 16, "config.bad_usb_id"),
        ("usb_product_id", 16, "config.bad_usb_id"),
    ):
        if name not in fields:
            continue
        text = fields[name].strip().lower().removeprefix("0x")
        try:
            values[name] = int(text, base_digits)
        except ValueError:
            raise ConfigError(code, key=f"printer.{name}", value=fields[name]) from None
    return check_printer(replace(base or PrinterConfig(), **values))


def check_config(config: TillConfig) -> TillConfig:
    """Every value rule above on a whole config; the first refusal is raised with its key."""
    check_store_id(config.store.id)
    check_country(config.store.country)
    if config.store.currency not in CURRENCY_EXPONENT:
        raise ConfigError("config.bad_currency", key="store.currency", value=config.store.currency)
    if config.store.offline_voucher_limit < -1:
        raise ConfigError(
            "config.bad_limit", key="store.offline_voucher_limit", value=config.store.offline_voucher_limit
        )
    if config.store.low_stock_below < 0:
        raise ConfigError(
            "config.bad_threshold", key="store.low_stock_below", value=config.store.low_stock_below
        )
    check_terminal_id(config.terminal.id)
    check_language(config.terminal.language)
    check_backend_url(config.backend.url)
    check_printer(config.printer)
    return config


# ---------------------------------------------------------------- reading the file


def key_line(text: str, key: str) -> int | None:
    """The 1-based line where `key` ("section" or "section.name") is written in TOML `text`.

    tomllib reports no positions, so the line is found by reading the file as a person would: the
    `[section]` header, then `name = ...` below it (also `section.name = ...` and inline tables).
    """
    section, _, name = key.partition(".")
    header = re.compile(rf"^\s*\[\s*\"?{re.escape(section)}\"?\s*\]")
    any_header = re.compile(r"^\s*\[")
    assignment = re.compile(rf"^\s*\"?{re.escape(name or section)}\"?\s*=")
    dotted = re.compile(rf"^\s*{re.escape(section)}\s*\.\s*{re.escape(name)}\s*=") if name else None
    inline = re.compile(rf"^\s*{re.escape(section)}\s*=")
    current: str | None = ""
    for number, line in enumerate(text.splitlines(), start=1):
        if header.match(line):
            if not name:
                return number
            current = section
            continue
        if any_header.match(line):
            current = None
            continue
        if current == section and name and assignment.match(line):
            return number
        if current == "" and ((dotted and dotted.match(line)) or (not name and inline.match(line))):
            return number
    return key_line(text, section) if name else None  # at least the section the key belongs to


def _typed(default: Any, raw: Any, key: str) -> Any:
    """`raw` as the type of `default`, or ConfigError naming the key."""
    if isinstance(default, bool):
        if not isinstance(raw, bool):
            raise ConfigError("config.expected_bool", key=key, value=raw)
        return raw
    if isinstance(default, int):
        if isinstance(raw, bool) or not isinstance(raw, int):
            raise ConfigError("config.expected_int", key=key, value=raw)
        return raw
    if isinstance(default, float):
        if isinstance(raw, bool) or not isinstance(raw, int | float):
            raise ConfigError("config.expected_number", key=key, value=raw)
        return float(raw)
    if isinstance(default, tuple):
        if not isinstance(raw, list) or not all(isinstance(x, str) for x in raw):
            raise ConfigError("config.expected_list", key=key, value=raw)
        return tuple(raw)
    if isinstance(default, str) and not isinstance(raw, str):
        raise ConfigError("config.expected_text", key=key, value=raw)
    return raw


def _section(cls: type[Any], data: Any, name: str) -> Any:
    if not isinstance(data, dict):
        raise ConfigError("config.not_a_table", key=name)
    defaults = cls()
    known = {f.name for f in fields(cls)}
    for unknown in data:
        if unknown not in known:
            raise ConfigError("config.unknown_key", key=f"{name}.{unknown}")
    values = {k: _typed(getattr(defaults, k), raw, f"{name}.{k}") for k, raw in data.items()}
    return replace(defaults, **values)


def parse_config(data: dict[str, Any], path: Path | None = None) -> TillConfig:
    """Build a TillConfig from parsed TOML: known sections and keys only, each of its type and rules."""
    sections = [f.name for f in fields(TillConfig) if f.name != "path"]
    for name, value in data.items():
        if name not in sections:
            raise ConfigError(
                "config.unknown_section" if isinstance(value, dict) else "config.unknown_key", key=name
            )
    kwargs: dict[str, Any] = {"path": path}
    for name in sections:
        kwargs[name] = _section(type(getattr(TillConfig(), name)), data.get(name, {}), name)
    return check_config(TillConfig(**kwargs))


def load_config(path: Path) -> TillConfig:
    """Read the till's config file; ConfigError naming the file, the key and the line when it is wrong."""
    try:
        text = path.read_bytes().decode("utf-8")
    except OSError as exc:
        raise ConfigError("config.unreadable", path=path, reason=exc.strerror or str(exc)) from exc
    except UnicodeDecodeError as exc:
        raise ConfigError("config.unreadable", path=path, reason="not UTF-8 text") from exc
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        reason = str(exc)
        at = re.search(r"\(at line (\d+), column (\d+)\)", reason)
        line = int(at.group(1)) if at else None
        raise ConfigError("config.syntax", path=path, line=line, reason=reason) from exc
    try:
        return parse_config(data, path)
    except ConfigError as exc:
        raise exc.located(path, key_line(text, exc.key) if exc.key else None) from None


def to_toml_dict(config: TillConfig) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for f in fields(config):
        value = getattr(config, f.name)
        if is_dataclass(value) and not isinstance(value, type):
            out[f.name] = {k: list(v) if isinstance(v, tuple) else v for k, v in asdict(value).items()}
    return out


def write_config(config: TillConfig, path: Path) -> None:
    """Write the config atomically (temp file + rename), so a crash never leaves half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(path.suffix + ".tmp")
    tmp.write_bytes(tomli_w.dumps(to_toml_dict(config)).encode("utf-8"))
    os.replace(tmp, path)


def load_or_create(path: Path, defaults: TillConfig | None = None) -> TillConfig:
    """Load the config, creating it from `defaults` first (the demo's own config on its first start)."""
    if not path.exists():
        write_config(defaults or TillConfig(), path)
    return load_config(path)


def default_data_dir() -> Path:
    """Where the till keeps its config and database unless told otherwise (XDG / %LOCALAPPDATA%)."""
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA", Path.home() / "AppData" / "Local"))
    else:
        base = Path(os.environ.get("XDG_DATA_HOME", Path.home() / ".local" / "share"))
    return base / "store-terminal"
