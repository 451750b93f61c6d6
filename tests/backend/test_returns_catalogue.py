"""Product groups in the catalogue: the CSV import (`store-backend import-csv --groups`, products with
`group_id`/`final_sale`, clear messages for bad rows) and the demo chain (groups with different
windows, a final-sale article, a price cut within the last 30 days)."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from backend.cli import main
from backend.db import Database
from backend.demo_returns import CLEARANCE_SKUS
from backend.migrate import upgrade
from backend.models import Product, ProductGroup, utcnow
from backend.services.lowest_price import lowest_price
from backend.services.returnable import policies
from backend.services.seed import seed_demo


def test_the_import_takes_groups_and_products_naming_them(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = f"sqlite:///{tmp_path / 'b.sqlite3'}"
    assert main(["--db", url, "migrate"]) == 0
    (tmp_path / "groups.csv").write_text(
        "group_id,name,return_days,final_sale\nelectronics,Electronics,14,0\nclearance,Clearance,,yes\n"
    )
    (tmp_path / "products.csv").write_text(
        "sku,name,vat_code,group_id,final_sale\nP1,Phone,A,electronics,\nP2,Mug,A,,true\nP3,Lamp,A,clearance,0\n"
    )
    args = ["--db", url, "import-csv", "--groups", str(tmp_path / "groups.csv")]
    assert main([*args, "--products", str(tmp_path / "products.csv")]) == 0
    db = Database(url)
    try:
        with db.read() as session:
            groups = {
                g.group_id: (g.return_days, g.final_sale) for g in session.scalars(select(ProductGroup))
            }
            assert groups == {"electronics": (14, False), "clearance": (None, True)}
            rules = policies(session, ["P1", "P2", "P3"])
        assert rules["P1"] == {"group_id": "electronics", "return_days": 14, "final_sale": False}
        assert rules["P2"] == {"group_id": None, "return_days": 30, "final_sale": True}
        assert rules["P3"] == {"group_id": "clearance", "return_days": 30, "final_sale": True}
    finally:
        db.dispose()
    capsys.readouterr()
    bad = {
        "groups.csv": ("group_id,name,return_days\nx y,Bad,3\n", "group_id"),
        "groups2.csv": ("group_id,name,return_days\ng,Bad,-3\n", "return_days"),
        "groups3.csv": ("group_id,name,final_sale\ng,Bad,maybe\n", "final_sale"),
    }
    for name, (text, word) in bad.items():
        (tmp_path / name).write_text(text)
        assert main(["--db", url, "import-csv", "--groups", str(tmp_path / name)]) == 2
        assert word in capsys.readouterr().err
    (tmp_path / "orphan.csv").write_text("sku,name,vat_code,group_id\nP9,X,A,nope\n")
    assert main(["--db", url, "import-csv", "--products", str(tmp_path / "orphan.csv")]) == 2
    assert "unknown product group 'nope'" in capsys.readouterr().err


def test_the_demo_chain_has_return_groups_a_final_sale_article_and_a_recent_price_cut(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'backend.sqlite3'}"
    upgrade(url)
    db = Database(url)
    try:
        seed_demo(db, products=200, stocked=100)
        with db.read() as session:
            days = {g.group_id: (g.return_days, g.final_sale) for g in session.scalars(select(ProductGroup))}
            assert days == {"general": (None, False), "electronics": (14, False), "clearance": (None, True)}
            final = session.scalars(select(Product.sku).where(Product.final_sale.is_(True))).all()
            assert sorted(final) == sorted(CLEARANCE_SKUS)
            grouped = dict(
                session.execute(select(Product.group_id, Product.sku).where(Product.sku == "1000001")).all()
            )
            assert grouped == {"electronics": "1000001"}  # the drill: 14 days
            drill = lowest_price(session, "S001", "1000001", 30, utcnow())
            assert (drill["lowest_minor"], drill["current_minor"]) == (9999, 12999)
            assert lowest_price(session, "S001", "1000001", 10, utcnow())["lowest_minor"] == 12999
            milk = lowest_price(session, "S001", "1000002", 30, utcnow())
            assert milk["lowest_minor"] == milk["current_minor"] == 149
    finally:
        db.dispose()
