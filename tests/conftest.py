"""Suite-wide settings: Qt offscreen, and no test ever talks to anything but loopback."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
