"""A small, code-page-aware ESC/POS decoder for the commands our receipts use -> plain text lines.

Used by tests (to assert what a receipt says, umlauts included) and by the on-screen receipt preview.
Text is decoded with the code page selected by the last `ESC t n`, mapping the slot to a page through
the printer profile's table (the one python-escpos encodes with), and `ESC @` resets it to page 0 as
a printer does. Non-text commands become markers on their own line: `[CUT]`, `[DRAWER]`, `[IMAGE]`,
`[BARCODE CODE128 <data>]`, `[QR <data>]` (where the printer prints it: `GS ( k` fn 81 prints what
fn 80 stored); an unknown command becomes `[UNKNOWN <hex>]` so the preview still shows the rest and
tests can refuse it. Layout (alignment, sizes) is not reproduced.

`decode()` also reports what tests assert on besides the text: the barcodes and QR codes with their
payloads, the drawer kicks (`ESC p m t1 t2`: pin and pulse), and the code pages selected, in order.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass, field
from functools import cache
from typing import Final

from escpos.capabilities import get_profile

ESC, GS, DLE, FS = 0x1B, 0x1D, 0x10, 0x1C

# ESC commands with a fixed number of argument bytes after the command letter.
_ESC_ARGS: Final[dict[int, int]] = {
    ord(c): n
    for c, n in {
        "!": 1, "-": 1, "2": 0, "3": 1, "E": 1, "G": 1, "M": 1, "V": 1, "a": 1, "d": 1,
        "J": 1, "{": 1, "r": 1, "R": 1, "c": 2, "=": 1, " ": 1, "U": 1,
    }.items()
}  # fmt: skip
_GS_ARGS: Final[dict[int, int]] = {
    ord(c): n for c, n in {"!": 1, "b": 1, "B": 1, "h": 1, "w": 1, "f": 1, "H": 1, "L": 2, "a": 1}.items()
}

# GS k function A (m 0..6, NUL-terminated) and B (m 65..79, length-prefixed) barcode types.
_BARCODE_NAMES: Final = {
    0: "UPC-A", 1: "UPC-E", 2: "EAN13", 3: "EAN8", 4: "CODE39", 5: "ITF", 6: "NW7",
    65: "UPC-A", 66: "UPC-E", 67: "EAN13", 68: "EAN8", 69: "CODE39", 70: "ITF", 71: "NW7",
    72: "CODE93", 73: "CODE128", 74: "GS1-128", 75: "GS1 DATABAR OMNIDIRECTIONAL",
}  # fmt: skip


@dataclass(frozen=True, slots=True)
class Barcode:
    """A 1-D barcode the printer renders itself (`GS k`)."""

    symbology: str
    data: str


@dataclass(frozen=True, slots=True)
class QrCode:
    """A QR code printed natively (`GS ( k`, cn 49): its payload, module size and error correction."""

    data: str
    module_size: int | None = None
    error_correction: str | None = None  # L, M, Q or H


@dataclass(frozen=True, slots=True)
class DrawerKick:
    """`ESC p m t1 t2`: a pulse on kick-connector pin 2 or 5, on and off times in milliseconds."""

    pin: int
    on_ms: int
    off_ms: int


@dataclass
class Decoded:
    """What ESC/POS bytes print: text lines with markers, and the non-text commands in order."""

    lines: list[str] = field(default_factory=list)
    barcodes: list[Barcode] = field(default_factory=list)
    qr_codes: list[QrCode] = field(default_factory=list)
    drawer_kicks: list[DrawerKick] = field(default_factory=list)
    code_pages: list[str] = field(default_factory=list)  # Python codec names, as `ESC t` selected them
    unknown: list[str] = field(default_factory=list)  # hex of the commands not understood

    @property
    def text(self) -> str:
        return "\n".join(self.lines)


_QR_LEVELS: Final = {48: "L", 49: "M", 50: "Q", 51: "H"}


@cache
def _slot_table(profile: str) -> dict[int, str]:
    table: dict[int, str] = {}
    for name, slot in get_profile(profile).get_code_pages().items():
        codec = name.lower().replace("_", "-")
        if _codec_exists(codec):
            table[int(slot)] = codec
    return table


def _codec_exists(name: str) -> bool:
    try:
        codecs.lookup(name)
    except LookupError:
        return False
    return True


class _Decoder:
    def __init__(self, data: bytes, profile: str) -> None:
        self.data = data
        self.pos = 0
        self.slots = _slot_table(profile)
        self.codec = self.slots.get(0, "cp437")
        self.out = Decoded()
        self.lines = self.out.lines
        self.text = bytearray()
        self.current = ""
        self.qr_data: bytes | None = None
        self.qr_size: int | None = None
        self.qr_level: str | None = None

    def flush_text(self) -> str:
        decoded = self.text.decode(self.codec, errors="replace")
        self.text.clear()
        return decoded

    def new_line(self) -> None:
        self.current = self.current + self.flush_text()
        self.lines.append(self.current.rstrip())
        self.current = ""

    def marker(self, text: str) -> None:
        self.current = self.current + self.flush_text()
        if self.current:
            self.lines.append(self.current.rstrip())
            self.current = ""
        self.lines.append(f"[{text}]")

    def unknown(self, raw: bytes) -> None:
        self.out.unknown.append(raw.hex())
        self.marker(f"UNKNOWN {raw.hex()}")

    def take(self, n: int) -> bytes:
        chunk = self.data[self.pos : self.pos + n]
        if len(chunk) < n:
            raise _TruncatedError
        self.pos += n
        return chunk

    def run(self) -> Decoded:
        try:
            while self.pos < len(self.data):
                byte = self.take(1)[0]
                if byte == 0x0A:
                    self.new_line()
                elif byte == ESC:
                    self.esc(self.pos - 1)
                elif byte == GS:
                    self.gs(self.pos - 1)
                elif byte == DLE:
                    self.take(2)  # DLE EOT n: a status request; nothing printed
                elif byte in (0x0D, 0x00):
                    continue
                elif byte == 0x09:
                    self.text.extend(b"    ")
                elif byte < 0x20:
                    self.unknown(bytes([byte]))
                else:
                    self.text.append(byte)
        except _TruncatedError:
            self.marker("TRUNCATED")
        tail = self.current + self.flush_text()
        if tail:
            self.lines.append(tail.rstrip())
        return self.out

    def esc(self, start: int) -> None:
        cmd = self.take(1)[0]
        if cmd == ord("@"):
            self.switch_codec(0)
        elif cmd == ord("t"):
            self.switch_codec(self.take(1)[0])
            self.out.code_pages.append(self.codec)
        elif cmd == ord("p"):
            pin, on, off = self.take(3)
            self.out.drawer_kicks.append(DrawerKick(5 if pin in (1, 49) else 2, on * 2, off * 2))
            self.marker("DRAWER")
        elif cmd == ord("*"):
            mode, n_low, n_high = self.take(3)
            self.take((n_low + n_high * 256) * (3 if mode >= 32 else 1))
            self.marker("IMAGE")
        elif cmd in _ESC_ARGS:
            self.take(_ESC_ARGS[cmd])
        else:
            self.unknown(self.data[start : self.pos])

    def gs(self, start: int) -> None:
        cmd = self.take(1)[0]
        if cmd == ord("V"):
            mode = self.take(1)[0]
            if mode >= 65:
                self.take(1)
            self.marker("CUT")
        elif cmd == ord("k"):
            self.barcode()
        elif cmd == ord("("):
            fn = self.take(1)[0]
            p_low, p_high = self.take(2)
            body = self.take(p_low + p_high * 256)
            if fn == ord("k") and body[:1] == b"1":  # cn 49: QR code
                self.qr(body[1:])
            elif fn == ord("L") and body[1:2] == b"2":  # GS ( L fn 50: print the stored graphics
                self.marker("IMAGE")
        elif cmd == ord("v"):
            _zero, _mode, x_low, x_high, y_low, y_high = self.take(6)  # GS v 0 m xL xH yL yH
            self.take((x_low + x_high * 256) * (y_low + y_high * 256))
            self.marker("IMAGE")
        elif cmd == ord("8"):  # GS 8 L: large graphics data (p1..p4 length)
            self.take(1)
            p1, p2, p3, p4 = self.take(4)
            self.take(p1 + (p2 << 8) + (p3 << 16) + (p4 << 24))
        elif cmd in _GS_ARGS:
            self.take(_GS_ARGS[cmd])
        else:
            self.unknown(self.data[start : self.pos])

    def qr(self, body: bytes) -> None:
        """`GS ( k` for a QR code: fn 65 model, 67 module size, 69 error correction, 80 store, 81 print."""
        fn, args = body[:1], body[1:]
        if fn == b"C" and args:
            self.qr_size = args[0]
        elif fn == b"E" and args:
            self.qr_level = _QR_LEVELS.get(args[0])
        elif fn == b"P":
            self.qr_data = args[1:]  # after m = 48
        elif fn == b"Q":
            if self.qr_data is None:
                self.marker("QR")  # printed with nothing stored: a printer prints nothing
                return
            text = self.qr_data.decode("utf-8", errors="replace")
            self.out.qr_codes.append(QrCode(text, self.qr_size, self.qr_level))
            self.marker(f"QR {text}")

    def barcode(self) -> None:
        kind = self.take(1)[0]
        if kind <= 6:
            end = self.data.find(b"\x00", self.pos)
            if end < 0:
                raise _TruncatedError
            payload = self.take(end - self.pos)
            self.take(1)
        else:
            payload = self.take(self.take(1)[0])
        text = payload.decode("latin-1")
        if kind == 73 and text[:2] in ("{A", "{B", "{C"):
            text = text[2:]
        symbology = _BARCODE_NAMES.get(kind, str(kind))
        self.out.barcodes.append(Barcode(symbology, text))
        self.marker(f"BARCODE {symbology} {text}")

    def switch_codec(self, slot: int) -> None:
        self.current = self.current + self.flush_text()
        self.codec = self.slots.get(slot, "cp437")


class _TruncatedError(Exception):
    """The data ended inside a command."""


def decode(data: bytes, *, profile: str = "TM-T88V") -> Decoded:
    """What ESC/POS `data` prints: its lines, barcodes, QR codes, drawer kicks and code pages."""
    return _Decoder(data, profile).run()


def decode_lines(data: bytes, *, profile: str = "TM-T88V") -> list[str]:
    """The printed text of ESC/POS `data`, one string per line, with markers for non-text commands."""
    return decode(data, profile=profile).lines
