"""The till's TOML configuration: one file per till, created with sensible defaults on first run.

Read once by `terminal/app.py` and passed down as plain frozen values; nothing else reads the file.
Unknown keys are ignored (a newer config on an older till must still start), wrong types are refused
with a message naming the key.
"""

from __future__ import annotations

import os
import sys
import tomllib
from dataclasses import asdict, dataclass, field, fields, is_dataclass
from pathlib import Path
from typing import Any

import tomli_w


class ConfigError(ValueError):
    """The config file is unreadable or a value has the wrong type; the message names the key."""


@dataclass(frozen=True)
class StoreConfig:
    id: str = "S001"
    name: str = "Demo Store"
    address: tuple[str, ...] = ()
    tax_id: str = ""
    country: str = "DE"
    currency: str = "EUR"
    receipt_footer: tuple[str, ...] = ()


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


def _section(cls: type[Any], data: Any, name: str) -> Any:
    if not isinstance(data, dict):
        raise ConfigError(f"[{name}] must be a table")
    values: dict[str, Any] = {}
    for f in fields(cls):
        if f.name not in data:
            continue
        raw = data[f.name]
        default = getattr(cls(), f.name)
        key = f"{name}.{f.name}"
        if isinstance(default, bool):
            if not isinstance(raw, bool):
                raise ConfigError(f"{key} must be true or false")
        elif isinstance(default, int):
            if isinstance(raw, bool) or not isinstance(raw, int):
                raise ConfigError(f"{key} must be a whole number")
        elif isinstance(default, float):
            if isinstance(raw, bool) or not isinstance(raw, int | float):
                raise ConfigError(f"{key} must be a number")
            raw = float(raw)
        elif isinstance(default, tuple):
            if not isinstance(raw, list) or not all(isinstance(x, str) for x in raw):
                raise ConfigError(f"{key} must be a list of strings")
            raw = tuple(raw)
        elif isinstance(default, str) and not isinstance(raw, str):
            raise ConfigError(f"{key} must be text")
        values[f.name] = raw
    return cls(**values)


def parse_config(data: dict[str, Any], path: Path | None = None) -> TillConfig:
    """Build a TillConfig from parsed TOML, checking every known key's type."""
    sections = {f.name: f for f in fields(TillConfig) if f.name != "path"}
    kwargs: dict[str, Any] = {"path": path}
    for name in sections:
        section_cls = type(getattr(TillConfig(), name))
        kwargs[name] = _section(section_cls, data.get(name, {}), name)
    return TillConfig(**kwargs)


def load_config(path: Path) -> TillConfig:
    """Read the till's config file; ConfigError with the file name on bad TOML or bad values."""
    try:
        with path.open("rb") as fh:
            data = tomllib.load(fh)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML ({exc})") from exc
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read ({exc.strerror})") from exc
    return parse_config(data, path)


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
    """Load the config, creating it from `defaults` on first run."""
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
