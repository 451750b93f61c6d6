<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id">
<context>
    <name>ActionBar</name>
    <message>
        <source>Search</source>
        <translation>Cari</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>Line discount</source>
        <translation>Diskon item</translation>
    </message>
    <message>
        <source>Basket discount</source>
        <translation>Diskon transaksi</translation>
    </message>
    <message>
        <source>Change price</source>
        <translation>Ubah harga</translation>
    </message>
    <message>
        <source>Void line</source>
        <translation>Batalkan item</translation>
    </message>
    <message>
        <source>Park / resume</source>
        <translation>Tunda / lanjutkan</translation>
    </message>
    <message>
        <source>Void basket</source>
        <translation>Batalkan transaksi</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Struk</translation>
    </message>
    <message>
        <source>Open drawer</source>
        <translation>Buka laci</translation>
    </message>
    <message>
        <source>Pay</source>
        <translation>Bayar</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Kembalikan</translation>
    </message>
</context>
<context>
    <name>ApprovalDialog</name>
    <message>
        <source>Manager approval</source>
        <translation>Persetujuan manajer</translation>
    </message>
    <message>
        <source>A manager must approve: {action}.
Manager, please enter your PIN.</source>
        <translation>Perlu persetujuan manajer: {action}.
Manajer, silakan masukkan PIN Anda.</translation>
    </message>
    <message>
        <source>Approve (Enter)</source>
        <translation>Setujui (Enter)</translation>
    </message>
</context>
<context>
    <name>CartModel</name>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Barang</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Jml</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Harga satuan</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Art. {sku}</source>
        <translation>No. art. {sku}</translation>
    </message>
    <message>
        <source>{quantity} × {price}/kg</source>
        <translation>{quantity} × {price}/kg</translation>
    </message>
    <message>
        <source>was {price}</source>
        <translation>sebelumnya {price}</translation>
    </message>
    <message>
        <source>discount {amount}</source>
        <translation>diskon {amount}</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>Dibatalkan</translation>
    </message>
    <message>
        <source>Price changed from {price}</source>
        <translation>Harga diubah dari {price}</translation>
    </message>
    <message>
        <source>Discount {percent}</source>
        <translation>Diskon {percent}</translation>
    </message>
</context>
<context>
    <name>CashCountDialog</name>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Batal (Esc)</translation>
    </message>
    <message>
        <source>Counted: {amount}</source>
        <translation>Dihitung: {amount}</translation>
    </message>
</context>
<context>
    <name>CashMoveDialog</name>
    <message>
        <source>Cash in</source>
        <translation>Kas masuk</translation>
    </message>
    <message>
        <source>Cash out</source>
        <translation>Kas keluar</translation>
    </message>
    <message>
        <source>Type the amount and choose the reason.</source>
        <translation>Ketik jumlahnya dan pilih alasannya.</translation>
    </message>
    <message>
        <source>Note (for Other)</source>
        <translation>Catatan (untuk Lainnya)</translation>
    </message>
    <message>
        <source>Record (Enter)</source>
        <translation>Catat (Enter)</translation>
    </message>
</context>
<context>
    <name>CloseDayDialog</name>
    <message>
        <source>Close the day (Z)</source>
        <translation>Tutup hari (Z)</translation>
    </message>
    <message>
        <source>Reason for the difference</source>
        <translation>Alasan selisih</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Pembayaran</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Seharusnya</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Dihitung</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Selisih</translation>
    </message>
    <message>
        <source>Change miscounted</source>
        <translation>Kembalian salah hitung</translation>
    </message>
    <message>
        <source>Coins missing</source>
        <translation>Koin hilang</translation>
    </message>
    <message>
        <source>Card total differs</source>
        <translation>Total kartu berbeda</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Batal (Esc)</translation>
    </message>
    <message>
        <source>Close day (Z)</source>
        <translation>Tutup hari (Z)</translation>
    </message>
    <message>
        <source>Difference: ?</source>
        <translation>Selisih: ?</translation>
    </message>
    <message>
        <source>Difference: {amount}</source>
        <translation>Selisih: {amount}</translation>
    </message>
    <message>
        <source>“{text}” is not an amount: count it again.</source>
        <translation>“{text}” bukan jumlah uang: hitung lagi.</translation>
    </message>
</context>
<context>
    <name>CustomersArea</name>
    <message>
        <source>Scan the customer&apos;s card, or type name, e-mail, phone</source>
        <translation>Pindai kartu pelanggan, atau ketik nama, e-mail, telepon</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Cari</translation>
    </message>
    <message>
        <source>Older entries</source>
        <translation>Entri lama</translation>
    </message>
    <message>
        <source>Remove from the visit</source>
        <translation>Lepas dari transaksi</translation>
    </message>
    <message>
        <source>Attach to the visit</source>
        <translation>Kaitkan ke transaksi</translation>
    </message>
    <message>
        <source>Apply offers</source>
        <translation>Terapkan penawaran</translation>
    </message>
    <message>
        <source>{percent} % on {group}</source>
        <translation>{percent} % untuk {group}</translation>
    </message>
    <message>
        <source>Personal offers: {offers}</source>
        <translation>Penawaran pribadi: {offers}</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Pelanggan</translation>
    </message>
    <message>
        <source>Offline: customers known at this till only.</source>
        <translation>Offline: hanya pelanggan yang dikenal kasir ini.</translation>
    </message>
    <message>
        <source>No customer found.</source>
        <translation>Pelanggan tidak ditemukan.</translation>
    </message>
    <message>
        <source>Offline: only what this till knows — its own sales and this store&apos;s web orders.</source>
        <translation>Offline: hanya yang diketahui kasir ini — penjualannya sendiri dan pesanan web toko ini.</translation>
    </message>
    <message>
        <source>Nothing in this customer&apos;s history yet.</source>
        <translation>Riwayat pelanggan ini masih kosong.</translation>
    </message>
    <message>
        <source>The visit has no customer now.</source>
        <translation>Transaksi kini tanpa pelanggan.</translation>
    </message>
    <message>
        <source>Find a customer to see their history.</source>
        <translation>Cari pelanggan untuk melihat riwayatnya.</translation>
    </message>
    <message>
        <source>Store purchase</source>
        <translation>Pembelian di toko</translation>
    </message>
    <message>
        <source>Web order</source>
        <translation>Pesanan web</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Retur</translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation>Voucher</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>selesai</translation>
    </message>
    <message>
        <source>to pick</source>
        <translation>perlu diambil</translation>
    </message>
    <message>
        <source>picking</source>
        <translation>sedang diambil</translation>
    </message>
    <message>
        <source>ready for pickup</source>
        <translation>siap diambil</translation>
    </message>
    <message>
        <source>collected</source>
        <translation>sudah diambil</translation>
    </message>
    <message>
        <source>partly collected</source>
        <translation>sebagian diambil</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>dibatalkan</translation>
    </message>
    <message>
        <source>not collected</source>
        <translation>tidak diambil</translation>
    </message>
    <message>
        <source>returned</source>
        <translation>dikembalikan</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktif</translation>
    </message>
    <message>
        <source>spent</source>
        <translation>terpakai</translation>
    </message>
    <message>
        <source>voided</source>
        <translation>dibatalkan</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kapan</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Apa</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Di mana</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>balance {amount}</source>
        <translation>saldo {amount}</translation>
    </message>
</context>
<context>
    <name>DayChartsView</name>
    <message>
        <source>No sales yet today</source>
        <translation>Belum ada penjualan hari ini</translation>
    </message>
    <message>
        <source>By hour</source>
        <translation>Per jam</translation>
    </message>
    <message>
        <source>By tender</source>
        <translation>Per cara bayar</translation>
    </message>
    <message>
        <source>Top by revenue</source>
        <translation>Teratas: pendapatan</translation>
    </message>
    <message>
        <source>Top by quantity</source>
        <translation>Teratas: jumlah</translation>
    </message>
    <message>
        <source>Sales by hour</source>
        <translation>Penjualan per jam</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Terjual</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Dikembalikan</translation>
    </message>
    <message>
        <source>Sales by tender</source>
        <translation>Penjualan per cara bayar</translation>
    </message>
    <message>
        <source>Top products by quantity</source>
        <translation>Produk teratas menurut jumlah</translation>
    </message>
    <message>
        <source>Top products by revenue</source>
        <translation>Produk teratas menurut pendapatan</translation>
    </message>
</context>
<context>
    <name>DayMessages</name>
    <message>
        <source>Change from the bank</source>
        <translation>Uang kecil dari bank</translation>
    </message>
    <message>
        <source>Float top-up</source>
        <translation>Tambah modal awal</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Koreksi</translation>
    </message>
    <message>
        <source>Bank deposit</source>
        <translation>Setoran bank</translation>
    </message>
    <message>
        <source>Supplier paid</source>
        <translation>Bayar pemasok</translation>
    </message>
    <message>
        <source>Small expense</source>
        <translation>Pengeluaran kecil</translation>
    </message>
    <message>
        <source>Cash to the safe</source>
        <translation>Uang ke brankas</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Lainnya</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Tunai</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Kartu</translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation>Voucher</translation>
    </message>
    <message>
        <source>Web payment</source>
        <translation>Pembayaran online</translation>
    </message>
</context>
<context>
    <name>DiscountDialog</name>
    <message>
        <source>Discount</source>
        <translation>Diskon</translation>
    </message>
    <message>
        <source>Percent %</source>
        <translation>Persen %</translation>
    </message>
    <message>
        <source>Amount {symbol}</source>
        <translation>Nominal {symbol}</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>Rusak</translation>
    </message>
    <message>
        <source>Goodwill</source>
        <translation>Kebijakan toko</translation>
    </message>
    <message>
        <source>Promotion</source>
        <translation>Promo</translation>
    </message>
    <message>
        <source>No discount</source>
        <translation>Tanpa diskon</translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Batal (Esc)</translation>
    </message>
    <message>
        <source>OK (Enter)</source>
        <translation>OK (Enter)</translation>
    </message>
</context>
<context>
    <name>FirstRunBackend</name>
    <message>
        <source>Backend and enrolment</source>
        <translation>Backend dan pendaftaran</translation>
    </message>
    <message>
        <source>The till sends its sales to the store backend and gets the catalogue from it. Enter the backend&apos;s address and the one-time enrolment code from the store office.</source>
        <translation>Kasir mengirim penjualannya ke backend toko dan menerima katalog darinya. Masukkan alamat backend dan kode pendaftaran sekali pakai dari kantor toko.</translation>
    </message>
    <message>
        <source>Backend address</source>
        <translation>Alamat backend</translation>
    </message>
    <message>
        <source>for example http://backend:8765</source>
        <translation>misalnya http://backend:8765</translation>
    </message>
    <message>
        <source>Enrolment code</source>
        <translation>Kode pendaftaran</translation>
    </message>
    <message>
        <source>works once, for example ABCD-EFGH-JKLM</source>
        <translation>berlaku sekali, misalnya ABCD-EFGH-JKLM</translation>
    </message>
    <message>
        <source>&amp;Enrol this till</source>
        <translation>&amp;Daftarkan kasir ini</translation>
    </message>
    <message>
        <source>Enrolling at {url}…</source>
        <translation>Mendaftar di {url}…</translation>
    </message>
    <message>
        <source>Enrolled: this till is terminal {terminal} of store {store}.</source>
        <translation>Terdaftar: kasir ini adalah terminal {terminal} di toko {store}.</translation>
    </message>
</context>
<context>
    <name>FirstRunConfigError</name>
    <message>
        <source>The till&apos;s settings cannot be used</source>
        <translation>Pengaturan kasir tidak dapat digunakan</translation>
    </message>
    <message>
        <source>Correct the file and start the till again. Without the file, the till starts its set-up.</source>
        <translation>Perbaiki file lalu jalankan kasir lagi. Tanpa file, kasir memulai penyiapan.</translation>
    </message>
</context>
<context>
    <name>FirstRunIdentity</name>
    <message>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <source>Welcome! This till is not set up yet. Choose the language of the till; receipts and the cashier&apos;s screens use it.</source>
        <translation>Selamat datang! Kasir ini belum disiapkan. Pilih bahasa kasir; struk dan layar kasir memakainya.</translation>
    </message>
    <message>
        <source>Store and terminal</source>
        <translation>Toko dan terminal</translation>
    </message>
    <message>
        <source>Which store is this till in, and which till is it? The store office has these ids.</source>
        <translation>Di toko mana kasir ini, dan kasir yang mana? Kantor toko memiliki ID ini.</translation>
    </message>
    <message>
        <source>Store id</source>
        <translation>ID toko</translation>
    </message>
    <message>
        <source>for example S001</source>
        <translation>misalnya S001</translation>
    </message>
    <message>
        <source>Terminal id</source>
        <translation>ID terminal</translation>
    </message>
    <message>
        <source>for example T01; part of every receipt number</source>
        <translation>misalnya T01; bagian dari setiap nomor struk</translation>
    </message>
    <message>
        <source>Store name</source>
        <translation>Nama toko</translation>
    </message>
    <message>
        <source>as the receipts show it</source>
        <translation>seperti tertera di struk</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Negara</translation>
    </message>
    <message>
        <source>Germany (EUR)</source>
        <translation>Jerman (EUR)</translation>
    </message>
    <message>
        <source>Hungary (HUF)</source>
        <translation>Hungaria (HUF)</translation>
    </message>
    <message>
        <source>Indonesia (IDR)</source>
        <translation>Indonesia (IDR)</translation>
    </message>
</context>
<context>
    <name>FirstRunMessages</name>
    <message>
        <source>The file cannot be read ({reason}).</source>
        <translation>File tidak dapat dibaca ({reason}).</translation>
    </message>
    <message>
        <source>This is not valid TOML: {reason}</source>
        <translation>Ini bukan TOML yang valid: {reason}</translation>
    </message>
    <message>
        <source>[{key}] is not a section the till knows. Remove it or correct it.</source>
        <translation>[{key}] bukan bagian yang dikenal kasir. Hapus atau perbaiki.</translation>
    </message>
    <message>
        <source>{key} is not a setting the till knows. Remove it or correct its spelling.</source>
        <translation>{key} bukan pengaturan yang dikenal kasir. Hapus atau perbaiki ejaannya.</translation>
    </message>
    <message>
        <source>{key} must be a section, written as [{key}].</source>
        <translation>{key} harus berupa bagian, ditulis [{key}].</translation>
    </message>
    <message>
        <source>{key} must be true or false.</source>
        <translation>{key} harus true atau false.</translation>
    </message>
    <message>
        <source>{key} must be a whole number.</source>
        <translation>{key} harus bilangan bulat.</translation>
    </message>
    <message>
        <source>{key} must be a number.</source>
        <translation>{key} harus berupa angka.</translation>
    </message>
    <message>
        <source>{key} must be text in quotes.</source>
        <translation>{key} harus teks dalam tanda kutip.</translation>
    </message>
    <message>
        <source>{key} must be a list of texts in quotes.</source>
        <translation>{key} harus daftar teks dalam tanda kutip.</translation>
    </message>
    <message>
        <source>A store id is 1 to 10 capital letters or digits, for example S001.</source>
        <translation>ID toko terdiri dari 1 sampai 10 huruf kapital atau angka, misalnya S001.</translation>
    </message>
    <message>
        <source>A terminal id is 1 to 10 capital letters or digits, for example T01.</source>
        <translation>ID terminal terdiri dari 1 sampai 10 huruf kapital atau angka, misalnya T01.</translation>
    </message>
    <message>
        <source>The language must be English, German, Hungarian or Indonesian.</source>
        <translation>Bahasa harus Inggris, Jerman, Hungaria, atau Indonesia.</translation>
    </message>
    <message>
        <source>The country must be Germany, Hungary or Indonesia.</source>
        <translation>Negara harus Jerman, Hungaria, atau Indonesia.</translation>
    </message>
    <message>
        <source>{value} is not a currency the till knows.</source>
        <translation>{value} bukan mata uang yang dikenal kasir.</translation>
    </message>
    <message>
        <source>Enter the address of the store backend.</source>
        <translation>Masukkan alamat backend toko.</translation>
    </message>
    <message>
        <source>The backend address must start with http:// or https:// and name a server, for example http://backend:8765.</source>
        <translation>Alamat backend harus diawali http:// atau https:// dan menyebut server, misalnya http://backend:8765.</translation>
    </message>
    <message>
        <source>Choose one of the printer types shown.</source>
        <translation>Pilih salah satu jenis printer yang ditampilkan.</translation>
    </message>
    <message>
        <source>This printer needs {field}.</source>
        <translation>Printer ini memerlukan {field}.</translation>
    </message>
    <message>
        <source>A port is a number from 1 to 65535.</source>
        <translation>Port adalah angka dari 1 sampai 65535.</translation>
    </message>
    <message>
        <source>A USB id is a hexadecimal number from 0001 to FFFF, for example 04b8.</source>
        <translation>ID USB adalah angka heksadesimal dari 0001 sampai FFFF, misalnya 04b8.</translation>
    </message>
    <message>
        <source>Enter the enrolment code from the store office.</source>
        <translation>Masukkan kode pendaftaran dari kantor toko.</translation>
    </message>
    <message>
        <source>The backend at {url} does not answer. Check the address and the network cable.</source>
        <translation>Backend di {url} tidak menjawab. Periksa alamat dan kabel jaringan.</translation>
    </message>
    <message>
        <source>The backend refused this enrolment code: it is wrong, already used or expired. Ask the store office for a new code.</source>
        <translation>Backend menolak kode pendaftaran ini: salah, sudah dipakai, atau kedaluwarsa. Mintalah kode baru ke kantor toko.</translation>
    </message>
    <message>
        <source>This enrolment code is for another store than {store_id}. Check the store id, or ask for a code for this store.</source>
        <translation>Kode pendaftaran ini untuk toko lain, bukan {store_id}. Periksa ID toko, atau minta kode untuk toko ini.</translation>
    </message>
    <message>
        <source>{url} answers, but it is not a store backend. Check the address.</source>
        <translation>{url} menjawab, tetapi bukan backend toko. Periksa alamatnya.</translation>
    </message>
    <message>
        <source>The backend had a problem ({status}). Try again in a moment.</source>
        <translation>Backend mengalami masalah ({status}). Coba lagi sebentar lagi.</translation>
    </message>
    <message>
        <source>The settings cannot be saved to {path} ({reason}). Ask the store&apos;s IT.</source>
        <translation>Pengaturan tidak dapat disimpan ke {path} ({reason}). Hubungi bagian TI toko.</translation>
    </message>
    <message>
        <source>This is the last step: tap Finish.</source>
        <translation>Ini langkah terakhir: ketuk Selesai.</translation>
    </message>
    <message>
        <source>Finish this step first.</source>
        <translation>Selesaikan langkah ini terlebih dahulu.</translation>
    </message>
    <message>
        <source>The test print failed: the printer ({printer}) does not answer. Check that it is switched on and connected, and the settings above.</source>
        <translation>Cetak uji gagal: printer ({printer}) tidak menjawab. Periksa apakah printer menyala dan terhubung, serta pengaturan di atas.</translation>
    </message>
    <message>
        <source>The test print failed: the printer ({printer}) stopped taking data.</source>
        <translation>Cetak uji gagal: printer ({printer}) berhenti menerima data.</translation>
    </message>
    <message>
        <source>The test print failed: the printer is out of paper.</source>
        <translation>Cetak uji gagal: kertas printer habis.</translation>
    </message>
    <message>
        <source>The test print failed: {reason}</source>
        <translation>Cetak uji gagal: {reason}</translation>
    </message>
    <message>
        <source>a device or file path</source>
        <translation>jalur perangkat atau file</translation>
    </message>
    <message>
        <source>a host name or IP address</source>
        <translation>nama host atau alamat IP</translation>
    </message>
    <message>
        <source>a serial port</source>
        <translation>port serial</translation>
    </message>
    <message>
        <source>line {line}</source>
        <translation>baris {line}</translation>
    </message>
    <message>
        <source>setting {key}</source>
        <translation>pengaturan {key}</translation>
    </message>
</context>
<context>
    <name>FirstRunPrinter</name>
    <message>
        <source>Receipt printer</source>
        <translation>Printer struk</translation>
    </message>
    <message>
        <source>How is the receipt printer connected? Print a test page to see that it works.</source>
        <translation>Bagaimana printer struk terhubung? Cetak halaman uji untuk melihat apakah printer berfungsi.</translation>
    </message>
    <message>
        <source>Screen only</source>
        <translation>Hanya layar</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Jaringan</translation>
    </message>
    <message>
        <source>USB</source>
        <translation>USB</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>Serial</translation>
    </message>
    <message>
        <source>Device file</source>
        <translation>File perangkat</translation>
    </message>
    <message>
        <source>Receipts are shown on the screen only. Choose this while the till has no printer.</source>
        <translation>Struk hanya ditampilkan di layar. Pilih ini selama kasir belum memiliki printer.</translation>
    </message>
    <message>
        <source>Host or IP address</source>
        <translation>Host atau alamat IP</translation>
    </message>
    <message>
        <source>for example 192.168.1.50</source>
        <translation>misalnya 192.168.1.50</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>USB vendor id</source>
        <translation>ID vendor USB</translation>
    </message>
    <message>
        <source>hex, e.g. 04b8</source>
        <translation>heks, mis. 04b8</translation>
    </message>
    <message>
        <source>USB product id</source>
        <translation>ID produk USB</translation>
    </message>
    <message>
        <source>hex, e.g. 0e15</source>
        <translation>heks, mis. 0e15</translation>
    </message>
    <message>
        <source>Serial port</source>
        <translation>Port serial</translation>
    </message>
    <message>
        <source>for example /dev/ttyUSB0</source>
        <translation>misalnya /dev/ttyUSB0</translation>
    </message>
    <message>
        <source>Baud rate</source>
        <translation>Baud rate</translation>
    </message>
    <message>
        <source>Device or file</source>
        <translation>Perangkat atau file</translation>
    </message>
    <message>
        <source>for example /dev/usb/lp0</source>
        <translation>misalnya /dev/usb/lp0</translation>
    </message>
    <message>
        <source>&amp;Test print</source>
        <translation>Cetak &amp;uji</translation>
    </message>
    <message>
        <source>Printing a test page…</source>
        <translation>Mencetak halaman uji…</translation>
    </message>
    <message>
        <source>No printer is used: receipts will show on the screen.</source>
        <translation>Tidak ada printer yang digunakan: struk akan tampil di layar.</translation>
    </message>
    <message>
        <source>The test page went to the printer ({printer}). Did it come out readable?</source>
        <translation>Halaman uji telah dikirim ke printer ({printer}). Apakah hasilnya terbaca?</translation>
    </message>
</context>
<context>
    <name>FirstRunScanner</name>
    <message>
        <source>Scanner test</source>
        <translation>Uji pemindai</translation>
    </message>
    <message>
        <source>Scan any barcode, for example from a product. The till shows what it received; it must match the numbers under the bars. Then tap Finish.</source>
        <translation>Pindai barcode apa saja, misalnya dari produk. Kasir menampilkan apa yang diterimanya; harus sama dengan angka di bawah garis. Lalu ketuk Selesai.</translation>
    </message>
    <message>
        <source>Last scan:</source>
        <translation>Pindaian terakhir:</translation>
    </message>
    <message>
        <source>(nothing scanned yet)</source>
        <translation>(belum ada yang dipindai)</translation>
    </message>
    <message>
        <source>The scanner works. Tap Finish to start the till.</source>
        <translation>Pemindai berfungsi. Ketuk Selesai untuk memulai kasir.</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Step {step} of {steps}</source>
        <translation>Langkah {step} dari {steps}</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Selesai</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Lanjut</translation>
    </message>
    <message>
        <source>Set up this till</source>
        <translation>Siapkan kasir ini</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Kel&amp;uar</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Kembali</translation>
    </message>
</context>
<context>
    <name>HitsModel</name>
    <message>
        <source>Product</source>
        <translation>Produk</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>Merek</translation>
    </message>
    <message>
        <source>Article no.</source>
        <translation>No. artikel</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Harga</translation>
    </message>
</context>
<context>
    <name>Keypad</name>
    <message>
        <source>Delete last character</source>
        <translation>Hapus karakter terakhir</translation>
    </message>
    <message>
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>LoginScreen</name>
    <message>
        <source>Store terminal</source>
        <translation>Kasir</translation>
    </message>
    <message>
        <source>Enter your PIN or scan your badge</source>
        <translation>Masukkan PIN atau pindai kartu Anda</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Masuk</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Store terminal</source>
        <translation>Kasir</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Nothing was scanned. Scan or type the code again.</source>
        <translation>Tidak ada yang terpindai. Pindai atau ketik kodenya lagi.</translation>
    </message>
    <message>
        <source>Code {code} is not a barcode or article number we know.</source>
        <translation>Kode {code} bukan barcode atau nomor artikel yang dikenal.</translation>
    </message>
    <message>
        <source>Barcode {code} is misread (wrong check digit). Scan it again.</source>
        <translation>Barcode {code} salah terbaca (digit pemeriksa salah). Pindai lagi.</translation>
    </message>
    <message>
        <source>Barcode {code} uses a format this till cannot sell from. Scan the article barcode.</source>
        <translation>Barcode {code} memakai format yang tidak dapat dijual di kasir ini. Pindai barcode artikel.</translation>
    </message>
    <message>
        <source>Barcode {code} is not in the catalogue.</source>
        <translation>Barcode {code} tidak ada di katalog.</translation>
    </message>
    <message>
        <source>The price in barcode {code} is misread (wrong price check digit). Scan it again.</source>
        <translation>Harga dalam barcode {code} salah terbaca (digit pemeriksa harga salah). Pindai lagi.</translation>
    </message>
    <message>
        <source>Article number {sku} is not in the catalogue.</source>
        <translation>Nomor artikel {sku} tidak ada di katalog.</translation>
    </message>
    <message>
        <source>{quantity} cannot be counted: type a quantity of 0 or more.</source>
        <translation>{quantity} tidak dapat dihitung: ketik jumlah 0 atau lebih.</translation>
    </message>
    <message>
        <source>A count holds at most {limit} articles. Submit this one and start another.</source>
        <translation>Satu penghitungan paling banyak {limit} artikel. Kirim yang ini dan mulai yang baru.</translation>
    </message>
    <message>
        <source>Choose a reason for the adjustment: damaged, theft, found or correction.</source>
        <translation>Pilih alasan penyesuaian: rusak, pencurian, ditemukan atau koreksi.</translation>
    </message>
    <message>
        <source>Choose the store the goods came from (another store than this one).</source>
        <translation>Pilih toko asal barang (toko lain, bukan toko ini).</translation>
    </message>
    <message>
        <source>Nothing is counted yet: scan the articles on the shelf first.</source>
        <translation>Belum ada yang dihitung: pindai dulu artikel di rak.</translation>
    </message>
    <message>
        <source>{name} ({sku}) may no longer be sold.</source>
        <translation>{name} ({sku}) tidak boleh dijual lagi.</translation>
    </message>
    <message>
        <source>{name} is sold by weight: scan the label from the scale.</source>
        <translation>{name} dijual per berat: pindai label dari timbangan.</translation>
    </message>
    <message>
        <source>This article has an unknown VAT class ({vat_code}). Ask the store office.</source>
        <translation>Barang ini memiliki kelas PPN yang tidak dikenal ({vat_code}). Tanyakan ke kantor toko.</translation>
    </message>
    <message>
        <source>That is the code of receipt {receipt_number}, not an article.</source>
        <translation>Itu kode struk {receipt_number}, bukan barang.</translation>
    </message>
    <message>
        <source>That is the pickup code {code} of a web order, not an article.</source>
        <translation>Itu kode ambil {code} dari pesanan web, bukan barang.</translation>
    </message>
    <message>
        <source>That is a store-credit voucher: take it as a payment (Pay, then scan it again).</source>
        <translation>Itu voucher kredit toko: terima sebagai pembayaran (Bayar, lalu pindai lagi).</translation>
    </message>
    <message>
        <source>That is a staff badge. To change cashier, log out first.</source>
        <translation>Itu kartu karyawan. Untuk ganti kasir, keluar dulu.</translation>
    </message>
    <message>
        <source>Code {code} is not an article. Use it where it belongs.</source>
        <translation>Kode {code} bukan barang. Gunakan di tempat yang sesuai.</translation>
    </message>
    <message>
        <source>The cash drawer did not open ({reason}). Open it with its key.</source>
        <translation>Laci uang tidak terbuka ({reason}). Buka dengan kuncinya.</translation>
    </message>
    <message>
        <source>The scanner sent something unreadable. Scan again.</source>
        <translation>Pemindai mengirim data yang tidak terbaca. Pindai lagi.</translation>
    </message>
    <message>
        <source>The scanner sent a code that is far too long. Scan again.</source>
        <translation>Pemindai mengirim kode yang terlalu panjang. Pindai lagi.</translation>
    </message>
    <message>
        <source>The scanner is not connected. Check its cable, or type the code.</source>
        <translation>Pemindai tidak terhubung. Periksa kabelnya, atau ketik kodenya.</translation>
    </message>
    <message>
        <source>PIN or badge not recognised. Try again.</source>
        <translation>PIN atau kartu tidak dikenali. Coba lagi.</translation>
    </message>
    <message>
        <source>Nobody is logged in. Please log in first.</source>
        <translation>Belum ada yang masuk. Silakan masuk terlebih dahulu.</translation>
    </message>
    <message>
        <source>A PIN must be 4 to 12 digits.</source>
        <translation>PIN harus terdiri dari 4 sampai 12 angka.</translation>
    </message>
    <message>
        <source>This PIN is already used by someone else. Choose another one.</source>
        <translation>PIN ini sudah dipakai orang lain. Pilih PIN lain.</translation>
    </message>
    <message>
        <source>{name} can no longer log in at this till: removed by the head office. Ask a manager.</source>
        <translation>{name} tidak bisa lagi masuk di kasir ini: dihapus oleh kantor pusat. Tanyakan kepada manajer.</translation>
    </message>
    <message>
        <source>Too many wrong tries. Wait {seconds} seconds, then enter your PIN again.</source>
        <translation>Terlalu banyak percobaan yang salah. Tunggu {seconds} detik, lalu masukkan PIN Anda lagi.</translation>
    </message>
    <message>
        <source>This person is managed by the head office. Change them there.</source>
        <translation>Orang ini dikelola oleh kantor pusat. Ubah datanya di sana.</translation>
    </message>
    <message>
        <source>That is not a manager&apos;s PIN. The action was not approved.</source>
        <translation>Itu bukan PIN manajer. Tindakan tidak disetujui.</translation>
    </message>
    <message>
        <source>A manager must approve this: {action}.</source>
        <translation>Perlu persetujuan manajer: {action}.</translation>
    </message>
    <message>
        <source>No manager approval was given. Nothing was changed.</source>
        <translation>Tidak ada persetujuan manajer. Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>Quantity {quantity} is not possible.</source>
        <translation>Jumlah {quantity} tidak dimungkinkan.</translation>
    </message>
    <message>
        <source>The basket is empty.</source>
        <translation>Keranjang kosong.</translation>
    </message>
    <message>
        <source>Finish or park the current basket first.</source>
        <translation>Selesaikan atau tunda keranjang saat ini terlebih dahulu.</translation>
    </message>
    <message>
        <source>This parked basket no longer exists.</source>
        <translation>Keranjang yang ditunda ini sudah tidak ada.</translation>
    </message>
    <message>
        <source>This line no longer exists.</source>
        <translation>Item ini sudah tidak ada.</translation>
    </message>
    <message>
        <source>A refund must be more than zero. Check the price paid.</source>
        <translation>Pengembalian dana harus lebih dari nol. Periksa harga yang dibayar.</translation>
    </message>
    <message>
        <source>Choose why the item comes back; for &quot;other&quot; write the reason.</source>
        <translation>Pilih alasan retur; untuk &quot;lainnya&quot; tulis alasannya.</translation>
    </message>
    <message>
        <source>Line {line_no} of {reference} is already being returned. Change its quantity instead.</source>
        <translation>Baris {line_no} dari {reference} sudah diretur. Ubah jumlahnya saja.</translation>
    </message>
    <message>
        <source>Receipt {reference} is not known. Check the number on the receipt.</source>
        <translation>Struk {reference} tidak dikenal. Periksa nomor pada struk.</translation>
    </message>
    <message>
        <source>Web order {reference} is not known. Check the order number.</source>
        <translation>Pesanan web {reference} tidak dikenal. Periksa nomor pesanan.</translation>
    </message>
    <message>
        <source>{code} is not a receipt or web-order number.</source>
        <translation>{code} bukan nomor struk atau pesanan web.</translation>
    </message>
    <message>
        <source>Unknown barcode: {code}, neither a receipt nor an article.</source>
        <translation>Barcode tidak dikenal: {code}, bukan struk dan bukan barang.</translation>
    </message>
    <message>
        <source>{name} is not on {reference}. Choose one of its lines, or Esc for another receipt.</source>
        <translation>{name} tidak ada di {reference}. Pilih salah satu barisnya, atau Esc untuk struk lain.</translation>
    </message>
    <message>
        <source>Only {returnable} of this line can still be returned.</source>
        <translation>Dari baris ini hanya {returnable} yang masih dapat dikembalikan.</translation>
    </message>
    <message>
        <source>This return is already being taken at another till. Clear and look it up again.</source>
        <translation>Pengembalian ini sedang diproses di kasir lain. Hapus dan cari lagi.</translation>
    </message>
    <message>
        <source>The return could not be reserved. Look the receipt up again.</source>
        <translation>Pengembalian tidak dapat dipesan. Cari struknya lagi.</translation>
    </message>
    <message>
        <source>The head office cannot be reached. Try again, or take it back as unchecked.</source>
        <translation>Kantor pusat tidak dapat dihubungi. Coba lagi, atau terima tanpa pemeriksaan.</translation>
    </message>
    <message>
        <source>Without a receipt a return needs the head office (for the lowest price), which cannot be reached now. Try again later.</source>
        <translation>Pengembalian tanpa struk memerlukan kantor pusat (untuk harga terendah), yang saat ini tidak dapat dihubungi. Coba lagi nanti.</translation>
    </message>
    <message>
        <source>{name} was sold as final sale: it cannot be taken back.</source>
        <translation>{name} dijual tanpa pengembalian: tidak dapat diterima kembali.</translation>
    </message>
    <message>
        <source>Choose how many of {name} come back (+).</source>
        <translation>Pilih berapa banyak {name} yang dikembalikan (+).</translation>
    </message>
    <message>
        <source>Choose where the item goes: back to stock, write off or inspect.</source>
        <translation>Pilih ke mana barang ini: kembali ke stok, dihapus, atau diperiksa.</translation>
    </message>
    <message>
        <source>Choose what comes back: select a line and press + .</source>
        <translation>Pilih apa yang dikembalikan: pilih baris dan tekan + .</translation>
    </message>
    <message>
        <source>{reference} cannot be checked now: scan each item that comes back.</source>
        <translation>{reference} tidak dapat diperiksa sekarang: pindai setiap barang yang dikembalikan.</translation>
    </message>
    <message>
        <source>Choose the items on the lines of {reference} instead of scanning them.</source>
        <translation>Pilih barang pada baris {reference}, jangan dipindai.</translation>
    </message>
    <message>
        <source>{reference} has no line {line_no}.</source>
        <translation>{reference} tidak memiliki baris {line_no}.</translation>
    </message>
    <message>
        <source>{reference} was paid in {currency}; this till refunds only {expected}.</source>
        <translation>{reference} dibayar dalam {currency}; kasir ini hanya mengembalikan dana dalam {expected}.</translation>
    </message>
    <message>
        <source>The head office gave an answer the till cannot read. Try again.</source>
        <translation>Kantor pusat memberi jawaban yang tidak dapat dibaca kasir. Coba lagi.</translation>
    </message>
    <message>
        <source>This till may not take returns from the head office now (not enrolled?).</source>
        <translation>Kasir ini saat ini tidak boleh menerima pengembalian dari kantor pusat (belum terdaftar?).</translation>
    </message>
    <message>
        <source>Line {line_no} of order {order_number} is already being handed over.</source>
        <translation>Baris {line_no} pesanan {order_number} sudah diserahkan.</translation>
    </message>
    <message>
        <source>{name} is not in this order.</source>
        <translation>{name} tidak ada dalam pesanan ini.</translation>
    </message>
    <message>
        <source>All of {name} is counted already.</source>
        <translation>Semua {name} sudah dihitung.</translation>
    </message>
    <message>
        <source>Order {order_number} is {state}: it cannot be picked now.</source>
        <translation>Pesanan {order_number} berstatus {state}: tidak bisa diambil sekarang.</translation>
    </message>
    <message>
        <source>At most {most} can be marked short on this line.</source>
        <translation>Paling banyak {most} dapat ditandai kurang pada baris ini.</translation>
    </message>
    <message>
        <source>Order {order_number} is ready already.</source>
        <translation>Pesanan {order_number} sudah siap.</translation>
    </message>
    <message>
        <source>Pick every item, or mark it short, before the order is ready.</source>
        <translation>Ambil setiap barang, atau tandai kurang, sebelum pesanan siap.</translation>
    </message>
    <message>
        <source>Nothing of order {order_number} was found: it cannot be made ready.</source>
        <translation>Tidak ada barang dari pesanan {order_number} yang ditemukan: tidak bisa disiapkan.</translation>
    </message>
    <message>
        <source>Order {order_number} is {state}: it cannot be handed over.</source>
        <translation>Pesanan {order_number} berstatus {state}: tidak bisa diserahkan.</translation>
    </message>
    <message>
        <source>This till has no lines of order {order_number} yet. Ask the store office.</source>
        <translation>Kasir ini belum memiliki baris pesanan {order_number}. Tanyakan ke kantor toko.</translation>
    </message>
    <message>
        <source>Choose a reason first.</source>
        <translation>Pilih alasan terlebih dahulu.</translation>
    </message>
    <message>
        <source>At most {most} can be refused on this line.</source>
        <translation>Paling banyak {most} dapat ditolak pada baris ini.</translation>
    </message>
    <message>
        <source>Nothing is taken yet: scan or confirm at least one item first.</source>
        <translation>Belum ada yang diambil: pindai atau konfirmasi minimal satu barang dahulu.</translation>
    </message>
    <message>
        <source>Found by name: check the customer&apos;s ID and tick &quot;ID checked&quot; first.</source>
        <translation>Ditemukan lewat nama: periksa identitas pelanggan dan centang &quot;ID diperiksa&quot; dahulu.</translation>
    </message>
    <message>
        <source>Write the name of the person who collects.</source>
        <translation>Tulis nama orang yang mengambil.</translation>
    </message>
    <message>
        <source>Before handing over, still needed: {missing}.</source>
        <translation>Sebelum diserahkan, masih perlu: {missing}.</translation>
    </message>
    <message>
        <source>{code} is not a pickup code.</source>
        <translation>{code} bukan kode pengambilan.</translation>
    </message>
    <message>
        <source>Order {order_number} is not an open order of this store. It may be another store&apos;s, or closed.</source>
        <translation>Pesanan {order_number} bukan pesanan terbuka toko ini. Mungkin milik toko lain, atau sudah ditutup.</translation>
    </message>
    <message>
        <source>Order {order_number} was handed over at this till already.</source>
        <translation>Pesanan {order_number} sudah diserahkan di kasir ini.</translation>
    </message>
    <message>
        <source>This till cannot check the code of order {order_number}: find it by name, with an ID check.</source>
        <translation>Kasir ini tidak bisa memeriksa kode pesanan {order_number}: cari lewat nama, dengan pemeriksaan ID.</translation>
    </message>
    <message>
        <source>Wrong pickup code for order {order_number} ({attempts} wrong so far). Ask to see it again.</source>
        <translation>Kode pengambilan salah untuk pesanan {order_number} ({attempts} kali salah). Minta kodenya lagi.</translation>
    </message>
    <message>
        <source>Wrong pickup code for order {order_number}: {attempts_left} tries left.</source>
        <translation>Kode pengambilan salah untuk pesanan {order_number}: sisa {attempts_left} percobaan.</translation>
    </message>
    <message>
        <source>Order {order_number} is being handed over at another till.</source>
        <translation>Pesanan {order_number} sedang diserahkan di kasir lain.</translation>
    </message>
    <message>
        <source>Order {order_number} is to be collected at store {store_id}, not here.</source>
        <translation>Pesanan {order_number} diambil di toko {store_id}, bukan di sini.</translation>
    </message>
    <message>
        <source>Order {order_number} is {status} now: it cannot be handed over.</source>
        <translation>Pesanan {order_number} sekarang berstatus {status}: tidak bisa diserahkan.</translation>
    </message>
    <message>
        <source>Too many wrong codes for order {order_number}: find it by name, with an ID check.</source>
        <translation>Terlalu banyak kode salah untuk pesanan {order_number}: cari lewat nama, dengan pemeriksaan ID.</translation>
    </message>
    <message>
        <source>The head office does not know order {order_number}.</source>
        <translation>Kantor pusat tidak mengenal pesanan {order_number}.</translation>
    </message>
    <message>
        <source>The head office refused the handover of order {order_number}.</source>
        <translation>Kantor pusat menolak penyerahan pesanan {order_number}.</translation>
    </message>
    <message>
        <source>This visit is settled the other way: check whether the customer pays or is paid.</source>
        <translation>Transaksi ini diselesaikan ke arah sebaliknya: periksa apakah pelanggan membayar atau dibayar.</translation>
    </message>
    <message>
        <source>A refund to the web payment can only be paid out, not taken.</source>
        <translation>Pengembalian ke pembayaran web hanya bisa dibayarkan, tidak diterima.</translation>
    </message>
    <message>
        <source>This voucher code has a typing error (its last symbol does not match). Check the code and type it again.</source>
        <translation>Kode voucher ini salah ketik (simbol terakhirnya tidak cocok). Periksa kodenya dan ketik ulang.</translation>
    </message>
    <message>
        <source>That is not a voucher code. A voucher code has 17 letters and digits.</source>
        <translation>Itu bukan kode voucher. Kode voucher terdiri dari 17 huruf dan angka.</translation>
    </message>
    <message>
        <source>This voucher is not known at the head office. Check the code.</source>
        <translation>Voucher ini tidak dikenal kantor pusat. Periksa kodenya.</translation>
    </message>
    <message>
        <source>This voucher has only {balance_minor} left. Type a smaller amount.</source>
        <translation>Sisa voucher ini hanya {balance_minor}. Ketik jumlah yang lebih kecil.</translation>
    </message>
    <message>
        <source>This voucher is in {currency}; it cannot pay in this store.</source>
        <translation>Voucher ini dalam {currency}; tidak dapat dipakai di toko ini.</translation>
    </message>
    <message>
        <source>This voucher is spent or void.</source>
        <translation>Voucher ini sudah terpakai atau batal.</translation>
    </message>
    <message>
        <source>This voucher is already a payment of this visit.</source>
        <translation>Voucher ini sudah menjadi pembayaran di transaksi ini.</translation>
    </message>
    <message>
        <source>The head office cannot be reached to check this voucher. Try again in a moment.</source>
        <translation>Kantor pusat tidak dapat dihubungi untuk memeriksa voucher ini. Coba lagi sebentar lagi.</translation>
    </message>
    <message>
        <source>The head office cannot be reached: a voucher can pay at most {limit_minor} now. Type an amount up to that, or take another payment.</source>
        <translation>Kantor pusat tidak terhubung: voucher kini hanya bisa membayar maksimal {limit_minor}. Ketik jumlah sampai batas itu atau pakai pembayaran lain.</translation>
    </message>
    <message>
        <source>This offer is being used at another till right now.</source>
        <translation>Penawaran ini sedang dipakai di kasir lain.</translation>
    </message>
    <message>
        <source>This offer has already been used.</source>
        <translation>Penawaran ini sudah dipakai.</translation>
    </message>
    <message>
        <source>This offer has expired.</source>
        <translation>Penawaran ini sudah kedaluwarsa.</translation>
    </message>
    <message>
        <source>The head office does not know this offer.</source>
        <translation>Kantor pusat tidak mengenal penawaran ini.</translation>
    </message>
    <message>
        <source>Nothing in the basket is in the offer&apos;s product group.</source>
        <translation>Tidak ada barang di keranjang dari kelompok produk penawaran ini.</translation>
    </message>
    <message>
        <source>This offer is already applied to the visit.</source>
        <translation>Penawaran ini sudah diterapkan pada transaksi.</translation>
    </message>
    <message>
        <source>The visit is for another customer: their offers cannot be applied to it.</source>
        <translation>Transaksi ini milik pelanggan lain: penawaran ini tidak dapat diterapkan padanya.</translation>
    </message>
    <message>
        <source>The head office cannot be reached: personal offers cannot be applied now. The customer can use them on the next visit.</source>
        <translation>Kantor pusat tidak terhubung: penawaran pribadi belum bisa diterapkan. Pelanggan bisa memakainya pada kunjungan berikutnya.</translation>
    </message>
    <message>
        <source>The customer&apos;s web basket cannot be checked: the head office is not reachable. The basket at the till is unchanged.</source>
        <translation>Keranjang web pelanggan tidak dapat diperiksa: kantor pusat tidak dapat dihubungi. Keranjang di kasir tidak berubah.</translation>
    </message>
    <message>
        <source>This web basket is already in the visit: it was not added again.</source>
        <translation>Keranjang web ini sudah ada dalam transaksi: tidak ditambahkan lagi.</translation>
    </message>
    <message>
        <source>This web basket belongs to another customer than the visit&apos;s.</source>
        <translation>Keranjang web ini milik pelanggan lain, bukan pelanggan transaksi ini.</translation>
    </message>
    <message>
        <source>The head office cannot be reached: showing what this till knows.</source>
        <translation>Kantor pusat tidak dapat dihubungi: menampilkan yang diketahui kasir ini.</translation>
    </message>
    <message>
        <source>No customer {customer_id} is known to the head office.</source>
        <translation>Pelanggan {customer_id} tidak dikenal kantor pusat.</translation>
    </message>
    <message>
        <source>Type at least two characters of the name, e-mail or phone.</source>
        <translation>Ketik minimal dua karakter dari nama, e-mail atau telepon.</translation>
    </message>
    <message>
        <source>The payment has begun: the visit&apos;s customer cannot change now.</source>
        <translation>Pembayaran sudah dimulai: pelanggan transaksi tidak dapat diubah sekarang.</translation>
    </message>
    <message>
        <source>The visit holds this customer&apos;s personal offers: its customer cannot change. Void the visit to give the offers back.</source>
        <translation>Transaksi ini memuat penawaran pribadi pelanggan ini: pelanggannya tidak dapat diganti. Batalkan transaksi untuk mengembalikan penawarannya.</translation>
    </message>
    <message>
        <source>Nothing in this visit was paid online: choose another way to refund.</source>
        <translation>Tidak ada yang dibayar online di transaksi ini: pilih cara refund lain.</translation>
    </message>
    <message>
        <source>At most {limit_minor} can go back to the online payment of order {order_number}.</source>
        <translation>Paling banyak {limit_minor} dapat dikembalikan ke pembayaran online pesanan {order_number}.</translation>
    </message>
    <message>
        <source>This line is voided and cannot be changed.</source>
        <translation>Item ini sudah dibatalkan dan tidak dapat diubah.</translation>
    </message>
    <message>
        <source>This price is not possible.</source>
        <translation>Harga ini tidak dimungkinkan.</translation>
    </message>
    <message>
        <source>The quantity of this line comes from its barcode and cannot be changed.</source>
        <translation>Jumlah item ini berasal dari barcode dan tidak dapat diubah.</translation>
    </message>
    <message>
        <source>The basket is empty: nothing to pay.</source>
        <translation>Keranjang kosong: tidak ada yang perlu dibayar.</translation>
    </message>
    <message>
        <source>That is not possible at this step of the sale.</source>
        <translation>Itu tidak dimungkinkan pada tahap penjualan ini.</translation>
    </message>
    <message>
        <source>A payment has started. Finish it, or take back the tenders first.</source>
        <translation>Pembayaran sudah dimulai. Selesaikan, atau batalkan pembayaran yang sudah masuk terlebih dahulu.</translation>
    </message>
    <message>
        <source>Voiding this would bring the total below what was already paid.</source>
        <translation>Pembatalan ini akan membuat total lebih kecil dari yang sudah dibayar.</translation>
    </message>
    <message>
        <source>This discount is not possible.</source>
        <translation>Diskon ini tidak dimungkinkan.</translation>
    </message>
    <message>
        <source>The discount is larger than the amount it applies to.</source>
        <translation>Diskon lebih besar dari jumlah yang didiskon.</translation>
    </message>
    <message>
        <source>There is no receipt yet on this till.</source>
        <translation>Belum ada struk di kasir ini.</translation>
    </message>
    <message>
        <source>Receipt {receipt_number} was not found on this till.</source>
        <translation>Struk {receipt_number} tidak ditemukan di kasir ini.</translation>
    </message>
    <message>
        <source>The till is busy saving. Please try again in a moment.</source>
        <translation>Kasir sedang menyimpan. Silakan coba lagi sebentar lagi.</translation>
    </message>
    <message>
        <source>No payment has been taken yet.</source>
        <translation>Belum ada pembayaran.</translation>
    </message>
    <message>
        <source>Still to pay: {remaining}. The sale is not settled.</source>
        <translation>Masih harus dibayar: {remaining}. Penjualan belum lunas.</translation>
    </message>
    <message>
        <source>The sale is already paid in full.</source>
        <translation>Penjualan sudah lunas.</translation>
    </message>
    <message>
        <source>Cash must be a multiple of {step_minor}.</source>
        <translation>Uang tunai harus kelipatan {step_minor}.</translation>
    </message>
    <message>
        <source>This amount is in {currency}; the sale is in {expected}.</source>
        <translation>Jumlah ini dalam {currency}; penjualan dalam {expected}.</translation>
    </message>
    <message>
        <source>A card payment cannot be more than what is still to pay ({remaining_minor}).</source>
        <translation>Pembayaran kartu tidak boleh melebihi sisa tagihan ({remaining_minor}).</translation>
    </message>
    <message>
        <source>This payment is more than what is still to pay ({remaining_minor}).</source>
        <translation>Pembayaran ini melebihi sisa tagihan ({remaining_minor}).</translation>
    </message>
    <message>
        <source>This amount is not possible.</source>
        <translation>Jumlah ini tidak dimungkinkan.</translation>
    </message>
    <message>
        <source>Please type a number.</source>
        <translation>Silakan ketik angka.</translation>
    </message>
    <message>
        <source>Select a counted article first.</source>
        <translation>Pilih dulu artikel yang sudah dihitung.</translation>
    </message>
    <message>
        <source>Select a line in the basket first.</source>
        <translation>Pilih item di keranjang terlebih dahulu.</translation>
    </message>
    <message>
        <source>Something went wrong ({detail}). Nothing was lost; please try again.</source>
        <translation>Terjadi kesalahan ({detail}). Tidak ada yang hilang; silakan coba lagi.</translation>
    </message>
    <message>
        <source>open the cash drawer</source>
        <translation>membuka laci kas</translation>
    </message>
    <message>
        <source>change a price</source>
        <translation>mengubah harga</translation>
    </message>
    <message>
        <source>void a line after payment started</source>
        <translation>membatalkan item setelah pembayaran dimulai</translation>
    </message>
    <message>
        <source>void a basket after payment started</source>
        <translation>membatalkan transaksi setelah pembayaran dimulai</translation>
    </message>
    <message>
        <source>give a discount above the cashier&apos;s limit</source>
        <translation>memberi diskon di atas batas kasir</translation>
    </message>
    <message>
        <source>take back an approved card payment</source>
        <translation>membatalkan pembayaran kartu yang sudah disetujui</translation>
    </message>
    <message>
        <source>reprint a receipt</source>
        <translation>mencetak ulang struk</translation>
    </message>
    <message>
        <source>open the synchronisation screen</source>
        <translation>membuka layar sinkronisasi</translation>
    </message>
    <message>
        <source>take back an item outside the return rules</source>
        <translation>menerima barang di luar aturan pengembalian</translation>
    </message>
    <message>
        <source>take cash out of the drawer above the cashier&apos;s limit</source>
        <translation>mengambil uang tunai di atas batas kasir</translation>
    </message>
    <message>
        <source>an item scanned or confirmed</source>
        <translation>satu barang dipindai atau dikonfirmasi</translation>
    </message>
    <message>
        <source>&quot;ID checked&quot; ticked</source>
        <translation>centang “ID diperiksa”</translation>
    </message>
    <message>
        <source>the name of who collects</source>
        <translation>nama orang yang mengambil</translation>
    </message>
    <message>
        <source>printer offline</source>
        <translation>printer offline</translation>
    </message>
    <message>
        <source>printer not responding</source>
        <translation>printer tidak merespons</translation>
    </message>
    <message>
        <source>printer out of paper</source>
        <translation>kertas printer habis</translation>
    </message>
    <message>
        <source>printer fault</source>
        <translation>printer bermasalah</translation>
    </message>
    <message>
        <source>The till refused this ({code}).</source>
        <translation>Kasir menolak ini ({code}).</translation>
    </message>
    <message>
        <source>The day is closed (Z {z_number}). Open a new day in the Till area to sell.</source>
        <translation>Hari sudah ditutup (Z {z_number}). Buka hari baru di area Kasir untuk menjual.</translation>
    </message>
    <message>
        <source>No day is open at this till. Open the day with a counted float first.</source>
        <translation>Tidak ada hari yang dibuka di kasir ini. Buka hari dengan modal awal yang dihitung.</translation>
    </message>
    <message>
        <source>The day is already open at this till.</source>
        <translation>Hari sudah dibuka di kasir ini.</translation>
    </message>
    <message>
        <source>This till does not know the notes and coins of {currency}.</source>
        <translation>Kasir ini tidak mengenal uang kertas dan koin {currency}.</translation>
    </message>
    <message>
        <source>There is no note or coin of this value in {currency}.</source>
        <translation>Tidak ada uang kertas atau koin dengan nilai ini dalam {currency}.</translation>
    </message>
    <message>
        <source>A count must be a whole number of notes or coins.</source>
        <translation>Jumlah harus bilangan bulat lembar atau keping.</translation>
    </message>
    <message>
        <source>Type an amount above zero.</source>
        <translation>Ketik jumlah di atas nol.</translation>
    </message>
    <message>
        <source>Choose a reason from the list.</source>
        <translation>Pilih alasan dari daftar.</translation>
    </message>
    <message>
        <source>For &apos;Other&apos;, say in a few words what the cash is for.</source>
        <translation>Untuk &apos;Lainnya&apos;, jelaskan singkat untuk apa uang tunai ini.</translation>
    </message>
    <message>
        <source>The text is too long (at most {limit} characters).</source>
        <translation>Teks terlalu panjang (paling banyak {limit} karakter).</translation>
    </message>
    <message>
        <source>Count every payment type before closing the day.</source>
        <translation>Hitung setiap jenis pembayaran sebelum menutup hari.</translation>
    </message>
    <message>
        <source>What was counted differs from what was expected. Say why before closing the day.</source>
        <translation>Hasil hitungan berbeda dari yang seharusnya. Sebutkan alasannya sebelum menutup hari.</translation>
    </message>
</context>
<context>
    <name>ParkedDialog</name>
    <message>
        <source>Parked baskets</source>
        <translation>Keranjang tertunda</translation>
    </message>
    <message>
        <source>Resume a parked basket</source>
        <translation>Lanjutkan keranjang tertunda</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(tanpa nama)</translation>
    </message>
    <message>
        <source>{time}  {label} — {count} items — {total}</source>
        <translation>{time}  {label} — {count} barang — {total}</translation>
    </message>
    <message>
        <source>No parked baskets</source>
        <translation>Tidak ada keranjang tertunda</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Batal (Esc)</translation>
    </message>
    <message>
        <source>Resume (Enter)</source>
        <translation>Lanjutkan (Enter)</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <source>Payment</source>
        <translation>Pembayaran</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Disetujui</translation>
    </message>
    <message>
        <source>Not approved</source>
        <translation>Tidak disetujui</translation>
    </message>
    <message>
        <source>Back to basket (Esc)</source>
        <translation>Kembali (Esc)</translation>
    </message>
    <message>
        <source>Take back last tender</source>
        <translation>Batalkan pembayaran terakhir</translation>
    </message>
    <message>
        <source>Complete sale</source>
        <translation>Selesaikan penjualan</translation>
    </message>
    <message>
        <source>Amount given</source>
        <translation>Uang diterima</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Tunai</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Kartu</translation>
    </message>
    <message>
        <source>Voucher code</source>
        <translation>Kode voucher</translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation>Voucher</translation>
    </message>
    <message>
        <source>Back to web payment</source>
        <translation>Kembali ke pembayaran web</translation>
    </message>
    <message>
        <source>Store credit</source>
        <translation>Kredit toko</translation>
    </message>
    <message>
        <source>Next customer (Enter)</source>
        <translation>Pelanggan berikutnya (Enter)</translation>
    </message>
    <message>
        <source>Refund {amount} to the customer</source>
        <translation>Refund {amount} ke pelanggan</translation>
    </message>
    <message>
        <source>Still to refund {amount}</source>
        <translation>Sisa refund {amount}</translation>
    </message>
    <message>
        <source>Even exchange — nothing to pay</source>
        <translation>Tukar setara — tidak ada yang dibayar</translation>
    </message>
    <message>
        <source>Total {amount}</source>
        <translation>Total {amount}</translation>
    </message>
    <message>
        <source>To pay {amount}</source>
        <translation>Harus dibayar {amount}</translation>
    </message>
    <message>
        <source>Change {amount}</source>
        <translation>Kembalian {amount}</translation>
    </message>
    <message>
        <source>Rounding	{amount}</source>
        <translation>Pembulatan	{amount}</translation>
    </message>
    <message>
        <source>Cash out</source>
        <translation>Tunai keluar</translation>
    </message>
    <message>
        <source>Card refund</source>
        <translation>Refund kartu</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source> (offline)</source>
        <translation> (offline)</translation>
    </message>
    <message>
        <source>Suggested: {tender}</source>
        <translation>Saran: {tender}</translation>
    </message>
    <message>
        <source>Suggested: {tender} (as it was paid)</source>
        <translation>Saran: {tender} (seperti cara bayarnya)</translation>
    </message>
    <message>
        <source>Card refund of {amount}: did the card terminal confirm the refund?</source>
        <translation>Refund {amount} ke kartu: apakah terminal kartu mengonfirmasi refund?</translation>
    </message>
    <message>
        <source>Card payment of {amount}: did the card terminal approve it?</source>
        <translation>Pembayaran kartu {amount}: apakah mesin EDC menyetujuinya?</translation>
    </message>
    <message>
        <source>This sale is complete. Next customer (Enter), then scan again.</source>
        <translation>Penjualan ini sudah selesai. Pelanggan berikutnya (Enter), lalu pindai lagi.</translation>
    </message>
    <message>
        <source>Code {code} is neither a voucher nor an article we know.</source>
        <translation>Kode {code} bukan voucher dan bukan barang yang dikenal.</translation>
    </message>
    <message>
        <source>That is a receipt ({code}), not a voucher. Finish this payment first, then take the return in Returns.</source>
        <translation>Itu struk ({code}), bukan voucher. Selesaikan pembayaran ini dulu, lalu proses returnya di Retur.</translation>
    </message>
    <message>
        <source>That is a web order&apos;s pickup code, not a voucher. Finish this payment first, then hand the order over in Pickups.</source>
        <translation>Itu kode ambil pesanan web, bukan voucher. Selesaikan pembayaran ini dulu, lalu serahkan pesanannya di Pengambilan.</translation>
    </message>
    <message>
        <source>That is a staff badge, not a voucher. Finish this payment first.</source>
        <translation>Itu kartu karyawan, bukan voucher. Selesaikan pembayaran ini dulu.</translation>
    </message>
    <message>
        <source>{name} is an article, not a voucher. Finish this payment first, then sell it in a new sale.</source>
        <translation>{name} adalah barang, bukan voucher. Selesaikan pembayaran ini dulu, lalu jual dalam penjualan baru.</translation>
    </message>
    <message>
        <source>That is a customer card, not a voucher. Finish this payment first.</source>
        <translation>Itu kartu pelanggan, bukan voucher. Selesaikan pembayaran ini dulu.</translation>
    </message>
    <message>
        <source>{name} is an article, not a voucher. It goes into the basket when you go back (Esc).</source>
        <translation>{name} adalah barang, bukan voucher. Barang masuk ke keranjang saat Anda tekan Kembali (Esc).</translation>
    </message>
    <message>
        <source>That is a customer card, not a voucher. The customer is added when you go back (Esc).</source>
        <translation>Itu kartu pelanggan, bukan voucher. Pelanggan ditambahkan saat Anda tekan Kembali (Esc).</translation>
    </message>
</context>
<context>
    <name>PickupOffers</name>
    <message>
        <source>Looking up the customer&apos;s personal offers…</source>
        <translation>Mencari penawaran pribadi pelanggan…</translation>
    </message>
    <message numerus="yes">
        <source>Personal offers of this customer (%n more in the Customers area):</source>
        <translation>
            <numerusform>Penawaran pribadi pelanggan ini (%n lagi di area Pelanggan):</numerusform>
        </translation>
    </message>
    <message>
        <source>Personal offers of this customer (for this visit):</source>
        <translation>Penawaran pribadi pelanggan ini (untuk transaksi ini):</translation>
    </message>
    <message>
        <source>Applied to this visit: {percent} % on {group}.</source>
        <translation>Diterapkan pada transaksi ini: {percent} % untuk {group}.</translation>
    </message>
    <message>
        <source>Apply {percent} % on {group}</source>
        <translation>Terapkan {percent} % untuk {group}</translation>
    </message>
</context>
<context>
    <name>PickupOrder</name>
    <message>
        <source>no barcode</source>
        <translation>tanpa barcode</translation>
    </message>
    <message>
        <source>label damaged</source>
        <translation>label rusak</translation>
    </message>
    <message>
        <source>too bulky to scan</source>
        <translation>terlalu besar untuk dipindai</translation>
    </message>
    <message>
        <source>damaged</source>
        <translation>rusak</translation>
    </message>
    <message>
        <source>wrong item</source>
        <translation>barang salah</translation>
    </message>
    <message>
        <source>no longer wanted</source>
        <translation>tidak diinginkan lagi</translation>
    </message>
    <message>
        <source>other</source>
        <translation>lainnya</translation>
    </message>
</context>
<context>
    <name>PickupOrderScreen</name>
    <message>
        <source>Scan each item</source>
        <translation>Pindai setiap barang</translation>
    </message>
    <message>
        <source>Short (F6)</source>
        <translation>Kurang (F6)</translation>
    </message>
    <message>
        <source>Ready (F9)</source>
        <translation>Siap (F9)</translation>
    </message>
    <message>
        <source>Confirm count (F6)</source>
        <translation>Konfirmasi jumlah (F6)</translation>
    </message>
    <message>
        <source>Refuse 1 (F7)</source>
        <translation>Tolak 1 (F7)</translation>
    </message>
    <message>
        <source>Collected by (name)</source>
        <translation>Diambil oleh (nama)</translation>
    </message>
    <message>
        <source>ID checked (no number noted)</source>
        <translation>ID diperiksa (tanpa nomor)</translation>
    </message>
    <message>
        <source>Sent by the customer</source>
        <translation>Dikirim oleh pelanggan</translation>
    </message>
    <message>
        <source>Hand over (F9)</source>
        <translation>Serahkan (F9)</translation>
    </message>
    <message>
        <source>Back (Esc)</source>
        <translation>Kembali (Esc)</translation>
    </message>
    <message>
        <source>Found by name: check the customer&apos;s ID and note who collects.</source>
        <translation>Ditemukan lewat nama: periksa ID pelanggan dan catat siapa yang mengambil.</translation>
    </message>
    <message>
        <source>Order {number} — {customer}</source>
        <translation>Pesanan {number} — {customer}</translation>
    </message>
    <message>
        <source>paid online</source>
        <translation>dibayar online</translation>
    </message>
    <message>
        <source>to pay here</source>
        <translation>dibayar di sini</translation>
    </message>
    <message>
        <source>{state} · collect by {deadline} · {paid}</source>
        <translation>{state} · ambil sebelum {deadline} · {paid}</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Barang</translation>
    </message>
    <message>
        <source>Picked</source>
        <translation>Diambil</translation>
    </message>
    <message>
        <source>Short</source>
        <translation>Kurang</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Dibawa</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Ditolak</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Hilang</translation>
    </message>
    <message>
        <source>{name}: {picked} of {ordered} picked</source>
        <translation>{name}: {picked} dari {ordered} diambil</translation>
    </message>
    <message>
        <source>Order {number} is ready; the customer is told.</source>
        <translation>Pesanan {number} siap; pelanggan diberi tahu.</translation>
    </message>
</context>
<context>
    <name>PickupsArea</name>
    <message>
        <source>Pickups</source>
        <translation>Pengambilan</translation>
    </message>
    <message>
        <source>New web orders to pick.</source>
        <translation>Pesanan web baru untuk diambil.</translation>
    </message>
</context>
<context>
    <name>PickupsQueue</name>
    <message>
        <source>to pick</source>
        <translation>perlu diambil</translation>
    </message>
    <message>
        <source>picking</source>
        <translation>sedang diambil</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>siap</translation>
    </message>
    <message>
        <source>handed over</source>
        <translation>diserahkan</translation>
    </message>
    <message>
        <source>Scan the customer&apos;s code, or type order + code, name, e-mail, phone</source>
        <translation>Pindai kode pelanggan, atau ketik pesanan + kode, nama, e-mail, telepon</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Pesanan</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Pelanggan</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Barang</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Collect by</source>
        <translation>Ambil sebelum</translation>
    </message>
    <message>
        <source>To pick</source>
        <translation>Perlu diambil</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Siap</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Terlambat</translation>
    </message>
    <message>
        <source>Expiring today</source>
        <translation>Berakhir hari ini</translation>
    </message>
    <message>
        <source>No orders found.</source>
        <translation>Tidak ada pesanan ditemukan.</translation>
    </message>
    <message>
        <source>No orders in this view.</source>
        <translation>Tidak ada pesanan di tampilan ini.</translation>
    </message>
</context>
<context>
    <name>PriceDialog</name>
    <message>
        <source>Change price</source>
        <translation>Ubah harga</translation>
    </message>
    <message>
        <source>{item}
Price now: {price}. New unit price:</source>
        <translation>{item}
Harga sekarang: {price}. Harga satuan baru:</translation>
    </message>
</context>
<context>
    <name>QuantityDialog</name>
    <message>
        <source>Quantity</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>{item}
Now: {quantity}. New quantity:</source>
        <translation>{item}
Sekarang: {quantity}. Jumlah baru:</translation>
    </message>
</context>
<context>
    <name>QuickAmounts</name>
    <message>
        <source>Exact {amount}</source>
        <translation>Uang pas {amount}</translation>
    </message>
</context>
<context>
    <name>ReceiptPreview</name>
    <message>
        <source>Receipt</source>
        <translation>Struk</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Tutup (Esc)</translation>
    </message>
    <message>
        <source>Print copy</source>
        <translation>Cetak salinan</translation>
    </message>
    <message>
        <source>A copy is being printed.</source>
        <translation>Salinan sedang dicetak.</translation>
    </message>
</context>
<context>
    <name>Returns</name>
    <message>
        <source>Changed mind</source>
        <translation>Berubah pikiran</translation>
    </message>
    <message>
        <source>Wrong size</source>
        <translation>Ukuran salah</translation>
    </message>
    <message>
        <source>Defective</source>
        <translation>Cacat</translation>
    </message>
    <message>
        <source>Not as described</source>
        <translation>Tidak sesuai deskripsi</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>Rusak</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Lainnya</translation>
    </message>
    <message>
        <source>Back to stock</source>
        <translation>Ke stok</translation>
    </message>
    <message>
        <source>Write off</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Inspect</source>
        <translation>Periksa</translation>
    </message>
    <message>
        <source>Final sale</source>
        <translation>Tanpa retur</translation>
    </message>
    <message>
        <source>Window ended</source>
        <translation>Batas waktu habis</translation>
    </message>
    <message>
        <source>All returned</source>
        <translation>Semua kembali</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Tunai</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Kartu</translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation>Voucher</translation>
    </message>
    <message>
        <source>Web shop</source>
        <translation>Toko web</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Barang</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Terjual</translation>
    </message>
    <message>
        <source>Paid each</source>
        <translation>Dibayar/unit</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Diretur</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Sisa</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Kembali</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Aturan</translation>
    </message>
</context>
<context>
    <name>ReturnsArea</name>
    <message>
        <source>Scan or type the receipt or web-order number</source>
        <translation>Pindai atau ketik nomor struk atau pesanan web</translation>
    </message>
    <message>
        <source>Why (&quot;other&quot;), or the manager&apos;s reason</source>
        <translation>Alasan („Lainnya“), atau alasan manajer</translation>
    </message>
    <message>
        <source>Add to visit (F9)</source>
        <translation>Tambahkan (F9)</translation>
    </message>
    <message>
        <source>No receipt (F7)</source>
        <translation>Tanpa struk (F7)</translation>
    </message>
    <message>
        <source>Receipt or order no.</source>
        <translation>No. struk atau pesanan</translation>
    </message>
    <message>
        <source>Clear (Esc)</source>
        <translation>Hapus (Esc)</translation>
    </message>
    <message>
        <source>Reason in words</source>
        <translation>Alasan tertulis</translation>
    </message>
    <message>
        <source>Take out last (F4)</source>
        <translation>Keluarkan (F4)</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>Retur</translation>
    </message>
    <message>
        <source>{name} is no longer returned in this visit.</source>
        <translation>{name} tidak lagi dikembalikan dalam kunjungan ini.</translation>
    </message>
    <message>
        <source>Scan the receipt or the web order&apos;s code, or type its number. No receipt: F7.</source>
        <translation>Pindai struk atau kode pesanan web, atau ketik nomornya. Tanpa struk: F7.</translation>
    </message>
    <message>
        <source>{name} is an article, not a receipt. Without a receipt: choose the reason, then Enter or F9 (a manager approves). Or scan the receipt.</source>
        <translation>{name} adalah barang, bukan struk. Tanpa struk: pilih alasan, lalu Enter atau F9 (manajer menyetujui). Atau pindai struknya.</translation>
    </message>
    <message>
        <source>Looking up {reference}…</source>
        <translation>Mencari {reference}…</translation>
    </message>
    <message>
        <source>{reference} cannot be checked now (offline). Scan each item that comes back; a manager approves.</source>
        <translation>{reference} tidak dapat diperiksa sekarang (offline). Pindai setiap barang yang dikembalikan; manajer menyetujui.</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Struk</translation>
    </message>
    <message>
        <source>Web order</source>
        <translation>Pesanan web</translation>
    </message>
    <message>
        <source>{kind} {reference}: not checked</source>
        <translation>{kind} {reference}: belum diperiksa</translation>
    </message>
    <message>
        <source>paid online</source>
        <translation>dibayar online</translation>
    </message>
    <message>
        <source>{kind} {reference} · {where} · {when} · {total} · {paid}</source>
        <translation>{kind} {reference} · {where} · {when} · {total} · {paid}</translation>
    </message>
    <message>
        <source>Without a receipt: choose the reason, then scan or type each article. It is refunded at its lowest price of the last 30 days, as store credit; a manager approves.</source>
        <translation>Tanpa struk: pilih alasan, lalu pindai atau ketik setiap barang. Dikembalikan dengan harga terendah 30 hari terakhir, sebagai voucher; manajer menyetujui.</translation>
    </message>
</context>
<context>
    <name>SaleScreen</name>
    <message>
        <source>Scan or type a code — 3* for three</source>
        <translation>Pindai atau ketik kode — 3* untuk tiga</translation>
    </message>
    <message>
        <source>Sale</source>
        <translation>Penjualan</translation>
    </message>
    <message>
        <source>A payment is in progress: {paid} already paid. Pay (F12) takes the rest.</source>
        <translation>Pembayaran sedang berlangsung: {paid} sudah dibayar. Bayar (F12) untuk sisanya.</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Keluar</translation>
    </message>
    <message>
        <source>Discount on the whole basket</source>
        <translation>Diskon untuk seluruh keranjang</translation>
    </message>
    <message>
        <source>Basket parked. F8 brings it back.</source>
        <translation>Keranjang ditunda. Tekan F8 untuk melanjutkan.</translation>
    </message>
    <message>
        <source>Void basket</source>
        <translation>Batalkan transaksi</translation>
    </message>
    <message>
        <source>Throw away the whole basket? Nothing will be sold.</source>
        <translation>Batalkan seluruh keranjang? Tidak ada yang akan terjual.</translation>
    </message>
    <message>
        <source>The drawer is opening.</source>
        <translation>Laci sedang dibuka.</translation>
    </message>
    <message>
        <source>Visit {number} complete — refunded {amount}</source>
        <translation>Transaksi {number} selesai — dikembalikan {amount}</translation>
    </message>
    <message>
        <source>Sale {number} complete — change {change}</source>
        <translation>Penjualan {number} selesai — kembalian {change}</translation>
    </message>
    <message>
        <source>the customer card</source>
        <translation>kartu pelanggan</translation>
    </message>
    <message>
        <source>{done}. Scanned while paying, not in it: {names}. Scan again for a new sale.</source>
        <translation>{done}. Dipindai saat pembayaran, tidak termasuk: {names}. Pindai lagi untuk penjualan baru.</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <source>Search products</source>
        <translation>Cari produk</translation>
    </message>
    <message>
        <source>Name, brand or article number</source>
        <translation>Nama, merek, atau nomor artikel</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Tambah</translation>
    </message>
    <message>
        <source>No product found</source>
        <translation>Produk tidak ditemukan</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>Sync: —</source>
        <translation>Sinkron: —</translation>
    </message>
    <message>
        <source>Not logged in</source>
        <translation>Belum masuk</translation>
    </message>
    <message>
        <source>Printer ready</source>
        <translation>Printer siap</translation>
    </message>
    <message numerus="yes">
        <source>Printer: %n receipt(s) waiting</source>
        <translation>
            <numerusform>Printer: %n struk menunggu</numerusform>
        </translation>
    </message>
    <message>
        <source>Printer fault</source>
        <translation>Printer bermasalah</translation>
    </message>
    <message>
        <source>Printer offline</source>
        <translation>Printer offline</translation>
    </message>
    <message numerus="yes">
        <source>Printer out of paper — %n receipt(s) waiting</source>
        <translation>
            <numerusform>Kertas printer habis — %n struk menunggu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Printer not responding — %n receipt(s) waiting</source>
        <translation>
            <numerusform>Printer tidak merespons — %n struk menunggu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Printer fault — %n receipt(s) waiting</source>
        <translation>
            <numerusform>Printer bermasalah — %n struk menunggu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Printer offline — %n receipt(s) waiting</source>
        <translation>
            <numerusform>Printer offline — %n struk menunggu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sync: %n refused — tell the manager</source>
        <translation>
            <numerusform>Sinkron: %n ditolak — beri tahu manajer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Offline — %n waiting</source>
        <translation>
            <numerusform>Offline — %n menunggu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Online — %n to send</source>
        <translation>
            <numerusform>Online — %n akan dikirim</numerusform>
        </translation>
    </message>
    <message>
        <source>Scanner ready</source>
        <translation>Pemindai siap</translation>
    </message>
    <message>
        <source>Scanner offline</source>
        <translation>Pemindai offline</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
</context>
<context>
    <name>StockArea</name>
    <message>
        <source>Scan or search a product</source>
        <translation>Pindai atau cari produk</translation>
    </message>
    <message>
        <source>Look up</source>
        <translation>Cari</translation>
    </message>
    <message>
        <source>Scan an article or type its name.</source>
        <translation>Pindai artikel atau ketik namanya.</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Toko</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>Stok fisik</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>Dipesan</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Tersedia</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Dikonfirmasi</translation>
    </message>
    <message>
        <source>Levels</source>
        <translation>Stok</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Muat ulang</translation>
    </message>
    <message>
        <source>No product of this store has fewer than {n} available.</source>
        <translation>Tidak ada produk di toko ini yang tersedia kurang dari {n}.</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produk</translation>
    </message>
    <message>
        <source>Low stock</source>
        <translation>Stok menipis</translation>
    </message>
    <message>
        <source>Blind count: scan each article on the shelf (one scan, one piece), or pick a line and type its quantity.</source>
        <translation>Hitung buta: pindai setiap artikel di rak (satu pindai, satu buah), atau pilih baris dan ketik jumlahnya.</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Dihitung</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>Set quantity</source>
        <translation>Atur jumlah</translation>
    </message>
    <message>
        <source>New count</source>
        <translation>Hitung baru</translation>
    </message>
    <message>
        <source>Submit count</source>
        <translation>Kirim hitungan</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Hitung</translation>
    </message>
    <message>
        <source>Scan the article to adjust.</source>
        <translation>Pindai artikel yang akan disesuaikan.</translation>
    </message>
    <message>
        <source>Damaged (off the shelf)</source>
        <translation>Rusak (keluar)</translation>
    </message>
    <message>
        <source>Theft (off the shelf)</source>
        <translation>Pencurian (keluar)</translation>
    </message>
    <message>
        <source>Found (onto the shelf)</source>
        <translation>Ditemukan (masuk)</translation>
    </message>
    <message>
        <source>Correction: fewer</source>
        <translation>Koreksi: kurang</translation>
    </message>
    <message>
        <source>Correction: more</source>
        <translation>Koreksi: lebih</translation>
    </message>
    <message>
        <source>Book adjustment</source>
        <translation>Catat penyesuaian</translation>
    </message>
    <message>
        <source>Adjust</source>
        <translation>Sesuaikan</translation>
    </message>
    <message>
        <source>From store</source>
        <translation>Dari toko</translation>
    </message>
    <message>
        <source>Delivery note</source>
        <translation>Surat jalan</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Diterima</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Kosongkan</translation>
    </message>
    <message>
        <source>Receive goods</source>
        <translation>Terima barang</translation>
    </message>
    <message>
        <source>Choose the sending store</source>
        <translation>Pilih toko pengirim</translation>
    </message>
    <message>
        <source>Receive</source>
        <translation>Terima</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Stok</translation>
    </message>
    <message>
        <source>{name} ({sku}): looking it up …</source>
        <translation>{name} ({sku}): sedang dicari …</translation>
    </message>
    <message>
        <source>live</source>
        <translation>langsung</translation>
    </message>
    <message>
        <source>as of {time}, offline</source>
        <translation>per {time}, offline</translation>
    </message>
    <message>
        <source>never confirmed</source>
        <translation>belum pernah dikonfirmasi</translation>
    </message>
    <message>
        <source>{name} (this store)</source>
        <translation>{name} (toko ini)</translation>
    </message>
    <message>
        <source>{name} ({sku}): no figure for this product yet</source>
        <translation>{name} ({sku}): belum ada angka untuk produk ini</translation>
    </message>
    <message>
        <source>Products of this store with fewer than {n} available</source>
        <translation>Produk toko ini dengan kurang dari {n} tersedia</translation>
    </message>
    <message>
        <source>Count submitted: {n} articles, {d} with a difference.</source>
        <translation>Hitungan terkirim: {n} artikel, {d} dengan selisih.</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Diharapkan</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Selisih</translation>
    </message>
    <message>
        <source>Adjustment booked: {qty} × {name} ({reason}).</source>
        <translation>Penyesuaian dicatat: {qty} × {name} ({reason}).</translation>
    </message>
    <message>
        <source>Goods received from {store}: {n} pieces.</source>
        <translation>Barang diterima dari {store}: {n} buah.</translation>
    </message>
</context>
<context>
    <name>StockLine</name>
    <message>
        <source>Stock: looking it up …</source>
        <translation>Stok: sedang dicek …</translation>
    </message>
    <message>
        <source>Stock: no figure for this product yet</source>
        <translation>Stok: belum ada angka untuk produk ini</translation>
    </message>
    <message>
        <source>Stock here: {count} (live)</source>
        <translation>Stok di sini: {count} (langsung)</translation>
    </message>
    <message>
        <source>Stock here: {count} (as of {when}, offline)</source>
        <translation>Stok di sini: {count} (per {when}, offline)</translation>
    </message>
    <message>
        <source>Stock here: {count} (age unknown)</source>
        <translation>Stok di sini: {count} (waktu tidak diketahui)</translation>
    </message>
</context>
<context>
    <name>SyncScreen</name>
    <message>
        <source>Synchronisation</source>
        <translation>Sinkronisasi</translation>
    </message>
    <message>
        <source>Synchronisation with the head office</source>
        <translation>Sinkronisasi dengan kantor pusat</translation>
    </message>
    <message>
        <source>Sale</source>
        <translation>Penjualan</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Retur</translation>
    </message>
    <message>
        <source>Web order handed over</source>
        <translation>Pesanan web diserahkan</translation>
    </message>
    <message>
        <source>Cash in or out</source>
        <translation>Kas masuk atau keluar</translation>
    </message>
    <message>
        <source>Stock count</source>
        <translation>Stok opname</translation>
    </message>
    <message>
        <source>Stock adjustment</source>
        <translation>Penyesuaian stok</translation>
    </message>
    <message>
        <source>Goods received from a store</source>
        <translation>Barang diterima dari toko</translation>
    </message>
    <message>
        <source>Till closed</source>
        <translation>Kasir ditutup</translation>
    </message>
    <message>
        <source>Audit entry</source>
        <translation>Catatan audit</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Menunggu</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Ditolak</translation>
    </message>
    <message>
        <source>Choose an event to see its content</source>
        <translation>Pilih sebuah kejadian untuk melihat isinya</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Tutup (Esc)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Muat ulang</translation>
    </message>
    <message>
        <source>Resubmit refused event</source>
        <translation>Kirim ulang kejadian yang ditolak</translation>
    </message>
    <message>
        <source>Waiting ({count})</source>
        <translation>Menunggu ({count})</translation>
    </message>
    <message>
        <source>Refused ({count})</source>
        <translation>Ditolak ({count})</translation>
    </message>
    <message>
        <source>Last successful sync: never</source>
        <translation>Sinkronisasi terakhir yang berhasil: belum pernah</translation>
    </message>
    <message>
        <source>Last successful sync: {when}</source>
        <translation>Sinkronisasi terakhir yang berhasil: {when}</translation>
    </message>
    <message>
        <source>#{seq}  {type}  {when}  attempts: {attempts}</source>
        <translation>#{seq}  {type}  {when}  percobaan: {attempts}</translation>
    </message>
    <message>
        <source>Nothing here</source>
        <translation>Tidak ada isi</translation>
    </message>
    <message>
        <source>{state} — sales are kept and sent later</source>
        <translation>{state} — penjualan disimpan dan dikirim nanti</translation>
    </message>
    <message numerus="yes">
        <source>Held back: %n event(s) from #{seq}, {type} in version {schema}; the head office takes version(s) {accepted} of it. They are kept and sent once it accepts them.</source>
        <translation>
            <numerusform>Ditahan: %n peristiwa dari #{seq}, {type} versi {schema}; kantor pusat menerima versi {accepted}. Disimpan dan dikirim setelah kantor pusat menerimanya.</numerusform>
        </translation>
    </message>
    <message>
        <source>Refused by the head office: {error}</source>
        <translation>Ditolak oleh kantor pusat: {error}</translation>
    </message>
</context>
<context>
    <name>TillArea</name>
    <message>
        <source>Day</source>
        <translation>Hari</translation>
    </message>
    <message>
        <source>Charts (F10)</source>
        <translation>Grafik (F10)</translation>
    </message>
    <message>
        <source>Open day</source>
        <translation>Buka hari</translation>
    </message>
    <message>
        <source>Cash in</source>
        <translation>Kas masuk</translation>
    </message>
    <message>
        <source>Cash out</source>
        <translation>Kas keluar</translation>
    </message>
    <message>
        <source>X report</source>
        <translation>Laporan X</translation>
    </message>
    <message>
        <source>Close day (Z)</source>
        <translation>Tutup hari (Z)</translation>
    </message>
    <message>
        <source>Till</source>
        <translation>Kasir</translation>
    </message>
    <message>
        <source>No day opened at this till yet. Open the day with a counted float.</source>
        <translation>Belum ada hari yang dibuka di kasir ini. Buka hari dengan modal awal yang dihitung.</translation>
    </message>
    <message>
        <source>Day open since {when}: opened by the first receipt ({name}). The float was not counted, so the difference at the Z includes any cash that was in the drawer.</source>
        <translation>Hari dibuka sejak {when} oleh struk pertama ({name}). Modal awal tidak dihitung, jadi selisih di laporan Z termasuk uang yang sudah ada di laci.</translation>
    </message>
    <message>
        <source>Day open since {when} by {name}. Float {amount}.</source>
        <translation>Hari dibuka sejak {when} oleh {name}. Modal awal {amount}.</translation>
    </message>
    <message>
        <source>Day closed (Z {z}) at {when}. Open a new day to sell.</source>
        <translation>Hari ditutup (Z {z}) pada {when}. Buka hari baru untuk menjual.</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Penjualan</translation>
    </message>
    <message>
        <source>Gross</source>
        <translation>Bruto</translation>
    </message>
    <message>
        <source>Cash in / out</source>
        <translation>Kas masuk / keluar</translation>
    </message>
    <message>
        <source>in {taken} · out {paid}</source>
        <translation>masuk {taken} · keluar {paid}</translation>
    </message>
    <message>
        <source>Expected cash in the drawer</source>
        <translation>Uang tunai seharusnya di laci</translation>
    </message>
    <message>
        <source>Open the day</source>
        <translation>Buka hari</translation>
    </message>
    <message>
        <source>Count the float in the drawer: how many of each note and coin.</source>
        <translation>Hitung modal awal di laci: berapa lembar/keping tiap pecahan.</translation>
    </message>
    <message>
        <source>The day is open.</source>
        <translation>Hari sudah dibuka.</translation>
    </message>
    <message>
        <source>Recorded: {amount}.</source>
        <translation>Dicatat: {amount}.</translation>
    </message>
    <message>
        <source>The X report is printing.</source>
        <translation>Laporan X sedang dicetak.</translation>
    </message>
    <message>
        <source>Close the day (Z): count the cash</source>
        <translation>Tutup hari (Z): hitung uang tunai</translation>
    </message>
    <message>
        <source>Count all cash in the drawer: how many of each note and coin.</source>
        <translation>Hitung semua uang tunai di laci: berapa lembar/keping tiap pecahan.</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Lanjut</translation>
    </message>
    <message>
        <source>The day is closed. The Z report is printing.</source>
        <translation>Hari sudah ditutup. Laporan Z sedang dicetak.</translation>
    </message>
</context>
<context>
    <name>TotalsPanel</name>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Paid {paid} · still to pay {due}</source>
        <translation>Dibayar {paid} · sisa {due}</translation>
    </message>
    <message>
        <source>{count} items</source>
        <translation>{count} barang</translation>
    </message>
    <message>
        <source>discount {amount}</source>
        <translation>diskon {amount}</translation>
    </message>
</context>
<context>
    <name>TouchKeyboard</name>
    <message>
        <source>Capital letter</source>
        <translation>Huruf besar</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Spasi</translation>
    </message>
    <message>
        <source>Delete last character</source>
        <translation>Hapus karakter terakhir</translation>
    </message>
    <message>
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>VisitExtras</name>
    <message>
        <source>Customer: {name} ({customer_id})</source>
        <translation>Pelanggan: {name} ({customer_id})</translation>
    </message>
    <message>
        <source>{count} items</source>
        <translation>{count} barang</translation>
    </message>
    <message>
        <source>paid online</source>
        <translation>dibayar online</translation>
    </message>
    <message>
        <source>to pay {amount}</source>
        <translation>dibayar {amount}</translation>
    </message>
    <message>
        <source>Web order {number}: {count}, {how}</source>
        <translation>Pesanan web {number}: {count}, {how}</translation>
    </message>
    <message>
        <source>Return R{line}: {quantity} × {name} ({reason}) −{refund}</source>
        <translation>Retur R{line}: {quantity} × {name} ({reason}) −{refund}</translation>
    </message>
</context>
<context>
    <name>WebBasket</name>
    <message>
        <source>{name}: now {price}, was {shop_price} online</source>
        <translation>{name}: sekarang {price}, sebelumnya {shop_price} secara online</translation>
    </message>
    <message>
        <source>{name}: no longer sold — not added</source>
        <translation>{name}: tidak dijual lagi — tidak ditambahkan</translation>
    </message>
    <message>
        <source>{name}: only {added} of {wanted} in stock here — {added} added</source>
        <translation>{name}: hanya {added} dari {wanted} tersedia di sini — {added} ditambahkan</translation>
    </message>
    <message>
        <source>{name}: none in stock here — not added</source>
        <translation>{name}: stok kosong di sini — tidak ditambahkan</translation>
    </message>
    <message>
        <source>{name}: not added — {reason}</source>
        <translation>{name}: tidak ditambahkan — {reason}</translation>
    </message>
    <message numerus="yes">
        <source>Web basket loaded: {added} of %n item(s).</source>
        <translation>
            <numerusform>Keranjang web dimuat: {added} dari %n barang.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WebBasketOffer</name>
    <message numerus="yes">
        <source>Load web wish list (%n item(s))</source>
        <translation>
            <numerusform>Muat daftar keinginan web (%n barang)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Load web basket (%n item(s))</source>
        <translation>
            <numerusform>Muat keranjang web (%n barang)</numerusform>
        </translation>
    </message>
</context>
</TS>
