"""Refresh the translation sources and compile them: pyside6-lupdate, then pyside6-lrelease.

Run from anywhere: `./dev run python installer/update_translations.py` (or `--check` in CI, which
fails when a source string in terminal/ui has no finished German translation). lupdate keeps the
existing translations in `resources/i18n/store_terminal_<lang>.ts` and marks new or changed source
strings "unfinished" for the translators; lrelease writes the `.qm` files the till loads.
English is the source language; its file holds only the plural forms ("%n receipt(s)" as "1 receipt"
and "2 receipts"), made with `lupdate -pluralonly`.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = sorted((ROOT / "terminal" / "ui").rglob("*.py"))  # the first_run/ package too
I18N = ROOT / "resources" / "i18n"
LANGUAGES = ("de", "hu", "id")
PLURAL_ONLY = ("en",)
COMPLETE_REQUIRED = ("de", "en")


def tool(name: str) -> str:
    """The PySide6 tool beside this interpreter (the venv), else on PATH."""
    beside = Path(sys.executable).with_name(name)
    found = str(beside) if beside.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found; run inside the project's venv (./dev run ...)")
    return found


def ts_file(language: str) -> Path:
    return I18N / f"store_terminal_{language}.ts"


def update() -> None:
    I18N.mkdir(parents=True, exist_ok=True)
    for language in (*LANGUAGES, *PLURAL_ONLY):
        ts = ts_file(language)
        plural_only = ["-pluralonly"] if language in PLURAL_ONLY else []
        subprocess.run(
            [tool("pyside6-lupdate"), "-no-obsolete", "-locations", "none", *plural_only,
             "-target-language", language, *map(str, SOURCES), "-ts", str(ts)],
            check=True,
        )  # fmt: skip
        subprocess.run([tool("pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True)


def unfinished(language: str) -> list[str]:
    """Source strings without a finished translation in a .ts file."""
    root = ET.parse(ts_file(language)).getroot()
    missing = []
    for message in root.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if (
            translation is None
            or translation.get("type") in ("unfinished", "vanished", "obsolete")
            or (not (translation.text or "").strip() and translation.find("numerusform") is None)
        ):
            missing.append(source)
    return missing


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only report unfinished translations")
    args = parser.parse_args(argv)
    if not args.check:
        update()
    status = 0
    for language in (*LANGUAGES, *PLURAL_ONLY):
        missing = unfinished(language)
        print(f"{language}: {len(missing)} unfinished")
        if missing and language in COMPLETE_REQUIRED:
            status = 1
            for source in missing:
                print(f"  {source!r}")
    return status


if __name__ == "__main__":
    sys.exit(main())
