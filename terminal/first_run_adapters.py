"""The first-run wizard's two ports served by the real parts: enrolment and a printer test page.

- `enrol_at_backend` is the existing enrolment path (`sync.enrol.enroll_till`, the same as
  `store-terminal --enroll`), with the backend's answers turned into refusals the wizard can word:
  unreachable, a code the backend refused (unknown, used or expired), a code of another store, an
  address that is not a store backend, a backend error.
- `print_test_page` renders a short page with python-escpos' `Dummy` in the language's code page
  (the characters the receipts need, umlauts, ő/ű or €, are on it) and sends it through the till's
  own printer transport, so a failure is the same `PrinterError` the print queue would see.
terminal/app.py plugs both into `terminal.services.first_run.FirstRunSetup`.
"""

from __future__ import annotations

from typing import Final

from hardware.printer import ReceiptPrinter
from sync.errors import SyncError
from terminal.config import TillConfig
from terminal.domain.errors import TillError

SAMPLES: Final[dict[str, str]] = {
    "de": "ÄÖÜ äöü ß 12,99 €",
    "hu": "ÁÉÍÓÖŐÚÜŰ áéíóöőúüű 1 234 Ft",
    "id": "Rp12.000",
    "en": "12.99 €",
}


def enrol_at_backend(config: TillConfig, code: str) -> TillConfig:
    """`config` enrolled with `code` at `config.backend.url`; TillError("first_run.…") when refused."""
    from sync.enrol import enroll_till

    try:
        return enroll_till(config, code)
    except SyncError as exc:
        raise TillError(
            refusal_code(exc), url=config.backend.url, store_id=config.store.id, status=exc.status or ""
        ) from exc


def refusal_code(exc: SyncError) -> str:
    """The wizard's refusal for what the enrolment call answered."""
    if exc.code == "sync.offline":
        return "first_run.backend_unreachable"
    if exc.code == "sync.unauthorized":
        # The backend names its reason (enroll.invalid_code); enroll_till's own store check does not.
        return "first_run.code_refused" if exc.server_code else "first_run.code_other_store"
    if exc.code == "sync.rejected":  # 422: not even shaped like a code
        return "first_run.code_refused"
    if exc.code in ("sync.not_found", "sync.bad_reply"):
        return "first_run.not_a_backend"
    return "first_run.backend_error"


def render_test_page(config: TillConfig, *, printer_name: str) -> bytes:
    """ESC/POS bytes of the test page: who printed it, on which printer, and the language's characters."""
    from escpos.printer import Dummy

    from hardware.receipt_format import code_page_for

    language = config.terminal.language
    columns = config.printer.columns
    p = Dummy(profile=config.printer.profile)
    p.hw("INIT")
    p.magic.encoding = None  # ESC @ reset the printer's code page; force it again (receipt_render.py)
    p.charcode(code_page_for(language))
    p.set(align="center", bold=True)
    p.textln("*** TEST PRINT ***")
    p.set(align="left", bold=False)
    p.textln(config.store.name)
    p.textln(f"{config.store.id} / {config.terminal.id}")
    p.textln(printer_name)
    p.textln("-" * columns)
    p.textln(SAMPLES.get(language, SAMPLES["en"]))
    p.textln("-" * columns)
    p.cut()
    return bytes(p.output)


def print_test_page(config: TillConfig, printer: ReceiptPrinter) -> str:
    """Send the test page to `printer`; returns its name. PrinterError (a TillError) when it fails."""
    name = printer.describe()
    printer.send(render_test_page(config, printer_name=name))
    return name
