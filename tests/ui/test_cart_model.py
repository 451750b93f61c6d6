"""The cart table: one row per line, voided lines struck through, amounts formatted."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from terminal.domain.basket import Basket, Discount
from terminal.domain.money import Money
from terminal.domain.tax import VatRate
from terminal.ui.cart_model import DETAIL_ROLE, LINE_ID_ROLE, VOIDED_ROLE, CartModel
from terminal.ui.formatting import MoneyFormat

VAT = VatRate("B", Decimal(7))


def basket_with_two_lines() -> Basket:
    basket = Basket(currency="EUR")
    basket, _ = basket.add(sku="1001", name="Milk", barcode=None, unit_price=Money(129, "EUR"), vat=VAT,
                           quantity=Decimal(2))  # fmt: skip
    basket, _ = basket.add(sku="1002", name="Bread", barcode=None, unit_price=Money(249, "EUR"), vat=VAT)
    return basket


def text(model: CartModel, row: int, column: int) -> str:
    return model.data(model.index(row, column), Qt.ItemDataRole.DisplayRole)


def test_rows_and_columns(qtbot: QtBot) -> None:
    model = CartModel(MoneyFormat("en", "EUR"))
    model.set_basket(basket_with_two_lines())
    assert (model.rowCount(), model.columnCount()) == (2, 5)
    assert [text(model, 0, c) for c in range(5)] == ["1", "Milk", "2", "€1.29", "€2.58"]
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Item"
    assert model.data(model.index(1, 0), LINE_ID_ROLE) == 2


def test_voided_line_is_struck_through(qtbot: QtBot) -> None:
    model = CartModel(MoneyFormat("en", "EUR"))
    model.set_basket(basket_with_two_lines().void_line(1))
    index = model.index(0, 1)
    assert model.data(index, VOIDED_ROLE) is True
    assert model.data(index, Qt.ItemDataRole.FontRole).strikeOut()
    assert model.data(model.index(1, 1), Qt.ItemDataRole.FontRole) is None


def test_a_discount_is_said_under_the_name_and_taken_off_the_total(qtbot: QtBot) -> None:
    model = CartModel(MoneyFormat("de", "EUR"))
    basket = basket_with_two_lines().discount_line(2, Discount.of_percent(Decimal(10)))
    model.set_basket(basket)
    assert model.columnCount() == 5  # no column appears for a discount: the columns do not jump
    detail = model.data(model.index(1, CartModel.COLUMN_ITEM), DETAIL_ROLE)
    assert detail.endswith("discount -10 % -0,25\xa0€")
    assert text(model, 1, CartModel.COLUMN_TOTAL) == "2,24\xa0€"


def test_a_price_embedded_line_shows_its_printed_price_as_unit_price(qtbot: QtBot) -> None:
    model = CartModel(MoneyFormat("de", "EUR"))
    basket, _ = Basket(currency="EUR").add(
        sku="2001", name="Gouda", barcode="2212345004995", unit_price=Money(1299, "EUR"), vat=VAT,
        fixed_total=Money(499, "EUR"),
    )  # fmt: skip
    model.set_basket(basket)
    assert text(model, 0, CartModel.COLUMN_PRICE) == "4,99\xa0€"
    assert text(model, 0, CartModel.COLUMN_TOTAL) == "4,99\xa0€"


def test_adding_a_line_inserts_one_row(qtbot: QtBot) -> None:
    model = CartModel(MoneyFormat("en", "EUR"))
    basket = basket_with_two_lines()
    model.set_basket(basket)
    bigger, _ = basket.add(sku="1003", name="Drill", barcode=None, unit_price=Money(8999, "EUR"), vat=VAT)
    with qtbot.waitSignal(model.rowsInserted) as inserted:
        model.set_basket(bigger)
    assert inserted.args[1:] == [2, 2]


def test_changing_a_line_updates_that_row(qtbot: QtBot) -> None:
    model = CartModel(MoneyFormat("en", "EUR"))
    basket = basket_with_two_lines()
    model.set_basket(basket)
    with qtbot.waitSignal(model.dataChanged) as changed:
        model.set_basket(basket.set_quantity(2, Decimal(3)))
    assert changed.args[0].row() == 1
    assert text(model, 1, CartModel.COLUMN_QTY) == "3"
