"""Reading a decoded receipt as a customer would: the figures top to bottom, and whether they add up.

Only the printed text is used (what `hardware.escpos_decode` reads back from the printer's bytes), never
the Receipt value, so these checks see what the paper shows. Amounts are read per receipt language:
`1.234,56` in German, `12 990` in Hungarian. The item block lies between the first two rules:

- a line ending in a VAT code carries a line total in the right column;
- any other amount that ends a line, two spaces or more after its text, stands in the middle
  column and belongs to the next line total: the amount before a discount, then the discount.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from terminal.domain.receipt import receipt_label, tender_label

_AMOUNT = {
    "de": r"-?\d{1,3}(?:\.\d{3})*,\d{2}",
    "en": r"-?\d{1,3}(?:,\d{3})*\.\d{2}",
    "hu": r"-?\d{1,3}(?: \d{3})*",
}
_SIGNS = ("€", "Ft", "Rp", "EUR", "HUF")


def amount_minor(text: str) -> int:
    """'1.234,56' -> 123456, '-9,37' -> -937, '12 990' -> 12990 (the digits are the minor units)."""
    return int(re.sub(r"[^\d-]", "", text))


@dataclass
class Item:
    lines: list[str]
    middle: list[int]  # amount before the discount, then the discount, as printed
    total: int
    vat_code: str


@dataclass
class PrintedReceipt:
    items: list[Item] = field(default_factory=list)
    totals: list[tuple[str, int]] = field(default_factory=list)  # (label, amount) in printed order
    vat_rows: list[tuple[str, int, int, int]] = field(default_factory=list)  # code, net, vat, gross

    def total_of(self, label: str) -> int:
        (value,) = [amount for name, amount in self.totals if name == label]
        return value

    def labels(self) -> list[str]:
        return [name for name, _ in self.totals]


def read_receipt(lines: list[str], language: str) -> PrintedReceipt:
    """The figures of a decoded receipt of `columns`-wide rules."""
    money = _AMOUNT[language]
    rules = [i for i, line in enumerate(lines) if line and set(line) == {"-"}]
    items_block = lines[rules[0] + 1 : rules[1]]
    totals_block = lines[rules[1] + 1 : rules[2]]
    vat_block = lines[rules[2] + 1 : rules[3]]
    printed = PrintedReceipt()
    pending: list[str] = []
    middle: list[int] = []
    for line in items_block:
        pending.append(line)
        # Printed amounts stand at least two spaces after anything else on their line (a unit
        # price after "x " or the name does not count; nor does the tail of "1 299").
        with_vat = re.search(rf"(?<=\s\s)(?P<amount>{money}) (?P<vat>[A-Z])$", line)
        rest = line[: with_vat.start()].rstrip() if with_vat else line.rstrip()
        before = re.search(rf"(?<=\s\s)(?P<amount>{money})$", rest)
        if before:
            middle.append(amount_minor(before.group("amount")))
        if with_vat:
            total = amount_minor(with_vat.group("amount"))
            printed.items.append(Item(pending, middle, total, with_vat.group("vat")))
            pending, middle = [], []
    assert not middle, f"amounts {middle} without a line total below them"
    for line in totals_block:
        found = re.search(rf"^(?P<label>.*?)\s+(?P<amount>{money})(?: (?:{'|'.join(_SIGNS)}))?$", line)
        if found is None:
            sign_first = re.search(rf"^(?P<label>.*?)\s+(?:{'|'.join(_SIGNS)}) ?(?P<amount>{money})$", line)
            assert sign_first is not None, f"no amount in {line!r}"
            found = sign_first
        printed.totals.append((found.group("label").strip(), amount_minor(found.group("amount"))))
    # One row per rate ("A  19%  net vat gross"), or on narrow paper one block per rate ("A 19%",
    # then a line each for net, VAT and gross).
    rates: list[tuple[str, list[int]]] = []
    for line in vat_block:
        rate = re.match(r"^(?P<code>[A-Z])\s+[\d.,]+%", line)
        if rate:
            rates.append((rate.group("code"), []))
        figures = line[rate.end() :] if rate else line
        if rates:
            rates[-1][1].extend(amount_minor(a) for a in re.findall(rf"(?<!\S){money}(?!\S)", figures))
    for code, amounts in rates:
        net, vat, gross = amounts
        printed.vat_rows.append((code, net, vat, gross))
    return printed


def assert_adds_up(lines: list[str], language: str) -> PrintedReceipt:
    """Check every sum a reader can do on the printed receipt; returns what was read."""
    printed = read_receipt(lines, language)

    def label(key: str) -> str:
        return receipt_label(language, key)

    for item in printed.items:
        if item.middle:  # the amount before the discount, less the discount, is the line total
            assert len(item.middle) == 2, item.lines
            assert item.middle[1] < 0, item.lines
            assert sum(item.middle) == item.total, item.lines
    subtotal = printed.total_of(label("subtotal"))
    assert sum(item.total for item in printed.items) == subtotal
    labels = printed.labels()
    total = printed.total_of(label("total"))
    if label("basket_discount") in labels:
        basket = printed.total_of(label("basket_discount"))
        assert basket < 0
        order = [labels.index(label(key)) for key in ("subtotal", "basket_discount", "total")]
        assert order == sorted(order)
        assert subtotal + basket == total
    else:
        assert subtotal == total
    due = total
    if label("rounding") in labels:
        due = printed.total_of(label("due"))
        assert total + printed.total_of(label("rounding")) == due
    tender_names = {tender_label(language, tender) for tender in ("cash", "card")}
    tenders = [amount for name, amount in printed.totals if name in tender_names]
    assert sum(tenders) - printed.total_of(label("change")) == due
    assert sum(row[3] for row in printed.vat_rows) == total
    assert all(net + vat == gross for _code, net, vat, gross in printed.vat_rows)
    return printed
