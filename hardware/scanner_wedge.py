"""The USB keyboard-wedge scanner: one application-wide Qt event filter that tells scans from typing.

A wedge scanner "types" its code. `ScanWedge` is installed once on the QApplication and watches key
presses sent to widgets. It withholds characters that may be part of a scan and either

- consumes them and emits `sig_scanned(code, "wedge")` once the scan is complete, or
- replays them, unchanged and in order, to the widgets they were meant for, as soon as it is clear
  that a person is typing (a gap too long, a key that no scanner sends, or the flush timer), and at
  once when anything else may act on them: a tap or click anywhere, or a key that triggers a shortcut
  (so a typed "20" followed quickly by a tap on "Cash" is never read as "2").

Scanners type capitals and ':' like a keyboard does: Shift (or AltGr, which Windows reports as
Ctrl+Alt) goes down before the character and up after it. Those modifier keys belong to the burst
they occur in: they are held with it and replayed with it, never taken for a person typing.

Two ways to recognise a scan:

- prefix mode (`prefix` set, the robust choice): a scan starts with the configured prefix and ends
  with the `suffix` (or Enter/Tab when no suffix); it may be slow (Bluetooth scanners);
- timing mode (no prefix): at least `min_length` characters, each within `max_gap` seconds of the
  previous one, ended by Enter/Tab (or the `suffix`).

Time comes from an injectable clock (`time.monotonic` by default) because key events created by
QTest carry timestamp 0. The flush timer only decides when a stalled burst is given back.
"""

from __future__ import annotations

import time
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent

_TERMINATOR_KEYS = {Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab}
_MODIFIER_KEYS = {Qt.Key.Key_Shift, Qt.Key.Key_Control, Qt.Key.Key_Alt, Qt.Key.Key_AltGr}
_POINTER_PRESSES = {
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseButtonDblClick,
    QEvent.Type.TouchBegin,
    QEvent.Type.TabletPress,
}
_CTRL = Qt.KeyboardModifier.ControlModifier
_ALT = Qt.KeyboardModifier.AltModifier
_META = Qt.KeyboardModifier.MetaModifier


def _types_text(event: QKeyEvent) -> bool:
    """True for a key that types one printable character (Shift and AltGr included, Ctrl+C not)."""
    text = event.text()
    if len(text) != 1 or not text.isprintable():
        return False
    modifiers = event.modifiers()
    if modifiers & _META:
        return False
    # AltGr arrives as Ctrl+Alt on Windows: that still types a character; Ctrl alone does not.
    return not (modifiers & _CTRL) or bool(modifiers & _ALT)


def _copy(event: QKeyEvent) -> QKeyEvent:
    """A key event to replay later (Qt reuses the one it delivers)."""
    return QKeyEvent(
        event.type(), event.key(), event.modifiers(), event.text(), event.isAutoRepeat(), event.count()
    )


class ScanWedge(QObject):
    """Application-wide event filter turning keyboard-wedge bursts into scans."""

    sig_scanned = Signal(str, str)  # code, source
    """Emitted when a complete code arrived."""

    def __init__(
        self,
        *,
        prefix: str = "",
        suffix: str = "",
        max_gap: float = 0.03,
        min_length: int = 4,
        prefix_timeout: float = 1.0,
        flush_after_ms: int = 100,
        clock: Callable[[], float] = time.monotonic,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.prefix = prefix
        self.suffix = suffix
        self.max_gap = max_gap
        self.min_length = min_length
        self.prefix_timeout = prefix_timeout
        self._clock = clock
        self._held: list[tuple[QObject, QKeyEvent]] = []
        self._text = ""
        self._last = 0.0
        self._replaying = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        # A prefixed scan may be slow, so it waits as long as a gap may be; a timed burst only briefly.
        wait_ms = int(prefix_timeout * 1000) if prefix else max(flush_after_ms, int(max_gap * 1000) + 1)
        self._timer.setInterval(wait_ms)
        self._timer.timeout.connect(self._on_timer_timeout)

    def install(self, app: QCoreApplication) -> None:
        """Watch every key press of the application."""
        app.installEventFilter(self)

    def uninstall(self, app: QCoreApplication) -> None:
        self._replay()
        app.removeEventFilter(self)

    def flush(self) -> None:
        """Give back whatever is withheld now (before something acts on the fields)."""
        if self._held:
            self._replay()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._replaying:
            return False
        kind = event.type()
        if kind in _POINTER_PRESSES:
            self.flush()  # a tap acts on what the fields hold: give them everything first
            return False
        if kind == QEvent.Type.KeyRelease and self._held and watched.isWidgetType():
            # A key's release follows its press: a Space reaching a focused button before its withheld
            # press would leave the button down and never click it (found under Xvfb).
            assert isinstance(event, QKeyEvent)
            self._held.append((watched, _copy(event)))
            return True
        # The window and the focus widget both see each key; act on the widget only.
        if kind not in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride) or not watched.isWidgetType():
            return False
        assert isinstance(event, QKeyEvent)
        key = Qt.Key(event.key())
        if kind == QEvent.Type.ShortcutOverride:
            # Sent before a key that may trigger a shortcut (F12, Esc, Ctrl+...): when it does, no
            # key press follows, so the shortcut must find the fields complete.
            if key not in _MODIFIER_KEYS and key not in _TERMINATOR_KEYS and not _types_text(event):
                self.flush()
            return False
        now = self._clock()
        if key in _TERMINATOR_KEYS:
            return self._terminate(now)
        if key in _MODIFIER_KEYS:
            return self._modifier(watched, event, now)
        if not _types_text(event):
            self._replay()
            return False
        return self._character(watched, event, event.text(), now)

    # --- the state machine ----------------------------------------------------------------------

    def _character(self, watched: QObject, event: QKeyEvent, char: str, now: float) -> bool:
        gap_limit = self.prefix_timeout if self.prefix else self.max_gap
        if self._held and now - self._last > gap_limit:
            self._replay()
        if self.prefix and not self._could_be_prefixed(self._text + char):
            self._replay()
            if not self.prefix.startswith(char):
                return False
        self._hold(watched, event, char, now)
        if self.suffix and self._text.endswith(self.suffix) and self._complete(now, ended_by_suffix=True):
            self._emit(self._text[: -len(self.suffix)])
        return True

    def _modifier(self, watched: QObject, event: QKeyEvent, now: float) -> bool:
        """Shift or AltGr inside a burst is part of it; before any character it passes through."""
        gap_limit = self.prefix_timeout if self.prefix else self.max_gap
        if not self._held or now - self._last > gap_limit:
            self.flush()
            return False
        self._hold(watched, event, "", now)
        return True

    def _could_be_prefixed(self, text: str) -> bool:
        return self.prefix.startswith(text) or text.startswith(self.prefix)

    def _terminate(self, now: float) -> bool:
        if self._held and self._complete(now, ended_by_suffix=False):
            self._emit(self._text)
            return True
        self._replay()
        return False

    def _complete(self, now: float, *, ended_by_suffix: bool) -> bool:
        if self.prefix:
            body = len(self._text) - len(self.prefix) - (len(self.suffix) if ended_by_suffix else 0)
            return self._text.startswith(self.prefix) and body > 0
        length = len(self._text) - (len(self.suffix) if ended_by_suffix else 0)
        return length >= self.min_length and now - self._last <= self.max_gap

    def _hold(self, watched: QObject, event: QKeyEvent, char: str, now: float) -> None:
        self._held.append((watched, _copy(event)))
        self._text += char
        self._last = now
        self._timer.start()

    def _emit(self, text: str) -> None:
        code = text.removeprefix(self.prefix) if self.prefix else text
        self._held.clear()
        self._text = ""
        self._timer.stop()
        self.sig_scanned.emit(code, "wedge")

    def _replay(self) -> None:
        """Give the withheld keys back to the widgets they were meant for, in order."""
        held, self._held, self._text = self._held, [], ""
        self._timer.stop()
        self._replaying = True
        try:
            for receiver, event in held:
                if shiboken6.isValid(receiver):
                    QCoreApplication.sendEvent(receiver, event)
        finally:
            self._replaying = False

    def _on_timer_timeout(self) -> None:
        self._replay()
