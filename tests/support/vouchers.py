"""A hand-written `Vouchers` port for service and UI tests: balances and holds kept in memory, as the
backend keeps them (contract/vouchers.py: a hold lowers what is available; the same hold id again is
the same hold), with a switch that makes it unreachable. The real adapter (sync/vouchers.py) is
tested against an HTTP server of its own; the backend's endpoints are another branch's work."""

from __future__ import annotations

from dataclasses import dataclass, field

from contract.vouchers import new_code
from terminal.domain.errors import TillError
from terminal.services.ports import VoucherBalance, VoucherHold


@dataclass
class FakeVouchers:
    balances: dict[str, int] = field(default_factory=dict)  # code -> balance (minor units)
    holds: dict[str, tuple[str, int]] = field(default_factory=dict)  # hold id -> (code, amount)
    released: list[str] = field(default_factory=list)
    asked: list[str] = field(default_factory=list)  # every code the backend was asked about
    offline: bool = False
    currency: str = "EUR"

    def issue(self, amount_minor: int) -> str:
        code = new_code()
        self.balances[code] = amount_minor
        return code

    def _available(self, code: str) -> int:
        held = sum(amount for c, amount in self.holds.values() if c == code)
        return self.balances[code] - held

    def balance(self, code: str) -> VoucherBalance:
        self.asked.append(code)
        if self.offline:
            raise TillError("voucher.offline", reason="sync.offline")
        if code not in self.balances:
            raise TillError("voucher.unknown")
        return VoucherBalance(code, self.currency, self.balances[code], self._available(code), "active")

    def hold(
        self, code: str, *, hold_id: str, amount_minor: int, currency: str, staff_id: str
    ) -> VoucherHold:
        if self.offline:
            raise TillError("voucher.offline", reason="sync.offline")
        if hold_id not in self.holds:
            available = self._available(code)
            if amount_minor > available:
                raise TillError("voucher.insufficient", balance_minor=available, currency=currency)
            self.holds[hold_id] = (code, amount_minor)
        return VoucherHold(hold_id, code, amount_minor, self._available(code))

    def release(self, hold_id: str) -> None:
        if self.offline:
            raise TillError("voucher.offline", reason="sync.offline")
        self.holds.pop(hold_id, None)
        self.released.append(hold_id)
