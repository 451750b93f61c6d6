"""Terminal endpoints: enrolment, pushing the outbox's events, and the terminal's sync state."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path, Request, Response
from sqlalchemy.orm import Session

from backend.errors import ApiError, json_response
from backend.jsonbody import JsonRoute
from backend.models import Terminal, utcnow
from backend.routes.deps import DbDep, EventsDep, SettingsDep, TerminalDep, TokenDep, terminal_of
from backend.services.events import apply_batch, parse_batch
from backend.services.security import enroll
from contract.enrolment import EnrollRequest, EnrollResponse
from contract.errors import ErrorBody
from contract.events import BatchResult, EventBatch, TerminalSyncState
from contract.versions import listing

router = APIRouter(prefix="/v1/terminals", tags=["terminals"], route_class=JsonRoute)
TerminalPath = Annotated[str, Path(max_length=64)]
_ERRORS: dict[int | str, dict[str, Any]] = {
    401: {"model": ErrorBody},
    403: {"model": ErrorBody},
    422: {"model": ErrorBody},
}


@router.post("/enroll", response_model=EnrollResponse, responses={401: {"model": ErrorBody}})
def enroll_terminal(body: EnrollRequest, db: DbDep) -> EnrollResponse:
    """Exchange a one-time enrolment code for the terminal's identity and token."""
    with db.write() as session:
        who, token = enroll(session, body.code)
    return EnrollResponse(store_id=who.store_id, terminal_id=who.terminal_id, token=token)


async def _raw_body(request: Request) -> bytes:
    return await request.body()


@router.post(
    "/{terminal_id}/events",
    responses={200: {"model": BatchResult}, 409: {"model": ErrorBody}, **_ERRORS},
    # The body is parsed by `parse_batch` (one pass of pydantic's JSON parser); its documented schema,
    # one event shape per type, is put in by backend.openapi.
    openapi_extra={"x-events-body": True},
)
def push_events(
    terminal_id: TerminalPath,
    *,
    token: TokenDep,
    db: DbDep,
    settings: SettingsDep,
    events: EventsDep,
    raw: Annotated[bytes, Depends(_raw_body)],
) -> Response:
    """Apply a batch of outbox events in seq order; replays return the stored results."""
    parsed: list[EventBatch] = []

    def work(session: Session) -> dict[str, Any]:
        # The token is looked up in the batch's own transaction, not in a read transaction of its own
        # before it (one round trip and a pooled session fewer per push); the refusals and their order
        # are the same: 401, then 403, then the body's 422.
        who = terminal_of(session, token)
        if terminal_id != who.terminal_id:
            raise ApiError(
                403, "terminal.wrong_identity", f"this token belongs to terminal {who.terminal_id}"
            )
        if not parsed:  # parsed once, even when run_write tries the transaction again
            parsed.append(parse_batch(raw))
        return apply_batch(session, who, parsed[0], events=events, fault=settings.fault)

    return json_response(db.run_write(work))


@router.get("/{terminal_id}/sync-state", response_model=TerminalSyncState, responses=_ERRORS)
def sync_state(
    terminal_id: TerminalPath, who: TerminalDep, db: DbDep, events: EventsDep
) -> TerminalSyncState:
    """What the server holds for this terminal (after a lost response, before resending), and the
    payload versions it accepts per event type (a till holds back the events of any other)."""
    if terminal_id != who.terminal_id:
        raise ApiError(403, "terminal.wrong_identity", f"this token belongs to terminal {who.terminal_id}")
    with db.read() as session:
        terminal = session.get(Terminal, (who.store_id, who.terminal_id))
        assert terminal is not None
        return TerminalSyncState(
            store_id=who.store_id,
            terminal_id=who.terminal_id,
            acked_through_seq=terminal.last_seq,
            server_time=utcnow(),
            accepts=listing(events.accepts()),
        )
