"""The `SavedCartSource` port over the backend: a customer's saved carts, priced for this store today.

`GET /v1/terminal/customers/{customer_id}/saved-carts` (contract/saved_carts.py). Unreachable, timed
out, a server error, a refusal or an answer the contract refuses: `SavedCartsOfflineError` ("not
reachable"; nothing at the till changes). Give it its own BackendClient: it runs on a UI worker thread.
"""

from __future__ import annotations

from decimal import Decimal

from pydantic import TypeAdapter, ValidationError

from contract.saved_carts import SavedCartView
from sync.client import BackendClient
from sync.errors import SyncError
from terminal.domain.saved_cart import SavedCart, SavedCartLine
from terminal.services.ports import SavedCartsOfflineError

_CARTS = TypeAdapter(list[SavedCartView])


class BackendSavedCarts:
    def __init__(self, client: BackendClient) -> None:
        self._client = client

    def carts(self, customer_id: str) -> list[SavedCart]:
        path = f"/v1/terminal/customers/{self._client.segment(customer_id)}/saved-carts"
        try:
            views = _CARTS.validate_json(self._client.send("GET", path).content)
        except SyncError as exc:
            raise SavedCartsOfflineError(exc.code) from None
        except ValidationError:
            raise SavedCartsOfflineError("bad_reply") from None
        return [_cart(v) for v in views]


def _cart(view: SavedCartView) -> SavedCart:
    lines = tuple(
        SavedCartLine(
            sku=ln.sku,
            name=ln.name,
            quantity=Decimal(ln.quantity),
            shop_price_minor=ln.shop_price_minor,
            price_minor=ln.price_minor,
            available=Decimal(ln.available),
            status=ln.status,
        )
        for ln in view.lines
    )
    return SavedCart(view.cart_id, view.customer_id, view.kind, view.name, view.updated_at, lines)
