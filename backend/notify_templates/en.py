"""English customer e-mails."""

TEMPLATES = {
    "ready": (
        "Your order $order_number is ready for pickup",
        """Hello $customer_name,

Your order $order_number is ready for pickup at:
$store

Your pickup code: $pickup_code

Show the QR code (attached) at the till, or give your order number and pickup code.
QR code text: $qr_payload

We look forward to seeing you!
$store_name
""",
    ),
    "reminder": (
        "Reminder: your order $order_number is waiting for you",
        """Hello $customer_name,

Your order $order_number is still waiting for you at:
$store

Your pickup code: $pickup_code
QR code text: $qr_payload

Please collect it soon, or we will release the goods.
$store_name
""",
    ),
    "expired": (
        "Your order $order_number was not collected",
        """Hello $customer_name,

Your order $order_number was not collected in time, so we have released the goods. Any payment you
made will be refunded.

$store
""",
    ),
    "cancelled": (
        "Your order $order_number has been cancelled",
        """Hello $customer_name,

Your order $order_number has been cancelled. Any payment you made will be refunded.

$store
""",
    ),
    "collected": (
        "Thank you for collecting your order $order_number",
        """Hello $customer_name,

You have collected your order $order_number. Thank you for shopping with us!

$store
""",
    ),
    "partially_collected": (
        "Your order $order_number was partly collected",
        """Hello $customer_name,

You have collected part of your order $order_number. The items not handed over will be refunded.

$store
""",
    ),
    "refund_requested": (
        "Refund for your order $order_number",
        """Hello $customer_name,

We have started the refund for your order $order_number. Depending on how you paid, it may take a
few days to reach you.

$store
""",
    ),
}
