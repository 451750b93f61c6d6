"""Settling a visit both ways in the domain: a payout split over several refund tenders, an even
exchange, a voucher taken in with its hold, and what a visit's return line keeps of an approval."""

from __future__ import annotations

from decimal import Decimal

import pytest

from terminal.domain.errors import TillError
from terminal.domain.money import Money
from terminal.domain.tax import VatRate
from terminal.domain.tenders import Direction, Settlement, Tender, TenderKind
from terminal.domain.visit import ReturnOrigin, Visit
from terminal.domain.voucher_slip import VoucherSlip, grouped_code

OUT, IN = Direction.OUT, Direction.IN


def eur(minor: int) -> Money:
    return Money(minor, "EUR")


def test_a_payout_over_cash_card_web_and_store_credit() -> None:
    s = Settlement(eur(-12850))
    s = s.add(Tender(TenderKind.CASH, eur(2000), direction=OUT))
    s = s.add(Tender(TenderKind.CARD, eur(5000), "RF-1", OUT))
    s = s.add(Tender(TenderKind.WEB, eur(850), "W-7", OUT))
    assert s.remaining == eur(5000)
    assert not s.is_settled
    with pytest.raises(TillError) as over:
        s.add(Tender(TenderKind.VOUCHER, eur(5001), "CODE", OUT))
    assert over.value.code == "tender.over_total"
    with pytest.raises(TillError) as way:
        s.add(Tender(TenderKind.VOUCHER, eur(100), "CODE", IN))
    assert way.value.code == "tender.wrong_direction"
    s = s.add(Tender(TenderKind.VOUCHER, eur(5000), "CODE", OUT))
    assert s.is_settled
    assert s.change == eur(0)
    assert s.rounding == eur(0)
    assert s.paid == eur(12850)


def test_an_even_exchange_is_settled_with_nothing_and_takes_nothing() -> None:
    s = Settlement(eur(0))
    assert s.direction is None
    assert s.is_settled
    assert s.remaining == eur(0)
    with pytest.raises(TillError) as refused:
        s.add(Tender(TenderKind.CASH, eur(1), direction=IN))
    assert refused.value.code == "tender.already_settled"


def test_a_voucher_taken_in_keeps_its_hold_or_its_offline_mark() -> None:
    s = Settlement(eur(12999))
    held = Tender(TenderKind.VOUCHER, eur(5000), "CODE", IN, hold_id="h-1")
    s = s.add(held).add(Tender(TenderKind.VOUCHER, eur(2000), "CODE2", IN, offline=True))
    assert [(t.hold_id, t.offline) for t in s.tenders] == [("h-1", False), (None, True)]
    assert s.remaining == eur(5999)
    assert s.remove_last().tenders == (held,)
    with pytest.raises(TillError):
        s.add(Tender(TenderKind.VOUCHER, eur(6000), "CODE3", IN))  # only cash may exceed what is owed


def test_a_return_lines_approval_survives_the_persisted_form() -> None:
    visit, _ = Visit.empty("EUR").add_return(
        origin=ReturnOrigin("receipt", "S001-T02-000010", 1), sku="SKU-1", name="Drill", quantity=Decimal(1),
        refund=eur(12999), vat=VatRate("A", Decimal(19)), reason="defective", approved_by="M01",
        override_reason="outside_window",
    )  # fmt: skip
    again = Visit.from_dict(visit.to_dict())
    assert again == visit
    assert (again.returns[0].approved_by, again.returns[0].override_reason) == ("M01", "outside_window")


def test_a_voucher_slip_prints_the_code_grouped_and_its_qr_payload() -> None:
    from datetime import UTC, datetime

    slip = VoucherSlip("Store", (), "Chain", "7KQ3MZ9X4T2BH8R0C", eur(1), "R-1", "T01", datetime.now(UTC))
    assert slip.printed_code == "7KQ3-MZ9X-4T2B-H8R0-C" == grouped_code("7KQ3MZ9X4T2BH8R0C")
    assert slip.qr_payload == "V:7KQ3MZ9X4T2BH8R0C"
