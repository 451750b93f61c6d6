"""Store-credit vouchers at the backend (issue 10, docs/adr/0016-vouchers.md), through the real server:
codes with a check symbol, a voucher issued by a visit at one till and spent in parts at a till of
another store through holds, holds that lapse, are retried, conflict or ask too much, offline
redemptions that overspend (one manager task, never refused), replays that move nothing twice, a code
issued twice, the manager CLI, and hostile input (4xx with a stable code, never a 5xx)."""

from __future__ import annotations

import copy
import uuid
from datetime import timedelta

import pytest
from sqlalchemy import select, update

from backend.cli import main
from backend.db import Database
from backend.models import Voucher, VoucherHold, utcnow
from contract.vouchers import ALPHABET, grouped, new_code, normalise, qr_payload
from tests.backend.tills import Till
from tests.backend.vouchers import (
    hold,
    issue,
    issued,
    look_up,
    movements,
    push_ok,
    redeemed,
    tasks,
    voucher_visit,
)


def _typo(code: str, at: int) -> str:
    other = ALPHABET[(ALPHABET.index(code[at]) + 1) % len(ALPHABET)]
    return code[:at] + other + code[at + 1 :]


def _codes_are_read_forgivingly_and_a_typo_fails_its_check(till: Till) -> None:
    code = new_code()
    printed = grouped(code)
    assert normalise(printed.lower().replace("1", "l").replace("0", "o")) == code  # read aloud, typed
    assert normalise(qr_payload(code)) == code  # scanned from the slip
    issue(till, code, 1500)
    for typed in (printed, qr_payload(code), printed.lower()):
        answer = look_up(till, typed)
        assert answer.status_code == 200, answer.text
        assert answer.json()["code"] == code
    wrong = [look_up(till, _typo(code, at)) for at in (0, 7, 16)]  # one symbol mistyped, anywhere
    assert {(w.status_code, w.json()["error"]) for w in wrong} == {(422, "voucher.check_character")}
    for malformed in ("ABC", code + "7", code[:-1] + "U", "%20"):
        answer = look_up(till, malformed)
        assert (answer.status_code, answer.json()["error"]) == (422, "voucher.malformed"), malformed
    unknown = look_up(till, new_code())
    assert (unknown.status_code, unknown.json()["error"]) == (404, "voucher.unknown")


def test_issued_at_one_store_spent_in_parts_at_another_through_holds(
    till: Till, db: Database, base_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code = new_code()
    issue(till, code, 1000)  # a refund paid out as store credit at S001/T01
    other = Till.enrol(db, base_url, "S002", "T02")
    seen = look_up(other, grouped(code)).json()
    assert (seen["balance_minor"], seen["available_minor"], seen["status"]) == (1000, 1000, "active")
    assert (seen["issued_store_id"], seen["issued_receipt"]) == ("S001", "S001-T01-000001")

    hold_id = str(uuid.uuid4())
    first = hold(other, code, 300, hold_id=hold_id)
    assert first.status_code == 201, first.text
    assert (first.json()["status"], first.json()["available_after_minor"]) == ("held", 700)
    again = hold(other, code, 300, hold_id=hold_id)  # a retry after a lost answer: the same hold
    assert (again.status_code, again.json()) == (200, first.json())
    conflict = hold(other, code, 400, hold_id=hold_id)
    assert (conflict.status_code, conflict.json()["error"]) == (409, "voucher.hold_conflict")
    too_much = hold(till, code, 701)  # the other store's hold keeps 300 aside
    assert (too_much.status_code, too_much.json()["error"]) == (409, "voucher.insufficient")
    assert too_much.json()["detail"] == {"available_minor": 700}
    currency = hold(till, code, 100, currency="HUF")
    assert (currency.status_code, currency.json()["error"]) == (409, "voucher.currency")
    assert look_up(till, code).json()["held_minor"] == 300

    sale = voucher_visit(other, sold_minor=300, payments=[redeemed(code, 300, hold_id=hold_id)])
    push_ok(other, sale)
    after = look_up(till, code).json()
    assert (after["balance_minor"], after["held_minor"], after["available_minor"]) == (700, 0, 700)
    replayed = push_ok(other, sale)  # the same event again (an answer lost): nothing moves twice
    assert replayed["results"][0]["status"] == "duplicate"
    assert look_up(till, code).json()["balance_minor"] == 700
    resent = other.event("visit.completed", copy.deepcopy(sale["payload"]))  # the same visit, a new event id
    push_ok(other, resent)
    assert look_up(till, code).json()["balance_minor"] == 700
    assert [t.kind for t in tasks(db, "sale.duplicate")] == ["sale.duplicate"]
    assert movements(db, code) == [("issued", 1000, False), ("redeemed", -300, False)]
    with db.read() as session:
        assert session.get(VoucherHold, hold_id).status == "spent"  # type: ignore[union-attr]

    undone = hold(till, code, 200).json()["hold_id"]  # a tender undone at the till: released
    assert look_up(till, code).json()["available_minor"] == 500
    elsewhere = other.http.delete(
        f"{base_url}/v1/terminal/vouchers/holds/{undone}", headers=other.headers, timeout=10
    )
    assert elsewhere.status_code == 204  # another store's till releases nothing
    assert look_up(till, code).json()["available_minor"] == 500
    for _ in range(2):  # releasing is idempotent
        released = till.http.delete(
            f"{base_url}/v1/terminal/vouchers/holds/{undone}", headers=till.headers, timeout=10
        )
        assert released.status_code == 204
    assert look_up(till, code).json()["available_minor"] == 700

    rest = hold(till, code, 700).json()["hold_id"]
    push_ok(till, voucher_visit(till, sold_minor=700, payments=[redeemed(code, 700, hold_id=rest)]))
    spent = look_up(till, code).json()
    assert (spent["balance_minor"], spent["status"]) == (0, "spent")
    refused = hold(other, code, 1)
    assert (refused.status_code, refused.json()["error"]) == (409, "voucher.spent")
    assert tasks(db, "voucher.overspent") == []

    capsys.readouterr()
    assert main(["--db", db.url, "vouchers", "show", grouped(code).lower()]) == 0
    shown = capsys.readouterr().out
    assert f"voucher {grouped(code)} (spent)" in shown
    assert "issued\t+1000" in shown
    assert "redeemed\t-300" in shown
    assert "redeemed\t-700" in shown
    assert main(["--db", db.url, "vouchers", "list", "--status", "spent"]) == 0
    assert grouped(code) in capsys.readouterr().out
    assert main(["--db", db.url, "vouchers", "list", "--status", "active"]) == 0
    assert grouped(code) not in capsys.readouterr().out
    assert main(["--db", db.url, "vouchers", "show", _typo(code, 3)]) == 2
    assert "voucher.check_character" in capsys.readouterr().err


def _a_lapsed_hold_keeps_nothing_aside_and_is_marked_expired(till: Till, db: Database) -> None:
    code = new_code()
    issue(till, code, 500)
    lapsed = hold(till, code, 500).json()["hold_id"]
    assert (hold(till, code, 1).status_code, look_up(till, code).json()["available_minor"]) == (409, 0)
    with db.write() as session:  # ten minutes later
        session.execute(
            update(VoucherHold)
            .where(VoucherHold.hold_id == lapsed)
            .values(expires_at=utcnow() - timedelta(seconds=1))
        )
    assert look_up(till, code).json()["available_minor"] == 500
    fresh = hold(till, code, 500)
    assert fresh.status_code == 201, fresh.text
    with db.read() as session:
        assert session.get(VoucherHold, lapsed).status == "expired"  # type: ignore[union-attr]


def test_lapsed_holds_and_offline_redemptions_overspending_unknown_or_reissued_codes(
    till: Till, db: Database, base_url: str
) -> None:
    _a_lapsed_hold_keeps_nothing_aside_and_is_marked_expired(till, db)
    code = new_code()
    issue(till, code, 500)
    offline = Till.enrol(db, base_url, "S002", "T09")
    visit = voucher_visit(
        offline,
        sold_minor=700,
        payments=[redeemed(code, 400, offline=True), redeemed(code, 300, offline=True)],
    )
    push_ok(offline, visit)  # applied, never refused: the customer left with the goods
    seen = look_up(till, code).json()
    assert (seen["balance_minor"], seen["available_minor"], seen["status"]) == (-200, 0, "spent")
    overspent = tasks(db, "voucher.overspent")
    assert len(overspent) == 1
    assert overspent[0].store_id == "S002"
    assert "200 more redeemed" in overspent[0].summary
    assert movements(db, code)[1:] == [("redeemed", -400, True), ("redeemed", -300, True)]

    # A voucher issued at a till offline and redeemed at another before the issuing visit arrived.
    early = new_code()
    push_ok(offline, voucher_visit(offline, sold_minor=250, payments=[redeemed(early, 250, offline=True)]))
    assert [t.kind for t in tasks(db, "voucher.unknown")] == ["voucher.unknown"]
    assert look_up(till, early).status_code == 404
    issue(till, early, 1000)
    assert look_up(till, early).json()["balance_minor"] == 750  # the earlier redemption counts

    # The same code issued by a second visit (a till bug): the first stands, a manager looks.
    issue(till, early, 9999)
    assert [t.kind for t in tasks(db, "voucher.duplicate_code")] == ["voucher.duplicate_code"]
    with db.read() as session:
        first = session.scalars(select(Voucher).where(Voucher.code == early)).one()
    assert (first.issued_minor, first.balance_minor) == (1000, 750)


def test_codes_and_hostile_voucher_requests_get_a_clear_4xx(till: Till, db: Database, base_url: str) -> None:
    _codes_are_read_forgivingly_and_a_typo_fails_its_check(till)
    code = new_code()
    issue(till, code, 500)
    url = f"{base_url}/v1/terminal/vouchers"
    good = {"hold_id": str(uuid.uuid4()), "amount_minor": 100, "currency": "EUR", "staff_id": "anna"}
    bodies = [
        {**good, "amount_minor": 0},
        {**good, "amount_minor": -5},
        {**good, "amount_minor": "100"},
        {**good, "amount_minor": 10**14},
        {**good, "currency": "eur"},
        {**good, "hold_id": "not-a-uuid"},
        {**good, "staff_id": "a b"},
        {**good, "extra": 1},
        {k: v for k, v in good.items() if k != "currency"},
    ]
    for body in bodies:
        answer = till.http.post(f"{url}/{code}/holds", json=body, headers=till.headers, timeout=10)
        assert answer.status_code == 422, (body, answer.text)
        assert answer.json()["error"], body
    long_code = till.get(f"/v1/terminal/vouchers/{'A' * 65}")
    assert long_code.status_code == 422
    anonymous = till.http.get(f"{url}/{code}", timeout=10)
    assert (anonymous.status_code, anonymous.json()["error"]) == (401, "auth.missing_token")
    assert till.http.delete(f"{url}/holds/not-a-uuid", headers=till.headers, timeout=10).status_code == 422
    stranger = till.http.delete(f"{url}/holds/{uuid.uuid4()}", headers=till.headers, timeout=10)
    assert stranger.status_code == 204
    # A voucher tender whose reference is no code at all: applied as a sale, a manager task.
    push_ok(till, voucher_visit(till, sold_minor=100, payments=[redeemed("NOT-A-CODE", 100, offline=True)]))
    assert look_up(till, code).json()["balance_minor"] == 500
    push_ok(till, voucher_visit(till, refund_minor=100, payments=[{**issued("", 100), "reference": None}]))
    assert len(tasks(db, "voucher.bad_code")) == 2  # one per visit
    # Schema 1 knows no vouchers: its voucher tender is recorded as a payment and issues nothing.
    old = voucher_visit(till, refund_minor=100, payments=[issued(fresh := new_code(), 100)])
    del old["payload"]["schema"]
    push_ok(till, old)
    assert look_up(till, fresh).status_code == 404
    # Issued and redeemed in one batch (a till catching up): both apply, in order.
    both = [
        voucher_visit(till, refund_minor=900, payments=[issued(fresh, 900)]),
        voucher_visit(till, sold_minor=400, payments=[redeemed(fresh, 400, offline=True)]),
    ]
    push_ok(till, *both)
    assert look_up(till, fresh).json()["balance_minor"] == 500
    assert movements(db, fresh) == [("issued", 900, False), ("redeemed", -400, True)]
