"""Return rules (terminal/domain/returns.py): window, final sale, reasons, the refund of units of a line
with a basket discount, the suggested way back, and the visit's return lines with their approvals."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest

from contract import returns as wire
from terminal.domain import returns as rules
from terminal.domain.errors import TillError
from terminal.domain.money import Money
from terminal.domain.pricing import allocate
from terminal.domain.returns import OriginalLine, OriginalTender, Policy
from terminal.domain.tax import VatRate
from terminal.domain.visit import ReturnOrigin, Visit


def line(**changes: object) -> OriginalLine:
    base: dict[str, object] = {
        "line_no": 1, "sku": "S", "name": "Shirt", "unit": "pc", "quantity": Decimal(3),
        "unit_price_minor": 1_000, "paid_minor": 2_700, "vat_code": "A", "vat_percent": Decimal(19),
        "window_ends": date(2026, 12, 1),
    }  # fmt: skip
    base.update(changes)
    return OriginalLine(**base)  # type: ignore[arg-type]


def test_the_domain_mirrors_the_contracts_lists() -> None:
    assert rules.REASONS == wire.REASONS
    assert rules.REASON_NEEDS_TEXT == wire.REASON_NEEDS_TEXT
    assert rules.DISPOSITIONS == wire.DISPOSITIONS
    assert rules.DEFAULT_RETURN_DAYS == wire.DEFAULT_RETURN_DAYS


def test_window_final_sale_and_nothing_left() -> None:
    assert rules.window_end(date(2026, 11, 1), Policy(return_days=14)) == date(2026, 11, 15)
    assert rules.line_state(line(), date(2026, 12, 1)) == "ok"  # the last day is still in
    assert rules.line_state(line(), date(2026, 12, 2)) == "window_ended"
    assert rules.line_state(line(window_ends=None), date(2030, 1, 1)) == "ok"
    assert rules.line_state(line(policy=Policy(final_sale=True)), date(2026, 11, 2)) == "final_sale"
    assert (
        rules.line_state(line(returned=Decimal(2), claimed=Decimal(1)), date(2026, 11, 2)) == "nothing_left"
    )


@pytest.mark.parametrize(
    ("reason", "text", "ok"),
    [("wrong_size", "", True), ("other", "gift", True), ("other", "  ", False), ("because", "", False)],
)
def test_reasons_come_from_the_list_and_other_needs_a_text(reason: str, text: str, ok: bool) -> None:
    if ok:
        rules.check_reason(reason, text)
    else:
        with pytest.raises(TillError) as err:
            rules.check_reason(reason, text)
        assert err.value.code == "return.reason_needed"


def test_quantity_is_checked_against_what_is_returnable_less_what_the_visit_holds() -> None:
    rules.check_quantity(line(returned=Decimal(1)), Decimal(2))
    with pytest.raises(TillError) as err:
        rules.check_quantity(line(returned=Decimal(1)), Decimal(2), in_visit=Decimal(1))
    assert (err.value.code, err.value.params["returnable"]) == ("return.over_returnable", "1")
    with pytest.raises(TillError) as err:
        rules.check_quantity(line(policy=Policy(final_sale=True)), Decimal(1))
    assert err.value.code == "return.final_sale"


def test_a_line_with_a_basket_discount_refunds_exactly_what_was_paid_piece_by_piece() -> None:
    # 3 shirts at 10,00 € and a cap at 5,00 €, 3,01 € off the basket: the shirts' share is allocated.
    shares = allocate(Money(301, "EUR"), [Money(3_000, "EUR"), Money(500, "EUR")])
    paid = 3_000 - shares[0].amount_minor
    shirts = line(paid_minor=paid)
    refunds = []
    for already in range(3):
        refunds.append(rules.line_refund(rules_returned(shirts, already), Decimal(1)))
    assert sum(refunds) == paid
    assert refunds == [wire.refund_for(paid, 3000, n * 1000, 1000) for n in range(3)]
    assert max(refunds) - min(refunds) <= 1


def rules_returned(original: OriginalLine, already: int) -> OriginalLine:
    return replace(original, returned=Decimal(already))


def test_the_suggested_way_back() -> None:
    assert rules.suggested_refund([False], [True]) == "original"
    assert rules.suggested_refund([False, True], [True, True]) == "web"
    assert rules.suggested_refund([False], [False]) == "voucher"


def test_a_return_lines_approval_and_original_tenders_survive_the_persisted_form() -> None:
    visit, _ = Visit.empty("EUR").add_return(
        origin=ReturnOrigin("receipt", "S1-T1-1", 2),
        sku="S",
        name="Shirt",
        quantity=Decimal(1),
        refund=Money(900, "EUR"),
        vat=VatRate("A", Decimal(19)),
        reason="defective",
        approved_by="maria",
        override_reason="window_ended",
        origin_tenders=(OriginalTender("cash", 500), OriginalTender("card", 2_200, "TX")),
    )
    visit, _ = visit.add_return(
        origin=ReturnOrigin("receipt", "S1-T1-9", None),  # unverified: no line number known
        sku="S",
        name="Shirt",
        quantity=Decimal(1),
        refund=Money(1_000, "EUR"),
        vat=VatRate("A", Decimal(19)),
        reason="changed_mind",
        verified=False,
    )
    again = Visit.from_dict(visit.to_dict())
    assert again == visit
    assert again.returns[0].approved_by == "maria"
    assert [t.tender for t in again.original_tenders()] == ["cash", "card"]
