"""The returns use case on a real till (migrated SQLite, demo seed), with a hand-written backend port
(tests/support/returns_backend.py) until the backend's returns endpoints are merged: finding the
original online and offline, claims, refusals, manager overrides and their audit, no receipt."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from contract.returns import refund_for
from terminal.domain.basket import Discount
from terminal.domain.errors import ApprovalRequiredError, TillError
from terminal.domain.money import Money
from terminal.domain.returns import LowestPrice
from terminal.domain.staff import Action
from terminal.services.returns import Choice, parse_reference
from terminal.storage import audit
from tests.support.returns_backend import FakeReturnsBackend, other_store_receipt
from tests.support.till import Till, open_till, product_named

DRILL = product_named("Akku-Bohrschrauber")
MILK = product_named("Vollmilch")
RECEIPT = "S002-T05-000123"


@pytest.fixture
def backend() -> FakeReturnsBackend:
    fake = FakeReturnsBackend()
    fake.originals[RECEIPT] = other_store_receipt(RECEIPT)
    return fake


@pytest.fixture
def till(tmp_path: Path, backend: FakeReturnsBackend) -> Iterator[Till]:
    t = open_till(tmp_path / "till.sqlite3", returns_backend=backend)
    t.services.staff.login("1111")
    yield t
    t.db.close()


def test_references_are_read_as_receipts_or_web_orders() -> None:
    assert parse_reference(" r:s001-t01-000042 ") == ("receipt", "S001-T01-000042")
    assert parse_reference("S001-T01-000042") == ("receipt", "S001-T01-000042")
    assert parse_reference("P:W-100001:12345678") == ("web_order", "W-100001")
    assert parse_reference("w-100001") == ("web_order", "W-100001")
    with pytest.raises(TillError) as err:
        parse_reference("   ")
    assert err.value.code == "barcode.empty"


def test_online_a_line_is_claimed_refunded_at_the_price_paid_and_released_when_removed(
    till: Till, backend: FakeReturnsBackend
) -> None:
    returns = till.services.returns
    original = returns.find(f"R:{RECEIPT}")
    assert (original.source, original.store_name, original.lines[0].returnable) == (
        "backend", "Baumarkt & Mehr Hamburg", Decimal(2),
    )  # fmt: skip
    change = returns.add(original, [Choice(1, Decimal(1), "wrong_size", disposition="restock")])
    (line,) = change.visit.returns
    assert line.refund == Money(refund_for(20_001, 2000, 0, 1000), "EUR") == Money(10_000, "EUR")
    assert line.claim_id in backend.claims
    assert line.verified
    assert [t.tender for t in line.origin_tenders] == ["card"]
    assert not line.paid_online
    assert change.visit.suggested_refund() == "original"
    assert change.visit.totals().balance == Money(-10_000, "EUR")
    # The same line again in this visit: refused, change its quantity instead.
    with pytest.raises(TillError) as err:
        returns.add(returns.find(RECEIPT), [Choice(1, Decimal(1), "wrong_size")])
    assert err.value.code == "return.already_in_visit"
    # A till that read the receipt before this claim asks for both: the backend refuses, nothing added.
    stale = other_store_receipt(RECEIPT)
    till.services.visit_lines.remove(line.line_id)  # (kept claimed: another visit holds it)
    with pytest.raises(TillError) as err:
        returns.add(stale, [Choice(1, Decimal(2), "changed_mind")])
    assert (err.value.code, err.value.params["returnable"]) == ("return.over_returnable", "1")
    assert till.services.selling.visit().returns == ()
    # Taken back in and out through the use case: its claim is released.
    change = returns.add(returns.find(RECEIPT), [Choice(1, Decimal(1), "defective")])
    (again,) = change.visit.returns
    returns.remove(again.line_id)
    assert again.claim_id in backend.released
    assert again.claim_id not in backend.claims


def test_policy_refusals_final_sale_reason_and_more_than_returnable(till: Till) -> None:
    returns = till.services.returns
    original = returns.find(RECEIPT)
    cases = {
        "return.final_sale": Choice(2, Decimal(1), "changed_mind"),
        "return.reason_needed": Choice(1, Decimal(1), "other", reason_text="  "),
        "return.over_returnable": Choice(1, Decimal(3), "changed_mind"),
        "return.bad_disposition": Choice(1, Decimal(1), "changed_mind", disposition="shelf"),
    }
    for code, choice in cases.items():
        with pytest.raises(TillError) as err:
            returns.add(original, [choice])
        assert err.value.code == code
    assert till.services.selling.visit().returns == ()
    change = returns.add(original, [Choice(1, Decimal(1), "other", reason_text="Gift, not wanted")])
    assert change.visit.returns[0].reason_text == "Gift, not wanted"


def test_after_the_window_a_manager_overrides_with_a_reason_and_the_audit_log_keeps_it(
    till: Till, backend: FakeReturnsBackend
) -> None:
    backend.originals[RECEIPT] = other_store_receipt(RECEIPT, window_ends=date(2026, 11, 1))
    returns = till.services.returns
    original = returns.find(RECEIPT)
    choice = Choice(1, Decimal(1), "defective", disposition="damaged")
    with pytest.raises(ApprovalRequiredError) as err:
        returns.add(original, [choice])
    assert err.value.action == "return_override"
    assert backend.claims == {}
    approval = till.services.staff.approve("9999", Action.RETURN_OVERRIDE)
    change = returns.add(original, [choice], approval, override_reason="Motor broke after 5 weeks")
    (line,) = change.visit.returns
    assert (line.approved_by, line.override_reason) == ("maria", "Motor broke after 5 weeks")
    with till.db.read() as session:
        (entry,) = audit.list_entries(session, action="return.override")
    assert (entry.staff_id, entry.approved_by, entry.details["why"]) == ("anna", "maria", "window_ended")
    # Parked and resumed, the visit keeps who approved it and why.
    till.services.parking.park("customer fetches the box")
    (parked,) = till.services.parking.parked()
    till.services.parking.resume(parked.parked_id)
    (kept,) = till.services.selling.visit().returns
    assert (kept.approved_by, kept.override_reason, kept.claim_id) == (
        "maria", "Motor broke after 5 weeks", line.claim_id,
    )  # fmt: skip


def test_offline_an_own_receipt_is_checked_against_local_returns_without_approval(
    till: Till, backend: FakeReturnsBackend
) -> None:
    selling = till.services.selling
    selling.add_product(DRILL.sku)
    selling.add_product(MILK.sku, Decimal(3))
    selling.discount_basket(Discount("amount", amount=Money(1_000, "EUR")))  # 10,00 € off the basket
    settlement = till.services.checkout.begin()
    till.services.checkout.add_card(settlement.remaining)
    sold = till.services.checkout.complete()
    backend.offline = True
    original = till.services.returns.find(sold.receipt_number)
    assert original.source == "own"
    assert original.verified
    assert sum(ln.paid_minor for ln in original.lines) == sold.total.amount_minor  # after the basket share
    milk = next(ln for ln in original.lines if ln.sku == MILK.sku)
    assert milk.paid_minor < 3 * MILK.price_minor
    assert milk.window_ends is not None
    assert [t.tender for t in original.tenders] == ["card"]
    with pytest.raises(TillError) as err:
        till.services.returns.add(original, [Choice(milk.line_no, Decimal(4), "changed_mind")])
    assert err.value.code == "return.over_returnable"
    change = till.services.returns.add(original, [Choice(milk.line_no, Decimal(1), "changed_mind")])
    (line,) = change.visit.returns
    assert line.refund.amount_minor == refund_for(milk.paid_minor, 3000, 0, 1000)
    assert line.verified
    assert line.claim_id is None
    assert line.approved_by is None


def test_offline_another_tills_receipt_needs_a_manager_and_is_unverified(
    till: Till, backend: FakeReturnsBackend
) -> None:
    backend.offline = True
    returns = till.services.returns
    original = returns.find(RECEIPT)
    assert (original.source, original.lines, original.verified) == ("unverified", (), False)
    with pytest.raises(TillError) as err:
        returns.add(original, [Choice(1, Decimal(1), "changed_mind")])
    assert err.value.code == "return.scan_articles"
    with pytest.raises(ApprovalRequiredError):
        returns.add_article(original, DRILL.sku, quantity=Decimal(1), reason="defective")
    approval = till.services.staff.approve("9999", Action.RETURN_OVERRIDE)
    change = returns.add_article(
        original, DRILL.sku, quantity=Decimal(1), reason="defective", approval=approval
    )
    (line,) = change.visit.returns
    assert (line.verified, line.approved_by, line.override_reason) == (False, "maria", "offline_unverified")
    assert line.refund == Money(DRILL.price_minor, "EUR")  # the price the till knows
    assert (line.origin.kind, line.origin.reference, line.origin.line_no) == ("receipt", RECEIPT, None)


def test_without_a_receipt_a_manager_approves_the_lowest_recent_price_and_offline_it_is_refused(
    till: Till, backend: FakeReturnsBackend
) -> None:
    backend.lowest[DRILL.sku] = LowestPrice(DRILL.sku, DRILL.name, "EUR", 30, 9_999, DRILL.price_minor)
    returns = till.services.returns
    with pytest.raises(ApprovalRequiredError):
        returns.add_article(None, DRILL.sku, quantity=Decimal(2), reason="changed_mind")
    approval = till.services.staff.approve("9999", Action.RETURN_OVERRIDE)
    change = returns.add_article(
        None, DRILL.sku, quantity=Decimal(2), reason="changed_mind", approval=approval
    )
    (line,) = change.visit.returns
    assert line.origin.kind == "none"
    assert line.refund == Money(19_998, "EUR")
    assert change.visit.suggested_refund() == "voucher"
    backend.offline = True
    with pytest.raises(TillError) as err:
        returns.add_article(None, DRILL.sku, quantity=Decimal(1), reason="changed_mind", approval=approval)
    assert err.value.code == "return.no_receipt_offline"


def test_voiding_the_visit_releases_its_claims(till: Till, backend: FakeReturnsBackend) -> None:
    returns = till.services.returns
    change = returns.add(returns.find(RECEIPT), [Choice(1, Decimal(2), "changed_mind")])
    claim = change.visit.returns[0].claim_id
    till.services.selling.void_basket()
    assert backend.released == [claim]
    assert till.services.selling.visit().is_empty


def test_a_web_order_paid_online_suggests_its_refund_back_through_the_web_shop(
    till: Till, backend: FakeReturnsBackend
) -> None:
    order = replace(other_store_receipt("W-100007"), kind="web_order", paid_online=True, tenders=())
    backend.originals["W-100007"] = order
    returns = till.services.returns
    original = returns.find("P:W-100007:12345678")
    change = returns.add(original, [Choice(1, Decimal(1), "not_as_described")])
    assert change.visit.returns[0].paid_online
    assert change.visit.suggested_refund() == "web"


def test_a_claim_the_backend_cannot_take_needs_a_manager_for_another_tills_receipt(
    till: Till, backend: FakeReturnsBackend
) -> None:
    returns = till.services.returns
    original = returns.find(RECEIPT)  # found online; the backend goes away before the claim
    backend.offline = True
    choice = Choice(1, Decimal(1), "defective")
    with pytest.raises(ApprovalRequiredError):
        returns.add(original, [choice])
    approval = till.services.staff.approve("9999", Action.RETURN_OVERRIDE)
    (line,) = returns.add(original, [choice], approval).visit.returns
    assert (line.verified, line.claim_id, line.override_reason) == (False, None, "offline_unverified")
    assert line.refund == Money(10_000, "EUR")  # still the price paid: the original's lines are known
