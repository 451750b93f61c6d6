"""Click-and-collect at the till: the pickup queue, finding an order, picking with a scan check.

The queue and every look-up read the till's copy of the store's open web orders (fed by the change
feed, terminal/storage/web_orders.py), so they work offline. A pickup QR or a typed code is checked
against the order's `pickup_code_check` (contract/pickup.py) without the code on the disk; a wrong
code is counted locally (the backend enforces the real limit when the till claims the order).
Picking writes this till's figures and its `pickup.started` / `pickup.picked` / `pickup.ready`
event in ONE transaction; a second "ready" is refused as already done. The handover is
terminal/services/pickup_handover.py.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time, timedelta
from decimal import Decimal

from contract.pickup import CODE_ATTEMPTS, code_matches, normalise_code, parse_qr
from terminal.domain import pickup as rules
from terminal.domain.errors import TillError
from terminal.domain.pickup import OrderLine, WebOrder
from terminal.domain.scan import Gs1Item, ProductCode
from terminal.services import pickup_events
from terminal.services.context import TillContext
from terminal.services.ports import BarcodeParser, Clock, IdFactory, Waker
from terminal.services.staff import StaffService
from terminal.storage import catalogue, outbox, web_orders
from terminal.storage.db import Database, Transaction
from terminal.storage.web_orders import OrderHeadRow

VIEWS = web_orders.VIEWS
WRONG_CODE_WARN = 3  # a local hint; the backend's limit is the real one


@dataclass(frozen=True)
class QueueView:
    """One view of the queue (to_pick, ready, overdue, expiring) and the counts of all views."""

    view: str
    orders: list[OrderHeadRow]
    counts: dict[str, int]


@dataclass(frozen=True)
class Found:
    """An order found at the counter, and how (qr, code, name: by name needs an ID check)."""

    order: WebOrder
    found_by: str


@dataclass(frozen=True)
class PickChange:
    """What a picking call changed: the order now, the line touched, what happened."""

    order: WebOrder
    line_no: int | None
    kind: str  # picked, short, ready


class PickupsService:
    """The queue, the look-ups and picking."""

    def __init__(
        self,
        *,
        db: Database,
        ctx: TillContext,
        staff: StaffService,
        parser: BarcodeParser,
        clock: Clock,
        new_id: IdFactory,
        sync: Waker | None = None,
    ) -> None:
        self._db = db
        self._ctx = ctx
        self._staff = staff
        self._parser = parser
        self._clock = clock
        self._new_id = new_id
        self._sync = sync

    # ------------------------------------------------------------ the queue

    def queue(self, view: str) -> QueueView:
        if view not in VIEWS:
            raise ValueError(f"no queue view {view!r}")
        now = self._clock()
        day_end = _day_end(now)
        with self._db.read() as session:
            orders = web_orders.queue(session, view, now=now, day_end=day_end)
            counts = web_orders.counts(session, now=now, day_end=day_end)
        return QueueView(view, orders, counts)

    def counts(self) -> dict[str, int]:
        now = self._clock()
        with self._db.read() as session:
            return web_orders.counts(session, now=now, day_end=_day_end(now))

    def order(self, order_number: str) -> WebOrder:
        with self._db.read() as session:
            return _load(session, order_number)

    # ------------------------------------------------------------ finding an order at the counter

    def find_by_scan(self, raw: str) -> Found:
        """The customer's pickup QR (`P:<order>:<code>`), checked offline against the order."""
        qr = parse_qr(raw.strip())
        if qr is None:
            raise TillError("pickup.not_a_pickup_code", code=raw.strip())
        return Found(self._check_code(qr.order_number, qr.code), "qr")

    def find_by_code(self, order_number: str, code: str) -> Found:
        """The order number and the pickup code as the customer reads them out."""
        return Found(self._check_code(order_number.strip().upper(), normalise_code(code)), "code")

    def search(self, text: str) -> list[OrderHeadRow]:
        """Open orders by number or by the customer's name, e-mail or phone (found by name: ID check)."""
        if len(text.strip()) < 2:
            return []
        with self._db.read() as session:
            return web_orders.search(session, text)

    def _check_code(self, order_number: str, code: str) -> WebOrder:
        with self._db.read() as session:
            head = web_orders.head(session, order_number)
        if head is None:
            raise TillError("pickup.not_here", order_number=order_number)
        if head.state == "handed_over":
            raise TillError("pickup.already_handed_over", order_number=order_number)
        if head.code_check is None:
            raise TillError("pickup.no_code_check", order_number=order_number)
        if head.code_attempts >= CODE_ATTEMPTS:  # locked here too: only by name, with an ID check
            raise TillError("pickup.code_locked", order_number=order_number)
        if not code_matches(order_number, code, head.code_check):
            with self._db.write() as session:
                attempts = web_orders.count_wrong_code(session, order_number, at=self._clock())
            if attempts >= CODE_ATTEMPTS:
                raise TillError("pickup.code_locked", order_number=order_number)
            raise TillError("pickup.wrong_code", order_number=order_number, attempts=attempts)
        return self.order(order_number)

    # ------------------------------------------------------------ picking

    def pick_scan(self, order_number: str, raw: str) -> PickChange:
        """An article scanned while picking: counted on its line, or refused with its name."""
        staff = self._staff.require()
        sku, name = self.article(raw)
        with self._db.write() as session:
            order = _load(session, order_number)
            order, line = rules.pick(order, sku, article_name=name)
            self._record_pick(session, order, [line], staff.staff_id, ready=False)
        self._wake()
        return PickChange(order, line.line_no, "picked")

    def mark_short(self, order_number: str, line_no: int, short: Decimal) -> PickChange:
        """`short` units of a line could not be found (absolute)."""
        staff = self._staff.require()
        with self._db.write() as session:
            order = _load(session, order_number)
            order, line = rules.mark_short(order, line_no, short)
            self._record_pick(session, order, [line], staff.staff_id, ready=False)
        self._wake()
        return PickChange(order, line_no, "short")

    def mark_ready(self, order_number: str) -> PickChange:
        """Picking done: the order waits at the counter (refused when it is ready already)."""
        staff = self._staff.require()
        with self._db.write() as session:
            order = _load(session, order_number)
            rules.check_ready(order)
            self._record_pick(session, order, list(order.lines), staff.staff_id, ready=True)
            order = _load(session, order_number)
        self._wake()
        return PickChange(order, None, "ready")

    def article(self, raw: str) -> tuple[str, str]:
        """The sku and name of a scanned article (refusals as at the sale screen)."""
        parsed = self._parser.parse(raw)
        code = (
            parsed.gtin if isinstance(parsed, ProductCode | Gs1Item) else getattr(parsed, "lookup_code", None)
        )
        if code is None:
            raise TillError("scan.not_a_product", kind=type(parsed).__name__, code=raw.strip())
        with self._db.read() as session:
            product = catalogue.find_by_barcode(session, code)
        if product is None:
            raise TillError("catalogue.unknown_barcode", code=raw.strip())
        return product.sku, product.name

    def _record_pick(
        self, session: Transaction, order: WebOrder, lines: list[OrderLine], staff_id: str, *, ready: bool
    ) -> None:
        now = self._clock()
        ids = {"order_number": order.order_number, "store_id": self._ctx.store_id,
               "terminal_id": self._ctx.terminal_id, "staff_id": staff_id}  # fmt: skip
        pick_id = order.pick_id
        if pick_id is None:
            pick_id = self._new_id()
            outbox.append_event(
                session,
                event_id=self._new_id(),
                type="pickup.started",
                occurred_at=now,
                payload=pickup_events.started(**ids, pick_id=pick_id),
            )
        web_orders.set_picks(session, order.order_number, [(ln.line_no, ln.picked, ln.short) for ln in lines])
        web_orders.set_progress(
            session, order.order_number, state="ready" if ready else "picking", pick_id=pick_id, at=now
        )
        event_type, payload = pickup_events.picked(**ids, pick_id=pick_id, lines=lines, ready=ready)
        outbox.append_event(
            session, event_id=self._new_id(), type=event_type, occurred_at=now, payload=payload
        )

    def _wake(self) -> None:
        if self._sync is not None:
            self._sync.wake()


def _load(session: Transaction, order_number: str) -> WebOrder:
    head = web_orders.head(session, order_number)
    if head is None:
        raise TillError("pickup.not_here", order_number=order_number)
    return WebOrder(
        order_number=head.order_number,
        state=head.state,
        customer_name=head.customer_name,
        currency=head.currency,
        paid=head.paid,
        total_minor=head.total_minor,
        pickup_by=head.pickup_by,
        lines=tuple(
            OrderLine(ln.line_no, ln.sku, ln.name, ln.quantity, ln.unit_price_minor, ln.picked, ln.short)
            for ln in web_orders.lines(session, order_number)
        ),
        email=head.email,
        phone=head.phone,
        code_check=head.code_check,
        code_attempts=head.code_attempts,
        pick_id=head.pick_id,
        replaces_order_number=head.replaces_order_number,
        customer_id=head.customer_id,
    )


def load_order(session: Transaction, order_number: str) -> WebOrder:
    """The order as the till sees it, inside the caller's transaction (for the handover)."""
    return _load(session, order_number)


def _day_end(now: datetime) -> datetime:
    """The end of the till's local day (the day "expiring today" means)."""
    local = now.astimezone()
    return datetime.combine(local.date() + timedelta(days=1), time(0), tzinfo=local.tzinfo)
