"""Every refusal code becomes a sentence; unknown codes still say something; German is German."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from terminal.domain.errors import ApprovalRequiredError, TillError
from terminal.ui.first_run.messages import KNOWN_CODES as FIRST_RUN_CODES
from terminal.ui.formatting import MoneyFormat
from terminal.ui.i18n import install_translators, remove_translators
from terminal.ui.messages import KNOWN_CODES, message_for

ROOT = Path(__file__).resolve().parents[2]
BRIEF_CODES = {
    "staff.unknown", "approval.denied", "barcode.empty", "barcode.unreadable", "barcode.check_digit",
    "catalogue.unknown_barcode", "scan.not_a_product", "checkout.empty_basket", "tender.short",
    "receipt.not_found",
}  # fmt: skip


def codes_raised_in_code() -> set[str]:
    found = subprocess.run(
        ["grep", "-rhoE", r'TillError\(\s*"[a-z_]+\.[a-z_]+"', "terminal", "hardware", "sync"],
        cwd=ROOT, capture_output=True, text=True, check=False,
    ).stdout  # fmt: skip
    return set(re.findall(r'"([a-z_]+\.[a-z_]+)"', found)) - {"ui.bad_number", "ui.no_line"}


@pytest.mark.parametrize("code", sorted(set(KNOWN_CODES) | BRIEF_CODES))
def test_every_known_code_has_a_full_sentence(code: str) -> None:
    text = message_for(TillError(code, code="123", sku="1001", name="Milk", remaining=250, currency="EUR"))
    assert text
    assert "{" not in text
    assert code not in text  # a real sentence, not the fallback


def test_codes_raised_anywhere_have_a_sentence() -> None:
    missing = codes_raised_in_code() - set(KNOWN_CODES) - set(FIRST_RUN_CODES)
    assert not missing, f"add sentences to terminal/ui/messages.py for {sorted(missing)}"


def test_unknown_code_names_the_code() -> None:
    assert "nothing.we_know" in message_for(TillError("nothing.we_know"))


def test_missing_parameter_does_not_crash() -> None:
    assert "?" in message_for(TillError("catalogue.unknown_barcode"))


def test_non_till_error_is_a_calm_sentence() -> None:
    assert "KeyError" in message_for(KeyError("x"))


def test_amounts_are_formatted_in_the_language() -> None:
    text = message_for(TillError("tender.short", remaining=250, currency="EUR"), MoneyFormat("de", "EUR"))
    assert "2,50\xa0€" in text


def test_approval_required_names_the_action() -> None:
    assert "cash drawer" in message_for(ApprovalRequiredError("open_drawer"))


def test_german_translation_is_used(qapp: QApplication) -> None:
    translators = install_translators(qapp, "de")
    try:
        text = message_for(TillError("catalogue.unknown_barcode", code="4006381333931"))
    finally:
        remove_translators(qapp, translators)
    assert "4006381333931" in text
    assert "Barcode" in text
    assert "catalogue" not in text
    assert text != message_for(TillError("catalogue.unknown_barcode", code="4006381333931"))


def test_every_manager_action_has_a_name_for_people() -> None:
    from terminal.domain.staff import Action
    from terminal.ui.messages import action_name

    for action in Action:
        name = action_name(action.value)
        assert name != action.value, action
        assert "_" not in name, action
