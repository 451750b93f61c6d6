"""All use cases of one till, built together so they share the one open sale and the staff session.

`terminal/app.py` calls `build_services` once; tests call it with real storage and a Dummy printer.
"""

from __future__ import annotations

from dataclasses import dataclass

from terminal.services.catalogue import CatalogueService
from terminal.services.checkout import CheckoutService
from terminal.services.context import TillContext
from terminal.services.customers import CustomersService
from terminal.services.day_charts import DayChartsService
from terminal.services.handover_slips import HandoverSlips
from terminal.services.open_visit import OpenVisit
from terminal.services.parking import ParkingService
from terminal.services.pickup_handover import HandoverService
from terminal.services.pickups import PickupsService
from terminal.services.ports import (
    BarcodeParser,
    Clock,
    CustomerDirectory,
    DayReportRenderer,
    Drawer,
    IdFactory,
    PickupClaims,
    ReceiptRenderer,
    Releases,
    ReturnsBackend,
    SavedCartSource,
    Vouchers,
    Waker,
)
from terminal.services.receipts import ReceiptService
from terminal.services.releases import SendNow
from terminal.services.returns import ReturnsService
from terminal.services.saved_carts import SavedCartsService
from terminal.services.scans import ScanService
from terminal.services.selling import SellingService
from terminal.services.staff import StaffService
from terminal.services.stock import LiveStock, StockService
from terminal.services.stock_desk import StockDesk
from terminal.services.sync_admin import SyncAdminService
from terminal.services.till_day import TillDayService
from terminal.services.visit_lines import VisitLinesService
from terminal.services.voucher_slips import VoucherSlips
from terminal.services.voucher_tenders import VoucherTenders
from terminal.storage.db import Database


@dataclass(frozen=True)
class Services:
    """The till's use cases, as the UI sees them."""

    ctx: TillContext
    staff: StaffService
    selling: SellingService
    parking: ParkingService
    scans: ScanService
    visit_lines: VisitLinesService
    checkout: CheckoutService
    receipts: ReceiptService
    catalogue: CatalogueService
    stock: StockService
    stock_desk: StockDesk
    sync_admin: SyncAdminService
    pickups: PickupsService
    handover: HandoverService
    returns: ReturnsService
    till_day: TillDayService
    day_charts: DayChartsService
    customers: CustomersService
    saved_carts: SavedCartsService


class _NoWaker:
    def wake(self) -> None:
        """Nothing to wake (no background loop configured)."""


class _NoDrawer:
    def open(self) -> None:
        """No cash drawer on this till."""


def build_services(
    *,
    db: Database,
    ctx: TillContext,
    parser: BarcodeParser,
    renderer: ReceiptRenderer,
    clock: Clock,
    new_id: IdFactory,
    printer: Waker | None = None,
    sync: Waker | None = None,
    drawer: Drawer | None = None,
    live_stock: LiveStock | None = None,
    claims: PickupClaims | None = None,
    returns_backend: ReturnsBackend | None = None,
    vouchers: Vouchers | None = None,
    day_renderer: DayReportRenderer | None = None,
    customer_directory: CustomerDirectory | None = None,
    saved_cart_source: SavedCartSource | None = None,
    releases: Releases | None = None,
) -> Services:
    """Wire the use cases of one till around one database and one open sale. `releases`: where
    claims and holds are given back at the backend (terminal/app.py passes its background loop's; without
    one they are sent on the spot, fine only for ports with no network behind them)."""
    releases = releases or SendNow()
    printer_waker: Waker = printer or _NoWaker()
    sync_waker: Waker = sync or _NoWaker()
    staff = StaffService(db=db, clock=clock)
    stock = StockService(db=db, store_id=ctx.store_id, clock=clock, live=live_stock)
    open_visit = OpenVisit(db=db, ctx=ctx, clock=clock)
    visit_lines = VisitLinesService(open_visit=open_visit, staff=staff)
    pickups = PickupsService(
        db=db, ctx=ctx, staff=staff, parser=parser, clock=clock, new_id=new_id, sync=sync
    )
    handover = HandoverService(
        db=db,
        ctx=ctx,
        staff=staff,
        pickups=pickups,
        visit_lines=visit_lines,
        clock=clock,
        new_id=new_id,
        claims=claims,
        releases=releases,
    )
    returns = ReturnsService(
        db=db,
        ctx=ctx,
        staff=staff,
        open_visit=open_visit,
        visit_lines=visit_lines,
        parser=parser,
        clock=clock,
        new_id=new_id,
        backend=returns_backend,
        releases=releases,
    )
    if day_renderer is None:
        if not isinstance(renderer, DayReportRenderer):
            raise TypeError("the receipt renderer does not render day reports: pass day_renderer")
        day_renderer = renderer
    till_day = TillDayService(
        db=db,
        ctx=ctx,
        staff=staff,
        renderer=day_renderer,
        clock=clock,
        new_id=new_id,
        printer=printer_waker,
        sync=sync,
    )
    late: list[CustomersService] = []  # built after selling, told of a voided visit through this
    saved: list[SavedCartsService] = []  # likewise
    selling = SellingService(
        db=db,
        ctx=ctx,
        open_visit=open_visit,
        staff=staff,
        parser=parser,
        clock=clock,
        new_id=new_id,
        on_void=(
            returns.visit_voided,
            handover.visit_voided,
            VoucherTenders(ctx=ctx, vouchers=vouchers, new_id=new_id, releases=releases).visit_voided,
            lambda visit, tenders: late[0].visit_voided(visit, tenders),  # noqa: PLW0108 - bound later
            lambda visit, tenders: saved[0].visit_ended(visit, tenders),  # noqa: PLW0108 - bound later
        ),
    )
    customers = CustomersService(
        db=db,
        open_visit=open_visit,
        staff=staff,
        selling=selling,
        new_id=new_id,
        directory=customer_directory,
        releases=releases,
    )
    late.append(customers)
    saved_carts = SavedCartsService(db=db, open_visit=open_visit, selling=selling, source=saved_cart_source)
    saved.append(saved_carts)
    return Services(
        ctx=ctx,
        staff=staff,
        selling=selling,
        scans=ScanService(parser=parser, db=db),
        visit_lines=visit_lines,
        parking=ParkingService(
            db=db, ctx=ctx, open_visit=open_visit, staff=staff, clock=clock, new_id=new_id
        ),
        checkout=CheckoutService(
            db=db,
            ctx=ctx,
            open_visit=open_visit,
            staff=staff,
            renderer=renderer,
            clock=clock,
            new_id=new_id,
            printer=printer_waker,
            drawer=drawer or _NoDrawer(),
            sync=sync,
            # A receipt after a Z is refused until the day is opened again; a till that never had a
            # day opens one for its first receipt, before the number (TillDayService, ADR 0024).
            before_number=(till_day.day_for_receipt,),
            on_record=(handover.record_handovers, saved_carts.visit_ended),
            before_payment=(till_day.check_can_sell,),
            after_receipt=(
                HandoverSlips(ctx=ctx, renderer=renderer).queue_slips,
                VoucherSlips(ctx=ctx, renderer=renderer).queue_slips,
            ),
            vouchers=vouchers,
            releases=releases,
            after_commit=(customers.visit_completed,),
        ),
        receipts=ReceiptService(
            db=db, ctx=ctx, staff=staff, renderer=renderer, clock=clock, new_id=new_id, printer=printer_waker
        ),
        catalogue=CatalogueService(db=db, ctx=ctx),
        stock=stock,
        stock_desk=StockDesk(
            db=db, ctx=ctx, staff=staff, parser=parser, stock=stock, clock=clock, new_id=new_id, sync=sync
        ),
        sync_admin=SyncAdminService(db=db, sync=sync_waker, staff=staff, clock=clock),
        pickups=pickups,
        handover=handover,
        returns=returns,
        till_day=till_day,
        day_charts=DayChartsService(db=db, ctx=ctx, clock=clock),
        customers=customers,
        saved_carts=saved_carts,
    )
