"""The open visit's return and handover lines through the services, on a real till: what checkout
records, what live stock says before the backend confirms, and the guards around paid visits."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import text

from terminal.domain.errors import TillError
from terminal.domain.money import Money
from terminal.domain.staff import Action
from terminal.domain.visit import ReturnOrigin
from tests.support.till import Till, open_till, product_named

DRILL = product_named("Akku-Bohrschrauber")  # 129,99 €, A
MILK = product_named("Vollmilch")  # 1,49 €, B


@pytest.fixture
def till(tmp_path: Path) -> Iterator[Till]:
    t = open_till(tmp_path / "till.sqlite3")
    t.services.staff.login("1111")
    yield t
    t.db.close()


def eur(minor: int) -> Money:
    return Money(minor, "EUR")


def test_a_handover_leaves_the_shelf_and_its_reservation_together(till: Till) -> None:
    with till.db.write() as session:  # as the change feed left it: 9 on hand, 1 reserved for W-1
        session.execute(
            text(
                "INSERT OR REPLACE INTO stock_level (sku, store_id, on_hand, reserved, available, as_of) "
                "VALUES (:sku, 'S001', '9', '1', '8', :at)"
            ),
            {"sku": MILK.sku, "at": datetime.now(UTC).isoformat()},
        )
    till.services.visit_lines.add_handover(
        order_number="W-1",
        order_line_no=1,
        sku=MILK.sku,
        name=MILK.name,
        quantity=Decimal(1),
        unit_price=eur(MILK.price_minor),
        vat=till.services.ctx.vat_rate("B"),
        paid_online=True,
    )
    assert till.services.checkout.begin().is_settled  # paid online: nothing to pay here
    till.services.checkout.complete()
    (here,) = till.services.stock.stock_for(MILK.sku).levels
    assert (here.on_hand, here.reserved, here.available) == (8, 0, 8)


def test_weighed_goods_can_be_handed_over_and_returned(till: Till) -> None:
    vat = till.services.ctx.vat_rate("B")
    till.services.visit_lines.add_handover(
        order_number="W-2", order_line_no=1, sku=MILK.sku, name="Käse", quantity=Decimal("0.5"),
        unit_price=eur(1990), vat=vat, paid_online=False, unit="kg",
    )  # fmt: skip
    till.services.visit_lines.add_return(
        origin=ReturnOrigin.no_receipt(), sku=MILK.sku, name="Käse", quantity=Decimal("0.25"),
        refund=eur(498), vat=vat, reason="defective", unit="kg",
    )  # fmt: skip
    settlement = till.services.checkout.begin()
    assert settlement.balance == eur(995 - 498)


def test_voiding_a_line_may_not_turn_a_paid_visit_around(till: Till) -> None:
    """A drill back, a drill and a milk sold: 1,49 € to pay, 1,00 € taken by card. Voiding the milk
    would leave 0,00 € against 1,00 € paid: refused, and the visit can still be settled."""
    s = till.services
    s.visit_lines.add_return(
        origin=ReturnOrigin("receipt", "S001-T01-000009", 1), sku=DRILL.sku, name=DRILL.name,
        quantity=Decimal(1), refund=eur(DRILL.price_minor), vat=s.ctx.vat_rate("A"), reason="defective",
    )  # fmt: skip
    s.selling.scan(DRILL.barcode)
    milk = s.selling.scan(MILK.barcode)
    s.checkout.add_card(eur(100))
    approval = s.staff.approve("9999", Action.VOID_PAID_LINE)
    with pytest.raises(TillError) as exc:
        s.selling.void_line(milk.line_id, approval=approval)
    assert exc.value.code == "checkout.void_below_paid"
    assert s.checkout.payment_in_progress() is not None
    s.checkout.add_card(eur(49))
    assert s.checkout.complete().total == eur(149)


def test_a_quantity_typed_with_trailing_zeros_is_recorded_and_queued(till: Till) -> None:
    """ "2,0000" from the quantity dialog is the quantity 2: the sale completes and its event says "2"."""
    from terminal.storage import outbox

    s = till.services
    line = s.selling.scan(MILK.barcode)
    s.selling.set_quantity(line.line_id, Decimal("2.0000"))
    s.checkout.add_card(s.checkout.begin().remaining)
    s.checkout.complete()
    with till.db.read() as session:
        (event,) = [e for e in outbox.pending_events(session) if e.type != "till.opened"]  # ADR 0024
    assert event.payload_dict()["lines"][0]["quantity"] == "2"


def test_a_refund_receipt_shows_the_return_and_the_payout_without_change(till: Till) -> None:
    s = till.services
    s.visit_lines.add_return(
        origin=ReturnOrigin("receipt", "S001-T01-000009", 2), sku=MILK.sku, name=MILK.name,
        quantity=Decimal(1), refund=eur(MILK.price_minor), vat=s.ctx.vat_rate("B"), reason="defective",
    )  # fmt: skip
    s.checkout.add_cash(eur(MILK.price_minor))
    s.checkout.complete()
    receipt = s.receipts.last()
    assert receipt is not None
    text = "\n".join(s.receipts.preview_lines(receipt))
    assert "Rücknahme" in text
    assert "S001-T01-000009 #2" in text
    assert "-1,49 B" in text
    assert "Bar" in text
    assert "Rückgeld" not in text  # nothing is handed back on a payout
