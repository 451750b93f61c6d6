"""Visits that take back as well as sell, from the till's services to the real backend (issue 8):
an even exchange settled without a tender, a refund paid out in cash (a negative balance), each
recorded in one local transaction, pushed as `visit.completed` and split by the backend into its
effects exactly once; an over-return is applied and becomes one manager task."""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import select, text

from backend.models import ManagerTask, Sale, SaleLine, SalePayment, StockLevel, VisitReturnLine
from terminal.domain.money import Money
from terminal.domain.tenders import Direction
from terminal.domain.visit import Disposition, ReturnOrigin
from terminal.storage import movements, outbox, visits
from tests.support.till import Till, product_named

from .conftest import Backend

DRILL = product_named("Akku-Bohrschrauber")  # 129,99 €, VAT A
MILK = product_named("Vollmilch")  # 1,49 €, VAT B


def eur(minor: int) -> Money:
    return Money(minor, "EUR")


def sell(till: Till, *codes: str) -> str:
    s = till.services
    for code in codes:
        s.selling.scan(code)
    s.checkout.add_card(s.checkout.begin().remaining)
    return s.checkout.complete().receipt_number


def give_back(till: Till, receipt: str, line_no: int, product: object, refund: int, **kw: object) -> None:
    vat = till.services.ctx.vat_rate("A" if product is DRILL else "B")
    till.services.visit_lines.add_return(
        origin=ReturnOrigin("receipt", receipt, line_no),
        sku=product.sku,  # type: ignore[attr-defined]
        name=product.name,  # type: ignore[attr-defined]
        quantity=Decimal(1),
        refund=eur(refund),
        vat=vat,
        reason="defective",
        **kw,  # type: ignore[arg-type]
    )


def level(backend: Backend, sku: str) -> int:
    with backend.db.read() as session:
        found = session.scalar(
            select(StockLevel.on_hand_milli).where(StockLevel.store_id == "S001", StockLevel.sku == sku)
        )
    return int(found or 0)


def test_an_exchange_and_a_refund_are_recorded_pushed_and_split_once(
    till: Till, engine: tuple, backend: Backend
) -> None:
    sync, _ = engine
    till.services.staff.login("1111")
    assert sync.step()  # bootstrap
    first = sell(till, DRILL.barcode, MILK.barcode)
    drill_before = level(backend, DRILL.sku)

    # An even exchange: the faulty drill back, another one sold; nothing to pay, no tender.
    give_back(till, first, 1, DRILL, DRILL.price_minor)
    till.services.selling.scan(DRILL.barcode)
    assert till.services.checkout.begin().is_settled
    exchange = till.services.checkout.complete()
    assert exchange.total == eur(0)

    # A refund on its own: the milk back, paid out in cash.
    give_back(till, first, 2, MILK, MILK.price_minor)
    settlement = till.services.checkout.begin()
    assert settlement.direction is Direction.OUT
    paid_out = till.services.checkout.add_cash(eur(MILK.price_minor))
    assert paid_out.is_settled
    refund = till.services.checkout.complete()
    assert refund.total == eur(-MILK.price_minor)

    with till.db.read() as session:
        events = outbox.pending_events(session)
        assert [e.type for e in events] == [
            "till.opened",
            "sale.completed",
            "visit.completed",
            "visit.completed",
        ]
        recorded = visits.get_visit_by_receipt(session, refund.receipt_number)
        assert recorded is not None
        assert [(p.tender, p.direction, p.amount) for p in recorded.payments] == [
            ("cash", "out", eur(MILK.price_minor))
        ]
        assert movements.returned(session, first) == {1: Decimal(1), 2: Decimal(1)}
        # Sold, taken back to stock, sold again, and the milk back: the till's own moves.
        assert movements.unconfirmed(session, store_id="S001", sku=DRILL.sku)[0] == Decimal(-1)
        assert movements.unconfirmed(session, store_id="S001", sku=MILK.sku)[0] == Decimal(0)

    assert sync.step()
    assert sync.step()  # a second round changes nothing
    with backend.db.read() as session:
        sold = session.execute(
            select(SaleLine.line_no, SaleLine.returned_milli)
            .join(Sale, Sale.sale_id == SaleLine.sale_id)
            .where(Sale.receipt_number == first)
            .order_by(SaleLine.line_no)
        ).all()
        assert [tuple(row) for row in sold] == [(1, 1000), (2, 1000)]
        back = session.scalars(select(VisitReturnLine.sku)).all()
        assert sorted(back) == sorted([DRILL.sku, MILK.sku])
        out = session.execute(
            select(SalePayment.tender, SalePayment.direction, SalePayment.amount_minor)
            .join(Sale, Sale.sale_id == SalePayment.sale_id)
            .where(Sale.receipt_number == refund.receipt_number)
        ).all()
        assert [tuple(row) for row in out] == [("cash", "out", MILK.price_minor)]
        assert session.scalars(select(ManagerTask.kind)).all() == []
    assert level(backend, DRILL.sku) - drill_before == -1000  # the exchange itself moved nothing net

    # The same events again (acknowledgements lost): nothing moves twice.
    with till.db.write() as session:
        session.execute(text("UPDATE outbox SET status = 'pending', acked_at = NULL"))
    assert sync.step()
    assert level(backend, DRILL.sku) - drill_before == -1000
    with backend.db.read() as session:
        assert len(session.scalars(select(VisitReturnLine.sku)).all()) == 2


def test_an_over_return_is_applied_and_raises_one_task(till: Till, engine: tuple, backend: Backend) -> None:
    sync, _ = engine
    till.services.staff.login("1111")
    assert sync.step()
    receipt = sell(till, MILK.barcode)
    for _ in range(2):  # the second return of the one milk: an over-return (another till, say)
        give_back(till, receipt, 1, MILK, MILK.price_minor, disposition=Disposition.DAMAGED)
        till.services.checkout.begin()
        till.services.checkout.add_cash(eur(MILK.price_minor))
        till.services.checkout.complete()
    milk_before = level(backend, MILK.sku)
    assert sync.step()
    with backend.db.read() as session:
        tasks = session.execute(select(ManagerTask.kind, ManagerTask.summary)).all()
    assert len(tasks) == 1
    assert tasks[0][0] == "visit.unmatched"
    assert "more returned than sold" in tasks[0][1]
    assert level(backend, MILK.sku) == milk_before - 1000  # sold once; damaged goods stay off the shelf
