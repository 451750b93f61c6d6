"""The shipped translations: German complete for every source string in terminal/ui, .qm built from .ts."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
I18N = ROOT / "resources" / "i18n"
sys.path.insert(0, str(ROOT / "installer"))
import update_translations  # noqa: E402 (installer/ is a scripts folder, not a package)


def current_sources(tmp_path: Path) -> set[tuple[str, str]]:
    """(context, source) of every translatable string in terminal/ui, by running lupdate afresh."""
    ts = tmp_path / "fresh.ts"
    files = [str(p) for p in update_translations.SOURCES]
    subprocess.run([update_translations.tool("pyside6-lupdate"), *files, "-ts", str(ts)], check=True,
                   capture_output=True)  # fmt: skip
    return messages(ts)


def messages(ts: Path) -> set[tuple[str, str]]:
    root = ET.parse(ts).getroot()
    return {
        (c.findtext("name") or "", m.findtext("source") or "")
        for c in root.iter("context")
        for m in c.iter("message")
    }


@pytest.fixture(scope="module")
def sources(tmp_path_factory: pytest.TempPathFactory) -> set[tuple[str, str]]:
    return current_sources(tmp_path_factory.mktemp("lupdate"))


@pytest.mark.parametrize("language", ["de", "hu", "id"])
def test_every_source_string_is_in_the_ts(language: str, sources: set[tuple[str, str]]) -> None:
    missing = sources - messages(I18N / f"store_terminal_{language}.ts")
    assert not missing, f"run installer/update_translations.py; new strings: {sorted(missing)[:5]}"


def test_german_is_complete() -> None:
    assert update_translations.unfinished("de") == []


@pytest.mark.parametrize("language", ["de", "hu", "id"])
def test_qm_is_built_from_the_current_ts(language: str, tmp_path: Path) -> None:
    ts = I18N / f"store_terminal_{language}.ts"
    qm = ts.with_suffix(".qm")
    assert qm.exists()
    assert qm.stat().st_mtime >= ts.stat().st_mtime - 1
    fresh = tmp_path / "fresh.qm"
    subprocess.run([update_translations.tool("pyside6-lrelease"), str(ts), "-qm", str(fresh)], check=True,
                   capture_output=True)  # fmt: skip
    assert fresh.read_bytes() == qm.read_bytes()


@pytest.mark.parametrize("language", ["de", "hu", "id"])
def test_placeholders_survive_translation(language: str) -> None:
    import re

    root = ET.parse(I18N / f"store_terminal_{language}.ts").getroot()
    for message in root.iter("message"):
        source = message.findtext("source") or ""
        element = message.find("translation")
        assert element is not None, source
        forms = [form.text or "" for form in element.iter("numerusform")] or [element.text or ""]
        for translation in forms:  # every plural form keeps every placeholder
            assert set(re.findall(r"\{\w+\}", source)) == set(re.findall(r"\{\w+\}", translation)), source
