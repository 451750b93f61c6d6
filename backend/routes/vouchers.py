"""Terminal endpoints of store-credit vouchers: look a code up, hold part of its balance, release a hold.

The code in the path is read forgivingly (case, spaces, dashes, `V:` from the QR code); the rules are
in backend/services/vouchers.py and docs/adr/0016-vouchers.md.
"""

from __future__ import annotations

from typing import Annotated, Any
from uuid import UUID

from fastapi import APIRouter, Path, Response

from backend.errors import json_response
from backend.jsonbody import JsonRoute
from backend.models import utcnow
from backend.routes.deps import DbDep, TerminalDep
from backend.services import vouchers
from contract.errors import ErrorBody
from contract.vouchers import VoucherHoldIn, VoucherHoldOut, VoucherView

router = APIRouter(prefix="/v1/terminal/vouchers", tags=["vouchers"], route_class=JsonRoute)
CodePath = Annotated[str, Path(max_length=64)]
_ERRORS: dict[int | str, dict[str, Any]] = {
    401: {"model": ErrorBody},
    404: {"model": ErrorBody, "description": "no voucher with this code (`voucher.unknown`)"},
    422: {
        "model": ErrorBody,
        "description": "not a voucher code (`voucher.malformed`), a mistyped symbol "
        "(`voucher.check_character`), or an invalid body",
    },
}


@router.get("/{code}", responses={200: {"model": VoucherView}, **_ERRORS})
def get_voucher(code: CodePath, _who: TerminalDep, db: DbDep) -> Response:
    """A voucher's balance, what live holds keep aside and what a till may take now."""
    with db.read() as session:
        return json_response(vouchers.voucher_view(session, code, utcnow()))


@router.post(
    "/{code}/holds",
    status_code=201,
    responses={
        200: {"model": VoucherHoldOut, "description": "the same hold id again: the stored hold"},
        201: {"model": VoucherHoldOut},
        409: {
            "model": ErrorBody,
            "description": "less available than asked (`voucher.insufficient`, `detail.available_minor`), "
            "another currency (`voucher.currency`), spent or void (`voucher.spent`), or the hold id "
            "placed already with other content (`voucher.hold_conflict`)",
        },
        **_ERRORS,
    },
)
def hold_voucher(code: CodePath, body: VoucherHoldIn, who: TerminalDep, db: DbDep) -> Response:
    """Keep an amount of the balance aside for this till's visit for `HOLD_MINUTES` (10)."""
    status, answer = db.run_write(lambda s: vouchers.place_hold(s, who, code, body, utcnow()))
    return json_response(answer, status)


@router.delete("/holds/{hold_id}", status_code=204, responses={204: {"description": "released"}, **_ERRORS})
def release_voucher_hold(hold_id: UUID, who: TerminalDep, db: DbDep) -> Response:
    """Give a held amount back (the tender was undone, the visit voided); 204 whatever the hold's state."""
    db.run_write(lambda s: vouchers.release_hold(s, who, str(hold_id)))
    return Response(status_code=204)
