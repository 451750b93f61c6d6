"""What a completed sale's receipt says, read back from the printer's bytes: the discount block reads
top to bottom and adds up, the euro sign is €, the QR code carries the receipt's code, and a reprint
says the same as the original. Real baskets, the real sale record and the real ESC/POS renderer."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

import pytest
from biip.checksums import gs1_price_weight_check_digit
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from hardware.escpos_decode import decode
from hardware.receipt_render import render_receipt
from terminal.domain.basket import Basket, Discount
from terminal.domain.errors import TillError
from terminal.domain.money import CASH_STEP, Money, cash_rounded
from terminal.domain.scan import receipt_code_payload, with_check_digit
from terminal.domain.staff import StaffMember
from terminal.domain.tax import COUNTRY_RATES
from terminal.domain.tenders import Settlement, Tender, TenderKind
from terminal.domain.visit import Visit
from terminal.domain.visit_record import VisitRecord
from terminal.services.context import TillContext
from terminal.services.record_visit import build_record, receipt_from_record
from terminal.storage import print_jobs
from tests.services.receipt_reading import assert_adds_up
from tests.support.till import Till, product_named

DRILL = product_named("Bohrschrauber GSR 12V")  # 129.99, VAT A
MUESLI = product_named("Kölln Müsli")  # 3.49, VAT B
BANANAS = product_named("Bananen")  # per kg, VAT B
PRETZEL = product_named("Laugenbrezel")  # price label
CABLE = product_named("Dübel")


def _label(prefix: str, product_barcode: str, value: str) -> str:
    return with_check_digit(f"{prefix}{product_barcode[2:6]}{gs1_price_weight_check_digit(value)}{value}")


def test_a_sale_with_line_and_basket_discounts_prints_figures_that_add_up(till: Till) -> None:
    s = till.services
    s.staff.login("9999")  # the manager: no approval dialogs for the discounts
    drill = s.selling.scan(DRILL.barcode).line_id or 0
    s.selling.discount_line(drill, Discount.of_percent(Decimal(15)))  # 19,50 (19,4985 half up)
    muesli = s.selling.scan(f"3*{MUESLI.barcode}").line_id or 0
    s.selling.discount_line(muesli, Discount.of_amount(Money(50, "EUR")))
    s.selling.scan(_label("28", BANANAS.barcode, "01234"))  # 1,234 kg
    pretzel = s.selling.scan(_label("22", PRETZEL.barcode, "00345")).line_id or 0  # 3,45 on the label
    s.selling.discount_line(pretzel, Discount.of_percent(Decimal(10)))
    cable = s.selling.scan(CABLE.barcode).line_id or 0
    s.selling.void_line(cable)
    s.selling.discount_basket(Discount.of_percent(Decimal(5)))
    total = s.selling.basket().totals().total
    s.checkout.add_cash(Money(20000, "EUR"))
    done = s.checkout.complete()
    assert done.total == total

    with till.db.read() as session:
        (job,) = print_jobs.list_jobs(session)
    decoded = decode(job.data)
    printed = assert_adds_up(decoded.lines, "de")

    # The discounted drill reads top to bottom: amount, discount, the line's total.
    (drill_item,) = [item for item in printed.items if DRILL.name in " ".join(item.lines)]
    assert drill_item.middle == [12999, -1950]
    assert drill_item.total == 11049
    assert drill_item.lines[-1].lstrip().startswith("Rabatt")
    (muesli_item,) = [item for item in printed.items if MUESLI.name in " ".join(item.lines)]
    assert muesli_item.lines[1].strip().startswith("3 x 3,49")
    assert muesli_item.middle == [1047, -50]
    (pretzel_item,) = [item for item in printed.items if PRETZEL.name in " ".join(item.lines)]
    assert pretzel_item.middle == [345, -35]  # the price on the label, less 10 % (0,345 half up)
    (voided,) = [item for item in printed.items if item.lines[0].startswith("STORNO")]
    assert (voided.middle, voided.total) == ([], 0)
    assert printed.labels()[:3] == ["Zwischensumme", "Einkaufsrabatt", "SUMME"]
    assert printed.total_of("SUMME") == total.amount_minor

    text = decoded.text
    assert f"{total.amount_minor // 100},{total.amount_minor % 100:02d} €" in text
    assert "EUR" not in text
    assert decoded.qr_codes[0].data == receipt_code_payload(done.receipt_number)
    assert [b.data for b in decoded.barcodes] == [receipt_code_payload(done.receipt_number)]
    assert decoded.drawer_kicks == []


def test_a_reprint_says_exactly_what_the_original_said(till: Till) -> None:
    s = till.services
    s.staff.login("9999")
    line = s.selling.scan(f"2*{MUESLI.barcode}").line_id or 0
    s.selling.discount_line(line, Discount.of_percent(Decimal("12.5")))
    s.selling.scan(DRILL.barcode)
    s.selling.discount_basket(Discount.of_amount(Money(333, "EUR")))
    s.checkout.add_card(s.selling.basket().totals().total)
    number = s.checkout.complete().receipt_number
    s.receipts.reprint(number)
    with till.db.read() as session:
        copy, original = print_jobs.list_jobs(session)
    original_lines = decode(original.data).lines
    copy_lines = decode(copy.data).lines
    assert [line for line in copy_lines if "KOPIE" not in line] == original_lines
    assert_adds_up(copy_lines, "de")
    assert b"\x1bp" not in copy.data


# --- without storage: many baskets, Hungarian cash rounding ------------------------------------

HU = TillContext(
    store_id="S002",
    terminal_id="T03",
    currency="HUF",
    language="hu",
    store_name="Győri Áruház",
    vat_rates={r.code: r for r in COUNTRY_RATES["HU"]},
)
DE = TillContext(
    store_id="S001",
    terminal_id="T01",
    currency="EUR",
    language="de",
    store_name="Baumarkt Köln",
    vat_rates={r.code: r for r in COUNTRY_RATES["DE"]},
)
STAFF = StaffMember("anna", "Anna", "cashier")
AT = datetime(2026, 11, 24, 9, 30, tzinfo=UTC)


def _add(ctx: TillContext, basket: Basket, name: str, price: int, **kwargs: Any) -> tuple[Basket, int]:
    """`basket` with one more item at `price` minor units (VAT class A unless `vat=`); its line id."""
    vat = ctx.vat_rate(kwargs.pop("vat", "A"))
    money = Money(price, ctx.currency)
    basket, line = basket.add(sku=name, name=name, barcode=None, unit_price=money, vat=vat, **kwargs)
    return basket, line.line_id


def _by_card(basket: Basket) -> Settlement:
    total = basket.totals().total
    return Settlement(total).add(Tender(TenderKind.CARD, total))


def _sale(ctx: TillContext, basket: Basket, payment: Settlement) -> VisitRecord:
    return build_record(
        ctx=ctx,
        sale_id="s1",
        receipt_number=f"{ctx.store_id}-{ctx.terminal_id}-000001",
        seq=1,
        staff=STAFF,
        visit=Visit(basket),
        settlement=payment,
        occurred_at=AT,
    )


def _printed(ctx: TillContext, basket: Basket, payment: Settlement, columns: int = 42) -> list[str]:
    receipt = receipt_from_record(ctx, _sale(ctx, basket, payment), cashier_name="Anna")
    return decode(render_receipt(receipt, columns=columns)).lines


def test_hungarian_cash_rounding_reads_total_rounding_due_tenders_change() -> None:
    basket, _ = _add(HU, Basket("HUF"), "Őszibarack", 1598, quantity=Decimal("0.5"), unit="kg")
    basket, meter = _add(HU, basket, "Űrtartalom mérő", 12990)
    basket = basket.discount_line(meter, Discount.of_percent(Decimal(7)))  # 909,3 -> 909
    basket = basket.discount_basket(Discount.of_amount(Money(101, "HUF")))
    payment = Settlement(basket.totals().total).add(Tender(TenderKind.CARD, Money(5000, "HUF")))
    payment = payment.add(Tender(TenderKind.CASH, Money(10000, "HUF")))
    lines = _printed(HU, basket, payment)
    printed = assert_adds_up(lines, "hu")
    assert printed.total_of("ÖSSZESEN") == 12990 + 799 - 909 - 101  # 12 779
    assert printed.total_of("Kerekítés") == 1  # the 7 779 paid in cash rounds to 7 780
    assert printed.total_of("Fizetendő") == 12780
    assert printed.total_of("Visszajáró") == 2220
    assert "ÖSSZESEN    12 779 Ft" in lines
    assert printed.items[1].middle == [12990, -909]


def test_a_sale_recorded_before_basket_shares_were_kept_still_adds_up() -> None:
    """Sales migrated from revision 0001 have no share: the whole discount shows on the line."""
    basket, drill = _add(DE, Basket("EUR"), "Akkuschrauber", 8999)
    basket = basket.discount_line(drill, Discount.of_amount(Money(1000, "EUR")))
    basket, _ = _add(DE, basket, "Bits", 999)
    basket = basket.discount_basket(Discount.of_percent(Decimal(10)))  # 9,00: 8,01 and 0,99
    sale = _sale(DE, basket, _by_card(basket))
    assert [line.basket_share for line in sale.lines] == [Money(801, "EUR"), Money(99, "EUR")]
    legacy = replace(sale, lines=tuple(replace(line, basket_share=None) for line in sale.lines))
    receipt = receipt_from_record(DE, legacy, cashier_name="Anna")
    printed = assert_adds_up(decode(render_receipt(receipt)).lines, "de")
    assert [item.middle for item in printed.items] == [[8999, -1801], [999, -99]]
    assert "Einkaufsrabatt" not in printed.labels()


@pytest.mark.parametrize(("ctx", "before", "after"), [(DE, "89,99", "79,99"), (HU, "8 999", "7 999")])
def test_the_reader_notices_figures_that_do_not_add_up(ctx: TillContext, before: str, after: str) -> None:
    """The checks can fail: here the line shows its total after the discount in place of its amount."""
    basket, line = _add(ctx, Basket(ctx.currency), "Akkuschrauber", 8999)
    basket = basket.discount_line(line, Discount.of_amount(Money(1000, ctx.currency)))
    lines = _printed(ctx, basket, _by_card(basket))
    assert_adds_up(lines, ctx.language)
    with pytest.raises(AssertionError):
        assert_adds_up([text.replace(before, after) for text in lines], ctx.language)


_LINE = st.tuples(
    st.integers(min_value=1, max_value=250_000),  # price in minor units
    st.one_of(
        st.integers(min_value=1, max_value=12).map(Decimal),  # pieces
        st.integers(min_value=1, max_value=9999).map(lambda g: Decimal(g).scaleb(-3)),  # kg, to the gram
        st.none(),  # a price-embedded label
    ),
    st.sampled_from(["A", "B"]),
    st.one_of(
        st.none(),
        st.decimals(min_value="0.5", max_value="100", places=1),  # percent off
        st.integers(min_value=1, max_value=5000),  # an amount off, in minor units
    ),
    st.booleans(),  # voided
)
Draw = tuple[int, Decimal | None, str, Decimal | int | None, bool]


def _basket(ctx: TillContext, draws: list[Draw]) -> Basket:
    basket = Basket(ctx.currency)
    for n, (price, quantity, vat, off, voided) in enumerate(draws):
        if quantity is None:
            kwargs: dict[str, Any] = {"fixed_total": Money(price, ctx.currency)}
        elif quantity % 1:
            kwargs = {"quantity": quantity, "unit": "kg"}
        else:
            kwargs = {"quantity": quantity}
        basket, line = _add(ctx, basket, f"Ware-{n}", price, vat=vat, **kwargs)
        if off is not None:
            discount = (
                Discount.of_percent(off)
                if isinstance(off, Decimal)
                else Discount.of_amount(Money(off, ctx.currency))
            )
            try:
                basket = basket.discount_line(line, discount)
            except TillError:
                assume(False)  # more than the line is worth: the till refuses it
        if voided:
            basket = basket.void_line(line)
    return basket


def _settled(total: Money, card_part: int) -> Settlement:
    """Part by card, the rest in cash handed over in whole cash steps (HUF: 5 forint)."""
    payment = Settlement(total)
    card = Money(total.amount_minor * card_part // 100, total.currency)
    if card.amount_minor and card < total:
        payment = payment.add(Tender(TenderKind.CARD, card))
    if not payment.is_settled:
        step = CASH_STEP.get(total.currency, 1)
        due = max(cash_rounded(payment.remaining).amount_minor, step)
        payment = payment.add(Tender(TenderKind.CASH, Money(-(-due // step) * step, total.currency)))
    assert payment.is_settled
    return payment


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    draws=st.lists(_LINE, min_size=1, max_size=6),
    basket_percent=st.one_of(st.none(), st.decimals(min_value="0.5", max_value="50", places=1)),
    hungarian=st.booleans(),
    card_part=st.integers(min_value=0, max_value=100),
    columns=st.sampled_from([32, 42, 48]),
)
def test_any_basket_prints_figures_that_add_up(
    draws: list[Draw], basket_percent: Decimal | None, hungarian: bool, card_part: int, columns: int
) -> None:
    ctx = HU if hungarian else DE
    basket = _basket(ctx, draws)
    assume(not basket.is_empty)
    if basket_percent is not None:
        basket = basket.discount_basket(Discount.of_percent(basket_percent))
    total = basket.totals().total
    assume(total.amount_minor > 0)
    lines = _printed(ctx, basket, _settled(total, card_part), columns)
    assert all(len(line) <= columns for line in lines if not line.startswith("["))
    assert_adds_up(lines, ctx.language)
