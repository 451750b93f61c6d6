"""The demo chain's return policy (docs/adr/0015-returns-ledger.md): its return groups, the group of
each demo product, the showcase articles sold off as clearance, and the recent price cuts that a
return without a receipt is refunded at."""

from __future__ import annotations

from backend.demo_catalogue import DemoProduct

# --- return policy (docs/adr/0015-returns-ledger.md) ----------------------------------------------
# (group id, name, return days or None for the chain's default of 30, final sale)
RETURN_GROUPS: tuple[tuple[str, str, int | None, bool], ...] = (
    ("general", "Sortiment", None, False),
    ("electronics", "Elektronik & Elektrowerkzeug", 14, False),
    ("clearance", "Restposten (kein Umtausch)", None, True),
)
_ELECTRONICS = {
    "Elektrowerkzeug",
    "Audio & Kopfhörer",
    "Computer & Zubehör",
    "Haushaltsgeräte",
    "Beleuchtung",
}
# Showcase articles sold off as clearance: final sale, never taken back (the coffee).
CLEARANCE_SKUS = frozenset({"1000011"})
# A showcase article that was on offer lately: (sku, price in cents, from days ago, to days ago), so
# a return without a receipt is refunded at the lower price (the drill: 99.99 instead of 129.99).
PRICE_CUTS: tuple[tuple[str, int, int, int], ...] = (("1000001", 9999, 25, 15),)


def return_group(product: DemoProduct) -> str:
    """The return group of a demo product: clearance, electronics (14 days) or general (30 days)."""
    if product.sku in CLEARANCE_SKUS:
        return "clearance"
    return "electronics" if product.product_group in _ELECTRONICS else "general"
