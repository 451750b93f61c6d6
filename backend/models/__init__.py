"""The backend's tables, grouped by area; import from here."""

from backend.models.base import Base, table_of, utcnow
from backend.models.catalogue import Barcode, Price, Product, Promotion, Store, VatRate
from backend.models.feed import FeedChange, FeedSequencer
from backend.models.notifications import Notification, WebhookSubscription
from backend.models.offers import CustomerOffer
from backend.models.orders import (
    ManagerTask,
    RefundRequest,
    WebOrder,
    WebOrderHistory,
    WebOrderLine,
    WebOrderReturn,
)
from backend.models.returns import PriceHistory, ProductGroup, ReturnClaim, ReturnClaimLine
from backend.models.sales import (
    AuditEntry,
    Customer,
    Sale,
    SaleLine,
    SalePayment,
    SaleReturn,
    VisitHandoverLine,
    VisitReturnLine,
)
from backend.models.saved_carts import SavedCart, SavedCartLine
from backend.models.staff import StaffMember, StaffStore
from backend.models.stock import StockLevel, StockMovement
from backend.models.terminals import ApiKey, EnrollCode, Terminal, TerminalEvent
from backend.models.till_days import CashMovementRecord, TillClosing, TillOpening
from backend.models.vouchers import Voucher, VoucherHold, VoucherMovement

__all__ = [
    "ApiKey",
    "AuditEntry",
    "Barcode",
    "Base",
    "CashMovementRecord",
    "Customer",
    "CustomerOffer",
    "EnrollCode",
    "FeedChange",
    "FeedSequencer",
    "ManagerTask",
    "Notification",
    "Price",
    "PriceHistory",
    "Product",
    "ProductGroup",
    "Promotion",
    "RefundRequest",
    "ReturnClaim",
    "ReturnClaimLine",
    "Sale",
    "SaleLine",
    "SalePayment",
    "SaleReturn",
    "SavedCart",
    "SavedCartLine",
    "StaffMember",
    "StaffStore",
    "StockLevel",
    "StockMovement",
    "Store",
    "Terminal",
    "TerminalEvent",
    "TillClosing",
    "TillOpening",
    "VatRate",
    "VisitHandoverLine",
    "VisitReturnLine",
    "Voucher",
    "VoucherHold",
    "VoucherMovement",
    "WebOrder",
    "WebOrderHistory",
    "WebOrderLine",
    "WebOrderReturn",
    "WebhookSubscription",
    "table_of",
    "utcnow",
]
