"""The admin API for staff managed centrally (ADR 0017), authenticated by an admin-scoped `X-Api-Key`."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Path, Query, Response

from backend.errors import json_response
from backend.jsonbody import JsonRoute
from backend.routes.deps import AdminDep, DbDep
from backend.services import staff
from backend.services.feed import FeedWriter
from contract.errors import ErrorBody
from contract.staff import StaffIn, StaffList, StaffPatch, StaffView

router = APIRouter(prefix="/v1/admin", tags=["admin"], route_class=JsonRoute)
_ERRORS: dict[int | str, dict[str, Any]] = {
    401: {"model": ErrorBody},
    403: {"model": ErrorBody, "description": "not an admin key"},
    422: {"model": ErrorBody},
}
StaffPath = Annotated[str, Path(min_length=1, max_length=32, pattern=r"^[A-Za-z0-9._\-]+$")]


def _written(db: DbDep, work: Any) -> Any:
    def run(session: Any) -> Any:
        feed = FeedWriter(session)
        answer = work(session, feed)
        feed.flush()
        return answer

    return db.run_write(run)


@router.get("/staff", responses={200: {"model": StaffList}, **_ERRORS})
def list_staff(
    _admin: AdminDep,
    db: DbDep,
    store_id: Annotated[str | None, Query(max_length=64)] = None,
    removed: Annotated[bool, Query()] = False,
) -> Response:
    """Everyone (who works in `store_id`), by id; removed people too with `removed=true`."""
    with db.read() as session:
        return json_response({"staff": staff.listing(session, store_id=store_id, removed=removed)})


@router.get("/staff/{staff_id}", responses={200: {"model": StaffView}, 404: {"model": ErrorBody}, **_ERRORS})
def get_staff(staff_id: StaffPath, _admin: AdminDep, db: DbDep) -> Response:
    """One person (never their PIN or its hash)."""
    with db.read() as session:
        return json_response(staff.get(session, staff_id))


@router.post(
    "/staff",
    status_code=201,
    responses={
        201: {"model": StaffView},
        409: {"model": ErrorBody, "description": "staff.exists, staff.pin_taken or staff.badge_taken"},
        **_ERRORS,
    },
)
def add_staff(body: StaffIn, _admin: AdminDep, db: DbDep) -> Response:
    """Add a person (or bring a removed one back under the same id); every till of their stores gets
    them with its next sync. The PIN must be unique among the active staff of each of their stores."""
    return json_response(_written(db, lambda s, feed: staff.add(s, body, feed)), 201)


@router.patch(
    "/staff/{staff_id}",
    responses={
        200: {"model": StaffView},
        404: {"model": ErrorBody},
        409: {"model": ErrorBody, "description": "staff.removed, staff.pin_taken or staff.badge_taken"},
        **_ERRORS,
    },
)
def change_staff(staff_id: StaffPath, body: StaffPatch, _admin: AdminDep, db: DbDep) -> Response:
    """Change name, role, PIN, badge or stores (only what is sent). Joining other stores needs the PIN
    too (`staff.pin_needed`), so its uniqueness there can be checked."""
    return json_response(_written(db, lambda s, feed: staff.update(s, staff_id, body, feed)))


@router.delete(
    "/staff/{staff_id}", responses={200: {"model": StaffView}, 404: {"model": ErrorBody}, **_ERRORS}
)
def remove_staff(staff_id: StaffPath, _admin: AdminDep, db: DbDep) -> Response:
    """Remove a person: every till of their stores refuses them from its next sync on (answers the
    removed person, `active` false; removing again changes nothing)."""
    return json_response(_written(db, lambda s, feed: staff.remove(s, staff_id, feed)))
