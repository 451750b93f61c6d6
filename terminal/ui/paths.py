"""Where the shipped resources (themes, translations, icons) live, in every way the till is run.

`resources/` sits at the repository root, next to the `terminal` package: an editable install and a
source checkout find it two levels above this file. The installer's one-folder build (PyInstaller,
`--add-data "resources:resources"`) unpacks it beside the executable under `sys._MEIPASS`.
`STORE_TERMINAL_RESOURCES` overrides both (a packaged layout we do not know yet, or a test).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path


def resource_dir() -> Path:
    """The folder holding `themes/`, `i18n/` and `icons/`."""
    override = os.environ.get("STORE_TERMINAL_RESOURCES")
    if override:
        return Path(override)
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root is not None:
        return Path(frozen_root) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"


def resource_path(*parts: str) -> Path:
    """A file inside the resources folder, e.g. `resource_path("themes", "till.qss")`."""
    return resource_dir().joinpath(*parts)
