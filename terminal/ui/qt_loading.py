"""Loading PySide6 without its source scan of every later import.

Once PySide6 is imported, shiboken replaces `__import__` and, for every Python module imported after
it, reads that module's whole source (`inspect.getsource`) to see whether it mentions "PySide6"; the
answer only decides how the module takes part in PySide's `__feature__` switching (snake_case,
true_property), which this application never uses. The sources stay in `linecache`: on a till that
was about 600 files and 9 MB of lines kept for the life of the process, read from disk at every start
(docs/performance.md). `load_qt()` answers "no feature switching" without reading the file, which is
what the scan concludes for every module here (none imports `__feature__`).

If a PySide6 release drops or renames the hook, nothing is patched and the application runs as before
(only the memory and start-up saving is lost; tests/ui/test_qt_loading.py notices).
"""

from __future__ import annotations

import sys
from types import ModuleType

_HOOK_MODULE = "shibokensupport.feature"


def _no_feature_switching(_module: ModuleType) -> bool:
    """What shiboken's scan answers for a module that does not import `__feature__`."""
    return False


def load_qt() -> bool:
    """Import PySide6 and stop its source scan of later imports; True when the scan was turned off."""
    import PySide6.QtCore  # noqa: F401  (loads shiboken and installs its import hook)

    feature = sys.modules.get(_HOOK_MODULE)
    if feature is None or not callable(getattr(feature, "_mod_uses_pyside", None)):
        return False
    feature._mod_uses_pyside = _no_feature_switching  # type: ignore[attr-defined]
    return True
