"""An X or Z report as printed, and the printed words of reports in each store language.

`DayReport` is built by the services from the stored day and its figures (terminal/domain/till_day.py);
the renderer (hardware/day_report_render.py) only lays it out. An X report (interim) has no Z number
and nothing counted; a Z report has its Z number, the counted figures, the differences and the
reason. A day the till opened itself for its first receipt says so under its header: its float (0)
was not counted, so the cash difference includes what was in the drawer (ADR 0024). The labels
follow the receipt's tables: English when a language or word is missing.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Final, Literal

from terminal.domain.denominations import CashCount
from terminal.domain.money import Money
from terminal.domain.till_day import DayFigures, Movement


@dataclass(frozen=True, slots=True)
class DayReport:
    """What an X or Z report prints."""

    kind: Literal["X", "Z"]
    store_name: str
    store_id: str
    terminal_id: str
    language: str
    opened_at: datetime
    opened_by: str  # a name
    at: datetime  # when the report was taken (the closing's time for a Z)
    staff_name: str
    figures: DayFigures
    float_count: CashCount
    movements: tuple[Movement, ...] = ()
    z_number: int | None = None
    counted: tuple[tuple[str, Money], ...] = ()  # per tender, Z only
    counted_cash: CashCount | None = None
    differences: tuple[tuple[str, Money], ...] = ()
    reason: str = ""
    float_counted: bool = True  # false: the till opened the day itself for its first receipt
    copy: bool = False
    extra: dict[str, str] = field(default_factory=dict)

    @property
    def total_difference(self) -> Money:
        return sum((d for _t, d in self.differences), Money.zero(self.figures.currency))


REPORT_LABELS: Final[dict[str, dict[str, str]]] = {
    "en": {
        "x_report": "X REPORT (INTERIM)",
        "z_report": "Z REPORT (DAY CLOSED)",
        "z_number": "Z number",
        "copy": "COPY",
        "terminal": "Till",
        "opened": "Opened",
        "opened_by": "Opened by",
        "printed": "Printed",
        "closed_by": "Closed by",
        "staff": "Staff",
        "sales": "Sales",
        "gross": "Gross",
        "tender": "Tender",
        "in": "In",
        "out": "Out",
        "float": "Float",
        "float_uncounted": "Float (not counted)",
        "opened_by_receipt": (
            "Opened by the first receipt. The float was not counted: the cash difference "
            "includes any cash that was already in the drawer."
        ),
        "cash_in": "Cash in",
        "cash_out": "Cash out",
        "change": "Change given",
        "expected": "Expected",
        "counted": "Counted",
        "difference": "Difference",
        "reason": "Reason",
        "movements": "Cash movements",
        "counted_cash": "Cash counted",
        "cash": "Cash",
        "card": "Card",
        "voucher": "Voucher",
        "web": "Web payment",
        # cash movement reasons (terminal/domain/till_day.py REASONS)
        "change_top_up": "Change from bank",
        "float_top_up": "Float top-up",
        "correction": "Correction",
        "bank_deposit": "Bank deposit",
        "supplier_paid": "Supplier paid",
        "expense": "Expense",
        "change_to_safe": "To the safe",
        "other": "Other",
    },
    "de": {
        "x_report": "X-BERICHT (ZWISCHENSTAND)",
        "z_report": "Z-BERICHT (TAGESABSCHLUSS)",
        "z_number": "Z-Nummer",
        "copy": "KOPIE",
        "terminal": "Kasse",
        "opened": "Geöffnet",
        "opened_by": "Geöffnet von",
        "printed": "Gedruckt",
        "closed_by": "Abgeschlossen von",
        "staff": "Mitarbeiter",
        "sales": "Verkäufe",
        "gross": "Brutto",
        "tender": "Zahlungsart",
        "in": "Ein",
        "out": "Aus",
        "float": "Wechselgeld",
        "float_uncounted": "Wechselgeld (nicht gezählt)",
        "opened_by_receipt": (
            "Mit dem ersten Beleg geöffnet. Das Wechselgeld wurde nicht gezählt: Die "
            "Bargelddifferenz enthält das Bargeld, das schon in der Kasse war."
        ),
        "cash_in": "Einlage",
        "cash_out": "Entnahme",
        "change": "Rückgeld",
        "expected": "Soll",
        "counted": "Gezählt",
        "difference": "Differenz",
        "reason": "Grund",
        "movements": "Bargeldbewegungen",
        "counted_cash": "Bargeld gezählt",
        "cash": "Bar",
        "card": "Karte",
        "voucher": "Gutschein",
        "web": "Online-Zahlung",
        # cash movement reasons (terminal/domain/till_day.py REASONS)
        "change_top_up": "Wechselgeld Bank",
        "float_top_up": "Wechselgeld aufgefüllt",
        "correction": "Korrektur",
        "bank_deposit": "Bankeinzahlung",
        "supplier_paid": "Lieferant bezahlt",
        "expense": "Ausgabe",
        "change_to_safe": "In den Tresor",
        "other": "Sonstiges",
    },
    "hu": {
        "x_report": "X JELENTÉS (KÖZBENSŐ)",
        "z_report": "Z JELENTÉS (NAPZÁRÁS)",
        "z_number": "Z szám",
        "copy": "MÁSOLAT",
        "terminal": "Pénztár",
        "opened": "Nyitva",
        "opened_by": "Nyitotta",
        "printed": "Nyomtatva",
        "closed_by": "Zárta",
        "staff": "Munkatárs",
        "sales": "Eladások",
        "gross": "Bruttó",
        "tender": "Fizetési mód",
        "in": "Be",
        "out": "Ki",
        "float": "Váltópénz",
        "float_uncounted": "Váltópénz (nem számolt)",
        "opened_by_receipt": (
            "Az első nyugta nyitotta meg. A váltópénzt nem számolták meg: a készpénzeltérés "
            "a fiókban már ott lévő készpénzt is tartalmazza."
        ),
        "cash_in": "Befizetés",
        "cash_out": "Kifizetés",
        "change": "Visszajáró",
        "expected": "Várt",
        "counted": "Számolt",
        "difference": "Eltérés",
        "reason": "Ok",
        "movements": "Készpénzmozgások",
        "counted_cash": "Számolt készpénz",
        "cash": "Készpénz",
        "card": "Kártya",
        "voucher": "Utalvány",
        "web": "Online fizetés",
        # cash movement reasons (terminal/domain/till_day.py REASONS)
        "change_top_up": "Váltópénz bankból",
        "float_top_up": "Váltópénz feltöltés",
        "correction": "Helyesbítés",
        "bank_deposit": "Banki befizetés",
        "supplier_paid": "Szállító kifizetve",
        "expense": "Kiadás",
        "change_to_safe": "Széfbe",
        "other": "Egyéb",
    },
    "id": {
        "x_report": "LAPORAN X (SEMENTARA)",
        "z_report": "LAPORAN Z (TUTUP HARI)",
        "z_number": "Nomor Z",
        "copy": "SALINAN",
        "terminal": "Kasir",
        "opened": "Dibuka",
        "opened_by": "Dibuka oleh",
        "printed": "Dicetak",
        "closed_by": "Ditutup oleh",
        "staff": "Staf",
        "sales": "Penjualan",
        "gross": "Bruto",
        "tender": "Pembayaran",
        "in": "Masuk",
        "out": "Keluar",
        "float": "Modal awal",
        "float_uncounted": "Modal awal (tidak dihitung)",
        "opened_by_receipt": (
            "Dibuka oleh struk pertama. Modal awal tidak dihitung: selisih tunai termasuk "
            "uang yang sudah ada di laci."
        ),
        "cash_in": "Kas masuk",
        "cash_out": "Kas keluar",
        "change": "Kembalian",
        "expected": "Seharusnya",
        "counted": "Dihitung",
        "difference": "Selisih",
        "reason": "Alasan",
        "movements": "Mutasi kas",
        "counted_cash": "Uang tunai dihitung",
        "cash": "Tunai",
        "card": "Kartu",
        "voucher": "Voucher",
        "web": "Pembayaran online",
        # cash movement reasons (terminal/domain/till_day.py REASONS)
        "change_top_up": "Uang kecil dari bank",
        "float_top_up": "Tambah modal awal",
        "correction": "Koreksi",
        "bank_deposit": "Setoran bank",
        "supplier_paid": "Bayar pemasok",
        "expense": "Pengeluaran",
        "change_to_safe": "Ke brankas",
        "other": "Lainnya",
    },
}


def report_label(language: str, key: str) -> str:
    """The report word for `key` in `language` ("de", "de_DE"), English when unknown."""
    base = language.split("_", maxsplit=1)[0].split("-", maxsplit=1)[0].lower()
    table = REPORT_LABELS.get(base, REPORT_LABELS["en"])
    return table.get(key) or REPORT_LABELS["en"].get(key, key)
