"""The notification outbox for the web shop and managers: list (e.g. the dead ones) and retry."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Path, Query, Response

from backend.errors import json_response
from backend.jsonbody import JsonRoute
from backend.routes.deps import DbDep, WebShopDep
from backend.services import notifications
from contract.errors import ErrorBody
from contract.notifications import NotificationList, NotificationStatus, NotificationView

router = APIRouter(prefix="/v1", tags=["web shop"], route_class=JsonRoute)
_ERRORS: dict[int | str, dict[str, Any]] = {401: {"model": ErrorBody}, 422: {"model": ErrorBody}}


@router.get("/notifications", responses={200: {"model": NotificationList}, **_ERRORS})
def list_notifications(
    _shop: WebShopDep,
    db: DbDep,
    status: Annotated[NotificationStatus | None, Query()] = None,
    order_number: Annotated[str | None, Query(max_length=64)] = None,
    limit: Annotated[int, Query(ge=1, le=1000)] = 100,
) -> Response:
    """Notifications newest first; `status=dead`: what delivery gave up on (retry each when fixed)."""
    with db.read() as session:
        rows = notifications.list_notifications(
            session, status=status, order_number=order_number, limit=limit
        )
    return json_response({"notifications": rows})


@router.post(
    "/notifications/{notification_id}/retry",
    responses={
        200: {"model": NotificationView},
        404: {"model": ErrorBody},
        409: {"model": ErrorBody, "description": "the notification is not dead or skipped"},
        **_ERRORS,
    },
)
def retry_notification(
    notification_id: Annotated[int, Path(ge=1, le=2**63 - 1)], _shop: WebShopDep, db: DbDep
) -> Response:
    """Deliver a dead (or skipped) notification again: attempts from zero, due at once."""
    return json_response(db.run_write(lambda s: notifications.retry(s, notification_id)))
