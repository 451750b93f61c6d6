"""The till's window: the login, or the work areas behind their mode bar, and the status bar under them.
Layout and wiring only.

Built by terminal/app.py as `MainWindow(services, bridge, config=config)` after
`prepare_application(app, language)` (theme and translations). Scans from the bridge (serial
scanner, or the wedge filter connected to `bridge.sig_scan_received`) are routed by meaning: a dialog
that takes scans gets them; otherwise a product goes to the sale, a receipt code to the area that
takes receipts, a pickup code to the pickups (the sale screen says what a code is while its area is
not built yet). What a service call changed is broadcast to every area.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTranslator
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QMainWindow, QStackedWidget, QVBoxLayout, QWidget

from terminal.domain.errors import TillError
from terminal.services.container import Services
from terminal.ui.approval_dialog import ask_approval
from terminal.ui.bridge import Bridge, PrinterStatus
from terminal.ui.customers_area import CustomersArea
from terminal.ui.formatting import MoneyFormat
from terminal.ui.i18n import install_translators
from terminal.ui.kiosk_windows import KioskWindows
from terminal.ui.login_screen import LoginScreen
from terminal.ui.pickups_area import PickupsArea
from terminal.ui.returns_area import ReturnsArea
from terminal.ui.sale_screen import SaleScreen
from terminal.ui.status_bar import StatusBar
from terminal.ui.stock_area import StockArea
from terminal.ui.theme import apply_theme
from terminal.ui.till_area import TillArea
from terminal.ui.work_areas import WorkAreas
from terminal.ui.worker import Worker


@dataclass(frozen=True)
class UiSettings:
    """What the UI needs from the till's config."""

    language: str = "en"
    currency: str = "EUR"
    store_name: str = ""

    @staticmethod
    def from_config(config: Any) -> UiSettings:
        """From terminal.config.TillConfig, or any object with language/currency/store_name."""
        if hasattr(config, "terminal") and hasattr(config, "store"):
            return UiSettings(config.terminal.language, config.store.currency, config.store.name)
        return UiSettings(
            getattr(config, "language", "en"),
            getattr(config, "currency", "EUR"),
            getattr(config, "store_name", ""),
        )


def prepare_application(app: QApplication, language: str) -> list[QTranslator]:
    """Theme and translations, before any window is built (keep the returned translators alive)."""
    apply_theme(app)
    return install_translators(app, language)


class MainWindow(QMainWindow):
    """Login ⇄ work areas, and the status bar."""

    def __init__(self, services: Services, bridge: Bridge, *, config: Any) -> None:
        super().__init__()
        self.services = services
        self.settings = UiSettings.from_config(config)
        self.fmt = MoneyFormat(self.settings.language, self.settings.currency)
        self.worker = Worker(self)
        self.setWindowTitle(QCoreApplication.translate("MainWindow", "Store terminal"))
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 8)
        self.stack = QStackedWidget(central)
        self.login = LoginScreen(services.staff, store_name=self.settings.store_name, parent=self.stack)
        self.areas = WorkAreas(self.stack)
        self.sale, self.pickups, self.returns = self._add_areas()
        self.customers = self._add_customers_area()
        self.till_area = self._add_till_area()
        self.stack.addWidget(self.login)
        self.stack.addWidget(self.areas)
        self.status = StatusBar(
            language=self.settings.language, store_name=self.settings.store_name, parent=central
        )
        self.status.add_leading(self.areas.mode_bar)  # the mode bar heads the strip
        layout.addWidget(self.status)
        body = QVBoxLayout()
        body.setContentsMargins(8, 4, 8, 0)
        body.addWidget(self.stack, 1)
        layout.addLayout(body, 1)
        self.setCentralWidget(central)
        self.kiosk = KioskWindows(self)  # dialogs fit the window and give the keyboard back (kiosk)

        self.login.sig_staff_logged_in.connect(self.on_login_staff_logged_in)
        self.sale.sig_logout_requested.connect(self.on_sale_logout_requested)
        self.sale.sig_sale_completed.connect(self.on_sale_sale_completed)
        self.sale.sig_changed.connect(self.areas.broadcast)
        self.pickups.sig_handover_added.connect(self.on_pickups_handover_added)
        self.pickups.sig_badge_changed.connect(self.on_pickups_badge_changed)
        self.pickups.order.offers.sig_offer_applied.connect(self.on_pickups_offer_applied)
        bridge.sig_scan_received.connect(self.on_scanner_scanned)
        bridge.sig_printer_state_changed.connect(self.status.set_printer_status)
        bridge.sig_scanner_state_changed.connect(self.status.set_scanner_status)
        bridge.sig_sync_state_changed.connect(self.on_bridge_sync_state_changed)
        bridge.sig_drawer_failed.connect(self.sale.on_bridge_drawer_failed)
        # What the loops reported before this window existed (they report changes only).
        if bridge.printer_state is not None:
            self.status.set_printer_status(bridge.printer_state)
        if bridge.scanner_state is not None:
            self.status.set_scanner_status(bridge.scanner_state)
        if bridge.sync_state is not None:
            self.status.set_sync_status(bridge.sync_state)
        self._bridge = bridge
        self._wire_sync_screen()
        self._show_start_screen()

    def _wire_sync_screen(self) -> None:
        """The manager's sync screen: tap the sync state in the status bar, or Ctrl+Shift+S."""
        self.status.sync.installEventFilter(self)
        self.status.sync.setCursor(Qt.CursorShape.PointingHandCursor)
        sync_shortcut = QShortcut(QKeySequence("Ctrl+Shift+S"), self)
        sync_shortcut.activated.connect(self.open_sync_screen)

    def _add_till_area(self) -> TillArea:
        """The Till area (the day: float, cash in/out, X and Z); what it changes goes to every area."""
        area = TillArea(self.services, self.fmt, self.worker, parent=self.areas)
        self.areas.add(area)
        area.sig_day_changed.connect(self.areas.broadcast)
        return area

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.status.sync and event.type() == QEvent.Type.MouseButtonRelease:
            self.open_sync_screen()
            return True
        return super().eventFilter(watched, event)

    def open_sync_screen(self) -> None:
        """Queued and refused events for a manager (a cashier needs a manager's PIN first)."""
        if self.services.staff.current is None:
            return
        from terminal.ui.sync_screen import SyncScreen

        def done(outcome: Any) -> None:
            try:
                outcome()
            except TillError as exc:
                self.sale.refuse(exc)
                return
            screen = SyncScreen(self.services.sync_admin, self, status=self.status.sync_status)
            screen.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self._bridge.sig_sync_state_changed.connect(screen.on_bridge_sync_state_changed)
            screen.open()

        ask_approval(self, self.services.staff, self.services.sync_admin.check_access, done)

    def showing(self, screen: QWidget) -> bool:
        """Whether `screen` (the login or a work area) is what the till shows now."""
        if screen is self.login:
            return self.stack.currentWidget() is self.login
        return self.stack.currentWidget() is self.areas and self.areas.current() is screen

    def _show_start_screen(self) -> None:
        member = self.services.staff.current
        if member is None:
            self.areas.mode_bar.hide()
            self.stack.setCurrentWidget(self.login)
            self.login.reset()
        else:
            self.on_login_staff_logged_in(member)

    def on_login_staff_logged_in(self, member: object) -> None:
        self.status.set_staff(member)  # type: ignore[arg-type]
        self.areas.mode_bar.show()
        self.stack.setCurrentWidget(self.areas)
        self.areas.show_area(SaleScreen.area_id)
        self.sale.refresh()
        self.refresh_waiting_receipts()
        self.pickups.reload()  # the badge counts from the start

    def on_sale_logout_requested(self) -> None:
        self.services.staff.logout()
        self.sale.clear_for_next_cashier()
        self.status.set_staff(None)
        self.areas.mode_bar.hide()  # nobody logged in: no area to go to
        self.stack.setCurrentWidget(self.login)
        self.login.reset()

    def on_bridge_sync_state_changed(self, status: Any) -> None:
        """The status bar shows the sync state. After a sync round, a person removed centrally meanwhile
        is logged out (ADR 0017); not while a dialog is open (a payment, an approval): the next round
        tries again. Their basket stays for the next login."""
        self.status.set_sync_status(status)
        member = self.services.staff.current
        if member is None or QApplication.activeModalWidget() is not None:
            return
        if self.services.staff.still_allowed():
            return
        self.on_sale_logout_requested()
        self.login.show_refusal(TillError("staff.removed", name=member.name))

    def on_sale_sale_completed(self, completed: object) -> None:
        self.refresh_waiting_receipts()
        self.pickups.reload()

    def on_pickups_handover_added(self, change: object) -> None:
        """A handover went into the visit: the sale screen shows it and takes the payment."""
        self.areas.show_area(SaleScreen.area_id)
        self.areas.broadcast(change)
        self.sale.refresh()

    def on_pickups_offer_applied(self, change: object) -> None:
        """A personal offer went into the visit at the handover (its customer, its discount): every
        area hears it and the sale screen, hidden meanwhile, shows the visit as it is now; the
        cashier stays at the handover."""
        self.areas.broadcast(change)
        self.sale.show_basket(self.services.selling.basket(), None)

    def _add_areas(self) -> tuple[SaleScreen, PickupsArea, ReturnsArea]:
        """The work areas in their mode-bar order (Ctrl+1, Ctrl+2, …)."""
        sale = SaleScreen(self.services, self.fmt, self.worker, parent=self.areas)
        self.areas.add(sale)
        pickups = PickupsArea(self.services, self.fmt, self.worker, parent=self.areas)
        self.areas.add(pickups)
        returns = ReturnsArea(self.services, self.fmt, self.worker, parent=self.areas)
        self.areas.add(returns)
        returns.sig_returns_added.connect(self.on_pickups_handover_added)  # the same: paid at the Sale area
        returns.sig_changed.connect(self.areas.broadcast)
        self.areas.add(StockArea(self.services, self.fmt, self.worker, parent=self.areas))
        sale.route_code = self.route_typed_code  # a receipt code typed at the sale opens its area
        return sale, pickups, returns

    def _add_customers_area(self) -> CustomersArea:
        """The Customers area (search, timeline, attach to the visit: then the Sale area shows)."""
        area = CustomersArea(self.services, self.fmt, self.worker, parent=self.areas)
        self.areas.add(area)
        area.sig_customer_attached.connect(self.on_customers_customer_attached)
        return area

    def on_customers_customer_attached(self, change: object) -> None:
        """The Customers area attached (or removed) the visit's customer: the Sale area shows, and
        offers the customer's basket begun online, if any."""
        self.on_pickups_handover_added(change)
        customer_id = self.services.selling.visit().customer_id
        if customer_id is not None and getattr(change, "kind", None) == "customer":
            self.sale.offer_web_basket(customer_id)

    def attach_card_at_sale(self, code: str) -> bool:
        """A customer card scanned or typed at the sale screen attaches the customer there (the
        customer's name is looked up off the UI thread first)."""

        def found(customer: Any) -> None:
            try:
                change = self.services.customers.attach(customer)
            except TillError as exc:
                self.sale.refuse(exc)
                return
            self.areas.broadcast(change)
            self.sale.refresh()
            self.sale.offer_web_basket(customer.customer_id)  # a basket begun online, if any

        self.worker.submit(self.services.customers.by_card, code, on_done=found, on_error=self.sale.refuse)
        return True

    def route_typed_code(self, code: str) -> bool:
        """A code typed into the sale screen's field that belongs to another area (a receipt code, a
        pickup QR): that area opens with it. False: the sale screen handles it as before."""
        meaning = self.services.scans.meaning(code)
        if meaning == "customer":
            return self.attach_card_at_sale(code)
        area = self.areas.area_for(meaning) if meaning != "product" else None
        if area is None or area is self.sale:
            return False
        self.areas.show_area(area.area_id)
        area.on_scanner_scanned(code, "typed")
        return True

    def on_pickups_badge_changed(self, count: int) -> None:
        """The mode-bar button of the Pickups area counts the orders to pick."""
        self.areas.buttons[PickupsArea.area_id].set_badge(f"({count})" if count else "")

    def refresh_waiting_receipts(self) -> None:
        """Ask (off the UI thread) how many receipts wait; the print queue's own reports follow."""
        self.worker.submit(
            self.services.receipts.waiting_jobs,
            on_done=lambda n: (
                self.status.set_printer_status(PrinterStatus(ready=True, waiting=int(n))) if n else None
            ),
        )

    def on_scanner_scanned(self, code: str, source: str = "") -> None:
        """Route a scan to what the cashier sees: a dialog that takes scans, else the current screen."""
        modal = QApplication.activeModalWidget()
        if modal is not None:
            handler = getattr(modal, "on_scanner_scanned", None)
            if callable(handler):
                handler(code, source)
            else:
                QApplication.beep()
            return
        if self.stack.currentWidget() is self.login:
            self.login.on_scanner_scanned(code, source)
            return
        meaning = self.services.scans.meaning(code)
        current = self.areas.current()
        if meaning == "customer" and current is self.sale:
            self.attach_card_at_sale(code)
            return
        takes = getattr(current, "takes_scan", None)
        # An area may take a scan of another meaning while it needs it (articles while picking).
        taken = callable(takes) and takes(meaning)
        area = current if taken else (self.areas.area_for(meaning) or self.sale)
        if area is not self.areas.current():
            self.areas.show_area(area.area_id)
        area.on_scanner_scanned(code, source)
