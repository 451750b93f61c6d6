"""Barcode look-up, product search (prefixes, brands, SKUs, diacritics, hostile input) and bulk loading."""

from __future__ import annotations

import pytest
from sqlalchemy import text, update

from backend.demo_catalogue import generate_products
from terminal.storage.bulk import bulk_load_products
from terminal.storage.catalogue import find_by_barcode, fts_query, get_product, search_products
from terminal.storage.db import Database
from terminal.storage.models.catalogue import Product

from .conftest import NOW


def test_barcode_lookup(catalogue_db: Database) -> None:
    first = next(generate_products(1))
    with catalogue_db.read() as s:
        found = find_by_barcode(s, first.barcode)
        assert found is not None
        assert (found.sku, found.name, found.price_minor, found.vat_code) == (
            first.sku,
            first.name,
            first.price_minor,
            first.vat_code,
        )
        assert found.price.currency == "EUR"
        assert find_by_barcode(s, "4000000000000") is None
        assert get_product(s, first.sku) == found


def test_weighed_items_are_found_by_their_lookup_code(catalogue_db: Database) -> None:
    with catalogue_db.read() as s:
        bananas = find_by_barcode(s, "2800010000001")
    assert bananas is not None
    assert (bananas.name, bananas.unit) == ("Bananen lose", "kg")


@pytest.mark.parametrize(
    ("typed", "expected_name"),
    [
        ("bosch akku", "Bosch Akku-Bohrschrauber GSR 12V-15 Professional"),
        ("Bo", "Bosch Akku-Bohrschrauber GSR 12V-15 Professional"),
        ("vollmi", "Bio Vollmilch 3,8 % 1 l"),
        ("Musli", "Kölln Müsli Schoko 500 g"),  # diacritics folded both ways
        ("müsli schoko", "Kölln Müsli Schoko 500 g"),
        ("KÖLLN", "Kölln Müsli Schoko 500 g"),
        ("lenovo 16", 'Lenovo Laptop IdeaPad 5 15,6" 16 GB RAM'),
        ("apfel", "Äpfel Elstar lose"),
    ],
)
def test_search_by_name_and_brand_prefixes(catalogue_db: Database, typed: str, expected_name: str) -> None:
    with catalogue_db.read() as s:
        results = search_products(s, typed)
    assert results, typed
    assert results[0].name == expected_name
    assert len(results) <= 50


def test_search_ranks_by_popularity_and_limits(catalogue_db: Database) -> None:
    with catalogue_db.read() as s:
        results = search_products(s, "bosch", limit=10)
    assert len(results) == 10
    assert all("Bosch" in r.name for r in results)
    assert [r.popularity for r in results] == sorted((r.popularity for r in results), reverse=True)


def test_exact_sku_and_barcode_come_first(catalogue_db: Database) -> None:
    products = list(generate_products(2_000))
    some = products[1_500]
    with catalogue_db.read() as s:
        assert search_products(s, some.sku)[0].sku == some.sku
        assert search_products(s, some.barcode)[0].sku == some.sku
        by_prefix = search_products(s, some.sku[:5])  # SKU prefixes are searchable too
    assert by_prefix
    assert all(r.sku.startswith(some.sku[:5]) for r in by_prefix)


@pytest.mark.parametrize(
    "hostile",
    ['"', "*", "AND", "OR", "NOT", "NEAR", "-", "(", ")", "a:b", "name:bosch", '"bosch', "bosch*", "^x",
     "", "   ", "x", "\x00", "'; DROP TABLE product; --", "a" * 500, "bosch " * 100, "💥 🔨", "NEAR(a b)",
     "-bosch", "+", "{name}: x", "ß", "\u0308"],
)  # fmt: skip
def test_hostile_search_text_never_raises(catalogue_db: Database, hostile: str) -> None:
    with catalogue_db.read() as s:
        results = search_products(s, hostile)
    assert isinstance(results, list)


def test_fts_query_only_ever_holds_quoted_prefix_terms() -> None:
    assert fts_query('Bosch "GSR" 12V-15 AND x*') == '"Bosch"* "GSR"* "12V"* "15"* "AND"*'
    assert fts_query("- * ( ) :") is None


def test_triggers_keep_the_index_in_step_with_single_changes(catalogue_db: Database) -> None:
    with catalogue_db.write() as s:
        s.execute(update(Product).where(Product.sku == "1000001").values(name="Zauberstab Quixotic 3000"))
    with catalogue_db.read() as s:
        assert [r.sku for r in search_products(s, "quixot")] == ["1000001"]
        assert all(r.sku != "1000001" for r in search_products(s, "Bohrschrauber"))
    with catalogue_db.write() as s:
        s.execute(update(Product).where(Product.sku == "1000001").values(active=False))
    with catalogue_db.read() as s:
        assert search_products(s, "quixot") == []  # inactive products are not offered
        found = find_by_barcode(s, next(generate_products(1)).barcode)
        assert found is not None  # but a scan still finds them, so the service can say why
        assert not found.active


def test_bulk_load_of_20000_products_replaces_and_upserts(db: Database) -> None:
    with db.write() as s:
        assert bulk_load_products(s, generate_products(20_000), replace=True, updated_at=NOW) == 20_000
    with db.read() as s:
        assert s.execute(text("SELECT count(*) FROM product")).scalar() == 20_000
        assert s.execute(text("SELECT count(*) FROM product_barcode")).scalar() == 20_000
        assert s.execute(text("SELECT count(*) FROM sqlite_master WHERE type = 'trigger'")).scalar() == 3
        assert search_products(s, "müsli")
    _check_fts(db)
    update_rows = [
        {"sku": "1000002", "name": "Bio Hafermilch 1 l", "brand": "GutBio",
         "product_group": "Molkereiprodukte", "price_minor": 199, "currency": "EUR", "vat_code": "B",
         "unit": "pc", "barcode": ["4000000000017"], "popularity": 5, "version": 7},
    ]  # fmt: skip
    with db.write() as s:
        bulk_load_products(s, update_rows, replace=False, updated_at=NOW)
    with db.read() as s:
        oat = find_by_barcode(s, "4000000000017")
        assert oat is not None
        assert (oat.sku, oat.name, oat.version) == ("1000002", "Bio Hafermilch 1 l", 7)
        assert s.execute(text("SELECT count(*) FROM product")).scalar() == 20_000
        assert [r.sku for r in search_products(s, "hafermilch")] == ["1000002"]
        assert all(r.sku != "1000002" for r in search_products(s, "vollmilch"))
    with db.write() as s:
        bulk_load_products(s, generate_products(100, seed=7), replace=True, updated_at=NOW)
    with db.read() as s:
        assert s.execute(text("SELECT count(*) FROM product")).scalar() == 100
    _check_fts(db)


def _check_fts(db: Database) -> None:
    with db.write() as s:  # FTS5 raises if the index and the content table disagree
        s.execute(text("INSERT INTO product_fts (product_fts, rank) VALUES ('integrity-check', 1)"))


def test_bulk_load_failure_keeps_the_old_catalogue(catalogue_db: Database) -> None:
    bad = [("X1", "Name", "", "", None, "EUR", "A", "pc", None, 0)]  # NULL price: NOT NULL fails
    with pytest.raises(Exception, match="NOT NULL"), catalogue_db.write() as s:
        bulk_load_products(s, bad, replace=True, updated_at=NOW)
    with catalogue_db.read() as s:
        assert s.execute(text("SELECT count(*) FROM product")).scalar() == 2_000
        assert s.execute(text("SELECT count(*) FROM sqlite_master WHERE type = 'trigger'")).scalar() == 3


def test_bulk_load_outside_a_write_transaction_is_refused(db: Database) -> None:
    with pytest.raises(RuntimeError, match=r"db\.write"):
        bulk_load_products(db.writer_connection(), [], replace=True)
