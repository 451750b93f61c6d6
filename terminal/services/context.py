"""The facts about this till that every use case needs: which store, which terminal, which rules.

Built once by terminal/app.py from the config; immutable, so services can share it across threads.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from terminal.domain.approvals import ApprovalPolicy
from terminal.domain.tax import VatRate


@dataclass(frozen=True)
class TillContext:
    """Store and terminal identity, currency, language and the rules in force."""

    store_id: str
    terminal_id: str
    currency: str
    language: str = "en"
    store_name: str = ""
    store_address: tuple[str, ...] = ()
    tax_id: str = ""
    receipt_footer: tuple[str, ...] = ()
    vat_rates: dict[str, VatRate] = field(default_factory=dict)
    approval_policy: ApprovalPolicy = field(default_factory=ApprovalPolicy)
    open_drawer_on_cash: bool = True
    handover_slip: bool = False  # a slip to sign per web order handed over (handover_slips.py)
    chain_name: str = ""  # printed on voucher slips ("valid at every store of ..."); "" = store name
    offline_voucher_limit_minor: int = 5000  # a voucher taken in while offline: at most this much
    low_stock_below: Decimal = Decimal(3)  # the Stock area lists products with fewer available

    def vat_rate(self, code: str) -> VatRate:
        """The rate for a VAT class; an unknown class is a data error the cashier must hear about."""
        from terminal.domain.errors import TillError

        try:
            return self.vat_rates[code]
        except KeyError:
            raise TillError("catalogue.unknown_vat_class", vat_code=code) from None
