"""The Stock area's use cases: find a product, list this store's low stock, and blind counts.

A product is found by a scan (its barcode), its SKU typed exactly, or a catalogue search.

Low stock (kept simple on purpose): a product of this store whose *available* figure (on hand minus
reserved for web orders, from the change feed, with this till's own unconfirmed moves applied) is
below one threshold per store (`[store] low_stock_below`, `TillContext.low_stock_below`; the feed carries no
per-product reorder level yet). Products this store never had a level row for are not listed.

A count is blind: `BlindCount` collects scans (+1 each) and typed quantities without ever reading
the expected figure; `submit_count` queues one `stock.counted` fact whose `occurred_at` is the
moment the count was submitted (the backend books the difference against its level at that
moment, so sales after it stay on top even when the count reaches it later), and only then reads
and returns the expected figures and the differences for the screen.

Adjustments (`stock.adjusted`: damaged, theft, found, correction) and goods received from another
store (`stock.transferred_in`, scanned like a count) are queued as facts; the backend books them as
ledger movements and the change feed brings the new levels back.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from terminal.domain.errors import TillError
from terminal.domain.scan import Gs1Item, PriceEmbedded, ProductCode, WeightEmbedded
from terminal.domain.stores import ChainStore, others_by_name
from terminal.services.context import TillContext
from terminal.services.ports import BarcodeParser, Clock, IdFactory, Waker
from terminal.services.staff import StaffService
from terminal.services.stock import StockService
from terminal.storage import catalogue, movements, outbox, stock_levels, stores
from terminal.storage.db import Database

MAX_COUNT_LINES = 5000  # the contract's limit per stock.counted event
ADJUSTMENT_REASONS = ("damaged", "theft", "found", "correction")


@dataclass(frozen=True, slots=True)
class ProductRef:
    sku: str
    name: str


@dataclass(frozen=True, slots=True)
class LowLine:
    sku: str
    name: str
    available: Decimal


@dataclass
class BlindCount:
    """The quantities counted so far, by SKU, in the order first counted (no expected figures)."""

    names: dict[str, str] = field(default_factory=dict)
    counted: dict[str, Decimal] = field(default_factory=dict)

    def add(self, product: ProductRef, quantity: Decimal = Decimal(1)) -> Decimal:
        """Count `quantity` more of a product (a scan: one); returns its count so far."""
        if quantity <= 0:
            raise TillError("stock.bad_count", quantity=str(quantity))
        if product.sku not in self.counted and len(self.counted) >= MAX_COUNT_LINES:
            raise TillError("stock.count_too_long", limit=MAX_COUNT_LINES)
        self.names[product.sku] = product.name
        self.counted[product.sku] = self.counted.get(product.sku, Decimal(0)) + quantity
        return self.counted[product.sku]

    def set(self, product: ProductRef, quantity: Decimal) -> None:
        """The typed total for a product (0 allowed: the shelf is empty)."""
        if quantity < 0:
            raise TillError("stock.bad_count", quantity=str(quantity))
        self.names[product.sku] = product.name
        self.counted[product.sku] = quantity


@dataclass(frozen=True, slots=True)
class CountResult:
    sku: str
    name: str
    counted: Decimal
    expected: Decimal
    difference: Decimal  # counted - expected: negative is missing


class StockDesk:
    def __init__(
        self,
        *,
        db: Database,
        ctx: TillContext,
        staff: StaffService,
        parser: BarcodeParser,
        stock: StockService,
        clock: Clock,
        new_id: IdFactory,
        sync: Waker | None = None,
    ) -> None:
        self._db, self._ctx, self._staff, self._parser = db, ctx, staff, parser
        self._stock, self._clock, self._new_id, self._sync = stock, clock, new_id, sync

    def find(self, text: str, limit: int = 20) -> list[ProductRef]:
        """A scanned barcode or exact SKU gives its product; other text searches the catalogue."""
        text = text.strip()
        if not text:
            return []
        exact = self.product_for_code(text)
        if exact is not None:
            return [exact]
        with self._db.read() as session:
            return [ProductRef(r.sku, r.name) for r in catalogue.search_products(session, text, limit=limit)]

    def product_for_code(self, code: str) -> ProductRef | None:
        """The product behind a scanned code or a SKU, None when neither is known."""
        lookup: str | None = None
        try:
            parsed = self._parser.parse(code)
        except TillError:
            parsed = None
        if isinstance(parsed, ProductCode | Gs1Item):
            lookup = parsed.gtin
        elif isinstance(parsed, PriceEmbedded | WeightEmbedded):
            lookup = parsed.lookup_code
        with self._db.read() as session:
            record = catalogue.find_by_barcode(session, lookup) if lookup else None
            record = record or catalogue.get_product(session, code.strip())
        return None if record is None else ProductRef(record.sku, record.name)

    def require_product(self, code: str) -> ProductRef:
        found = self.product_for_code(code)
        if found is None:
            raise TillError("catalogue.unknown_barcode", code=code.strip())
        return found

    def low_stock(self, limit: int = 200) -> list[LowLine]:
        """This store's products below the store's threshold, fewest available first."""
        store = self._ctx.store_id
        with self._db.read() as session:
            rows = stock_levels.below(session, store, self._ctx.low_stock_below, limit=limit)
            lines = []
            for sku, name, available in rows:
                moved, released = movements.unconfirmed(session, store_id=store, sku=sku)
                lines.append(LowLine(sku, name, available + moved - released))
        return sorted(
            (ln for ln in lines if ln.available < self._ctx.low_stock_below), key=lambda ln: ln.available
        )

    def submit_count(self, count: BlindCount) -> list[CountResult]:
        """Queue the count as a `stock.counted` fact, then show what was expected and the difference."""
        staff = self._staff.require()
        if not count.counted:
            raise TillError("stock.empty_count")
        at = self._clock()
        expected = {sku: self._expected(sku) for sku in count.counted}
        payload = {
            "count_id": self._new_id(),
            "store_id": self._ctx.store_id,
            "terminal_id": self._ctx.terminal_id,
            "staff_id": staff.staff_id,
            "lines": [{"sku": sku, "counted": str(qty)} for sku, qty in count.counted.items()],
        }
        with self._db.write() as session:
            outbox.append_event(
                session, event_id=self._new_id(), type="stock.counted", occurred_at=at, payload=payload
            )
        if self._sync is not None:
            self._sync.wake()
        return [
            CountResult(sku, count.names.get(sku, sku), qty, expected[sku], qty - expected[sku])
            for sku, qty in count.counted.items()
        ]

    def adjust(self, product: ProductRef, quantity: Decimal, reason: str, direction: str) -> None:
        """Queue a `stock.adjusted` fact: `quantity` off the shelf ("out") or onto it ("in")."""
        staff = self._staff.require()
        if quantity <= 0:
            raise TillError("stock.bad_count", quantity=str(quantity))
        wanted = {"damaged": "out", "theft": "out", "found": "in"}.get(reason)
        if (
            reason not in ADJUSTMENT_REASONS
            or direction not in ("in", "out")
            or wanted not in (None, direction)
        ):
            raise TillError("stock.bad_reason", reason=reason)
        line = {"sku": product.sku, "quantity": str(quantity), "reason": reason, "direction": direction}
        self._queue(
            "stock.adjusted",
            {"adjustment_id": self._new_id(), **self._ids(staff.staff_id), "lines": [line]},
        )

    def other_stores(self) -> list[ChainStore]:
        """The chain's other stores (where goods may come from), by name (ADR 0025); a store the till
        has stock figures of but no name for (an older backend) by its id."""
        with self._db.read() as session:
            named = stores.all_stores(session)
            known = {s.store_id for s in named}
            unnamed = [ChainStore(sid, sid) for sid in stock_levels.store_ids(session) if sid not in known]
        return others_by_name([*named, *unnamed], self._ctx.store_id)

    def receive_transfer(self, from_store_id: str, received: BlindCount, reference: str = "") -> None:
        """Queue a `stock.transferred_in` fact for the goods scanned in from another store."""
        staff = self._staff.require()
        from_store_id = from_store_id.strip()
        if not from_store_id or from_store_id == self._ctx.store_id:
            raise TillError("stock.no_sender")
        lines = [{"sku": sku, "quantity": str(qty)} for sku, qty in received.counted.items() if qty > 0]
        if not lines:
            raise TillError("stock.empty_count")
        self._queue(
            "stock.transferred_in",
            {
                "transfer_id": self._new_id(),
                **self._ids(staff.staff_id),
                "from_store_id": from_store_id,
                "reference": reference.strip()[:200],
                "lines": lines,
            },
        )

    def _ids(self, staff_id: str) -> dict[str, str]:
        return {"store_id": self._ctx.store_id, "terminal_id": self._ctx.terminal_id, "staff_id": staff_id}

    def _queue(self, event_type: str, payload: dict[str, object]) -> None:
        with self._db.write() as session:
            outbox.append_event(
                session, event_id=self._new_id(), type=event_type, occurred_at=self._clock(), payload=payload
            )
        if self._sync is not None:
            self._sync.wake()

    def _expected(self, sku: str) -> Decimal:
        """This store's on-hand figure now (live when the backend answers, else the cached one)."""
        info = self._stock.stock_for(sku)
        here = next((lv for lv in info.levels if lv.store_id == self._ctx.store_id), None)
        return here.on_hand if here is not None else Decimal(0)
