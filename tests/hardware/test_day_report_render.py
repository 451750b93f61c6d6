"""X and Z reports as ESC/POS bytes, decoded back: labels in the store's language and code page,
expected, counted and difference per tender, the count by denomination, never a drawer kick."""

from __future__ import annotations

from datetime import UTC, datetime

from hardware.day_report_render import render_day_report
from hardware.escpos_decode import decode
from terminal.domain.day_report import DayReport
from terminal.domain.denominations import CashCount
from terminal.domain.money import Money
from terminal.domain.till_day import Movement, MovementKind, Payment, figures

AT = datetime(2026, 12, 2, 18, 30, tzinfo=UTC)


def _report(language: str, kind: str = "Z") -> DayReport:
    huf = "HUF"
    day = figures(
        currency=huf,
        float_amount=Money(50000, huf),
        sales_count=4,
        gross=Money(12990, huf),
        change=Money(10, huf),
        payments=[Payment("cash", "in", Money(8000, huf)), Payment("card", "in", Money(5000, huf))],
        movements=[
            Movement("m1", MovementKind.CASH_OUT, Money(3000, huf), "expense", "Posta", "a", None, AT)
        ],
    )
    counted = CashCount.of(huf, {20000: 2, 10000: 1, 2000: 2, 100: 4, 50: 1, 20: 1, 10: 2})  # 54 490
    return DayReport(
        kind="Z" if kind == "Z" else "X",
        store_name="Bolt Győr",
        store_id="S002",
        terminal_id="T03",
        language=language,
        opened_at=AT.replace(hour=7),
        opened_by="Kovács Éva",
        at=AT,
        staff_name="Kovács Éva",
        figures=day,
        float_count=CashCount.of(huf, {10000: 5}),
        movements=(
            Movement("m1", MovementKind.CASH_OUT, Money(3000, huf), "expense", "Posta", "a", None, AT),
        ),
        z_number=17 if kind == "Z" else None,
        counted=(("cash", counted.total), ("card", Money(5000, huf))) if kind == "Z" else (),
        counted_cash=counted if kind == "Z" else None,
        differences=(("cash", Money(-500, huf)), ("card", Money(0, huf))) if kind == "Z" else (),
        reason="Visszajáró hiba" if kind == "Z" else "",
    )


def test_a_hungarian_z_report_decodes_back_with_its_figures() -> None:
    decoded = decode(render_day_report(_report("hu_HU")))
    text = "\n".join(decoded.lines)
    assert decoded.drawer_kicks == []
    assert decoded.unknown == []
    assert "Z JELENTÉS (NAPZÁRÁS)" in text
    assert "Z szám: 17" in text
    assert "Bolt Győr" in text  # ő through CP1250
    lines = [line.strip() for line in decoded.lines]
    # 50 000 float + 8 000 in - 10 change - 3 000 out = 54 990 expected, 54 490 counted
    assert any(line.startswith("Várt") and "54 990" in line for line in lines)
    assert any(line.startswith("Számolt") and "54 490" in line for line in lines)
    assert any(line.startswith("Eltérés") and "-500" in line for line in lines)
    assert any(line.startswith("2 x 20 000") for line in lines)
    assert "Ok: Visszajáró hiba" in text
    assert any("Kiadás: Posta" in line and "-3 000" in line for line in lines)  # the reason, in Hungarian


def test_an_x_report_has_no_z_number_nor_counted_figures() -> None:
    lines = [line.strip() for line in decode(render_day_report(_report("de", kind="X"))).lines]
    text = "\n".join(lines)
    assert "X-BERICHT (ZWISCHENSTAND)" in text
    assert "Z-Nummer" not in text
    assert not any(line.startswith("Gezählt") for line in lines)
    assert any(line.startswith("Soll") for line in lines)


def test_every_report_word_and_reason_is_in_every_language() -> None:
    from terminal.domain.day_report import REPORT_LABELS, report_label
    from terminal.domain.till_day import REASONS

    keys = set(REPORT_LABELS["en"]) | {r for reasons in REASONS.values() for r in reasons}
    for language in ("de", "hu", "id"):
        missing = sorted(k for k in keys if k not in REPORT_LABELS[language])
        assert missing == [], (language, missing)
    assert report_label("de_AT", "expected") == "Soll"
    assert report_label("fr", "expected") == "Expected"  # English where the language is not printed
