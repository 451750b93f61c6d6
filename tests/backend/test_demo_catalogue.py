"""The demo catalogue: valid unique EAN-13s, in-store lookup codes, deterministic, realistic enough."""

from __future__ import annotations

from backend.demo_catalogue import demo_staff, demo_stores, generate_products


def _ean13_valid(code: str) -> bool:
    # Independent of the generator: weights 1 and 3 from the left over all 13 digits sum to 0 mod 10.
    return (
        len(code) == 13
        and code.isdigit()
        and sum(int(c) * (1, 3)[i % 2] for i, c in enumerate(code)) % 10 == 0
    )


def test_barcodes_are_valid_unique_ean13() -> None:
    products = list(generate_products(30_000))
    codes = [p.barcode for p in products]
    assert all(_ean13_valid(c) for c in codes)
    assert len(set(codes)) == len(codes)
    assert len({p.sku for p in products}) == len(products)
    regular = [c for c in codes if not c.startswith("2")]
    assert all(400 <= int(c[:3]) <= 440 for c in regular)


def test_in_store_items_carry_zeroed_lookup_codes() -> None:
    in_store = [p for p in generate_products(30_000) if p.barcode.startswith("2")]
    assert in_store
    for p in in_store:
        assert p.barcode[:2] in ("22", "28")
        assert p.barcode[6:12] == "000000"  # value check digit and value zeroed
        if p.barcode.startswith("28"):
            assert p.unit == "kg"
    assert any(p.unit == "kg" for p in in_store)
    assert len(in_store) < 30_000 // 10  # a few, not a grocery chain


def test_generation_is_deterministic_per_seed() -> None:
    assert list(generate_products(2_000, seed=1)) == list(generate_products(2_000, seed=1))
    assert list(generate_products(2_000, seed=1)) != list(generate_products(2_000, seed=2))


def test_products_look_like_a_german_chain() -> None:
    products = list(generate_products(5_000))
    names = " ".join(p.name for p in products)
    assert "Bosch Akku-Bohrschrauber" in names
    assert "Bio Vollmilch 3,8 % 1 l" in names
    assert any(ch in names for ch in "äöüÄÖÜß")
    assert {p.vat_code for p in products} == {"A", "B"}
    assert all(p.vat_code == "B" for p in products if p.product_group in ("Molkereiprodukte", "Backwaren"))
    assert all(p.price_minor > 0 and p.price_minor % 100 in (29, 49, 79, 95, 99) for p in products)
    assert all(p.currency == "EUR" and p.unit in ("pc", "kg") for p in products)
    popularity = [p.popularity for p in products]
    assert popularity == sorted(popularity, reverse=True)  # most popular first


def test_demo_staff_and_stores() -> None:
    staff = {s.name.split()[0]: s for s in demo_staff()}
    assert (staff["Anna"].pin, staff["Ben"].pin, staff["Maria"].pin) == ("1111", "2222", "9999")
    assert staff["Maria"].role == "manager"
    assert len({s.badge_code for s in demo_staff()}) == 3
    stores = demo_stores()
    assert len({s.store_id for s in stores}) == len(stores) >= 3
    assert {s.country for s in stores} >= {"DE", "HU"}
