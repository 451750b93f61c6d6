"""The demo chain's catalogue, staff and stores, generated deterministically and without any database.

Used by the backend's seeder and by the till's local demo seed (`terminal.storage.seed`), so both sides
describe the same products. A DIY / electronics / grocery chain with German names, valid unique EAN-13
codes (GS1 prefixes 400-440, one company prefix per brand block), VAT class A (19 %) or B (7 %, food),
prices ending .99/.49/.95/.29, and a few in-store items: weighed goods sold per kg with a weight label
(prefix 28) and pre-packed counter goods with a price label (prefix 22). Their barcode is the *lookup
code* the scanner parser produces (terminal/domain/scan.py): the German RCN layout `PP IIII C VVVVV K`
with the value check digit C and the value VVVVV zeroed and the EAN check digit K recomputed.

Products come most popular first (popularity never increases along the sequence), so a bulk load
assigns rowids in popularity order (see terminal/storage/catalogue.py on search ranking).
1,000,000 products take about 2 s.
The vocabulary (groups, brands, kinds, the showcase items) is `backend.demo_vocabulary`; the return
policy (return groups, clearance, price cuts) is `backend.demo_returns`.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from functools import cache
from typing import NamedTuple

from backend.demo_vocabulary import GROUP_PICK, GROUP_VAT, MODEL_SERIES, PRICE_ENDINGS, SHOWCASE


class DemoProduct(NamedTuple):
    """One catalogue row; the field order is the till's bulk-load row order (terminal.storage.bulk)."""

    sku: str
    name: str
    brand: str
    product_group: str
    price_minor: int
    currency: str
    vat_code: str
    unit: str  # "pc" or "kg" (then price_minor is per kg)
    barcode: str
    popularity: int


class DemoStaff(NamedTuple):
    staff_id: str
    name: str
    role: str  # "cashier" | "manager"
    pin: str
    badge_code: str


class DemoStore(NamedTuple):
    store_id: str
    name: str
    address: tuple[str, ...]
    country: str
    currency: str
    language: str
    timezone: str


def ean13_check_digit(first12: str) -> str:
    """The GS1 check digit of 12 digits (weights 1,3,1,3,... from the left)."""
    total = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(first12))
    return str((10 - total % 10) % 10)


@cache
def _item_sums() -> tuple[int, ...]:
    # Weighted digit sums of the 5-digit item reference (positions 8-12: weights 3,1,3,1,3).
    sums = []
    for n in range(100_000):
        d = f"{n:05d}"
        sums.append(3 * int(d[0]) + int(d[1]) + 3 * int(d[2]) + int(d[3]) + 3 * int(d[4]))
    return tuple(sums)


def _prefix_sum(prefix7: str) -> int:
    return sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(prefix7))


def rcn_lookup_code(prefix: str, item: int) -> str:
    """An in-store code `PP IIII 000000 K`: variable part zeroed, EAN check digit recomputed."""
    first12 = f"{prefix}{item:04d}000000"
    return first12 + ean13_check_digit(first12)


class _CompanyPrefixes:
    """Unique 7-digit GS1 company prefixes (400-440 + 4 digits), 100,000 item numbers each."""

    SPACE = 41 * 10_000

    def __init__(self, rng: random.Random) -> None:
        # An affine bijection on 0..SPACE-1 scatters the prefixes; `a` is coprime with 2, 5 and 41.
        a = rng.randrange(1, self.SPACE)
        while a % 2 == 0 or a % 5 == 0 or a % 41 == 0:
            a += 1
        self._a, self._c = a, rng.randrange(self.SPACE)
        self._next = 0
        self._blocks: dict[tuple[str, int], tuple[str, int]] = {}

    def block(self, brand: str, block_no: int) -> tuple[str, int]:
        key = (brand, block_no)
        found = self._blocks.get(key)
        if found is None:
            n = (self._a * self._next + self._c) % self.SPACE
            self._next += 1
            prefix = f"{400 + n // 10_000}{n % 10_000:04d}"
            found = self._blocks[key] = (prefix, _prefix_sum(prefix))
        return found


def generate_products(count: int = 10_000, *, seed: int = 42, currency: str = "EUR") -> Iterator[DemoProduct]:
    """`count` demo products, deterministic for `seed`, the hand-picked showcase items first."""
    rng = random.Random(seed)
    rand = rng.random
    item_sums = _item_sums()
    prefixes = _CompanyPrefixes(rng)
    per_brand: dict[str, int] = {}
    rcn_next = {"28": 1, "22": 1}
    groups = GROUP_PICK
    n_groups = len(groups)
    endings = PRICE_ENDINGS
    n_endings = len(endings)
    series = MODEL_SERIES
    n_series = len(series)

    for i in range(count):
        popularity = int(1_000_000 / (i + 1) ** 0.7)
        sku = f"{1_000_001 + i}"
        if i < len(SHOWCASE):
            name, brand, group_name, price_minor, unit, rcn = SHOWCASE[i]
            vat = GROUP_VAT[group_name]
        else:
            group_name, vat, brands, kinds = groups[int(rand() * n_groups)]
            template, variants, lo, hi, unit, rcn = kinds[int(rand() * len(kinds))]
            brand, shown = brands[int(rand() * len(brands))]
            model = f"{series[int(rand() * n_series)]} {100 + int(rand() * 900)}"
            name = template.format(b=shown, m=model, v=variants[int(rand() * len(variants))]).strip()
            price_minor = (lo + int(rand() * (hi - lo + 1))) * 100 + endings[int(rand() * n_endings)]
        if rcn is not None and rcn_next[rcn] <= 9999:
            barcode = rcn_lookup_code(rcn, rcn_next[rcn])
            rcn_next[rcn] += 1
        else:
            n = per_brand.get(brand, 0)
            per_brand[brand] = n + 1
            prefix, prefix_sum = prefixes.block(brand, n // 100_000)
            item = n % 100_000
            barcode = f"{prefix}{item:05d}{(10 - (prefix_sum + item_sums[item]) % 10) % 10}"
        yield DemoProduct(sku, name, brand, group_name, price_minor, currency, vat, unit, barcode, popularity)


def demo_staff() -> tuple[DemoStaff, ...]:
    """Two cashiers and a manager, the same in every demo store (PINs are for the demo only)."""
    return (
        DemoStaff("anna", "Anna Schmidt", "cashier", "1111", "STAFF-0001"),
        DemoStaff("ben", "Ben Weber", "cashier", "2222", "STAFF-0002"),
        DemoStaff("maria", "Maria Becker", "manager", "9999", "STAFF-0009"),
    )


def demo_stores() -> tuple[DemoStore, ...]:
    """The demo chain: three stores in Germany and one in Budapest."""
    return (
        DemoStore(
            "S001",
            "Baumarkt & Mehr Berlin-Mitte",
            ("Friedrichstraße 101", "10117 Berlin"),
            "DE",
            "EUR",
            "de",
            "Europe/Berlin",
        ),
        DemoStore(
            "S002",
            "Baumarkt & Mehr München",
            ("Sonnenstraße 12", "80331 München"),
            "DE",
            "EUR",
            "de",
            "Europe/Berlin",
        ),
        DemoStore(
            "S003",
            "Baumarkt & Mehr Köln",
            ("Hohe Straße 52", "50667 Köln"),
            "DE",
            "EUR",
            "de",
            "Europe/Berlin",
        ),
        DemoStore(
            "S101",
            "Baumarkt & Mehr Budapest",
            ("Váci utca 19", "1052 Budapest"),
            "HU",
            "HUF",
            "hu",
            "Europe/Budapest",
        ),
    )
