"""A printer that is off never loses a sale: the receipt waits, the state says so, it prints later.

Real till services and database, the real print queue over the `print_job` table, and a real file
printer whose device is missing (printer off / unplugged) until it appears.
"""

from __future__ import annotations

from pathlib import Path

from hardware.escpos_decode import decode_lines
from hardware.print_queue import PrinterState, PrintQueue
from hardware.printer import FilePrinter
from terminal.adapters import DbPrintJobStore
from terminal.domain.money import Money
from tests.support.till import TickingClock, open_till, product_named

MUESLI = product_named("Kölln Müsli")
DOWELS = product_named("Fischer Dübel")


def test_sales_go_on_while_the_printer_is_off_and_receipts_print_when_it_is_back(tmp_path: Path) -> None:
    till = open_till(tmp_path / "till.sqlite3")
    device = tmp_path / "lp0"  # does not exist: the printer is off
    states: list[PrinterState] = []
    queue = PrintQueue(
        store=DbPrintJobStore(till.db, TickingClock()),
        printer=FilePrinter(device, create=False, timeout=1.0),
        on_state=states.append,
    )
    s = till.services
    try:
        s.staff.login("1111")
        numbers = []
        for code in (MUESLI.barcode, DOWELS.barcode):
            s.selling.scan(code)
            s.checkout.add_cash(Money(2000, "EUR"))
            numbers.append(s.checkout.complete().receipt_number)
            assert queue.step() == "failed"
        assert states[-1] == PrinterState("offline", waiting=2, reason="printer.offline")
        assert s.receipts.waiting_jobs() == 2
        # The sales are recorded and can be found while nothing printed.
        assert s.receipts.find(numbers[0]).total == Money(MUESLI.price_minor, "EUR")

        device.touch()  # the printer is switched on again
        assert queue.step() == "printed"
        assert queue.step() == "printed"
        assert queue.step() == "idle"
        assert states[-1].status == "ready"
        assert states[-1].waiting == 0
        printed = "\n".join(decode_lines(device.read_bytes()))
        for number in numbers:
            assert number in printed
        assert "Kölln Müsli Schoko 500 g" in printed
        assert "Fischer Dübel" in printed

        s.receipts.reprint(numbers[0])
        assert queue.step() == "printed"
        assert "KOPIE" in "\n".join(decode_lines(device.read_bytes())).upper()
    finally:
        till.db.close()
