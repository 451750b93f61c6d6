"""The printable value of a completed sale, and the few words a receipt prints in each language.

`Receipt` holds everything the printer needs and nothing it must compute: the services build it from
a recorded Sale (original and reprint alike), `hardware.receipt_render` turns it into ESC/POS bytes.

The receipt words live here in a small table of their own rather than in Qt's translations: the receipt
is rendered without Qt (in a worker, in tests, for reprints on another till), its wording is part of
the fiscal document rather than of the screen, and it must not change with the cashier's UI language.
The handover slip (terminal/domain/handover_slip.py) prints its words from the same tables.
Standard library only.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Final

from terminal.domain.money import Money
from terminal.domain.tax import VatLine


@dataclass(frozen=True, slots=True)
class ReceiptLine:
    """One item as printed. Its figures add up as they read: `amount` (unit price times quantity, or
    a price-embedded code's price) less the line's own `discount` is its `total`, what it adds to
    the receipt's subtotal. The basket discount is not in here (see `Receipt`). A voided line prints
    struck, with a total of zero."""

    name: str
    quantity: Decimal
    unit: str  # "pc", "kg", "m", … — "pc" lines print without a unit
    unit_price: Money
    amount: Money
    total: Money
    vat_code: str
    discount: Money | None = None
    note: str | None = None
    voided: bool = False


@dataclass(frozen=True, slots=True)
class ReceiptReturnLine:
    """An item taken back, as printed: `refund` (> 0) is taken off the receipt's total; `origin` names
    what it returns ("S001-T01-000042 #2", a web order, or "" without a receipt)."""

    name: str
    quantity: Decimal
    unit: str
    refund: Money
    vat_code: str
    origin: str
    reason: str


@dataclass(frozen=True, slots=True)
class ReceiptHandoverLine:
    """A web-order item handed over, as printed: `amount` is what was paid for it here (0 online)."""

    order_number: str
    name: str
    quantity: Decimal
    unit: str
    amount: Money
    vat_code: str
    paid_online: bool


@dataclass(frozen=True, slots=True)
class Receipt:
    """A completed sale as printed; `code_payload` is what its barcode and QR code encode.

    The totals read top to bottom: `subtotal` is the sum of the lines' totals; less `basket_discount`
    it is what was sold; less the `returns` refunds and plus the `handovers` paid here it is `total`
    (negative when the till paid out); the cash `rounding` makes it what changed hands, and the
    `tenders` (paid out: negative) less the `change` are that amount.
    """

    store_name: str
    store_address: tuple[str, ...]
    tax_id: str
    receipt_number: str
    terminal_id: str
    cashier_name: str
    occurred_at: datetime
    lines: tuple[ReceiptLine, ...]
    subtotal: Money
    basket_discount: Money
    total: Money
    vat_lines: tuple[VatLine, ...]
    tenders: tuple[tuple[str, Money], ...]  # (label such as "cash" or "card", amount)
    change: Money
    rounding: Money
    footer: tuple[str, ...]
    code_payload: str
    is_copy: bool = False
    language: str = "en"
    returns: tuple[ReceiptReturnLine, ...] = ()
    handovers: tuple[ReceiptHandoverLine, ...] = ()
    tender_notes: tuple[str, ...] = ()  # per tender, printed below it: a voucher's code, an order

    @property
    def sales_total(self) -> Money:
        """The sale lines after the basket discount: the subtotal less the basket discount."""
        return self.subtotal - self.basket_discount


LABEL_KEYS: Final = (
    "sales",
    "returns",
    "handover",
    "paid_online",
    "no_receipt",
    "web",
    "receipt",
    "copy",
    "cashier",
    "terminal",
    "tax_id",
    "subtotal",
    "discount",
    "basket_discount",
    "total",
    "due",
    "vat",
    "net",
    "gross",
    "rate",
    "cash",
    "card",
    "voucher",
    "change",
    "rounding",
    "voided",
    "date",
    "handover_slip",
    "store_copy",
    "order",
    "handed_over",
    "not_handed_over",
    "collected_by",
    "authorised_collector",
    "id_checked",
    "yes",
    "no",
    "staff",
    "received_in_full",
    "signature",
    "reason_damaged",
    "reason_wrong_item",
    "reason_not_wanted",
    "reason_other",
    "reason_missing",
    "cash_out",
    "card_refund",
    "web_refund",
    "store_credit",
    "voucher_slip",
    "voucher_code",
    "amount",
    "valid_at",
    "keep_voucher",
    "reason_defective",
    "reason_changed_mind",
    "reason_wrong_size",
    "reason_not_as_described",
)

RECEIPT_LABELS: Final[dict[str, dict[str, str]]] = {
    "en": {
        "sales": "Sold",
        "returns": "Returned",
        "handover": "Web order",
        "paid_online": "paid online",
        "no_receipt": "without receipt",
        "web": "Web payment",
        "receipt": "Receipt",
        "copy": "COPY",
        "cashier": "Cashier",
        "terminal": "Till",
        "tax_id": "VAT ID",
        "subtotal": "Subtotal",
        "discount": "Discount",
        "basket_discount": "Basket discount",
        "total": "TOTAL",
        "due": "To pay",
        "vat": "VAT",
        "net": "Net",
        "gross": "Gross",
        "rate": "Rate",
        "cash": "Cash",
        "card": "Card",
        "voucher": "Voucher",
        "change": "Change",
        "rounding": "Rounding",
        "voided": "VOID",
        "date": "Date",
        "handover_slip": "HANDOVER SLIP",
        "store_copy": "Store copy",
        "order": "Order",
        "handed_over": "Handed over",
        "not_handed_over": "Not handed over",
        "collected_by": "Collected by",
        "authorised_collector": "authorised collector",
        "id_checked": "ID checked",
        "yes": "yes",
        "no": "no",
        "staff": "Staff",
        "received_in_full": "Received in full",
        "signature": "Signature",
        "reason_damaged": "damaged",
        "reason_wrong_item": "wrong item",
        "reason_not_wanted": "not wanted",
        "reason_other": "other",
        "reason_missing": "missing",
        "cash_out": "Cash out",
        "card_refund": "Card refund",
        "web_refund": "Back to web payment",
        "store_credit": "Store credit",
        "voucher_slip": "STORE CREDIT VOUCHER",
        "voucher_code": "Code",
        "amount": "Amount",
        "valid_at": "Valid at every store of {chain}",
        "keep_voucher": "Keep this voucher: the code is the credit",
        "reason_defective": "defective",
        "reason_changed_mind": "changed mind",
        "reason_wrong_size": "wrong size",
        "reason_not_as_described": "not as described",
    },
    "de": {
        "sales": "Verkauf",
        "returns": "Rücknahme",
        "handover": "Webbestellung",
        "paid_online": "online bezahlt",
        "no_receipt": "ohne Beleg",
        "web": "Online-Zahlung",
        "receipt": "Beleg",
        "copy": "KOPIE",
        "cashier": "Kassierer/in",
        "terminal": "Kasse",
        "tax_id": "USt-IdNr.",
        "subtotal": "Zwischensumme",
        "discount": "Rabatt",
        "basket_discount": "Einkaufsrabatt",
        "total": "SUMME",
        "due": "Zu zahlen",
        "vat": "MwSt",
        "net": "Netto",
        "gross": "Brutto",
        "rate": "Satz",
        "cash": "Bar",
        "card": "Karte",
        "voucher": "Gutschein",
        "change": "Rückgeld",
        "rounding": "Rundung",
        "voided": "STORNO",
        "date": "Datum",
        "handover_slip": "ÜBERGABEBELEG",
        "store_copy": "Beleg für die Filiale",
        "order": "Bestellung",
        "handed_over": "Übergeben",
        "not_handed_over": "Nicht übergeben",
        "collected_by": "Abgeholt von",
        "authorised_collector": "bevollmächtigte Person",
        "id_checked": "Ausweis geprüft",
        "yes": "ja",
        "no": "nein",
        "staff": "Mitarbeiter/in",
        "received_in_full": "Vollständig erhalten",
        "signature": "Unterschrift",
        "reason_damaged": "beschädigt",
        "reason_wrong_item": "falscher Artikel",
        "reason_not_wanted": "nicht gewünscht",
        "reason_other": "Sonstiges",
        "reason_missing": "fehlt",
        "cash_out": "Bar ausgezahlt",
        "card_refund": "Erstattung Karte",
        "web_refund": "Erstattung Online-Zahlung",
        "store_credit": "Gutschein ausgestellt",
        "voucher_slip": "GUTSCHEIN",
        "voucher_code": "Code",
        "amount": "Betrag",
        "valid_at": "Gültig in allen Filialen von {chain}",
        "keep_voucher": "Bitte aufbewahren: der Code ist das Guthaben",
        "reason_defective": "defekt",
        "reason_changed_mind": "nicht mehr gewünscht",
        "reason_wrong_size": "falsche Größe",
        "reason_not_as_described": "nicht wie beschrieben",
    },
    "hu": {
        "sales": "Eladás",
        "returns": "Visszavét",
        "handover": "Webrendelés",
        "paid_online": "online fizetve",
        "no_receipt": "blokk nélkül",
        "web": "Online fizetés",
        "receipt": "Nyugta",
        "copy": "MÁSOLAT",
        "cashier": "Pénztáros",
        "terminal": "Pénztár",
        "tax_id": "Adószám",
        "subtotal": "Részösszeg",
        "discount": "Kedvezmény",
        "basket_discount": "Kosárkedvezmény",
        "total": "ÖSSZESEN",
        "due": "Fizetendő",
        "vat": "ÁFA",
        "net": "Nettó",
        "gross": "Bruttó",
        "rate": "Kulcs",
        "cash": "Készpénz",
        "card": "Bankkártya",
        "voucher": "Utalvány",
        "change": "Visszajáró",
        "rounding": "Kerekítés",
        "voided": "SZTORNÓ",
        "date": "Dátum",
        "handover_slip": "ÁTADÁSI JEGY",
        "store_copy": "Üzleti példány",
        "order": "Rendelés",
        "handed_over": "Átadva",
        "not_handed_over": "Nem átadva",
        "collected_by": "Átvevő",
        "authorised_collector": "meghatalmazott átvevő",
        "id_checked": "Személyazonosság ellenőrizve",
        "yes": "igen",
        "no": "nem",
        "staff": "Munkatárs",
        "received_in_full": "Hiánytalanul átvettem",
        "signature": "Aláírás",
        "reason_damaged": "sérült",
        "reason_wrong_item": "rossz termék",
        "reason_not_wanted": "nem kéri",
        "reason_other": "egyéb",
        "reason_missing": "hiányzik",
        "cash_out": "Készpénz kifizetés",
        "card_refund": "Visszatérítés kártyára",
        "web_refund": "Visszatérítés online fizetésre",
        "store_credit": "Vásárlási utalvány",
        "voucher_slip": "VÁSÁRLÁSI UTALVÁNY",
        "voucher_code": "Kód",
        "amount": "Összeg",
        "valid_at": "Érvényes a(z) {chain} minden üzletében",
        "keep_voucher": "Őrizze meg: a kód maga az utalvány értéke",
        "reason_defective": "hibás",
        "reason_changed_mind": "meggondolta magát",
        "reason_wrong_size": "rossz méret",
        "reason_not_as_described": "nem a leírás szerinti",
    },
    "id": {
        "sales": "Penjualan",
        "returns": "Retur",
        "handover": "Pesanan web",
        "paid_online": "dibayar online",
        "no_receipt": "tanpa struk",
        "web": "Pembayaran web",
        "receipt": "Struk",
        "copy": "SALINAN",
        "cashier": "Kasir",
        "terminal": "Terminal",
        "tax_id": "NPWP",
        "subtotal": "Subtotal",
        "discount": "Diskon",
        "basket_discount": "Diskon belanja",
        "total": "TOTAL",
        "due": "Total bayar",
        "vat": "PPN",
        "net": "DPP",
        "gross": "Bruto",
        "rate": "Tarif",
        "cash": "Tunai",
        "card": "Kartu",
        "voucher": "Voucher",
        "change": "Kembalian",
        "rounding": "Pembulatan",
        "voided": "BATAL",
        "date": "Tanggal",
        "handover_slip": "BUKTI SERAH TERIMA",
        "store_copy": "Salinan toko",
        "order": "Pesanan",
        "handed_over": "Diserahkan",
        "not_handed_over": "Tidak diserahkan",
        "collected_by": "Diambil oleh",
        "authorised_collector": "pengambil yang dikuasakan",
        "id_checked": "Identitas diperiksa",
        "yes": "ya",
        "no": "tidak",
        "staff": "Petugas",
        "received_in_full": "Diterima lengkap",
        "signature": "Tanda tangan",
        "reason_damaged": "rusak",
        "reason_wrong_item": "barang salah",
        "reason_not_wanted": "tidak diinginkan",
        "reason_other": "lainnya",
        "reason_missing": "tidak ada",
        "cash_out": "Tunai dikembalikan",
        "card_refund": "Refund ke kartu",
        "web_refund": "Refund ke pembayaran web",
        "store_credit": "Kredit toko",
        "voucher_slip": "VOUCHER KREDIT TOKO",
        "voucher_code": "Kode",
        "amount": "Jumlah",
        "valid_at": "Berlaku di semua toko {chain}",
        "keep_voucher": "Simpan voucher ini: kodenya adalah kreditnya",
        "reason_defective": "cacat",
        "reason_changed_mind": "berubah pikiran",
        "reason_wrong_size": "ukuran salah",
        "reason_not_as_described": "tidak sesuai deskripsi",
    },
}


def receipt_label(language: str, key: str) -> str:
    """The receipt word for `key` in `language` (e.g. "de" or "de_DE"), English when unknown."""
    base = language.split("_", maxsplit=1)[0].split("-", maxsplit=1)[0].lower()
    table = RECEIPT_LABELS.get(base, RECEIPT_LABELS["en"])
    return table.get(key) or RECEIPT_LABELS["en"].get(key, key)


def reason_label(language: str, reason: str, reason_text: str = "") -> str:
    """A return reason as printed: the store's own words for "other", else the reason in `language`."""
    if reason_text:
        return reason_text
    key = f"reason_{reason}"
    return receipt_label(language, key) if key in LABEL_KEYS else reason


def tender_label(language: str, tender: str) -> str:
    """A tender's printed name ("cash" -> "Bar"); unknown tenders print as recorded."""
    return receipt_label(language, tender) if tender in LABEL_KEYS else tender
