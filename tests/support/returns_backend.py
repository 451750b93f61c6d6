"""A hand-written `ReturnsBackend` for till tests while the backend's returns endpoints are built
elsewhere (issue 10): it keeps originals, grants claims within what is returnable (all lines or
none, like contract/returns.py says), counts releases, and can be switched offline.
The real adapter (sync/returns.py) is tested against an HTTP server in tests/sync/test_returns_client.py.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime
from decimal import Decimal

from terminal.domain.errors import TillError
from terminal.domain.returns import LowestPrice, Original, OriginalLine, OriginalTender, Policy
from terminal.services.ports import ClaimRequest, ReturnsOfflineError


@dataclass
class FakeReturnsBackend:
    originals: dict[str, Original] = field(default_factory=dict)
    lowest: dict[str, LowestPrice] = field(default_factory=dict)
    claims: dict[str, list[ClaimRequest]] = field(default_factory=dict)
    released: list[str] = field(default_factory=list)
    offline: bool = False

    def _check(self) -> None:
        if self.offline:
            raise ReturnsOfflineError("sync.offline")

    def receipt(self, receipt_number: str) -> Original:
        self._check()
        found = self.originals.get(receipt_number)
        if found is None or found.kind != "receipt":
            raise TillError("return.unknown_receipt", reference=receipt_number)
        return self._with_claims(found)

    def web_order(self, order_number: str) -> Original:
        self._check()
        found = self.originals.get(order_number)
        if found is None or found.kind != "web_order":
            raise TillError("return.unknown_order", reference=order_number)
        return self._with_claims(found)

    def lowest_price(self, sku: str) -> LowestPrice:
        self._check()
        if sku not in self.lowest:
            raise TillError("catalogue.unknown_sku", sku=sku)
        return self.lowest[sku]

    def claim(self, claim_id: str, staff_id: str, lines: Sequence[ClaimRequest]) -> None:
        self._check()
        for req in lines:
            original = self._with_claims(self.originals[req.origin_reference])
            line = original.line(req.origin_line_no)
            if req.quantity > line.returnable:
                raise TillError("return.over_returnable", line_no=req.origin_line_no,
                                returnable=str(line.returnable))  # fmt: skip
        self.claims[claim_id] = list(lines)

    def release(self, claim_id: str) -> None:
        self.released.append(claim_id)
        self.claims.pop(claim_id, None)

    def _with_claims(self, original: Original) -> Original:
        held: dict[int, Decimal] = {}
        for lines in self.claims.values():
            for req in lines:
                if req.origin_reference == original.reference:
                    held[req.origin_line_no] = held.get(req.origin_line_no, Decimal(0)) + req.quantity
        return replace(
            original,
            lines=tuple(
                replace(ln, claimed=ln.claimed + held.get(ln.line_no, Decimal(0))) for ln in original.lines
            ),
        )


def other_store_receipt(
    reference: str = "S002-T05-000123",
    *,
    sold: datetime | None = None,
    window_ends: date | None = date(2026, 12, 20),
) -> Original:
    """Another store's receipt: 2 drills (one line, paid 200,00 € after a basket discount) and a final-sale
    clearance item, paid by card."""
    return Original(
        kind="receipt",
        reference=reference,
        source="backend",
        currency="EUR",
        occurred_at=sold or datetime(2026, 11, 20, 10, 0, tzinfo=UTC),
        store_id="S002",
        store_name="Baumarkt & Mehr Hamburg",
        terminal_id="T05",
        total_minor=20_500,
        lines=(
            OriginalLine(
                1,
                "DRILL-1",
                "Akku-Bohrschrauber",
                "pc",
                Decimal(2),
                12_999,
                20_001,
                "A",
                Decimal("19"),
                window_ends=window_ends,
            ),
            OriginalLine(
                2,
                "SALE-1",
                "Restposten Lampe",
                "pc",
                Decimal(1),
                499,
                499,
                "A",
                Decimal("19"),
                policy=Policy("clearance", 30, True),
                window_ends=window_ends,
            ),
        ),
        tenders=(OriginalTender("card", 20_500, "TX-1"),),
    )


def budapest_receipt(reference: str = "S101-T01-000042", *, store_name: str | None = None) -> Original:
    """A receipt of the Budapest store (HUF, whole forints as the chain counts them, ADR 0001): 2 drills
    at 51 995 Ft and a pretzel at 315 Ft (the demo seed's 0,79 € at about 400 Ft), paid by card. The
    backend sends no store name unless `store_name` is given."""
    return Original(
        kind="receipt",
        reference=reference,
        source="backend",
        currency="HUF",
        occurred_at=datetime(2026, 11, 20, 10, 0, tzinfo=UTC),
        store_id="S101",
        store_name=store_name,
        terminal_id="T01",
        total_minor=104_305,
        lines=(
            OriginalLine(
                1, "DRILL-1", "Akku-Bohrschrauber", "pc", Decimal(2), 51_995, 103_990, "A", Decimal("27")
            ),
            OriginalLine(2, "1000007", "Laugenbrezel", "pc", Decimal(1), 315, 315, "C", Decimal("5")),
        ),
        tenders=(OriginalTender("card", 104_305, "TX-HU-1"),),
    )
