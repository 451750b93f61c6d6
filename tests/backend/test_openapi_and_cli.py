"""The committed OpenAPI document matches the app; the CLI migrates, issues codes and keys, imports CSV."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import requests

from backend.app import create_app
from backend.cli import OPENAPI_FILE, main
from backend.settings import Settings
from tests.support.server import serve_in_thread


def test_committed_openapi_matches_the_app() -> None:
    live = create_app(Settings(db_url="sqlite:///unused.sqlite3")).openapi()
    committed = json.loads(OPENAPI_FILE.read_text(encoding="utf-8"))
    assert committed == json.loads(json.dumps(live)), "run: ./dev run store-backend openapi"


def test_cli_migrate_seed_code_key_and_import(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    url = f"sqlite:///{tmp_path / 'cli.sqlite3'}"
    assert main(["--db", url, "seed-demo", "--products", "300"]) == 0
    capsys.readouterr()
    assert main(["--db", url, "enroll-code", "--store", "S001", "--terminal", "T07"]) == 0
    code = capsys.readouterr().out.strip()
    assert main(["--db", url, "api-key", "--name", "shop"]) == 0
    key = capsys.readouterr().out.strip()
    (tmp_path / "products.csv").write_text(
        "sku,name,vat_code,brand,barcodes\nNEW-1,Hammer,A,Acme,4001234567891\n"
    )
    (tmp_path / "prices.csv").write_text(
        "sku,scope,amount_minor,currency\nNEW-1,DE,1299,EUR\nNEW-1,store:S001,999,EUR\n"
    )
    assert (
        main(
            [
                "--db",
                url,
                "import-csv",
                "--products",
                str(tmp_path / "products.csv"),
                "--prices",
                str(tmp_path / "prices.csv"),
            ]
        )
        == 0
    )
    assert "imported 1 products and 2 prices" in capsys.readouterr().out
    (tmp_path / "bad.csv").write_text("sku,scope,amount_minor,currency\nNEW-1,DE,12.99,EUR\n")
    assert main(["--db", url, "import-csv", "--prices", str(tmp_path / "bad.csv")]) == 2
    with serve_in_thread(create_app(Settings(db_url=url))) as base:
        enrolled = requests.post(f"{base}/v1/terminals/enroll", json={"code": code}, timeout=10).json()
        auth = {"Authorization": f"Bearer {enrolled['token']}"}
        manifest = requests.get(f"{base}/v1/stores/S001/snapshot", headers=auth, timeout=10).json()
        changes = requests.get(f"{base}/v1/stores/S001/changes", headers=auth, timeout=10).json()["changes"]
        assert {(c["entity"], c["key"]) for c in changes} >= {
            ("product", "NEW-1"),
            ("price", "store:S001|NEW-1"),
        }
        products = requests.get(
            f"{base}/v1/stores/S001/snapshot",
            headers=auth,
            timeout=10,
            params={"entity": "products", "after": "NEW-0"},
        ).json()
        assert products["rows"][0][:2] == ["NEW-1", "Hammer"]
        assert products["rows"][0][7:9] == [1299, 999]
        assert manifest["cursor"].startswith("v1.")
        history = requests.get(f"{base}/v1/customers/C0001/history", headers=auth, timeout=10).json()
        assert {e["channel"] for e in history["entries"]} == {"store", "web"}
        stock = requests.get(
            f"{base}/v1/stock", params={"sku": "1000001"}, headers={"X-Api-Key": key}, timeout=10
        )
        assert stock.status_code == 200


def test_an_import_refuses_a_sku_the_tills_could_not_report(tmp_path: Path) -> None:
    """A SKU with a space or a slash would make every sale of it unrecordable at the till."""
    from backend.services.imports import CsvImportError, read_products

    products = tmp_path / "products.csv"
    products.write_text("sku,name,vat_code\nAB-1,Good,A\nAB 123/x,Bad,A\n", encoding="utf-8")
    rows = read_products(products)
    assert next(rows).sku == "AB-1"
    with pytest.raises(CsvImportError, match=r"products.csv:3: sku 'AB 123/x' may hold only"):
        next(rows)


@pytest.mark.parametrize("sku", ['"AB-1\n"', "A" * 65])
def test_an_import_refuses_a_sku_longer_than_the_wire_or_with_a_line_break(tmp_path: Path, sku: str) -> None:
    """The contract's Id: at most 64 characters, nothing after the last allowed one (a quoted CSV field
    may carry a line break)."""
    from backend.services.imports import CsvImportError, read_products

    products = tmp_path / "products.csv"
    products.write_text(f"sku,name,vat_code\n{sku},Bad,A\n", encoding="utf-8")
    with pytest.raises(CsvImportError, match=r"products.csv:2: sku .* may hold only"):
        next(read_products(products))
