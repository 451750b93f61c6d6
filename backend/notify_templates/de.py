"""German customer e-mails (Sie-Form)."""

TEMPLATES = {
    "ready": (
        "Ihre Bestellung $order_number liegt zur Abholung bereit",
        """Guten Tag $customer_name,

Ihre Bestellung $order_number liegt ab sofort zur Abholung bereit:
$store

Ihr Abholcode: $pickup_code

Zeigen Sie an der Kasse den QR-Code (im Anhang) oder nennen Sie Bestellnummer und Abholcode.
QR-Code-Inhalt: $qr_payload

Wir freuen uns auf Ihren Besuch!
$store_name
""",
    ),
    "reminder": (
        "Erinnerung: Ihre Bestellung $order_number wartet auf Sie",
        """Guten Tag $customer_name,

Ihre Bestellung $order_number liegt noch zur Abholung für Sie bereit:
$store

Ihr Abholcode: $pickup_code
QR-Code-Inhalt: $qr_payload

Bitte holen Sie sie bald ab, sonst geben wir die Ware wieder frei.
$store_name
""",
    ),
    "expired": (
        "Ihre Bestellung $order_number wurde nicht abgeholt",
        """Guten Tag $customer_name,

Ihre Bestellung $order_number wurde nicht rechtzeitig abgeholt. Wir haben die Ware wieder freigegeben;
eine bereits geleistete Zahlung erstatten wir Ihnen.

$store
""",
    ),
    "cancelled": (
        "Ihre Bestellung $order_number wurde storniert",
        """Guten Tag $customer_name,

Ihre Bestellung $order_number wurde storniert. Eine bereits geleistete Zahlung erstatten wir Ihnen.

$store
""",
    ),
    "collected": (
        "Danke für die Abholung Ihrer Bestellung $order_number",
        """Guten Tag $customer_name,

Sie haben Ihre Bestellung $order_number abgeholt. Vielen Dank für Ihren Einkauf!

$store
""",
    ),
    "partially_collected": (
        "Ihre Bestellung $order_number wurde teilweise abgeholt",
        """Guten Tag $customer_name,

Sie haben einen Teil Ihrer Bestellung $order_number abgeholt. Für die nicht übergebenen Artikel
erhalten Sie Ihr Geld zurück.

$store
""",
    ),
    "refund_requested": (
        "Erstattung zu Ihrer Bestellung $order_number",
        """Guten Tag $customer_name,

Wir haben die Erstattung zu Ihrer Bestellung $order_number veranlasst. Je nach Zahlungsart kann es
einige Tage dauern, bis der Betrag bei Ihnen eingeht.

$store
""",
    ),
}
