"""The day view of a store: each till's openings, cash movements and Z closings on a date."""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Annotated, Any

from fastapi import APIRouter, Path, Response

from backend.errors import ApiError, json_response
from backend.jsonbody import JsonRoute
from backend.routes.deps import DbDep, TerminalDep, same_store
from backend.services import day_view
from contract.errors import ErrorBody
from contract.till_day import StoreDay

router = APIRouter(prefix="/v1/stores", tags=["till days"], route_class=JsonRoute)
_ERRORS: dict[int | str, dict[str, Any]] = {
    401: {"model": ErrorBody},
    403: {"model": ErrorBody, "description": "a terminal of another store (`terminal.wrong_store`)"},
    404: {"model": ErrorBody},
    422: {"model": ErrorBody, "description": "not a date `YYYY-MM-DD` (`day.bad_date`)"},
}
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
# A local day's bounds in UTC (up to 14 hours either way) and the next day must fit a datetime.
_FIRST_DAY, _LAST_DAY = date.min + timedelta(days=1), date.max - timedelta(days=2)
StorePath = Annotated[str, Path(max_length=16, pattern=r"^[A-Za-z0-9._:\-]+$")]


@router.get("/{store_id}/days/{day}", responses={200: {"model": StoreDay}, **_ERRORS})
def store_day(
    store_id: StorePath, day: Annotated[str, Path(max_length=10)], who: TerminalDep, db: DbDep
) -> Response:
    """Every till's days opened on the business date `day` in the store's time zone (the answer's
    `timezone`): their openings (float by denomination), cash movements and Z closings (expected,
    counted and difference per tender, with the reason), the Z even when it came after midnight.
    A movement or closing whose opening the backend has not seen (a day opened offline, synced later)
    is listed on its own local date: a closing on the date its till says the day was opened.

    A terminal token of that store only."""
    same_store(who, store_id)
    try:
        if not _DATE.match(day):
            raise ValueError(day)
        when = date.fromisoformat(day)
        if not _FIRST_DAY <= when <= _LAST_DAY:
            raise ValueError(day)
    except ValueError:
        raise ApiError(422, "day.bad_date", f"not a date YYYY-MM-DD: {day!r}") from None
    with db.read() as session:
        return json_response(day_view.store_day(session, store_id, when).model_dump(mode="json"))
