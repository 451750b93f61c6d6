"""Indonesian customer e-mails."""

TEMPLATES = {
    "ready": (
        "Pesanan $order_number Anda siap diambil",
        """Halo $customer_name,

Pesanan $order_number Anda sudah siap diambil di:
$store

Kode pengambilan Anda: $pickup_code

Tunjukkan kode QR (terlampir) di kasir, atau sebutkan nomor pesanan dan kode pengambilan.
Teks kode QR: $qr_payload

Kami tunggu kedatangan Anda!
$store_name
""",
    ),
    "reminder": (
        "Pengingat: pesanan $order_number menunggu Anda",
        """Halo $customer_name,

Pesanan $order_number Anda masih menunggu untuk diambil di:
$store

Kode pengambilan Anda: $pickup_code
Teks kode QR: $qr_payload

Mohon segera diambil, jika tidak barang akan kami lepaskan kembali.
$store_name
""",
    ),
    "expired": (
        "Pesanan $order_number Anda tidak diambil",
        """Halo $customer_name,

Pesanan $order_number Anda tidak diambil tepat waktu, sehingga barangnya kami lepaskan kembali.
Pembayaran yang sudah dilakukan akan dikembalikan.

$store
""",
    ),
    "cancelled": (
        "Pesanan $order_number Anda telah dibatalkan",
        """Halo $customer_name,

Pesanan $order_number Anda telah dibatalkan. Pembayaran yang sudah dilakukan akan dikembalikan.

$store
""",
    ),
    "collected": (
        "Terima kasih telah mengambil pesanan $order_number",
        """Halo $customer_name,

Anda telah mengambil pesanan $order_number. Terima kasih telah berbelanja!

$store
""",
    ),
    "partially_collected": (
        "Pesanan $order_number Anda diambil sebagian",
        """Halo $customer_name,

Anda telah mengambil sebagian dari pesanan $order_number. Barang yang tidak diserahkan akan
dikembalikan dananya.

$store
""",
    ),
    "refund_requested": (
        "Pengembalian dana untuk pesanan $order_number",
        """Halo $customer_name,

Kami telah memproses pengembalian dana untuk pesanan $order_number. Tergantung metode pembayaran,
dana mungkin baru masuk dalam beberapa hari.

$store
""",
    ),
}
