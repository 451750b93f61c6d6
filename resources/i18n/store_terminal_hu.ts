<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hu">
<context>
    <name>ActionBar</name>
    <message>
        <source>Search</source>
        <translation>Keresés</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Mennyiség</translation>
    </message>
    <message>
        <source>Line discount</source>
        <translation>Tétel­kedvezmény</translation>
    </message>
    <message>
        <source>Basket discount</source>
        <translation>Kosár­kedvezmény</translation>
    </message>
    <message>
        <source>Change price</source>
        <translation>Árváltoztatás</translation>
    </message>
    <message>
        <source>Void line</source>
        <translation>Tétel sztornó</translation>
    </message>
    <message>
        <source>Park / resume</source>
        <translation>Félretesz / visszahív</translation>
    </message>
    <message>
        <source>Void basket</source>
        <translation>Kosár sztornó</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Nyugta</translation>
    </message>
    <message>
        <source>Open drawer</source>
        <translation>Fiók nyitása</translation>
    </message>
    <message>
        <source>Pay</source>
        <translation>Fizetés</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Visszatérítés</translation>
    </message>
</context>
<context>
    <name>ApprovalDialog</name>
    <message>
        <source>Manager approval</source>
        <translation>Vezetői jóváhagyás</translation>
    </message>
    <message>
        <source>A manager must approve: {action}.
Manager, please enter your PIN.</source>
        <translation>Vezetői jóváhagyás szükséges: {action}.
Kérjük, a vezető adja meg a PIN-kódját.</translation>
    </message>
    <message>
        <source>Approve (Enter)</source>
        <translation>Jóváhagyás (Enter)</translation>
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
        <translation>Termék</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Menny.</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Egységár</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Összesen</translation>
    </message>
    <message>
        <source>Art. {sku}</source>
        <translation>Cikksz. {sku}</translation>
    </message>
    <message>
        <source>{quantity} × {price}/kg</source>
        <translation>{quantity} × {price}/kg</translation>
    </message>
    <message>
        <source>was {price}</source>
        <translation>korábban {price}</translation>
    </message>
    <message>
        <source>discount {amount}</source>
        <translation>kedvezmény {amount}</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>Sztornózva</translation>
    </message>
    <message>
        <source>Price changed from {price}</source>
        <translation>Eredeti ár: {price}</translation>
    </message>
    <message>
        <source>Discount {percent}</source>
        <translation>Kedvezmény {percent}</translation>
    </message>
</context>
<context>
    <name>CashCountDialog</name>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Mégse (Esc)</translation>
    </message>
    <message>
        <source>Counted: {amount}</source>
        <translation>Számolt: {amount}</translation>
    </message>
</context>
<context>
    <name>CashMoveDialog</name>
    <message>
        <source>Cash in</source>
        <translation>Befizetés</translation>
    </message>
    <message>
        <source>Cash out</source>
        <translation>Kifizetés</translation>
    </message>
    <message>
        <source>Type the amount and choose the reason.</source>
        <translation>Írja be az összeget, és válassza ki az okot.</translation>
    </message>
    <message>
        <source>Note (for Other)</source>
        <translation>Megjegyzés (Egyéb esetén)</translation>
    </message>
    <message>
        <source>Record (Enter)</source>
        <translation>Rögzítés (Enter)</translation>
    </message>
</context>
<context>
    <name>CloseDayDialog</name>
    <message>
        <source>Close the day (Z)</source>
        <translation>Napzárás (Z)</translation>
    </message>
    <message>
        <source>Reason for the difference</source>
        <translation>Az eltérés oka</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Fizetési mód</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Várt</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Számolt</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Eltérés</translation>
    </message>
    <message>
        <source>Change miscounted</source>
        <translation>Visszajáró elszámolva</translation>
    </message>
    <message>
        <source>Coins missing</source>
        <translation>Hiányzó érmék</translation>
    </message>
    <message>
        <source>Card total differs</source>
        <translation>Kártyaösszeg eltér</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Mégse (Esc)</translation>
    </message>
    <message>
        <source>Close day (Z)</source>
        <translation>Nap zárása (Z)</translation>
    </message>
    <message>
        <source>Difference: ?</source>
        <translation>Eltérés: ?</translation>
    </message>
    <message>
        <source>Difference: {amount}</source>
        <translation>Eltérés: {amount}</translation>
    </message>
    <message>
        <source>“{text}” is not an amount: count it again.</source>
        <translation>„{text}” nem összeg: számolja meg újra.</translation>
    </message>
</context>
<context>
    <name>CustomersArea</name>
    <message>
        <source>Scan the customer&apos;s card, or type name, e-mail, phone</source>
        <translation>Olvassa be a vásárló kártyáját, vagy írjon nevet, e-mailt, telefont</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Keresés</translation>
    </message>
    <message>
        <source>Older entries</source>
        <translation>Régebbi tételek</translation>
    </message>
    <message>
        <source>Remove from the visit</source>
        <translation>Levétel a vásárlásról</translation>
    </message>
    <message>
        <source>Attach to the visit</source>
        <translation>Hozzárendelés a vásárláshoz</translation>
    </message>
    <message>
        <source>Apply offers</source>
        <translation>Ajánlatok alkalmazása</translation>
    </message>
    <message>
        <source>{percent} % on {group}</source>
        <translation>{percent} % a(z) {group} csoportra</translation>
    </message>
    <message>
        <source>Personal offers: {offers}</source>
        <translation>Személyes ajánlatok: {offers}</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Vásárlók</translation>
    </message>
    <message>
        <source>Offline: customers known at this till only.</source>
        <translation>Offline: csak a kassza által ismert vásárlók.</translation>
    </message>
    <message>
        <source>No customer found.</source>
        <translation>Nincs ilyen vásárló.</translation>
    </message>
    <message>
        <source>Offline: only what this till knows — its own sales and this store&apos;s web orders.</source>
        <translation>Offline: csak amit ez a kassza tud — saját eladásai és az üzlet webes rendelései.</translation>
    </message>
    <message>
        <source>Nothing in this customer&apos;s history yet.</source>
        <translation>A vásárló előzményei még üresek.</translation>
    </message>
    <message>
        <source>The visit has no customer now.</source>
        <translation>A vásárláshoz most nem tartozik vásárló.</translation>
    </message>
    <message>
        <source>Find a customer to see their history.</source>
        <translation>Keressen vásárlót az előzményei megtekintéséhez.</translation>
    </message>
    <message>
        <source>Store purchase</source>
        <translation>Bolti vásárlás</translation>
    </message>
    <message>
        <source>Web order</source>
        <translation>Webes rendelés</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Visszavét</translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation>Utalvány</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>lezárva</translation>
    </message>
    <message>
        <source>to pick</source>
        <translation>összekészítendő</translation>
    </message>
    <message>
        <source>picking</source>
        <translation>összekészítés alatt</translation>
    </message>
    <message>
        <source>ready for pickup</source>
        <translation>átvehető</translation>
    </message>
    <message>
        <source>collected</source>
        <translation>átvéve</translation>
    </message>
    <message>
        <source>partly collected</source>
        <translation>részben átvéve</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>törölve</translation>
    </message>
    <message>
        <source>not collected</source>
        <translation>nem vették át</translation>
    </message>
    <message>
        <source>returned</source>
        <translation>visszavéve</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktív</translation>
    </message>
    <message>
        <source>spent</source>
        <translation>felhasználva</translation>
    </message>
    <message>
        <source>voided</source>
        <translation>érvénytelen</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Mikor</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Mi</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Hol</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Állapot</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Összeg</translation>
    </message>
    <message>
        <source>balance {amount}</source>
        <translation>egyenleg {amount}</translation>
    </message>
</context>
<context>
    <name>DayChartsView</name>
    <message>
        <source>No sales yet today</source>
        <translation>Ma még nem volt eladás</translation>
    </message>
    <message>
        <source>By hour</source>
        <translation>Óránként</translation>
    </message>
    <message>
        <source>By tender</source>
        <translation>Fizetési módok</translation>
    </message>
    <message>
        <source>Top by revenue</source>
        <translation>Top bevétel</translation>
    </message>
    <message>
        <source>Top by quantity</source>
        <translation>Top mennyiség</translation>
    </message>
    <message>
        <source>Sales by hour</source>
        <translation>Forgalom óránként</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Eladva</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Visszatérítve</translation>
    </message>
    <message>
        <source>Sales by tender</source>
        <translation>Forgalom fizetési mód szerint</translation>
    </message>
    <message>
        <source>Top products by quantity</source>
        <translation>Legkelendőbb termékek mennyiség szerint</translation>
    </message>
    <message>
        <source>Top products by revenue</source>
        <translation>Legkelendőbb termékek bevétel szerint</translation>
    </message>
</context>
<context>
    <name>DayMessages</name>
    <message>
        <source>Change from the bank</source>
        <translation>Váltópénz a bankból</translation>
    </message>
    <message>
        <source>Float top-up</source>
        <translation>Váltópénz feltöltése</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Helyesbítés</translation>
    </message>
    <message>
        <source>Bank deposit</source>
        <translation>Banki befizetés</translation>
    </message>
    <message>
        <source>Supplier paid</source>
        <translation>Szállító kifizetve</translation>
    </message>
    <message>
        <source>Small expense</source>
        <translation>Kisebb kiadás</translation>
    </message>
    <message>
        <source>Cash to the safe</source>
        <translation>Készpénz a széfbe</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Egyéb</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Készpénz</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Kártya</translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation>Utalvány</translation>
    </message>
    <message>
        <source>Web payment</source>
        <translation>Online fizetés</translation>
    </message>
</context>
<context>
    <name>DiscountDialog</name>
    <message>
        <source>Discount</source>
        <translation>Kedvezmény</translation>
    </message>
    <message>
        <source>Percent %</source>
        <translation>Százalék %</translation>
    </message>
    <message>
        <source>Amount {symbol}</source>
        <translation>Összeg {symbol}</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>Sérült</translation>
    </message>
    <message>
        <source>Goodwill</source>
        <translation>Méltányosság</translation>
    </message>
    <message>
        <source>Promotion</source>
        <translation>Akció</translation>
    </message>
    <message>
        <source>No discount</source>
        <translation>Nincs kedvezmény</translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Mégse (Esc)</translation>
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
        <translation>Háttérrendszer és regisztráció</translation>
    </message>
    <message>
        <source>The till sends its sales to the store backend and gets the catalogue from it. Enter the backend&apos;s address and the one-time enrolment code from the store office.</source>
        <translation>A kassza az eladásait a bolti háttérrendszernek küldi, és onnan kapja a katalógust. Adja meg a háttérrendszer címét és az irodától kapott egyszeri regisztrációs kódot.</translation>
    </message>
    <message>
        <source>Backend address</source>
        <translation>Háttérrendszer címe</translation>
    </message>
    <message>
        <source>for example http://backend:8765</source>
        <translation>például http://backend:8765</translation>
    </message>
    <message>
        <source>Enrolment code</source>
        <translation>Regisztrációs kód</translation>
    </message>
    <message>
        <source>works once, for example ABCD-EFGH-JKLM</source>
        <translation>egyszer használható, pl. ABCD-EFGH-JKLM</translation>
    </message>
    <message>
        <source>&amp;Enrol this till</source>
        <translation>Kassza &amp;regisztrálása</translation>
    </message>
    <message>
        <source>Enrolling at {url}…</source>
        <translation>Regisztráció itt: {url}…</translation>
    </message>
    <message>
        <source>Enrolled: this till is terminal {terminal} of store {store}.</source>
        <translation>Regisztrálva: ez a kassza a(z) {store} bolt {terminal} terminálja.</translation>
    </message>
</context>
<context>
    <name>FirstRunConfigError</name>
    <message>
        <source>The till&apos;s settings cannot be used</source>
        <translation>A kassza beállításai nem használhatók</translation>
    </message>
    <message>
        <source>Correct the file and start the till again. Without the file, the till starts its set-up.</source>
        <translation>Javítsa ki a fájlt, és indítsa újra a kasszát. A fájl nélkül a kassza a beállítással indul.</translation>
    </message>
</context>
<context>
    <name>FirstRunIdentity</name>
    <message>
        <source>Language</source>
        <translation>Nyelv</translation>
    </message>
    <message>
        <source>Welcome! This till is not set up yet. Choose the language of the till; receipts and the cashier&apos;s screens use it.</source>
        <translation>Üdvözöljük! Ez a kassza még nincs beállítva. Válassza ki a kassza nyelvét; ezt használják a blokkok és a pénztári képernyők.</translation>
    </message>
    <message>
        <source>Store and terminal</source>
        <translation>Bolt és terminál</translation>
    </message>
    <message>
        <source>Which store is this till in, and which till is it? The store office has these ids.</source>
        <translation>Melyik boltban van ez a kassza, és melyik kassza ez? Az azonosítókat a bolti iroda tudja.</translation>
    </message>
    <message>
        <source>Store id</source>
        <translation>Boltazonosító</translation>
    </message>
    <message>
        <source>for example S001</source>
        <translation>például S001</translation>
    </message>
    <message>
        <source>Terminal id</source>
        <translation>Terminálazonosító</translation>
    </message>
    <message>
        <source>for example T01; part of every receipt number</source>
        <translation>például T01; minden blokkszám része</translation>
    </message>
    <message>
        <source>Store name</source>
        <translation>Bolt neve</translation>
    </message>
    <message>
        <source>as the receipts show it</source>
        <translation>ahogy a blokkon megjelenik</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Ország</translation>
    </message>
    <message>
        <source>Germany (EUR)</source>
        <translation>Németország (EUR)</translation>
    </message>
    <message>
        <source>Hungary (HUF)</source>
        <translation>Magyarország (HUF)</translation>
    </message>
    <message>
        <source>Indonesia (IDR)</source>
        <translation>Indonézia (IDR)</translation>
    </message>
</context>
<context>
    <name>FirstRunMessages</name>
    <message>
        <source>The file cannot be read ({reason}).</source>
        <translation>A fájl nem olvasható ({reason}).</translation>
    </message>
    <message>
        <source>This is not valid TOML: {reason}</source>
        <translation>Ez nem érvényes TOML: {reason}</translation>
    </message>
    <message>
        <source>[{key}] is not a section the till knows. Remove it or correct it.</source>
        <translation>A(z) [{key}] szakaszt a kassza nem ismeri. Törölje vagy javítsa.</translation>
    </message>
    <message>
        <source>{key} is not a setting the till knows. Remove it or correct its spelling.</source>
        <translation>A(z) {key} beállítást a kassza nem ismeri. Törölje vagy javítsa az írásmódját.</translation>
    </message>
    <message>
        <source>{key} must be a section, written as [{key}].</source>
        <translation>A(z) {key} szakasz kell legyen, így írva: [{key}].</translation>
    </message>
    <message>
        <source>{key} must be true or false.</source>
        <translation>A(z) {key} értéke true vagy false lehet.</translation>
    </message>
    <message>
        <source>{key} must be a whole number.</source>
        <translation>A(z) {key} értéke egész szám kell legyen.</translation>
    </message>
    <message>
        <source>{key} must be a number.</source>
        <translation>A(z) {key} értéke szám kell legyen.</translation>
    </message>
    <message>
        <source>{key} must be text in quotes.</source>
        <translation>A(z) {key} értéke idézőjeles szöveg kell legyen.</translation>
    </message>
    <message>
        <source>{key} must be a list of texts in quotes.</source>
        <translation>A(z) {key} értéke idézőjeles szövegek listája kell legyen.</translation>
    </message>
    <message>
        <source>A store id is 1 to 10 capital letters or digits, for example S001.</source>
        <translation>A boltazonosító 1–10 nagybetű vagy számjegy, például S001.</translation>
    </message>
    <message>
        <source>A terminal id is 1 to 10 capital letters or digits, for example T01.</source>
        <translation>A terminálazonosító 1–10 nagybetű vagy számjegy, például T01.</translation>
    </message>
    <message>
        <source>The language must be English, German, Hungarian or Indonesian.</source>
        <translation>A nyelv angol, német, magyar vagy indonéz lehet.</translation>
    </message>
    <message>
        <source>The country must be Germany, Hungary or Indonesia.</source>
        <translation>Az ország Németország, Magyarország vagy Indonézia lehet.</translation>
    </message>
    <message>
        <source>{value} is not a currency the till knows.</source>
        <translation>A(z) {value} pénznemet a kassza nem ismeri.</translation>
    </message>
    <message>
        <source>Enter the address of the store backend.</source>
        <translation>Adja meg a bolti háttérrendszer címét.</translation>
    </message>
    <message>
        <source>The backend address must start with http:// or https:// and name a server, for example http://backend:8765.</source>
        <translation>A háttérrendszer címe http:// vagy https:// előtaggal kezdődjön, és nevezzen meg egy szervert, például http://backend:8765.</translation>
    </message>
    <message>
        <source>Choose one of the printer types shown.</source>
        <translation>Válasszon a megjelenített nyomtatótípusok közül.</translation>
    </message>
    <message>
        <source>This printer needs {field}.</source>
        <translation>Ehhez a nyomtatóhoz meg kell adni: {field}.</translation>
    </message>
    <message>
        <source>A port is a number from 1 to 65535.</source>
        <translation>A port 1 és 65535 közötti szám.</translation>
    </message>
    <message>
        <source>A USB id is a hexadecimal number from 0001 to FFFF, for example 04b8.</source>
        <translation>Az USB-azonosító 0001 és FFFF közötti hexadecimális szám, például 04b8.</translation>
    </message>
    <message>
        <source>Enter the enrolment code from the store office.</source>
        <translation>Adja meg a bolti irodától kapott regisztrációs kódot.</translation>
    </message>
    <message>
        <source>The backend at {url} does not answer. Check the address and the network cable.</source>
        <translation>A háttérrendszer ({url}) nem válaszol. Ellenőrizze a címet és a hálózati kábelt.</translation>
    </message>
    <message>
        <source>The backend refused this enrolment code: it is wrong, already used or expired. Ask the store office for a new code.</source>
        <translation>A háttérrendszer elutasította ezt a regisztrációs kódot: hibás, már felhasznált vagy lejárt. Kérjen új kódot a bolti irodától.</translation>
    </message>
    <message>
        <source>This enrolment code is for another store than {store_id}. Check the store id, or ask for a code for this store.</source>
        <translation>Ez a regisztrációs kód nem a(z) {store_id} bolthoz tartozik. Ellenőrizze a boltazonosítót, vagy kérjen kódot ehhez a bolthoz.</translation>
    </message>
    <message>
        <source>{url} answers, but it is not a store backend. Check the address.</source>
        <translation>A(z) {url} válaszol, de nem bolti háttérrendszer. Ellenőrizze a címet.</translation>
    </message>
    <message>
        <source>The backend had a problem ({status}). Try again in a moment.</source>
        <translation>A háttérrendszernél hiba történt ({status}). Próbálja újra egy kis idő múlva.</translation>
    </message>
    <message>
        <source>The settings cannot be saved to {path} ({reason}). Ask the store&apos;s IT.</source>
        <translation>A beállítások nem menthetők ide: {path} ({reason}). Kérjen segítséget a bolti informatikától.</translation>
    </message>
    <message>
        <source>This is the last step: tap Finish.</source>
        <translation>Ez az utolsó lépés: koppintson a Befejezés gombra.</translation>
    </message>
    <message>
        <source>Finish this step first.</source>
        <translation>Előbb fejezze be ezt a lépést.</translation>
    </message>
    <message>
        <source>The test print failed: the printer ({printer}) does not answer. Check that it is switched on and connected, and the settings above.</source>
        <translation>A tesztnyomtatás nem sikerült: a nyomtató ({printer}) nem válaszol. Ellenőrizze, hogy be van-e kapcsolva és csatlakoztatva, valamint a fenti beállításokat.</translation>
    </message>
    <message>
        <source>The test print failed: the printer ({printer}) stopped taking data.</source>
        <translation>A tesztnyomtatás nem sikerült: a nyomtató ({printer}) nem fogad több adatot.</translation>
    </message>
    <message>
        <source>The test print failed: the printer is out of paper.</source>
        <translation>A tesztnyomtatás nem sikerült: kifogyott a papír a nyomtatóból.</translation>
    </message>
    <message>
        <source>The test print failed: {reason}</source>
        <translation>A tesztnyomtatás nem sikerült: {reason}</translation>
    </message>
    <message>
        <source>a device or file path</source>
        <translation>eszköz- vagy fájlútvonal</translation>
    </message>
    <message>
        <source>a host name or IP address</source>
        <translation>gépnév vagy IP-cím</translation>
    </message>
    <message>
        <source>a serial port</source>
        <translation>soros port</translation>
    </message>
    <message>
        <source>line {line}</source>
        <translation>{line}. sor</translation>
    </message>
    <message>
        <source>setting {key}</source>
        <translation>beállítás: {key}</translation>
    </message>
</context>
<context>
    <name>FirstRunPrinter</name>
    <message>
        <source>Receipt printer</source>
        <translation>Blokknyomtató</translation>
    </message>
    <message>
        <source>How is the receipt printer connected? Print a test page to see that it works.</source>
        <translation>Hogyan csatlakozik a blokknyomtató? Nyomtasson tesztoldalt, hogy lássa, működik-e.</translation>
    </message>
    <message>
        <source>Screen only</source>
        <translation>Csak képernyő</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Hálózat</translation>
    </message>
    <message>
        <source>USB</source>
        <translation>USB</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>Soros</translation>
    </message>
    <message>
        <source>Device file</source>
        <translation>Eszközfájl</translation>
    </message>
    <message>
        <source>Receipts are shown on the screen only. Choose this while the till has no printer.</source>
        <translation>A blokkok csak a képernyőn jelennek meg. Akkor válassza, ha a kasszához még nincs nyomtató.</translation>
    </message>
    <message>
        <source>Host or IP address</source>
        <translation>Gépnév vagy IP-cím</translation>
    </message>
    <message>
        <source>for example 192.168.1.50</source>
        <translation>például 192.168.1.50</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>USB vendor id</source>
        <translation>USB gyártóazonosító</translation>
    </message>
    <message>
        <source>hex, e.g. 04b8</source>
        <translation>hexa, pl. 04b8</translation>
    </message>
    <message>
        <source>USB product id</source>
        <translation>USB termékazonosító</translation>
    </message>
    <message>
        <source>hex, e.g. 0e15</source>
        <translation>hexa, pl. 0e15</translation>
    </message>
    <message>
        <source>Serial port</source>
        <translation>Soros port</translation>
    </message>
    <message>
        <source>for example /dev/ttyUSB0</source>
        <translation>például /dev/ttyUSB0</translation>
    </message>
    <message>
        <source>Baud rate</source>
        <translation>Adatátviteli sebesség (baud)</translation>
    </message>
    <message>
        <source>Device or file</source>
        <translation>Eszköz vagy fájl</translation>
    </message>
    <message>
        <source>for example /dev/usb/lp0</source>
        <translation>például /dev/usb/lp0</translation>
    </message>
    <message>
        <source>&amp;Test print</source>
        <translation>&amp;Tesztnyomtatás</translation>
    </message>
    <message>
        <source>Printing a test page…</source>
        <translation>Tesztoldal nyomtatása…</translation>
    </message>
    <message>
        <source>No printer is used: receipts will show on the screen.</source>
        <translation>Nincs nyomtató: a blokkok a képernyőn jelennek meg.</translation>
    </message>
    <message>
        <source>The test page went to the printer ({printer}). Did it come out readable?</source>
        <translation>A tesztoldal elment a nyomtatóra ({printer}). Olvashatóan jött ki?</translation>
    </message>
</context>
<context>
    <name>FirstRunScanner</name>
    <message>
        <source>Scanner test</source>
        <translation>Szkennerteszt</translation>
    </message>
    <message>
        <source>Scan any barcode, for example from a product. The till shows what it received; it must match the numbers under the bars. Then tap Finish.</source>
        <translation>Olvasson be egy tetszőleges vonalkódot, például egy termékről. A kassza megmutatja, mit kapott; ennek egyeznie kell a vonalak alatti számokkal. Ezután koppintson a Befejezés gombra.</translation>
    </message>
    <message>
        <source>Last scan:</source>
        <translation>Utolsó beolvasás:</translation>
    </message>
    <message>
        <source>(nothing scanned yet)</source>
        <translation>(még nincs beolvasás)</translation>
    </message>
    <message>
        <source>The scanner works. Tap Finish to start the till.</source>
        <translation>A szkenner működik. Koppintson a Befejezés gombra a kassza indításához.</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Step {step} of {steps}</source>
        <translation>{step}. lépés / {steps}</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Befejezés</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Tovább</translation>
    </message>
    <message>
        <source>Set up this till</source>
        <translation>A kassza beállítása</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Kilépés</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Vissza</translation>
    </message>
</context>
<context>
    <name>HitsModel</name>
    <message>
        <source>Product</source>
        <translation>Termék</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>Márka</translation>
    </message>
    <message>
        <source>Article no.</source>
        <translation>Cikkszám</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Ár</translation>
    </message>
</context>
<context>
    <name>Keypad</name>
    <message>
        <source>Delete last character</source>
        <translation>Utolsó karakter törlése</translation>
    </message>
    <message>
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Törlés</translation>
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
        <translation>Pénztár</translation>
    </message>
    <message>
        <source>Enter your PIN or scan your badge</source>
        <translation>Adja meg a PIN-kódját, vagy olvassa be a kártyáját</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Belépés</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Store terminal</source>
        <translation>Pénztár</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Nothing was scanned. Scan or type the code again.</source>
        <translation>Nem történt beolvasás. Olvassa be vagy írja be újra a kódot.</translation>
    </message>
    <message>
        <source>Code {code} is not a barcode or article number we know.</source>
        <translation>A(z) {code} kód nem ismert vonalkód vagy cikkszám.</translation>
    </message>
    <message>
        <source>Barcode {code} is misread (wrong check digit). Scan it again.</source>
        <translation>A(z) {code} vonalkód hibásan olvasódott be (rossz ellenőrző szám). Olvassa be újra.</translation>
    </message>
    <message>
        <source>Barcode {code} uses a format this till cannot sell from. Scan the article barcode.</source>
        <translation>A(z) {code} vonalkód formátumát ez a pénztár nem tudja értékesíteni. Olvassa be a termék vonalkódját.</translation>
    </message>
    <message>
        <source>Barcode {code} is not in the catalogue.</source>
        <translation>A(z) {code} vonalkód nem szerepel a cikktörzsben.</translation>
    </message>
    <message>
        <source>The price in barcode {code} is misread (wrong price check digit). Scan it again.</source>
        <translation>A(z) {code} vonalkódban lévő ár hibásan olvasódott be (rossz ár-ellenőrző szám). Olvassa be újra.</translation>
    </message>
    <message>
        <source>Article number {sku} is not in the catalogue.</source>
        <translation>A(z) {sku} cikkszám nem szerepel a cikktörzsben.</translation>
    </message>
    <message>
        <source>{quantity} cannot be counted: type a quantity of 0 or more.</source>
        <translation>{quantity} nem számolható: adjon meg 0 vagy nagyobb mennyiséget.</translation>
    </message>
    <message>
        <source>A count holds at most {limit} articles. Submit this one and start another.</source>
        <translation>Egy leltár legfeljebb {limit} cikket tartalmazhat. Küldje be ezt, és kezdjen újat.</translation>
    </message>
    <message>
        <source>Choose a reason for the adjustment: damaged, theft, found or correction.</source>
        <translation>Válassza ki a korrekció okát: sérült, lopás, előkerült vagy helyesbítés.</translation>
    </message>
    <message>
        <source>Choose the store the goods came from (another store than this one).</source>
        <translation>Válassza ki az áru küldő áruházát (nem ezt az áruházat).</translation>
    </message>
    <message>
        <source>Nothing is counted yet: scan the articles on the shelf first.</source>
        <translation>Még semmi sincs megszámolva: először olvassa be a polcon lévő cikkeket.</translation>
    </message>
    <message>
        <source>{name} ({sku}) may no longer be sold.</source>
        <translation>{name} ({sku}) már nem értékesíthető.</translation>
    </message>
    <message>
        <source>{name} is sold by weight: scan the label from the scale.</source>
        <translation>{name} súly szerint kerül eladásra: olvassa be a mérleg címkéjét.</translation>
    </message>
    <message>
        <source>This article has an unknown VAT class ({vat_code}). Ask the store office.</source>
        <translation>Ennek a terméknek ismeretlen az áfakulcsa ({vat_code}). Kérdezze meg az irodát.</translation>
    </message>
    <message>
        <source>That is the code of receipt {receipt_number}, not an article.</source>
        <translation>Ez a(z) {receipt_number} nyugta kódja, nem termék.</translation>
    </message>
    <message>
        <source>That is the pickup code {code} of a web order, not an article.</source>
        <translation>Ez egy webrendelés {code} átvételi kódja, nem termék.</translation>
    </message>
    <message>
        <source>That is a store-credit voucher: take it as a payment (Pay, then scan it again).</source>
        <translation>Ez egy vásárlási utalvány: fizetéskor fogadható el (Fizetés, majd olvassa be újra).</translation>
    </message>
    <message>
        <source>That is a staff badge. To change cashier, log out first.</source>
        <translation>Ez egy dolgozói kártya. Pénztárosváltáshoz előbb jelentkezzen ki.</translation>
    </message>
    <message>
        <source>Code {code} is not an article. Use it where it belongs.</source>
        <translation>A(z) {code} kód nem termék. Ott használja, ahová tartozik.</translation>
    </message>
    <message>
        <source>The cash drawer did not open ({reason}). Open it with its key.</source>
        <translation>A pénzfiók nem nyílt ki ({reason}). Nyissa ki a kulccsal.</translation>
    </message>
    <message>
        <source>The scanner sent something unreadable. Scan again.</source>
        <translation>Az olvasó olvashatatlan adatot küldött. Olvassa be újra.</translation>
    </message>
    <message>
        <source>The scanner sent a code that is far too long. Scan again.</source>
        <translation>Az olvasó túl hosszú kódot küldött. Olvassa be újra.</translation>
    </message>
    <message>
        <source>The scanner is not connected. Check its cable, or type the code.</source>
        <translation>Az olvasó nincs csatlakoztatva. Ellenőrizze a kábelét, vagy írja be a kódot.</translation>
    </message>
    <message>
        <source>PIN or badge not recognised. Try again.</source>
        <translation>Ismeretlen PIN-kód vagy kártya. Próbálja újra.</translation>
    </message>
    <message>
        <source>Nobody is logged in. Please log in first.</source>
        <translation>Senki sincs bejelentkezve. Kérjük, előbb lépjen be.</translation>
    </message>
    <message>
        <source>A PIN must be 4 to 12 digits.</source>
        <translation>A PIN-kód 4–12 számjegyből áll.</translation>
    </message>
    <message>
        <source>This PIN is already used by someone else. Choose another one.</source>
        <translation>Ezt a PIN-kódot már más használja. Válasszon másikat.</translation>
    </message>
    <message>
        <source>{name} can no longer log in at this till: removed by the head office. Ask a manager.</source>
        <translation>{name} már nem jelentkezhet be ennél a kasszánál: a központ eltávolította. Kérjen segítséget egy vezetőtől.</translation>
    </message>
    <message>
        <source>Too many wrong tries. Wait {seconds} seconds, then enter your PIN again.</source>
        <translation>Túl sok hibás próbálkozás. Várjon {seconds} másodpercet, majd adja meg újra a PIN-kódját.</translation>
    </message>
    <message>
        <source>This person is managed by the head office. Change them there.</source>
        <translation>Ezt a személyt a központ kezeli. Ott módosítsa.</translation>
    </message>
    <message>
        <source>That is not a manager&apos;s PIN. The action was not approved.</source>
        <translation>Ez nem vezetői PIN-kód. A művelet nincs jóváhagyva.</translation>
    </message>
    <message>
        <source>A manager must approve this: {action}.</source>
        <translation>Ehhez vezetői jóváhagyás kell: {action}.</translation>
    </message>
    <message>
        <source>No manager approval was given. Nothing was changed.</source>
        <translation>Nem történt vezetői jóváhagyás. Semmi sem változott.</translation>
    </message>
    <message>
        <source>Quantity {quantity} is not possible.</source>
        <translation>A(z) {quantity} mennyiség nem lehetséges.</translation>
    </message>
    <message>
        <source>The basket is empty.</source>
        <translation>A kosár üres.</translation>
    </message>
    <message>
        <source>Finish or park the current basket first.</source>
        <translation>Előbb zárja le vagy tegye félre az aktuális kosarat.</translation>
    </message>
    <message>
        <source>This parked basket no longer exists.</source>
        <translation>Ez a félretett kosár már nem létezik.</translation>
    </message>
    <message>
        <source>This line no longer exists.</source>
        <translation>Ez a tétel már nem létezik.</translation>
    </message>
    <message>
        <source>A refund must be more than zero. Check the price paid.</source>
        <translation>A visszatérítésnek nullánál többnek kell lennie. Ellenőrizze a fizetett árat.</translation>
    </message>
    <message>
        <source>Choose why the item comes back; for &quot;other&quot; write the reason.</source>
        <translation>Válassza ki a visszavétel okát; „egyéb” esetén írja be az okot.</translation>
    </message>
    <message>
        <source>Line {line_no} of {reference} is already being returned. Change its quantity instead.</source>
        <translation>A(z) {reference} {line_no}. tétele már visszavétel alatt van. Módosítsa inkább a mennyiséget.</translation>
    </message>
    <message>
        <source>Receipt {reference} is not known. Check the number on the receipt.</source>
        <translation>A(z) {reference} nyugta nem ismert. Ellenőrizze a nyugtán lévő számot.</translation>
    </message>
    <message>
        <source>Web order {reference} is not known. Check the order number.</source>
        <translation>A(z) {reference} webes rendelés nem ismert. Ellenőrizze a rendelésszámot.</translation>
    </message>
    <message>
        <source>{code} is not a receipt or web-order number.</source>
        <translation>{code} nem nyugta- vagy webes rendelésszám.</translation>
    </message>
    <message>
        <source>Unknown barcode: {code}, neither a receipt nor an article.</source>
        <translation>Ismeretlen vonalkód: {code} – se nem nyugta, se nem termék.</translation>
    </message>
    <message>
        <source>{name} is not on {reference}. Choose one of its lines, or Esc for another receipt.</source>
        <translation>{name} nem szerepel a(z) {reference} nyugtán. Válasszon egy tételt, vagy Esc egy másik nyugtához.</translation>
    </message>
    <message>
        <source>Only {returnable} of this line can still be returned.</source>
        <translation>Ebből a tételből már csak {returnable} vehető vissza.</translation>
    </message>
    <message>
        <source>This return is already being taken at another till. Clear and look it up again.</source>
        <translation>Ezt a visszavételt most egy másik kassza kezeli. Törölje, és keresse meg újra.</translation>
    </message>
    <message>
        <source>The return could not be reserved. Look the receipt up again.</source>
        <translation>A visszavételt nem sikerült lefoglalni. Keresse meg újra a nyugtát.</translation>
    </message>
    <message>
        <source>The head office cannot be reached. Try again, or take it back as unchecked.</source>
        <translation>A központ nem érhető el. Próbálja újra, vagy vegye vissza ellenőrzés nélkül.</translation>
    </message>
    <message>
        <source>Without a receipt a return needs the head office (for the lowest price), which cannot be reached now. Try again later.</source>
        <translation>Nyugta nélküli visszavételhez a központ kell (a legalacsonyabb árhoz), amely most nem érhető el. Próbálja később.</translation>
    </message>
    <message>
        <source>{name} was sold as final sale: it cannot be taken back.</source>
        <translation>{name} visszavétel nélküli akciós termék volt: nem vehető vissza.</translation>
    </message>
    <message>
        <source>Choose how many of {name} come back (+).</source>
        <translation>Válassza ki, hány darab {name} jön vissza (+).</translation>
    </message>
    <message>
        <source>Choose where the item goes: back to stock, write off or inspect.</source>
        <translation>Válassza ki, hová kerül a termék: raktárba, leírás vagy ellenőrzés.</translation>
    </message>
    <message>
        <source>Choose what comes back: select a line and press + .</source>
        <translation>Válassza ki, mi jön vissza: jelöljön ki egy tételt, és nyomja meg a + gombot.</translation>
    </message>
    <message>
        <source>{reference} cannot be checked now: scan each item that comes back.</source>
        <translation>A(z) {reference} most nem ellenőrizhető: olvassa be az összes visszahozott terméket.</translation>
    </message>
    <message>
        <source>Choose the items on the lines of {reference} instead of scanning them.</source>
        <translation>A(z) {reference} tételei közül válasszon, ne olvassa be őket.</translation>
    </message>
    <message>
        <source>{reference} has no line {line_no}.</source>
        <translation>A(z) {reference} nem tartalmaz {line_no}. tételt.</translation>
    </message>
    <message>
        <source>{reference} was paid in {currency}; this till refunds only {expected}.</source>
        <translation>A(z) {reference} fizetése {currency} pénznemben történt; ez a kassza csak {expected} pénznemben térít vissza.</translation>
    </message>
    <message>
        <source>The head office gave an answer the till cannot read. Try again.</source>
        <translation>A központ olyan választ adott, amelyet a kassza nem tud olvasni. Próbálja újra.</translation>
    </message>
    <message>
        <source>This till may not take returns from the head office now (not enrolled?).</source>
        <translation>Ez a kassza most nem vehet vissza árut a központon keresztül (nincs regisztrálva?).</translation>
    </message>
    <message>
        <source>Line {line_no} of order {order_number} is already being handed over.</source>
        <translation>A(z) {order_number} rendelés {line_no}. tétele már átadás alatt van.</translation>
    </message>
    <message>
        <source>{name} is not in this order.</source>
        <translation>{name} nem része ennek a rendelésnek.</translation>
    </message>
    <message>
        <source>All of {name} is counted already.</source>
        <translation>{name} már teljes mennyiségben meg van számolva.</translation>
    </message>
    <message>
        <source>Order {order_number} is {state}: it cannot be picked now.</source>
        <translation>A(z) {order_number} rendelés állapota {state}: most nem lehet összeszedni.</translation>
    </message>
    <message>
        <source>At most {most} can be marked short on this line.</source>
        <translation>Ezen a soron legfeljebb {most} jelölhető hiányzónak.</translation>
    </message>
    <message>
        <source>Order {order_number} is ready already.</source>
        <translation>A(z) {order_number} rendelés már kész.</translation>
    </message>
    <message>
        <source>Pick every item, or mark it short, before the order is ready.</source>
        <translation>Minden tételt szedjen össze vagy jelöljön hiányzónak, mielőtt a rendelés kész.</translation>
    </message>
    <message>
        <source>Nothing of order {order_number} was found: it cannot be made ready.</source>
        <translation>A(z) {order_number} rendelésből semmit sem találtak: nem lehet késznek jelölni.</translation>
    </message>
    <message>
        <source>Order {order_number} is {state}: it cannot be handed over.</source>
        <translation>A(z) {order_number} rendelés állapota {state}: nem adható át.</translation>
    </message>
    <message>
        <source>This till has no lines of order {order_number} yet. Ask the store office.</source>
        <translation>Ez a kassza még nem ismeri a(z) {order_number} rendelés tételeit. Kérdezze az irodát.</translation>
    </message>
    <message>
        <source>Choose a reason first.</source>
        <translation>Először válasszon okot.</translation>
    </message>
    <message>
        <source>At most {most} can be refused on this line.</source>
        <translation>Ezen a soron legfeljebb {most} utasítható vissza.</translation>
    </message>
    <message>
        <source>Nothing is taken yet: scan or confirm at least one item first.</source>
        <translation>Még semmi sincs átvéve: előbb olvasson be vagy erősítsen meg legalább egy tételt.</translation>
    </message>
    <message>
        <source>Found by name: check the customer&apos;s ID and tick &quot;ID checked&quot; first.</source>
        <translation>Név alapján találva: előbb ellenőrizze a személyazonosságot és jelölje be az „Igazolvány ellenőrizve” mezőt.</translation>
    </message>
    <message>
        <source>Write the name of the person who collects.</source>
        <translation>Írja be az átvevő személy nevét.</translation>
    </message>
    <message>
        <source>Before handing over, still needed: {missing}.</source>
        <translation>Átadás előtt még hiányzik: {missing}.</translation>
    </message>
    <message>
        <source>{code} is not a pickup code.</source>
        <translation>{code} nem átvételi kód.</translation>
    </message>
    <message>
        <source>Order {order_number} is not an open order of this store. It may be another store&apos;s, or closed.</source>
        <translation>A(z) {order_number} nem ennek az áruháznak nyitott rendelése. Lehet, hogy másik áruházé, vagy lezárták.</translation>
    </message>
    <message>
        <source>Order {order_number} was handed over at this till already.</source>
        <translation>A(z) {order_number} rendelést ennél a kasszánál már átadták.</translation>
    </message>
    <message>
        <source>This till cannot check the code of order {order_number}: find it by name, with an ID check.</source>
        <translation>Ez a kassza nem tudja ellenőrizni a(z) {order_number} rendelés kódját: keresse név alapján, igazolvány-ellenőrzéssel.</translation>
    </message>
    <message>
        <source>Wrong pickup code for order {order_number} ({attempts} wrong so far). Ask to see it again.</source>
        <translation>Hibás átvételi kód a(z) {order_number} rendeléshez (eddig {attempts} hibás). Kérje újra a kódot.</translation>
    </message>
    <message>
        <source>Wrong pickup code for order {order_number}: {attempts_left} tries left.</source>
        <translation>Hibás átvételi kód a(z) {order_number} rendeléshez: még {attempts_left} próbálkozás maradt.</translation>
    </message>
    <message>
        <source>Order {order_number} is being handed over at another till.</source>
        <translation>A(z) {order_number} rendelést éppen egy másik kasszánál adják át.</translation>
    </message>
    <message>
        <source>Order {order_number} is to be collected at store {store_id}, not here.</source>
        <translation>A(z) {order_number} rendelést a(z) {store_id} áruházban kell átvenni, nem itt.</translation>
    </message>
    <message>
        <source>Order {order_number} is {status} now: it cannot be handed over.</source>
        <translation>A(z) {order_number} rendelés állapota most {status}: nem adható át.</translation>
    </message>
    <message>
        <source>Too many wrong codes for order {order_number}: find it by name, with an ID check.</source>
        <translation>Túl sok hibás kód a(z) {order_number} rendeléshez: keresse név alapján, igazolvány-ellenőrzéssel.</translation>
    </message>
    <message>
        <source>The head office does not know order {order_number}.</source>
        <translation>A központ nem ismeri a(z) {order_number} rendelést.</translation>
    </message>
    <message>
        <source>The head office refused the handover of order {order_number}.</source>
        <translation>A központ elutasította a(z) {order_number} rendelés átadását.</translation>
    </message>
    <message>
        <source>This visit is settled the other way: check whether the customer pays or is paid.</source>
        <translation>Ez a tranzakció fordítva egyenlítődik ki: ellenőrizze, hogy a vásárló fizet vagy pénzt kap.</translation>
    </message>
    <message>
        <source>A refund to the web payment can only be paid out, not taken.</source>
        <translation>Az online fizetésre történő visszatérítés csak kifizetés lehet, befizetés nem.</translation>
    </message>
    <message>
        <source>This voucher code has a typing error (its last symbol does not match). Check the code and type it again.</source>
        <translation>Ebben az utalványkódban elírás van (az utolsó jel nem egyezik). Ellenőrizze a kódot, és írja be újra.</translation>
    </message>
    <message>
        <source>That is not a voucher code. A voucher code has 17 letters and digits.</source>
        <translation>Ez nem utalványkód. Az utalványkód 17 betűből és számjegyből áll.</translation>
    </message>
    <message>
        <source>This voucher is not known at the head office. Check the code.</source>
        <translation>Ezt az utalványt a központ nem ismeri. Ellenőrizze a kódot.</translation>
    </message>
    <message>
        <source>This voucher has only {balance_minor} left. Type a smaller amount.</source>
        <translation>Ezen az utalványon már csak {balance_minor} van. Írjon be kisebb összeget.</translation>
    </message>
    <message>
        <source>This voucher is in {currency}; it cannot pay in this store.</source>
        <translation>Ez az utalvány {currency} pénznemű; ebben az üzletben nem lehet vele fizetni.</translation>
    </message>
    <message>
        <source>This voucher is spent or void.</source>
        <translation>Ez az utalvány már fel van használva vagy érvénytelen.</translation>
    </message>
    <message>
        <source>This voucher is already a payment of this visit.</source>
        <translation>Ez az utalvány már fizetésként szerepel ebben a vásárlásban.</translation>
    </message>
    <message>
        <source>The head office cannot be reached to check this voucher. Try again in a moment.</source>
        <translation>A központ nem érhető el az utalvány ellenőrzéséhez. Próbálja újra egy pillanat múlva.</translation>
    </message>
    <message>
        <source>The head office cannot be reached: a voucher can pay at most {limit_minor} now. Type an amount up to that, or take another payment.</source>
        <translation>A központ nem érhető el: egy utalvánnyal most legfeljebb {limit_minor} fizethető. Írjon be legfeljebb ennyit, vagy válasszon más fizetési módot.</translation>
    </message>
    <message>
        <source>This offer is being used at another till right now.</source>
        <translation>Ezt az ajánlatot most egy másik kasszánál használják.</translation>
    </message>
    <message>
        <source>This offer has already been used.</source>
        <translation>Ezt az ajánlatot már felhasználták.</translation>
    </message>
    <message>
        <source>This offer has expired.</source>
        <translation>Ez az ajánlat lejárt.</translation>
    </message>
    <message>
        <source>The head office does not know this offer.</source>
        <translation>A központ nem ismeri ezt az ajánlatot.</translation>
    </message>
    <message>
        <source>Nothing in the basket is in the offer&apos;s product group.</source>
        <translation>A kosárban nincs az ajánlat termékcsoportjába tartozó tétel.</translation>
    </message>
    <message>
        <source>This offer is already applied to the visit.</source>
        <translation>Ez az ajánlat már szerepel a vásárlásban.</translation>
    </message>
    <message>
        <source>The visit is for another customer: their offers cannot be applied to it.</source>
        <translation>A vásárlás egy másik vásárlóé: ezek az ajánlatok nem alkalmazhatók rá.</translation>
    </message>
    <message>
        <source>The head office cannot be reached: personal offers cannot be applied now. The customer can use them on the next visit.</source>
        <translation>A központ nem érhető el: a személyes ajánlatok most nem alkalmazhatók. A vásárló a következő alkalommal felhasználhatja őket.</translation>
    </message>
    <message>
        <source>The customer&apos;s web basket cannot be checked: the head office is not reachable. The basket at the till is unchanged.</source>
        <translation>A vásárló webes kosara nem ellenőrizhető: a központ nem érhető el. A kassza kosara nem változott.</translation>
    </message>
    <message>
        <source>This web basket is already in the visit: it was not added again.</source>
        <translation>Ez a webes kosár már szerepel a vásárlásban: nem került be még egyszer.</translation>
    </message>
    <message>
        <source>This web basket belongs to another customer than the visit&apos;s.</source>
        <translation>Ez a webes kosár nem a vásárlás vevőjéé, hanem egy másik vásárlóé.</translation>
    </message>
    <message>
        <source>The head office cannot be reached: showing what this till knows.</source>
        <translation>A központ nem érhető el: azt mutatjuk, amit ez a kassza tud.</translation>
    </message>
    <message>
        <source>No customer {customer_id} is known to the head office.</source>
        <translation>A központ nem ismer {customer_id} vásárlót.</translation>
    </message>
    <message>
        <source>Type at least two characters of the name, e-mail or phone.</source>
        <translation>Írjon legalább két karaktert a névből, e-mailből vagy telefonszámból.</translation>
    </message>
    <message>
        <source>The payment has begun: the visit&apos;s customer cannot change now.</source>
        <translation>A fizetés elkezdődött: a vásárlás vásárlója most nem változtatható.</translation>
    </message>
    <message>
        <source>The visit holds this customer&apos;s personal offers: its customer cannot change. Void the visit to give the offers back.</source>
        <translation>A vásárlás a vásárló személyes ajánlatait tartalmazza, ezért a vásárló nem cserélhető. Az ajánlatok felszabadításához sztornózza a vásárlást.</translation>
    </message>
    <message>
        <source>Nothing in this visit was paid online: choose another way to refund.</source>
        <translation>Ebben a vásárlásban semmit sem fizettek online: válasszon más visszatérítési módot.</translation>
    </message>
    <message>
        <source>At most {limit_minor} can go back to the online payment of order {order_number}.</source>
        <translation>Legfeljebb {limit_minor} mehet vissza a(z) {order_number} rendelés online fizetésére.</translation>
    </message>
    <message>
        <source>This line is voided and cannot be changed.</source>
        <translation>Ez a tétel sztornózva van, nem módosítható.</translation>
    </message>
    <message>
        <source>This price is not possible.</source>
        <translation>Ez az ár nem lehetséges.</translation>
    </message>
    <message>
        <source>The quantity of this line comes from its barcode and cannot be changed.</source>
        <translation>Ennek a tételnek a mennyisége a vonalkódból származik, nem módosítható.</translation>
    </message>
    <message>
        <source>The basket is empty: nothing to pay.</source>
        <translation>A kosár üres: nincs mit fizetni.</translation>
    </message>
    <message>
        <source>That is not possible at this step of the sale.</source>
        <translation>Ez az eladás ezen lépésében nem lehetséges.</translation>
    </message>
    <message>
        <source>A payment has started. Finish it, or take back the tenders first.</source>
        <translation>A fizetés elkezdődött. Fejezze be, vagy előbb vonja vissza a befizetéseket.</translation>
    </message>
    <message>
        <source>Voiding this would bring the total below what was already paid.</source>
        <translation>A sztornó után a végösszeg kevesebb lenne a már kifizetett összegnél.</translation>
    </message>
    <message>
        <source>This discount is not possible.</source>
        <translation>Ez a kedvezmény nem lehetséges.</translation>
    </message>
    <message>
        <source>The discount is larger than the amount it applies to.</source>
        <translation>A kedvezmény nagyobb, mint az összeg, amelyre vonatkozik.</translation>
    </message>
    <message>
        <source>There is no receipt yet on this till.</source>
        <translation>Ezen a pénztáron még nincs nyugta.</translation>
    </message>
    <message>
        <source>Receipt {receipt_number} was not found on this till.</source>
        <translation>A(z) {receipt_number} számú nyugta nem található ezen a pénztáron.</translation>
    </message>
    <message>
        <source>The till is busy saving. Please try again in a moment.</source>
        <translation>A pénztár éppen ment. Kérjük, próbálja újra egy pillanat múlva.</translation>
    </message>
    <message>
        <source>No payment has been taken yet.</source>
        <translation>Még nem történt befizetés.</translation>
    </message>
    <message>
        <source>Still to pay: {remaining}. The sale is not settled.</source>
        <translation>Még fizetendő: {remaining}. Az eladás nincs kiegyenlítve.</translation>
    </message>
    <message>
        <source>The sale is already paid in full.</source>
        <translation>Az eladás már teljesen ki van fizetve.</translation>
    </message>
    <message>
        <source>Cash must be a multiple of {step_minor}.</source>
        <translation>A készpénznek {step_minor} többszörösének kell lennie.</translation>
    </message>
    <message>
        <source>This amount is in {currency}; the sale is in {expected}.</source>
        <translation>Ez az összeg {currency} pénznemben van, az eladás pedig {expected} pénznemben.</translation>
    </message>
    <message>
        <source>A card payment cannot be more than what is still to pay ({remaining_minor}).</source>
        <translation>A kártyás fizetés nem lehet több a még fizetendő összegnél ({remaining_minor}).</translation>
    </message>
    <message>
        <source>This payment is more than what is still to pay ({remaining_minor}).</source>
        <translation>Ez a befizetés több a még fizetendő összegnél ({remaining_minor}).</translation>
    </message>
    <message>
        <source>This amount is not possible.</source>
        <translation>Ez az összeg nem lehetséges.</translation>
    </message>
    <message>
        <source>Please type a number.</source>
        <translation>Kérjük, számot adjon meg.</translation>
    </message>
    <message>
        <source>Select a counted article first.</source>
        <translation>Először válasszon ki egy megszámolt cikket.</translation>
    </message>
    <message>
        <source>Select a line in the basket first.</source>
        <translation>Előbb válasszon ki egy tételt a kosárban.</translation>
    </message>
    <message>
        <source>Something went wrong ({detail}). Nothing was lost; please try again.</source>
        <translation>Hiba történt ({detail}). Semmi sem veszett el; kérjük, próbálja újra.</translation>
    </message>
    <message>
        <source>open the cash drawer</source>
        <translation>a pénztárfiók kinyitása</translation>
    </message>
    <message>
        <source>change a price</source>
        <translation>árváltoztatás</translation>
    </message>
    <message>
        <source>void a line after payment started</source>
        <translation>tétel sztornózása a fizetés megkezdése után</translation>
    </message>
    <message>
        <source>void a basket after payment started</source>
        <translation>kosár sztornózása a fizetés megkezdése után</translation>
    </message>
    <message>
        <source>give a discount above the cashier&apos;s limit</source>
        <translation>a pénztárosi keretnél nagyobb kedvezmény</translation>
    </message>
    <message>
        <source>take back an approved card payment</source>
        <translation>jóváhagyott kártyás fizetés visszavonása</translation>
    </message>
    <message>
        <source>reprint a receipt</source>
        <translation>nyugta újranyomtatása</translation>
    </message>
    <message>
        <source>open the synchronisation screen</source>
        <translation>a szinkronizálás megnyitása</translation>
    </message>
    <message>
        <source>take back an item outside the return rules</source>
        <translation>terméket visszavenni a visszavételi szabályokon kívül</translation>
    </message>
    <message>
        <source>take cash out of the drawer above the cashier&apos;s limit</source>
        <translation>a pénztárosi limit feletti készpénz kivétele</translation>
    </message>
    <message>
        <source>an item scanned or confirmed</source>
        <translation>egy beolvasott vagy megerősített tétel</translation>
    </message>
    <message>
        <source>&quot;ID checked&quot; ticked</source>
        <translation>az „Igazolvány ellenőrizve” bejelölése</translation>
    </message>
    <message>
        <source>the name of who collects</source>
        <translation>az átvevő neve</translation>
    </message>
    <message>
        <source>printer offline</source>
        <translation>nyomtató offline</translation>
    </message>
    <message>
        <source>printer not responding</source>
        <translation>a nyomtató nem válaszol</translation>
    </message>
    <message>
        <source>printer out of paper</source>
        <translation>kifogyott a papír</translation>
    </message>
    <message>
        <source>printer fault</source>
        <translation>nyomtatóhiba</translation>
    </message>
    <message>
        <source>The till refused this ({code}).</source>
        <translation>A pénztár ezt elutasította ({code}).</translation>
    </message>
    <message>
        <source>The day is closed (Z {z_number}). Open a new day in the Till area to sell.</source>
        <translation>A nap lezárva (Z {z_number}). Eladáshoz nyisson új napot a Pénztár területen.</translation>
    </message>
    <message>
        <source>No day is open at this till. Open the day with a counted float first.</source>
        <translation>Ennél a pénztárnál nincs nyitott nap. Először nyissa meg a napot a megszámolt váltópénzzel.</translation>
    </message>
    <message>
        <source>The day is already open at this till.</source>
        <translation>A nap ennél a pénztárnál már nyitva van.</translation>
    </message>
    <message>
        <source>This till does not know the notes and coins of {currency}.</source>
        <translation>Ez a pénztár nem ismeri a(z) {currency} bankjegyeit és érméit.</translation>
    </message>
    <message>
        <source>There is no note or coin of this value in {currency}.</source>
        <translation>Ilyen értékű bankjegy vagy érme nincs a(z) {currency} pénznemben.</translation>
    </message>
    <message>
        <source>A count must be a whole number of notes or coins.</source>
        <translation>A darabszám csak egész szám lehet.</translation>
    </message>
    <message>
        <source>Type an amount above zero.</source>
        <translation>Nullánál nagyobb összeget adjon meg.</translation>
    </message>
    <message>
        <source>Choose a reason from the list.</source>
        <translation>Válasszon okot a listából.</translation>
    </message>
    <message>
        <source>For &apos;Other&apos;, say in a few words what the cash is for.</source>
        <translation>„Egyéb” esetén néhány szóban írja le, mire szól a készpénz.</translation>
    </message>
    <message>
        <source>The text is too long (at most {limit} characters).</source>
        <translation>A szöveg túl hosszú (legfeljebb {limit} karakter).</translation>
    </message>
    <message>
        <source>Count every payment type before closing the day.</source>
        <translation>A nap zárása előtt számoljon meg minden fizetési módot.</translation>
    </message>
    <message>
        <source>What was counted differs from what was expected. Say why before closing the day.</source>
        <translation>A számolt összeg eltér a várttól. Adja meg az okát a nap zárása előtt.</translation>
    </message>
</context>
<context>
    <name>ParkedDialog</name>
    <message>
        <source>Parked baskets</source>
        <translation>Félretett kosarak</translation>
    </message>
    <message>
        <source>Resume a parked basket</source>
        <translation>Félretett kosár visszahívása</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(név nélkül)</translation>
    </message>
    <message>
        <source>{time}  {label} — {count} items — {total}</source>
        <translation>{time}  {label} — {count} tétel — {total}</translation>
    </message>
    <message>
        <source>No parked baskets</source>
        <translation>Nincs félretett kosár</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Mégse (Esc)</translation>
    </message>
    <message>
        <source>Resume (Enter)</source>
        <translation>Visszahívás (Enter)</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <source>Payment</source>
        <translation>Fizetés</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Jóváhagyva</translation>
    </message>
    <message>
        <source>Not approved</source>
        <translation>Elutasítva</translation>
    </message>
    <message>
        <source>Back to basket (Esc)</source>
        <translation>Vissza a kosárhoz (Esc)</translation>
    </message>
    <message>
        <source>Take back last tender</source>
        <translation>Utolsó befizetés visszavonása</translation>
    </message>
    <message>
        <source>Complete sale</source>
        <translation>Eladás lezárása</translation>
    </message>
    <message>
        <source>Amount given</source>
        <translation>Átadott összeg</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Készpénz</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Kártya</translation>
    </message>
    <message>
        <source>Voucher code</source>
        <translation>Utalványkód</translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation>Utalvány</translation>
    </message>
    <message>
        <source>Back to web payment</source>
        <translation>Vissza az online fizetésre</translation>
    </message>
    <message>
        <source>Store credit</source>
        <translation>Vásárlási utalvány</translation>
    </message>
    <message>
        <source>Next customer (Enter)</source>
        <translation>Következő vásárló (Enter)</translation>
    </message>
    <message>
        <source>Refund {amount} to the customer</source>
        <translation>{amount} visszatérítése a vásárlónak</translation>
    </message>
    <message>
        <source>Still to refund {amount}</source>
        <translation>Még visszatérítendő {amount}</translation>
    </message>
    <message>
        <source>Even exchange — nothing to pay</source>
        <translation>Egyenértékű csere — nincs fizetendő</translation>
    </message>
    <message>
        <source>Total {amount}</source>
        <translation>Összesen {amount}</translation>
    </message>
    <message>
        <source>To pay {amount}</source>
        <translation>Fizetendő {amount}</translation>
    </message>
    <message>
        <source>Change {amount}</source>
        <translation>Visszajáró {amount}</translation>
    </message>
    <message>
        <source>Rounding	{amount}</source>
        <translation>Kerekítés	{amount}</translation>
    </message>
    <message>
        <source>Cash out</source>
        <translation>Készpénz kifizetés</translation>
    </message>
    <message>
        <source>Card refund</source>
        <translation>Visszatérítés kártyára</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Lezárás</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Összeg</translation>
    </message>
    <message>
        <source> (offline)</source>
        <translation> (offline)</translation>
    </message>
    <message>
        <source>Suggested: {tender}</source>
        <translation>Javasolt: {tender}</translation>
    </message>
    <message>
        <source>Suggested: {tender} (as it was paid)</source>
        <translation>Javasolt: {tender} (ahogy fizettek)</translation>
    </message>
    <message>
        <source>Card refund of {amount}: did the card terminal confirm the refund?</source>
        <translation>{amount} visszatérítése kártyára: visszaigazolta a kártyaterminál a visszatérítést?</translation>
    </message>
    <message>
        <source>Card payment of {amount}: did the card terminal approve it?</source>
        <translation>{amount} kártyás fizetés: jóváhagyta a kártyaterminál?</translation>
    </message>
    <message>
        <source>This sale is complete. Next customer (Enter), then scan again.</source>
        <translation>Ez az eladás lezárult. Következő vásárló (Enter), majd olvassa be újra.</translation>
    </message>
    <message>
        <source>Code {code} is neither a voucher nor an article we know.</source>
        <translation>A(z) {code} kód se nem utalvány, se nem ismert termék.</translation>
    </message>
    <message>
        <source>That is a receipt ({code}), not a voucher. Finish this payment first, then take the return in Returns.</source>
        <translation>Ez egy nyugta ({code}), nem utalvány. Előbb fejezze be ezt a fizetést, majd vegye vissza az árut a Visszavét alatt.</translation>
    </message>
    <message>
        <source>That is a web order&apos;s pickup code, not a voucher. Finish this payment first, then hand the order over in Pickups.</source>
        <translation>Ez egy webrendelés átvételi kódja, nem utalvány. Előbb fejezze be ezt a fizetést, majd adja át a rendelést az Átvételek alatt.</translation>
    </message>
    <message>
        <source>That is a staff badge, not a voucher. Finish this payment first.</source>
        <translation>Ez egy dolgozói kártya, nem utalvány. Előbb fejezze be ezt a fizetést.</translation>
    </message>
    <message>
        <source>{name} is an article, not a voucher. Finish this payment first, then sell it in a new sale.</source>
        <translation>{name} termék, nem utalvány. Előbb fejezze be ezt a fizetést, majd adja el egy új eladásban.</translation>
    </message>
    <message>
        <source>That is a customer card, not a voucher. Finish this payment first.</source>
        <translation>Ez egy vásárlói kártya, nem utalvány. Előbb fejezze be ezt a fizetést.</translation>
    </message>
    <message>
        <source>{name} is an article, not a voucher. It goes into the basket when you go back (Esc).</source>
        <translation>{name} termék, nem utalvány. A „Vissza a kosárhoz (Esc)” után a kosárba kerül.</translation>
    </message>
    <message>
        <source>That is a customer card, not a voucher. The customer is added when you go back (Esc).</source>
        <translation>Ez egy vásárlói kártya, nem utalvány. A „Vissza a kosárhoz (Esc)” után a vásárló a kosárhoz kerül.</translation>
    </message>
</context>
<context>
    <name>PickupOffers</name>
    <message>
        <source>Looking up the customer&apos;s personal offers…</source>
        <translation>A vásárló személyes ajánlatainak lekérdezése…</translation>
    </message>
    <message numerus="yes">
        <source>Personal offers of this customer (%n more in the Customers area):</source>
        <translation>
            <numerusform>A vásárló személyes ajánlatai (további %n a Vásárlók részben):</numerusform>
        </translation>
    </message>
    <message>
        <source>Personal offers of this customer (for this visit):</source>
        <translation>A vásárló személyes ajánlatai (erre a vásárlásra):</translation>
    </message>
    <message>
        <source>Applied to this visit: {percent} % on {group}.</source>
        <translation>Erre a vásárlásra alkalmazva: {percent} % a(z) {group} csoportra.</translation>
    </message>
    <message>
        <source>Apply {percent} % on {group}</source>
        <translation>{percent} % alkalmazása a(z) {group} csoportra</translation>
    </message>
</context>
<context>
    <name>PickupOrder</name>
    <message>
        <source>no barcode</source>
        <translation>nincs vonalkód</translation>
    </message>
    <message>
        <source>label damaged</source>
        <translation>sérült címke</translation>
    </message>
    <message>
        <source>too bulky to scan</source>
        <translation>túl nagy a beolvasáshoz</translation>
    </message>
    <message>
        <source>damaged</source>
        <translation>sérült</translation>
    </message>
    <message>
        <source>wrong item</source>
        <translation>rossz termék</translation>
    </message>
    <message>
        <source>no longer wanted</source>
        <translation>már nem kéri</translation>
    </message>
    <message>
        <source>other</source>
        <translation>egyéb</translation>
    </message>
</context>
<context>
    <name>PickupOrderScreen</name>
    <message>
        <source>Scan each item</source>
        <translation>Olvasson be minden tételt</translation>
    </message>
    <message>
        <source>Short (F6)</source>
        <translation>Hiányzik (F6)</translation>
    </message>
    <message>
        <source>Ready (F9)</source>
        <translation>Kész (F9)</translation>
    </message>
    <message>
        <source>Confirm count (F6)</source>
        <translation>Mennyiség megerősítése (F6)</translation>
    </message>
    <message>
        <source>Refuse 1 (F7)</source>
        <translation>1 db visszautasítása (F7)</translation>
    </message>
    <message>
        <source>Collected by (name)</source>
        <translation>Átvevő (név)</translation>
    </message>
    <message>
        <source>ID checked (no number noted)</source>
        <translation>Igazolvány ellenőrizve (szám nélkül)</translation>
    </message>
    <message>
        <source>Sent by the customer</source>
        <translation>A vásárló küldte</translation>
    </message>
    <message>
        <source>Hand over (F9)</source>
        <translation>Átadás (F9)</translation>
    </message>
    <message>
        <source>Back (Esc)</source>
        <translation>Vissza (Esc)</translation>
    </message>
    <message>
        <source>Found by name: check the customer&apos;s ID and note who collects.</source>
        <translation>Név alapján találva: ellenőrizze az igazolványt és írja be, ki veszi át.</translation>
    </message>
    <message>
        <source>Order {number} — {customer}</source>
        <translation>{number} rendelés — {customer}</translation>
    </message>
    <message>
        <source>paid online</source>
        <translation>online fizetve</translation>
    </message>
    <message>
        <source>to pay here</source>
        <translation>itt kell fizetni</translation>
    </message>
    <message>
        <source>{state} · collect by {deadline} · {paid}</source>
        <translation>{state} · átvétel eddig: {deadline} · {paid}</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Termék</translation>
    </message>
    <message>
        <source>Picked</source>
        <translation>Összeszedve</translation>
    </message>
    <message>
        <source>Short</source>
        <translation>Hiányzik</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Átvett</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Visszautasítva</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Hiányzik</translation>
    </message>
    <message>
        <source>{name}: {picked} of {ordered} picked</source>
        <translation>{name}: {picked} / {ordered} összeszedve</translation>
    </message>
    <message>
        <source>Order {number} is ready; the customer is told.</source>
        <translation>A(z) {number} rendelés kész; a vásárlót értesítjük.</translation>
    </message>
</context>
<context>
    <name>PickupsArea</name>
    <message>
        <source>Pickups</source>
        <translation>Átvételek</translation>
    </message>
    <message>
        <source>New web orders to pick.</source>
        <translation>Új webes rendelések összeszedésre.</translation>
    </message>
</context>
<context>
    <name>PickupsQueue</name>
    <message>
        <source>to pick</source>
        <translation>összeszedendő</translation>
    </message>
    <message>
        <source>picking</source>
        <translation>összeszedés alatt</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>kész</translation>
    </message>
    <message>
        <source>handed over</source>
        <translation>átadva</translation>
    </message>
    <message>
        <source>Scan the customer&apos;s code, or type order + code, name, e-mail, phone</source>
        <translation>Olvassa be a vásárló kódját, vagy írja be: rendelés + kód, név, e-mail, telefon</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Rendelés</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Vásárló</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Tételek</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Állapot</translation>
    </message>
    <message>
        <source>Collect by</source>
        <translation>Átvétel eddig</translation>
    </message>
    <message>
        <source>To pick</source>
        <translation>Összeszedendő</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Kész</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Lejárt</translation>
    </message>
    <message>
        <source>Expiring today</source>
        <translation>Ma lejár</translation>
    </message>
    <message>
        <source>No orders found.</source>
        <translation>Nincs találat.</translation>
    </message>
    <message>
        <source>No orders in this view.</source>
        <translation>Ebben a nézetben nincs rendelés.</translation>
    </message>
</context>
<context>
    <name>PriceDialog</name>
    <message>
        <source>Change price</source>
        <translation>Árváltoztatás</translation>
    </message>
    <message>
        <source>{item}
Price now: {price}. New unit price:</source>
        <translation>{item}
Jelenlegi ár: {price}. Új egységár:</translation>
    </message>
</context>
<context>
    <name>QuantityDialog</name>
    <message>
        <source>Quantity</source>
        <translation>Mennyiség</translation>
    </message>
    <message>
        <source>{item}
Now: {quantity}. New quantity:</source>
        <translation>{item}
Jelenleg: {quantity}. Új mennyiség:</translation>
    </message>
</context>
<context>
    <name>QuickAmounts</name>
    <message>
        <source>Exact {amount}</source>
        <translation>Pontosan {amount}</translation>
    </message>
</context>
<context>
    <name>ReceiptPreview</name>
    <message>
        <source>Receipt</source>
        <translation>Nyugta</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Bezárás (Esc)</translation>
    </message>
    <message>
        <source>Print copy</source>
        <translation>Másolat nyomtatása</translation>
    </message>
    <message>
        <source>A copy is being printed.</source>
        <translation>A másolat nyomtatása folyamatban.</translation>
    </message>
</context>
<context>
    <name>Returns</name>
    <message>
        <source>Changed mind</source>
        <translation>Meggondolta magát</translation>
    </message>
    <message>
        <source>Wrong size</source>
        <translation>Rossz méret</translation>
    </message>
    <message>
        <source>Defective</source>
        <translation>Hibás</translation>
    </message>
    <message>
        <source>Not as described</source>
        <translation>Nem a leírt</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>Sérült</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Egyéb</translation>
    </message>
    <message>
        <source>Back to stock</source>
        <translation>Raktárba</translation>
    </message>
    <message>
        <source>Write off</source>
        <translation>Leírás</translation>
    </message>
    <message>
        <source>Inspect</source>
        <translation>Ellenőrzés</translation>
    </message>
    <message>
        <source>Final sale</source>
        <translation>Nem visszavehető</translation>
    </message>
    <message>
        <source>Window ended</source>
        <translation>Határidő lejárt</translation>
    </message>
    <message>
        <source>All returned</source>
        <translation>Mind visszahozva</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Készpénz</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Kártya</translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation>Utalvány</translation>
    </message>
    <message>
        <source>Web shop</source>
        <translation>Webáruház</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Termék</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Eladva</translation>
    </message>
    <message>
        <source>Paid each</source>
        <translation>Fizetve/db</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Visszahozva</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Maradt</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Most</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Szabály</translation>
    </message>
</context>
<context>
    <name>ReturnsArea</name>
    <message>
        <source>Scan or type the receipt or web-order number</source>
        <translation>Olvassa be vagy írja be a nyugta- vagy rendelésszámot</translation>
    </message>
    <message>
        <source>Why (&quot;other&quot;), or the manager&apos;s reason</source>
        <translation>Miért („Egyéb”), vagy a vezető indoklása</translation>
    </message>
    <message>
        <source>Add to visit (F9)</source>
        <translation>Hozzáadás (F9)</translation>
    </message>
    <message>
        <source>No receipt (F7)</source>
        <translation>Nyugta nélkül (F7)</translation>
    </message>
    <message>
        <source>Receipt or order no.</source>
        <translation>Nyugta- vagy rendelésszám</translation>
    </message>
    <message>
        <source>Clear (Esc)</source>
        <translation>Törlés (Esc)</translation>
    </message>
    <message>
        <source>Reason in words</source>
        <translation>Indoklás szövegesen</translation>
    </message>
    <message>
        <source>Take out last (F4)</source>
        <translation>Utolsó ki (F4)</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>Visszavét</translation>
    </message>
    <message>
        <source>{name} is no longer returned in this visit.</source>
        <translation>{name} már nem szerepel visszavételként ebben a vásárlásban.</translation>
    </message>
    <message>
        <source>Scan the receipt or the web order&apos;s code, or type its number. No receipt: F7.</source>
        <translation>Olvassa be a nyugtát vagy a webes rendelés kódját, vagy írja be a számát. Nyugta nélkül: F7.</translation>
    </message>
    <message>
        <source>{name} is an article, not a receipt. Without a receipt: choose the reason, then Enter or F9 (a manager approves). Or scan the receipt.</source>
        <translation>{name} termék, nem nyugta. Nyugta nélkül: válassza ki az okot, majd Enter vagy F9 (a vezető jóváhagyja). Vagy olvassa be a nyugtát.</translation>
    </message>
    <message>
        <source>Looking up {reference}…</source>
        <translation>{reference} keresése…</translation>
    </message>
    <message>
        <source>{reference} cannot be checked now (offline). Scan each item that comes back; a manager approves.</source>
        <translation>A(z) {reference} most nem ellenőrizhető (offline). Olvassa be az összes visszahozott terméket; a vezető jóváhagyja.</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Nyugta</translation>
    </message>
    <message>
        <source>Web order</source>
        <translation>Webes rendelés</translation>
    </message>
    <message>
        <source>{kind} {reference}: not checked</source>
        <translation>{kind} {reference}: nincs ellenőrizve</translation>
    </message>
    <message>
        <source>paid online</source>
        <translation>online fizetve</translation>
    </message>
    <message>
        <source>{kind} {reference} · {where} · {when} · {total} · {paid}</source>
        <translation>{kind} {reference} · {where} · {when} · {total} · {paid}</translation>
    </message>
    <message>
        <source>Without a receipt: choose the reason, then scan or type each article. It is refunded at its lowest price of the last 30 days, as store credit; a manager approves.</source>
        <translation>Nyugta nélkül: válassza ki az okot, majd olvassa be vagy írja be a termékeket. A visszatérítés az elmúlt 30 nap legalacsonyabb ára, utalványként; a vezető jóváhagyja.</translation>
    </message>
</context>
<context>
    <name>SaleScreen</name>
    <message>
        <source>Scan or type a code — 3* for three</source>
        <translation>Kód beolvasása vagy beírása — 3* három darabhoz</translation>
    </message>
    <message>
        <source>Sale</source>
        <translation>Eladás</translation>
    </message>
    <message>
        <source>A payment is in progress: {paid} already paid. Pay (F12) takes the rest.</source>
        <translation>Fizetés folyamatban: {paid} már kifizetve. A Fizetés (F12) átveszi a maradékot.</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Kilépés</translation>
    </message>
    <message>
        <source>Discount on the whole basket</source>
        <translation>Kedvezmény a teljes kosárra</translation>
    </message>
    <message>
        <source>Basket parked. F8 brings it back.</source>
        <translation>Kosár félretéve. F8-cal visszahívható.</translation>
    </message>
    <message>
        <source>Void basket</source>
        <translation>Kosár sztornó</translation>
    </message>
    <message>
        <source>Throw away the whole basket? Nothing will be sold.</source>
        <translation>Elveti a teljes kosarat? Semmi sem kerül eladásra.</translation>
    </message>
    <message>
        <source>The drawer is opening.</source>
        <translation>A fiók kinyílik.</translation>
    </message>
    <message>
        <source>Visit {number} complete — refunded {amount}</source>
        <translation>A(z) {number} vásárlás lezárva — visszatérítve {amount}</translation>
    </message>
    <message>
        <source>Sale {number} complete — change {change}</source>
        <translation>{number} eladás lezárva — visszajáró {change}</translation>
    </message>
    <message>
        <source>the customer card</source>
        <translation>a vásárlói kártya</translation>
    </message>
    <message>
        <source>{done}. Scanned while paying, not in it: {names}. Scan again for a new sale.</source>
        <translation>{done}. Fizetés közben beolvasva, de nincs benne: {names}. Új eladáshoz olvassa be újra.</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <source>Search products</source>
        <translation>Termékkeresés</translation>
    </message>
    <message>
        <source>Name, brand or article number</source>
        <translation>Név, márka vagy cikkszám</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hozzáad</translation>
    </message>
    <message>
        <source>No product found</source>
        <translation>Nincs találat</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>Sync: —</source>
        <translation>Szinkron: —</translation>
    </message>
    <message>
        <source>Not logged in</source>
        <translation>Nincs bejelentkezve</translation>
    </message>
    <message>
        <source>Printer ready</source>
        <translation>Nyomtató kész</translation>
    </message>
    <message numerus="yes">
        <source>Printer: %n receipt(s) waiting</source>
        <translation>
            <numerusform>Nyomtató: %n blokk vár</numerusform>
        </translation>
    </message>
    <message>
        <source>Printer fault</source>
        <translation>Nyomtatóhiba</translation>
    </message>
    <message>
        <source>Printer offline</source>
        <translation>Nyomtató offline</translation>
    </message>
    <message numerus="yes">
        <source>Printer out of paper — %n receipt(s) waiting</source>
        <translation>
            <numerusform>Kifogyott a papír — %n blokk vár</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Printer not responding — %n receipt(s) waiting</source>
        <translation>
            <numerusform>A nyomtató nem válaszol — %n blokk vár</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Printer fault — %n receipt(s) waiting</source>
        <translation>
            <numerusform>Nyomtatóhiba — %n blokk vár</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Printer offline — %n receipt(s) waiting</source>
        <translation>
            <numerusform>Nyomtató offline — %n blokk vár</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sync: %n refused — tell the manager</source>
        <translation>
            <numerusform>Szinkron: %n elutasítva — szóljon a vezetőnek</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Offline — %n waiting</source>
        <translation>
            <numerusform>Offline — %n vár</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Online — %n to send</source>
        <translation>
            <numerusform>Online — %n küldendő</numerusform>
        </translation>
    </message>
    <message>
        <source>Scanner ready</source>
        <translation>Olvasó kész</translation>
    </message>
    <message>
        <source>Scanner offline</source>
        <translation>Olvasó nem elérhető</translation>
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
        <translation>Termék beolvasása vagy keresése</translation>
    </message>
    <message>
        <source>Look up</source>
        <translation>Keresés</translation>
    </message>
    <message>
        <source>Scan an article or type its name.</source>
        <translation>Olvasson be egy cikket, vagy írja be a nevét.</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Áruház</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>Készlet</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>Foglalt</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Elérhető</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Megerősítve</translation>
    </message>
    <message>
        <source>Levels</source>
        <translation>Készletek</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Frissítés</translation>
    </message>
    <message>
        <source>No product of this store has fewer than {n} available.</source>
        <translation>Ebben az üzletben egy termékből sem érhető el {n} darabnál kevesebb.</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Cikk</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Termék</translation>
    </message>
    <message>
        <source>Low stock</source>
        <translation>Alacsony készlet</translation>
    </message>
    <message>
        <source>Blind count: scan each article on the shelf (one scan, one piece), or pick a line and type its quantity.</source>
        <translation>Vak leltár: olvassa be a polc minden cikkét (egy beolvasás, egy darab), vagy válasszon sort és írja be a mennyiséget.</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Számolt</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Mennyiség</translation>
    </message>
    <message>
        <source>Set quantity</source>
        <translation>Mennyiség</translation>
    </message>
    <message>
        <source>New count</source>
        <translation>Új leltár</translation>
    </message>
    <message>
        <source>Submit count</source>
        <translation>Leltár beküldése</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Leltár</translation>
    </message>
    <message>
        <source>Scan the article to adjust.</source>
        <translation>Olvassa be a korrigálandó cikket.</translation>
    </message>
    <message>
        <source>Damaged (off the shelf)</source>
        <translation>Sérült (ki)</translation>
    </message>
    <message>
        <source>Theft (off the shelf)</source>
        <translation>Lopás (ki)</translation>
    </message>
    <message>
        <source>Found (onto the shelf)</source>
        <translation>Előkerült (be)</translation>
    </message>
    <message>
        <source>Correction: fewer</source>
        <translation>Helyesbítés: kevesebb</translation>
    </message>
    <message>
        <source>Correction: more</source>
        <translation>Helyesbítés: több</translation>
    </message>
    <message>
        <source>Book adjustment</source>
        <translation>Korrekció rögzítése</translation>
    </message>
    <message>
        <source>Adjust</source>
        <translation>Korrekció</translation>
    </message>
    <message>
        <source>From store</source>
        <translation>Küldő áruház</translation>
    </message>
    <message>
        <source>Delivery note</source>
        <translation>Szállítólevél</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Átvett</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Törlés</translation>
    </message>
    <message>
        <source>Receive goods</source>
        <translation>Áru átvétele</translation>
    </message>
    <message>
        <source>Choose the sending store</source>
        <translation>Válassza ki a küldő áruházat</translation>
    </message>
    <message>
        <source>Receive</source>
        <translation>Átvétel</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Készlet</translation>
    </message>
    <message>
        <source>{name} ({sku}): looking it up …</source>
        <translation>{name} ({sku}): keresés …</translation>
    </message>
    <message>
        <source>live</source>
        <translation>élő</translation>
    </message>
    <message>
        <source>as of {time}, offline</source>
        <translation>{time} állapot, offline</translation>
    </message>
    <message>
        <source>never confirmed</source>
        <translation>sosem megerősítve</translation>
    </message>
    <message>
        <source>{name} (this store)</source>
        <translation>{name} (ez az áruház)</translation>
    </message>
    <message>
        <source>{name} ({sku}): no figure for this product yet</source>
        <translation>{name} ({sku}): ehhez a termékhez még nincs adat</translation>
    </message>
    <message>
        <source>Products of this store with fewer than {n} available</source>
        <translation>Az áruház termékei {n} alatti elérhető készlettel</translation>
    </message>
    <message>
        <source>Count submitted: {n} articles, {d} with a difference.</source>
        <translation>Leltár beküldve: {n} cikk, {d} eltéréssel.</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Várt</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Eltérés</translation>
    </message>
    <message>
        <source>Adjustment booked: {qty} × {name} ({reason}).</source>
        <translation>Korrekció rögzítve: {qty} × {name} ({reason}).</translation>
    </message>
    <message>
        <source>Goods received from {store}: {n} pieces.</source>
        <translation>Áru átvéve innen: {store}, {n} darab.</translation>
    </message>
</context>
<context>
    <name>StockLine</name>
    <message>
        <source>Stock: looking it up …</source>
        <translation>Készlet: lekérdezés …</translation>
    </message>
    <message>
        <source>Stock: no figure for this product yet</source>
        <translation>Készlet: ehhez a termékhez még nincs adat</translation>
    </message>
    <message>
        <source>Stock here: {count} (live)</source>
        <translation>Készlet itt: {count} (élő)</translation>
    </message>
    <message>
        <source>Stock here: {count} (as of {when}, offline)</source>
        <translation>Készlet itt: {count} ({when} állapot, offline)</translation>
    </message>
    <message>
        <source>Stock here: {count} (age unknown)</source>
        <translation>Készlet itt: {count} (ismeretlen időpont)</translation>
    </message>
</context>
<context>
    <name>SyncScreen</name>
    <message>
        <source>Synchronisation</source>
        <translation>Szinkronizálás</translation>
    </message>
    <message>
        <source>Synchronisation with the head office</source>
        <translation>Szinkronizálás a központtal</translation>
    </message>
    <message>
        <source>Sale</source>
        <translation>Eladás</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Visszáru</translation>
    </message>
    <message>
        <source>Web order handed over</source>
        <translation>Webrendelés átadva</translation>
    </message>
    <message>
        <source>Cash in or out</source>
        <translation>Pénz be- vagy kifizetés</translation>
    </message>
    <message>
        <source>Stock count</source>
        <translation>Leltár</translation>
    </message>
    <message>
        <source>Stock adjustment</source>
        <translation>Készletkorrekció</translation>
    </message>
    <message>
        <source>Goods received from a store</source>
        <translation>Áruátvétel másik áruházból</translation>
    </message>
    <message>
        <source>Till closed</source>
        <translation>Kassza zárás</translation>
    </message>
    <message>
        <source>Audit entry</source>
        <translation>Naplóbejegyzés</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Várakozik</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Elutasítva</translation>
    </message>
    <message>
        <source>Choose an event to see its content</source>
        <translation>Válasszon egy eseményt a tartalma megtekintéséhez</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Bezárás (Esc)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Frissítés</translation>
    </message>
    <message>
        <source>Resubmit refused event</source>
        <translation>Elutasított esemény újraküldése</translation>
    </message>
    <message>
        <source>Waiting ({count})</source>
        <translation>Várakozik ({count})</translation>
    </message>
    <message>
        <source>Refused ({count})</source>
        <translation>Elutasítva ({count})</translation>
    </message>
    <message>
        <source>Last successful sync: never</source>
        <translation>Utolsó sikeres szinkronizálás: még soha</translation>
    </message>
    <message>
        <source>Last successful sync: {when}</source>
        <translation>Utolsó sikeres szinkronizálás: {when}</translation>
    </message>
    <message>
        <source>#{seq}  {type}  {when}  attempts: {attempts}</source>
        <translation>#{seq}  {type}  {when}  próbálkozások: {attempts}</translation>
    </message>
    <message>
        <source>Nothing here</source>
        <translation>Nincs tétel</translation>
    </message>
    <message>
        <source>{state} — sales are kept and sent later</source>
        <translation>{state} — az eladások megmaradnak és később elküldjük őket</translation>
    </message>
    <message numerus="yes">
        <source>Held back: %n event(s) from #{seq}, {type} in version {schema}; the head office takes version(s) {accepted} of it. They are kept and sent once it accepts them.</source>
        <translation>
            <numerusform>Visszatartva: %n esemény #{seq}-tól, {type} {schema}. verzióban; a központ ebből a(z) {accepted} verzió(ka)t fogadja. Megmaradnak, és elküldjük őket, amint a központ elfogadja.</numerusform>
        </translation>
    </message>
    <message>
        <source>Refused by the head office: {error}</source>
        <translation>A központ elutasította: {error}</translation>
    </message>
</context>
<context>
    <name>TillArea</name>
    <message>
        <source>Day</source>
        <translation>Nap</translation>
    </message>
    <message>
        <source>Charts (F10)</source>
        <translation>Grafikonok (F10)</translation>
    </message>
    <message>
        <source>Open day</source>
        <translation>Nap nyitása</translation>
    </message>
    <message>
        <source>Cash in</source>
        <translation>Befizetés</translation>
    </message>
    <message>
        <source>Cash out</source>
        <translation>Kifizetés</translation>
    </message>
    <message>
        <source>X report</source>
        <translation>X jelentés</translation>
    </message>
    <message>
        <source>Close day (Z)</source>
        <translation>Nap zárása (Z)</translation>
    </message>
    <message>
        <source>Till</source>
        <translation>Pénztár</translation>
    </message>
    <message>
        <source>No day opened at this till yet. Open the day with a counted float.</source>
        <translation>Ennél a pénztárnál még nem nyitottak napot. Nyissa meg a napot a megszámolt váltópénzzel.</translation>
    </message>
    <message>
        <source>Day open since {when}: opened by the first receipt ({name}). The float was not counted, so the difference at the Z includes any cash that was in the drawer.</source>
        <translation>A nap nyitva: {when}, az első nyugtával ({name}). A váltópénzt nem számolták meg, ezért a Z jelentés eltérése a fiókban már ott lévő készpénzt is tartalmazza.</translation>
    </message>
    <message>
        <source>Day open since {when} by {name}. Float {amount}.</source>
        <translation>A napot {name} nyitotta: {when}. Váltópénz {amount}.</translation>
    </message>
    <message>
        <source>Day closed (Z {z}) at {when}. Open a new day to sell.</source>
        <translation>A nap lezárva (Z {z}): {when}. Eladáshoz nyisson új napot.</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Eladások</translation>
    </message>
    <message>
        <source>Gross</source>
        <translation>Bruttó</translation>
    </message>
    <message>
        <source>Cash in / out</source>
        <translation>Befizetés / kifizetés</translation>
    </message>
    <message>
        <source>in {taken} · out {paid}</source>
        <translation>be {taken} · ki {paid}</translation>
    </message>
    <message>
        <source>Expected cash in the drawer</source>
        <translation>Várt készpénz a fiókban</translation>
    </message>
    <message>
        <source>Open the day</source>
        <translation>Nap megnyitása</translation>
    </message>
    <message>
        <source>Count the float in the drawer: how many of each note and coin.</source>
        <translation>Számolja meg a fiókban lévő váltópénzt: címletenként hány darab.</translation>
    </message>
    <message>
        <source>The day is open.</source>
        <translation>A nap megnyílt.</translation>
    </message>
    <message>
        <source>Recorded: {amount}.</source>
        <translation>Rögzítve: {amount}.</translation>
    </message>
    <message>
        <source>The X report is printing.</source>
        <translation>Az X jelentés nyomtatása folyamatban.</translation>
    </message>
    <message>
        <source>Close the day (Z): count the cash</source>
        <translation>Napzárás (Z): a készpénz megszámolása</translation>
    </message>
    <message>
        <source>Count all cash in the drawer: how many of each note and coin.</source>
        <translation>Számolja meg a fiók összes készpénzét: címletenként hány darab.</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Tovább</translation>
    </message>
    <message>
        <source>The day is closed. The Z report is printing.</source>
        <translation>A nap lezárva. A Z jelentés nyomtatása folyamatban.</translation>
    </message>
</context>
<context>
    <name>TotalsPanel</name>
    <message>
        <source>Total</source>
        <translation>Összesen</translation>
    </message>
    <message>
        <source>Paid {paid} · still to pay {due}</source>
        <translation>Fizetve {paid} · még fizetendő {due}</translation>
    </message>
    <message>
        <source>{count} items</source>
        <translation>{count} tétel</translation>
    </message>
    <message>
        <source>discount {amount}</source>
        <translation>kedvezmény {amount}</translation>
    </message>
</context>
<context>
    <name>TouchKeyboard</name>
    <message>
        <source>Capital letter</source>
        <translation>Nagybetű</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Szóköz</translation>
    </message>
    <message>
        <source>Delete last character</source>
        <translation>Utolsó karakter törlése</translation>
    </message>
    <message>
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Törlés</translation>
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
        <translation>Vásárló: {name} ({customer_id})</translation>
    </message>
    <message>
        <source>{count} items</source>
        <translation>{count} tétel</translation>
    </message>
    <message>
        <source>paid online</source>
        <translation>online fizetve</translation>
    </message>
    <message>
        <source>to pay {amount}</source>
        <translation>fizetendő: {amount}</translation>
    </message>
    <message>
        <source>Web order {number}: {count}, {how}</source>
        <translation>{number} webes rendelés: {count}, {how}</translation>
    </message>
    <message>
        <source>Return R{line}: {quantity} × {name} ({reason}) −{refund}</source>
        <translation>Visszavét R{line}: {quantity} × {name} ({reason}) −{refund}</translation>
    </message>
</context>
<context>
    <name>WebBasket</name>
    <message>
        <source>{name}: now {price}, was {shop_price} online</source>
        <translation>{name}: most {price}, online {shop_price} volt</translation>
    </message>
    <message>
        <source>{name}: no longer sold — not added</source>
        <translation>{name}: már nem forgalmazzuk — nem került a kosárba</translation>
    </message>
    <message>
        <source>{name}: only {added} of {wanted} in stock here — {added} added</source>
        <translation>{name}: itt csak {added} van készleten a kért {wanted} helyett — {added} került a kosárba</translation>
    </message>
    <message>
        <source>{name}: none in stock here — not added</source>
        <translation>{name}: itt nincs készleten — nem került a kosárba</translation>
    </message>
    <message>
        <source>{name}: not added — {reason}</source>
        <translation>{name}: nem került a kosárba — {reason}</translation>
    </message>
    <message numerus="yes">
        <source>Web basket loaded: {added} of %n item(s).</source>
        <translation>
            <numerusform>Webes kosár betöltve: %n tételből {added}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WebBasketOffer</name>
    <message numerus="yes">
        <source>Load web wish list (%n item(s))</source>
        <translation>
            <numerusform>Webes kívánságlista betöltése (%n tétel)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Load web basket (%n item(s))</source>
        <translation>
            <numerusform>Webes kosár betöltése (%n tétel)</numerusform>
        </translation>
    </message>
</context>
</TS>
