"""Loading PySide6 without its source scan of every later import.

Once PySide6 is imported, shiboken replaces `__import__` and, for every Python module imported after
it, reads that module's whole source (`inspect.getsource`) to see whether it mentions "PySide6"; the
answer only decides how the module takes part in PySide's `__feature__` switching (snake_case,
true_property), which this application never uses. The sources stay in `linecache`: on a till that
was about 600 files and 9 MB of lines kept for the life of the process, read from disk at every start
(docs/performance.md). `load_qt()` answers "this module does not use PySide" without reading the file.
For a module that does mention PySide6 the scan would have said "uses PySide, no feature selected";
both mean the same as long as no module selects a feature with `from __feature__ import ...`, which
this application never does (a module that did would have to be imported before `load_qt()`).

If a PySide6 release drops or renames the hook, nothing is patched and the application runs as before
(only the memory and start-up saving is lost; tests/ui/test_qt_loading.py notices).
"""

from __future__ import annotations

import sys
from types import ModuleType

_HOOK_MODULE = "shibokensupport.feature"


def _no_feature_switching(_module: ModuleType) -> bool:
    """What shiboken's scan answers for a module that does not mention PySide6 at all."""
    return False


def load_qt() -> bool:
    """Import PySide6 and stop its source scan of later imports; True when the scan was turned off."""
    import PySide6.QtCore  # noqa: F401  (loads shiboken and installs its import hook)

    feature = sys.modules.get(_HOOK_MODULE)
    if feature is None or not callable(getattr(feature, "_mod_uses_pyside", None)):
        return False
    feature._mod_uses_pyside = _no_feature_switching  # type: ignore[attr-defined]
    return True
