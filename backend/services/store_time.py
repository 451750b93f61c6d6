"""A store's time zone and its local calendar: business dates, day bounds, "N days" windows.

A store keeps its IANA time zone name (`store.timezone`, e.g. `Europe/Berlin`, `Asia/Jakarta`).
Timestamps stay UTC everywhere; only where a calendar day matters (the till's business date, a
return window counted in days, "the last 30 days" of a price) is a moment read in the store's zone.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

# The zone of a store created without one, by its country; any other country: UTC (set it).
TIMEZONE_BY_COUNTRY = {"DE": "Europe/Berlin", "HU": "Europe/Budapest", "ID": "Asia/Jakarta"}
DEFAULT_TIMEZONE = "UTC"
MAX_NAME = 64


class BadTimezoneError(ValueError):
    """A time zone name that is not a known IANA zone."""


def check_timezone(name: str) -> str:
    """`name` when it is a known IANA time zone (e.g. `Europe/Berlin`); BadTimezoneError otherwise."""
    text = name.strip() if isinstance(name, str) else ""
    if not text or len(text) > MAX_NAME or text.startswith(("/", ".")) or ".." in text:
        raise BadTimezoneError(f"not a time zone: {name!r} (an IANA name such as Europe/Berlin)")
    try:
        ZoneInfo(text)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        raise BadTimezoneError(
            f"unknown time zone {name!r} (an IANA name such as Europe/Berlin or Asia/Jakarta)"
        ) from None
    return text


def default_timezone(country: str) -> str:
    return TIMEZONE_BY_COUNTRY.get(country.upper(), DEFAULT_TIMEZONE)


def zone(name: str | None) -> tzinfo:
    """The zone of a stored name; a name this host's time zone data lacks reads as UTC."""
    try:
        return ZoneInfo(name) if name else UTC
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return UTC


def local_date(moment: datetime, tz: tzinfo) -> date:
    """The calendar date of `moment` (an aware datetime) in `tz`."""
    return moment.astimezone(tz).date()


def day_bounds(day: date, tz: tzinfo) -> tuple[datetime, datetime]:
    """The UTC moments at which the local day `day` starts and the next one starts (23, 24 or 25
    hours apart around a DST change)."""
    start = datetime.combine(day, time.min, tzinfo=tz).astimezone(UTC)
    end = datetime.combine(day + timedelta(days=1), time.min, tzinfo=tz).astimezone(UTC)
    return start, end
