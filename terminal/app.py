"""The one composition root: config -> storage, hardware, sync -> services -> UI.

Nothing else in the terminal builds adapters or services; nothing here holds business rules. The
window is shown before anything slow happens, so cold start does not grow with the catalogue.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import uuid
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from terminal.config import (
    ConfigError,
    TillConfig,
    default_data_dir,
    load_config,
    load_or_create,
    offline_voucher_limit,
)

log = logging.getLogger("terminal")


@dataclass
class Till:
    """Everything one running till is made of, for the UI and for an orderly shutdown."""

    config: TillConfig
    db: Any
    services: Any
    bridge: Any
    loops: Any


def rss_kb() -> int:
    """Resident memory of this process in KiB (Linux; 0 elsewhere)."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            return next(int(line.split()[1]) for line in fh if line.startswith("VmRSS:"))
    except (OSError, StopIteration):
        return 0


def now() -> datetime:
    return datetime.now(UTC).astimezone()


def new_id() -> str:
    return str(uuid.uuid4())


def config_path(args: argparse.Namespace) -> Path:
    """The till's config file: --config, else terminal.toml in the data folder (demo/ for --demo)."""
    data_dir: Path = args.data_dir or default_data_dir()
    if args.demo:
        return data_dir / "demo" / "terminal.toml"
    return Path(args.config or data_dir / "terminal.toml")


def load_till_config(args: argparse.Namespace) -> TillConfig:
    """The demo creates its own config on first start; a real till's comes from the first-run wizard."""
    path = config_path(args)
    if args.demo:
        from terminal.demo import demo_config

        config = load_or_create(path, demo_config(path.parent))
    else:
        config = load_config(path)
    return with_language(config, args)


def with_language(config: TillConfig, args: argparse.Namespace) -> TillConfig:
    if args.language:
        config = replace(config, terminal=replace(config.terminal, language=args.language))
    return config


def can_show_windows() -> bool:
    """False where Qt would abort for want of a display (an ssh shell); stderr must do there."""
    if os.environ.get("QT_QPA_PLATFORM"):
        return True
    if sys.platform in ("win32", "darwin"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def refuse_config(error: ConfigError, *, gui: bool) -> int:
    """A config the till cannot use: said on stderr, and on the screen when the till would open one."""
    print(f"store-terminal: {error}", file=sys.stderr)
    if gui and can_show_windows():
        from PySide6.QtWidgets import QApplication

        from terminal.ui.first_run.config_error import show_config_error

        existing = QApplication.instance()
        app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
        show_config_error(app, error)
    return 2


def first_run(app: Any, args: argparse.Namespace, path: Path) -> TillConfig | None:
    """No config yet: the first-run wizard sets the till up and writes it; None when it was quit."""
    from hardware.printer import printer_from_config
    from terminal.first_run_adapters import enrol_at_backend, print_test_page
    from terminal.services.first_run import FirstRunSetup
    from terminal.ui.first_run.config_error import system_language
    from terminal.ui.first_run.wizard import FirstRunWizard

    log.info("no config at %s: opening the first-run set-up", path)
    setup = FirstRunSetup(
        path=path,
        enroller=enrol_at_backend,
        test_printer=lambda c: print_test_page(c, printer_from_config(printer_settings(c))),
        language=args.language or system_language(),
    )
    wizard = FirstRunWizard(setup, scanner=make_wedge(TillConfig(), parent=app))
    if args.fullscreen:
        wizard.showFullScreen()
    else:
        screen = app.primaryScreen().availableGeometry()
        wizard.resize(min(1366, screen.width()), min(768, screen.height()))
    accepted = wizard.exec() == wizard.DialogCode.Accepted
    log.info("first-run set-up %s", f"written to {path}" if accepted else "quit; nothing written")
    return with_language(setup.config, args) if accepted else None


def build_context(config: TillConfig) -> Any:
    from decimal import Decimal

    from terminal.domain.approvals import ApprovalPolicy
    from terminal.domain.tax import COUNTRY_RATES
    from terminal.services.context import TillContext

    rates = COUNTRY_RATES.get(config.store.country, COUNTRY_RATES["DE"])
    return TillContext(
        store_id=config.store.id,
        terminal_id=config.terminal.id,
        currency=config.store.currency,
        language=config.terminal.language,
        store_name=config.store.name,
        store_address=config.store.address,
        tax_id=config.store.tax_id,
        receipt_footer=config.store.receipt_footer,
        vat_rates={r.code: r for r in rates},
        approval_policy=ApprovalPolicy(
            max_cashier_discount_percent=Decimal(config.rules.max_cashier_discount_percent),
            max_cashier_cash_out_minor=config.rules.max_cashier_cash_out_minor or None,
        ),
        open_drawer_on_cash=config.printer.open_drawer_on_cash,
        handover_slip=config.store.handover_slip,
        chain_name=config.store.chain,
        offline_voucher_limit_minor=offline_voucher_limit(config.store),
        low_stock_below=Decimal(config.store.low_stock_below),
    )


def printer_settings(config: TillConfig) -> dict[str, Any]:
    p = config.printer
    return {
        "type": p.type,
        "host": p.host,
        "port": p.port,
        "url": p.serial_url,
        "baudrate": p.baudrate,
        "vendor_id": p.usb_vendor_id,
        "product_id": p.usb_product_id,
        "timeout_ms": int(p.timeout_seconds * 1000),
        "path": p.path,
        "timeout": p.timeout_seconds,
    }


def build_till(config: TillConfig, db: Any, bridge: Any) -> Till:
    """Wire hardware, services and background loops around an open database."""
    from hardware.barcodes import BarcodePatterns, ScanParser
    from hardware.drawer import PrinterDrawer
    from hardware.print_queue import DrawerOutcome, PrintQueue
    from hardware.printer import printer_from_config
    from hardware.receipt_render import EscposReceiptRenderer
    from sync.releases import BackgroundReleases
    from terminal.adapters import BackgroundLoops, DbPrintJobStore
    from terminal.domain.money import CURRENCY_EXPONENT
    from terminal.services.container import build_services

    patterns = tuple(config.rules.price_patterns) + tuple(config.rules.weight_patterns)
    parser = ScanParser(
        BarcodePatterns(
            currency_exponent=CURRENCY_EXPONENT.get(config.store.currency, 2),
            **({"in_store": patterns} if patterns else {}),
        )
    )
    logo = Path(config.printer.logo) if config.printer.logo else None
    renderer = EscposReceiptRenderer(
        columns=config.printer.columns, profile=config.printer.profile, logo=logo
    )
    loops = BackgroundLoops()

    def drawer_outcome(outcome: DrawerOutcome) -> None:
        if not outcome.opened:
            bridge.publish_drawer_failed(outcome.reason or "printer.error")

    queue = PrintQueue(
        store=DbPrintJobStore(db, now),
        printer=printer_from_config(printer_settings(config)),
        on_state=lambda state: bridge.publish_printer_state(
            ready=state.status != "offline", waiting=state.waiting, detail=state.reason or ""
        ),
        on_drawer=drawer_outcome,
    )
    reachability = build_reachability(config)
    engine, live_stock = build_sync(config, db, bridge, reachability)
    claims = build_claims(config, reachability)
    returns_backend = build_returns_backend(config, reachability)
    vouchers = build_vouchers(config, reachability)
    customer_directory = build_customer_directory(config, reachability)
    saved_cart_source = build_saved_cart_source(config, reachability)
    # Claims and holds go back on a loop of their own: a void never waits for a slow backend.
    releases = BackgroundReleases()
    services = build_services(
        db=db,
        ctx=build_context(config),
        parser=parser,
        renderer=renderer,
        clock=now,
        new_id=new_id,
        printer=queue,
        sync=engine,
        drawer=PrinterDrawer(queue),
        live_stock=live_stock,
        claims=claims,
        returns_backend=returns_backend,
        vouchers=vouchers,
        customer_directory=customer_directory,
        saved_cart_source=saved_cart_source,
        releases=releases,
    )
    loops.start("print-queue", queue.run, queue.wake)
    loops.start("releases", releases.run, releases.wake)
    if engine is not None:
        loops.start("sync", engine.run, engine.wake)
    if config.scanner.serial_url:
        from hardware.scanner_serial import SerialScanner
        from terminal.ui.scanner_wiring import serial_scanner_callbacks

        callbacks = serial_scanner_callbacks(bridge, name=config.scanner.serial_url)
        scanner = SerialScanner(
            config.scanner.serial_url,
            baudrate=config.scanner.serial_baudrate,
            on_scan=callbacks.on_scan,
            on_error=callbacks.on_error,
            on_connected=callbacks.on_connected,
        )
        loops.start("serial-scanner", scanner.run)
    return Till(config=config, db=db, services=services, bridge=bridge, loops=loops)


def build_reachability(config: TillConfig) -> Any:
    """The one record of whether the backend answered lately, shared by all of the till's clients
    (sync/reachability.py), or None without a backend."""
    if not config.backend.url:
        return None
    from sync.reachability import Reachability

    return Reachability()


def counter_client(config: TillConfig, reachability: Any) -> Any:
    """A client for calls a customer waits for at the counter: its own Session (they run on UI worker
    threads), a 5 s read timeout, and failing at once while the backend is known to be down."""
    from sync.enrol import client_for

    client = client_for(config, reachability=reachability, fail_fast=True)
    client.timeout = (client.timeout[0], min(client.timeout[1], 5.0))
    return client


def build_claims(config: TillConfig, reachability: Any = None) -> Any:
    """The pickup claims at the backend, or None without a backend (every handover is then an
    offline one)."""
    if not config.backend.url:
        return None
    from sync.pickup_claims import BackendPickupClaims

    return BackendPickupClaims(counter_client(config, reachability))


def build_returns_backend(config: TillConfig, reachability: Any = None) -> Any:
    """The backend's returns calls (look-ups, claims), or None without a backend (returns then rely on
    the till's own receipts and a manager)."""
    if not config.backend.url:
        return None
    from sync.returns import BackendReturns

    return BackendReturns(counter_client(config, reachability))


def build_vouchers(config: TillConfig, reachability: Any = None) -> Any:
    """Voucher balances and holds at the backend, or None without a backend (every voucher taken in is
    then an offline one, up to the limit)."""
    if not config.backend.url:
        return None
    from sync.vouchers import BackendVouchers

    return BackendVouchers(counter_client(config, reachability))


def build_customer_directory(config: TillConfig, reachability: Any = None) -> Any:
    """Customer search and timelines at the backend, or None without a backend (the Customers area
    then shows what the till knows)."""
    if not config.backend.url:
        return None
    from sync.customers import BackendCustomers

    return BackendCustomers(counter_client(config, reachability))


def build_saved_cart_source(config: TillConfig, reachability: Any = None) -> Any:
    """Saved carts the web shop posted, at the backend (a counter client: UI worker threads), or None
    without a backend (then no web basket is offered)."""
    if not config.backend.url:
        return None
    from sync.saved_carts import BackendSavedCarts

    return BackendSavedCarts(counter_client(config, reachability))


def build_sync(config: TillConfig, db: Any, bridge: Any, reachability: Any = None) -> tuple[Any, Any]:
    """The sync engine and the live stock look-up, when the till has a backend; (None, None) without."""
    if not config.backend.url:
        return None, None
    from sync.engine import SyncEngine, SyncReport
    from sync.enrol import client_for
    from sync.lookups import LiveStockLookup
    from terminal.storage.feed_apply import FeedScope

    def publish(report: SyncReport) -> None:
        last = report.last_success.astimezone().strftime("%H:%M") if report.last_success else ""
        bridge.publish_sync_state(
            online=report.online,
            pending=report.pending,
            failed=report.failed,
            last_success=last,
            held_back=report.held_back,
        )

    engine = SyncEngine(
        db=db,
        client=client_for(config, reachability=reachability),  # always tries: it notices the way back
        terminal_id=config.terminal.id,
        scope=FeedScope(config.store.id, config.store.country, config.store.currency),
        clock=now,
        on_state=publish,
    )
    # The look-up runs on UI worker threads, the engine on its own: each gets its own Session.
    return engine, LiveStockLookup(client_for(config, reachability=reachability, fail_fast=True))


def make_wedge(config: TillConfig, *, parent: Any) -> Any:
    """The keyboard-wedge filter as the config describes it (not installed yet)."""
    from hardware.scanner_wedge import ScanWedge

    return ScanWedge(
        prefix=config.scanner.wedge_prefix,
        suffix=config.scanner.wedge_suffix,
        max_gap=config.scanner.wedge_max_gap_ms / 1000,
        min_length=config.scanner.wedge_min_length,
        parent=parent,
    )


def install_wedge(app: Any, config: TillConfig, bridge: Any) -> Any:
    """The keyboard-wedge scanner: one application-wide event filter feeding the bridge."""
    if not config.scanner.wedge_enabled:
        return None
    wedge = make_wedge(config, parent=app)
    wedge.sig_scanned.connect(bridge.sig_scan_received)
    app.installEventFilter(wedge)
    return wedge


def show_window(app: Any, args: argparse.Namespace, till: Till) -> Any:
    """The main window, full screen in kiosk mode; optional screenshot and benchmark hooks."""
    from terminal.ui.main_window import MainWindow
    from terminal.ui.scanner_wiring import show_scanner_problems

    window = MainWindow(till.services, till.bridge, config=till.config)
    show_scanner_problems(till.bridge, window.sale)
    if args.fullscreen:
        # Without a window manager (a kiosk on a bare X server) nobody honours "full screen": the
        # window must take the screen's geometry itself, or it opens at its size hint.
        screen = window.screen()
        if screen is not None:
            window.setGeometry(screen.geometry())
        window.showFullScreen()
    else:
        window.resize(1366, 768)
        window.show()
    # Under a bare X server (kiosk, no window manager) the window is not active by itself, and the
    # first keyboard-wedge scan would go nowhere.
    window.activateWindow()
    if args.screenshot:
        from terminal.screenshot import take_demo_screenshot

        take_demo_screenshot(window, till.bridge, args.screenshot, area=args.screenshot_area)
    if os.environ.get("STORE_TERMINAL_EXIT_WHEN_READY"):  # benchmarks/cold_start.py
        from PySide6.QtCore import QTimer

        QTimer.singleShot(0, lambda: (print(f"ready rss_kb={rss_kb()}", flush=True), app.quit()))
    return window


def config_or_exit_code(args: argparse.Namespace, path: Path) -> TillConfig | int | None:
    """The till's config; None on first run (no file yet); an exit code when the config was refused."""
    if not args.demo and not path.exists():
        return None
    try:
        return load_till_config(args)
    except ConfigError as exc:
        return refuse_config(exc, gui=True)


def run(args: argparse.Namespace) -> int:
    """Start the till; returns the process exit code."""
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    path = config_path(args)
    config = config_or_exit_code(args, path)
    if isinstance(config, int):
        return config

    from terminal.ui.qt_loading import load_qt

    load_qt()  # before anything else is imported: PySide6 would read the source of every later import

    from PySide6.QtWidgets import QApplication, QMessageBox

    from terminal.storage.db import open_database
    from terminal.storage.lockfile import AlreadyRunningError
    from terminal.ui.bridge import Bridge
    from terminal.ui.main_window import prepare_application

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    if config is None:
        config = first_run(app, args, path)
        if config is None:
            return 1
    translators = prepare_application(app, config.terminal.language)  # noqa: F841  (kept alive)
    try:
        db = open_database(config.database_path())
    except AlreadyRunningError:
        QMessageBox.critical(
            None,
            app.translate("App", "Store terminal"),
            app.translate("App", "The terminal is already running on this computer."),
        )
        return 3
    backend = None
    try:
        if args.demo:
            from terminal.demo import prepare_demo

            config, backend = prepare_demo(args, config, db)
        bridge = Bridge()
        till = build_till(config, db, bridge)
    except BaseException:
        db.close()
        if backend is not None:
            backend.stop()
        raise
    try:
        wedge = install_wedge(app, config, bridge)  # noqa: F841  (kept alive by the app)
        window = show_window(app, args, till)
        try:
            return int(app.exec())
        finally:
            window.worker.wait_for_done()  # background queries end before their database closes
    finally:
        till.loops.stop()  # before the bridge goes: the loops publish through it
        db.close()
        if backend is not None:
            backend.stop()
