"""Hungarian customer e-mails."""

TEMPLATES = {
    "ready": (
        "A(z) $order_number számú rendelése átvehető",
        """Kedves $customer_name!

A(z) $order_number számú rendelése mostantól átvehető itt:
$store

Átvételi kód: $pickup_code

A pénztárnál mutassa fel a QR-kódot (mellékletben), vagy adja meg a rendelésszámot és az átvételi kódot.
A QR-kód szövege: $qr_payload

Várjuk szeretettel!
$store_name
""",
    ),
    "reminder": (
        "Emlékeztető: a(z) $order_number számú rendelése Önre vár",
        """Kedves $customer_name!

A(z) $order_number számú rendelése még mindig átvehető itt:
$store

Átvételi kód: $pickup_code
A QR-kód szövege: $qr_payload

Kérjük, vegye át hamarosan, különben a termékeket felszabadítjuk.
$store_name
""",
    ),
    "expired": (
        "A(z) $order_number számú rendelését nem vették át",
        """Kedves $customer_name!

A(z) $order_number számú rendelését nem vették át időben, ezért a termékeket felszabadítottuk.
A már kifizetett összeget visszatérítjük.

$store
""",
    ),
    "cancelled": (
        "A(z) $order_number számú rendelését töröltük",
        """Kedves $customer_name!

A(z) $order_number számú rendelését töröltük. A már kifizetett összeget visszatérítjük.

$store
""",
    ),
    "collected": (
        "Köszönjük, hogy átvette a(z) $order_number számú rendelését",
        """Kedves $customer_name!

Átvette a(z) $order_number számú rendelését. Köszönjük a vásárlást!

$store
""",
    ),
    "partially_collected": (
        "A(z) $order_number számú rendelését részben vették át",
        """Kedves $customer_name!

A(z) $order_number számú rendelésének egy részét átvette. Az át nem adott termékek árát visszatérítjük.

$store
""",
    ),
    "refund_requested": (
        "Visszatérítés a(z) $order_number számú rendeléshez",
        """Kedves $customer_name!

Elindítottuk a(z) $order_number számú rendelés visszatérítését. A fizetési módtól függően néhány
napig tarthat, amíg az összeg megérkezik.

$store
""",
    ),
}
