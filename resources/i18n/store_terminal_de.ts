<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>ActionBar</name>
    <message>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Line discount</source>
        <translation>Positions­rabatt</translation>
    </message>
    <message>
        <source>Basket discount</source>
        <translation>Bonrabatt</translation>
    </message>
    <message>
        <source>Change price</source>
        <translation>Preis ändern</translation>
    </message>
    <message>
        <source>Void line</source>
        <translation>Zeilenstorno</translation>
    </message>
    <message>
        <source>Park / resume</source>
        <translation>Parken / holen</translation>
    </message>
    <message>
        <source>Void basket</source>
        <translation>Bon stornieren</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Beleg</translation>
    </message>
    <message>
        <source>Open drawer</source>
        <translation>Lade öffnen</translation>
    </message>
    <message>
        <source>Pay</source>
        <translation>Bezahlen</translation>
    </message>
</context>
<context>
    <name>ApprovalDialog</name>
    <message>
        <source>Manager approval</source>
        <translation>Freigabe durch Führungskraft</translation>
    </message>
    <message>
        <source>A manager must approve: {action}.
Manager, please enter your PIN.</source>
        <translation>Eine Führungskraft muss freigeben: {action}.
Bitte Führungs-PIN eingeben.</translation>
    </message>
    <message>
        <source>Approve (Enter)</source>
        <translation>Freigeben (Eingabe)</translation>
    </message>
</context>
<context>
    <name>CartModel</name>
    <message>
        <source>#</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <source>Art. {sku}</source>
        <translation>Art. {sku}</translation>
    </message>
    <message>
        <source>{quantity} × {price}/kg</source>
        <translation>{quantity} × {price}/kg</translation>
    </message>
    <message>
        <source>was {price}</source>
        <translation>vorher {price}</translation>
    </message>
    <message>
        <source>discount {amount}</source>
        <translation>Rabatt {amount}</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <source>Price changed from {price}</source>
        <translation>Preis geändert von {price}</translation>
    </message>
    <message>
        <source>Discount {percent}</source>
        <translation>Rabatt {percent}</translation>
    </message>
</context>
<context>
    <name>DiscountDialog</name>
    <message>
        <source>Discount</source>
        <translation>Rabatt</translation>
    </message>
    <message>
        <source>Percent %</source>
        <translation>Prozent %</translation>
    </message>
    <message>
        <source>Amount {symbol}</source>
        <translation>Betrag {symbol}</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>Beschädigt</translation>
    </message>
    <message>
        <source>Goodwill</source>
        <translation>Kulanz</translation>
    </message>
    <message>
        <source>Promotion</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>No discount</source>
        <translation>Kein Rabatt</translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Abbrechen (Esc)</translation>
    </message>
    <message>
        <source>OK (Enter)</source>
        <translation>OK (Eingabe)</translation>
    </message>
</context>
<context>
    <name>HitsModel</name>
    <message>
        <source>Product</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>Marke</translation>
    </message>
    <message>
        <source>Article no.</source>
        <translation>Artikelnr.</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
</context>
<context>
    <name>Keypad</name>
    <message>
        <source>Delete last character</source>
        <translation>Letztes Zeichen löschen</translation>
    </message>
    <message>
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Löschen</translation>
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
        <translation>Kasse</translation>
    </message>
    <message>
        <source>Enter your PIN or scan your badge</source>
        <translation>PIN eingeben oder Ausweis scannen</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Anmelden</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Store terminal</source>
        <translation>Kasse</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Nothing was scanned. Scan or type the code again.</source>
        <translation>Es wurde nichts gescannt. Bitte Code erneut scannen oder eintippen.</translation>
    </message>
    <message>
        <source>Code {code} is not a barcode or article number we know.</source>
        <translation>Der Code {code} ist weder ein bekannter Barcode noch eine Artikelnummer.</translation>
    </message>
    <message>
        <source>Barcode {code} is misread (wrong check digit). Scan it again.</source>
        <translation>Barcode {code} wurde falsch gelesen (Prüfziffer falsch). Bitte erneut scannen.</translation>
    </message>
    <message>
        <source>Barcode {code} uses a format this till cannot sell from. Scan the article barcode.</source>
        <translation>Barcode {code} hat ein Format, mit dem diese Kasse nicht verkaufen kann. Bitte den Artikel-Barcode scannen.</translation>
    </message>
    <message>
        <source>Barcode {code} is not in the catalogue.</source>
        <translation>Barcode {code} ist nicht im Sortiment.</translation>
    </message>
    <message>
        <source>The price in barcode {code} is misread (wrong price check digit). Scan it again.</source>
        <translation>Der Preis im Barcode {code} wurde falsch gelesen (Preisprüfziffer falsch). Bitte erneut scannen.</translation>
    </message>
    <message>
        <source>Article number {sku} is not in the catalogue.</source>
        <translation>Artikelnummer {sku} ist nicht im Sortiment.</translation>
    </message>
    <message>
        <source>{name} ({sku}) may no longer be sold.</source>
        <translation>{name} ({sku}) darf nicht mehr verkauft werden.</translation>
    </message>
    <message>
        <source>{name} is sold by weight: scan the label from the scale.</source>
        <translation>{name} wird nach Gewicht verkauft: bitte das Etikett der Waage scannen.</translation>
    </message>
    <message>
        <source>This article has an unknown VAT class ({vat_code}). Ask the store office.</source>
        <translation>Dieser Artikel hat eine unbekannte Steuerklasse ({vat_code}). Bitte im Büro nachfragen.</translation>
    </message>
    <message>
        <source>Code {code} is not an article. Use it where it belongs.</source>
        <translation>Der Code {code} ist kein Artikel. Bitte dort verwenden, wo er hingehört.</translation>
    </message>
    <message>
        <source>The cash drawer did not open ({reason}). Open it with its key.</source>
        <translation>Die Kassenlade hat sich nicht geöffnet ({reason}). Öffnen Sie sie mit dem Schlüssel.</translation>
    </message>
    <message>
        <source>The scanner sent something unreadable. Scan again.</source>
        <translation>Der Scanner hat etwas Unlesbares gesendet. Bitte erneut scannen.</translation>
    </message>
    <message>
        <source>The scanner sent a code that is far too long. Scan again.</source>
        <translation>Der Scanner hat einen viel zu langen Code gesendet. Bitte erneut scannen.</translation>
    </message>
    <message>
        <source>The scanner is not connected. Check its cable, or type the code.</source>
        <translation>Der Scanner ist nicht verbunden. Kabel prüfen oder den Code eintippen.</translation>
    </message>
    <message>
        <source>PIN or badge not recognised. Try again.</source>
        <translation>PIN oder Ausweis nicht erkannt. Bitte erneut versuchen.</translation>
    </message>
    <message>
        <source>Nobody is logged in. Please log in first.</source>
        <translation>Niemand ist angemeldet. Bitte zuerst anmelden.</translation>
    </message>
    <message>
        <source>A PIN must be 4 to 12 digits.</source>
        <translation>Eine PIN hat 4 bis 12 Ziffern.</translation>
    </message>
    <message>
        <source>This PIN is already used by someone else. Choose another one.</source>
        <translation>Diese PIN wird bereits von jemand anderem verwendet. Bitte eine andere wählen.</translation>
    </message>
    <message>
        <source>That is not a manager&apos;s PIN. The action was not approved.</source>
        <translation>Das ist keine Führungs-PIN. Der Vorgang wurde nicht freigegeben.</translation>
    </message>
    <message>
        <source>A manager must approve this: {action}.</source>
        <translation>Eine Führungskraft muss das freigeben: {action}.</translation>
    </message>
    <message>
        <source>No manager approval was given. Nothing was changed.</source>
        <translation>Keine Freigabe erteilt. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Quantity {quantity} is not possible.</source>
        <translation>Menge {quantity} ist nicht möglich.</translation>
    </message>
    <message>
        <source>The basket is empty.</source>
        <translation>Der Bon ist leer.</translation>
    </message>
    <message>
        <source>Finish or park the current basket first.</source>
        <translation>Bitte zuerst den aktuellen Bon abschließen oder parken.</translation>
    </message>
    <message>
        <source>This parked basket no longer exists.</source>
        <translation>Dieser geparkte Bon existiert nicht mehr.</translation>
    </message>
    <message>
        <source>This line no longer exists.</source>
        <translation>Diese Position existiert nicht mehr.</translation>
    </message>
    <message>
        <source>A refund must be more than zero. Check the price paid.</source>
        <translation>Eine Erstattung muss mehr als null sein. Prüfen Sie den bezahlten Preis.</translation>
    </message>
    <message>
        <source>Choose why the item comes back; for &quot;other&quot; write the reason.</source>
        <translation>Wählen Sie den Rückgabegrund; bei „Sonstiges“ bitte den Grund eintragen.</translation>
    </message>
    <message>
        <source>Line {line_no} of {reference} is already being returned. Change its quantity instead.</source>
        <translation>Position {line_no} von {reference} wird schon zurückgenommen. Ändern Sie stattdessen die Menge.</translation>
    </message>
    <message>
        <source>Line {line_no} of order {order_number} is already being handed over.</source>
        <translation>Position {line_no} der Bestellung {order_number} wird schon übergeben.</translation>
    </message>
    <message>
        <source>This visit is settled the other way: check whether the customer pays or is paid.</source>
        <translation>Dieser Vorgang wird andersherum ausgeglichen: Prüfen Sie, ob der Kunde zahlt oder Geld bekommt.</translation>
    </message>
    <message>
        <source>A refund to the web payment can only be paid out, not taken.</source>
        <translation>Eine Erstattung auf die Online-Zahlung kann nur ausgezahlt, nicht angenommen werden.</translation>
    </message>
    <message>
        <source>This line is voided and cannot be changed.</source>
        <translation>Diese Position ist storniert und kann nicht geändert werden.</translation>
    </message>
    <message>
        <source>This price is not possible.</source>
        <translation>Dieser Preis ist nicht möglich.</translation>
    </message>
    <message>
        <source>The quantity of this line comes from its barcode and cannot be changed.</source>
        <translation>Die Menge dieser Position stammt aus dem Barcode und kann nicht geändert werden.</translation>
    </message>
    <message>
        <source>The basket is empty: nothing to pay.</source>
        <translation>Der Bon ist leer: nichts zu bezahlen.</translation>
    </message>
    <message>
        <source>That is not possible at this step of the sale.</source>
        <translation>Das ist in diesem Schritt des Verkaufs nicht möglich.</translation>
    </message>
    <message>
        <source>A payment has started. Finish it, or take back the tenders first.</source>
        <translation>Die Zahlung hat begonnen. Bitte abschließen oder zuerst die Zahlungen zurücknehmen.</translation>
    </message>
    <message>
        <source>Voiding this would bring the total below what was already paid.</source>
        <translation>Ein Storno würde die Summe unter den bereits bezahlten Betrag senken.</translation>
    </message>
    <message>
        <source>This discount is not possible.</source>
        <translation>Dieser Rabatt ist nicht möglich.</translation>
    </message>
    <message>
        <source>The discount is larger than the amount it applies to.</source>
        <translation>Der Rabatt ist größer als der Betrag, auf den er sich bezieht.</translation>
    </message>
    <message>
        <source>There is no receipt yet on this till.</source>
        <translation>An dieser Kasse gibt es noch keinen Beleg.</translation>
    </message>
    <message>
        <source>Receipt {receipt_number} was not found on this till.</source>
        <translation>Beleg {receipt_number} wurde an dieser Kasse nicht gefunden.</translation>
    </message>
    <message>
        <source>The till is busy saving. Please try again in a moment.</source>
        <translation>Die Kasse speichert gerade. Bitte gleich noch einmal versuchen.</translation>
    </message>
    <message>
        <source>No payment has been taken yet.</source>
        <translation>Es wurde noch keine Zahlung erfasst.</translation>
    </message>
    <message>
        <source>Still to pay: {remaining}. The sale is not settled.</source>
        <translation>Noch zu zahlen: {remaining}. Der Verkauf ist nicht beglichen.</translation>
    </message>
    <message>
        <source>The sale is already paid in full.</source>
        <translation>Der Verkauf ist bereits vollständig bezahlt.</translation>
    </message>
    <message>
        <source>Cash must be a multiple of {step_minor}.</source>
        <translation>Bargeld muss ein Vielfaches von {step_minor} sein.</translation>
    </message>
    <message>
        <source>This amount is in {currency}; the sale is in {expected}.</source>
        <translation>Dieser Betrag ist in {currency}, der Verkauf in {expected}.</translation>
    </message>
    <message>
        <source>A card payment cannot be more than what is still to pay ({remaining_minor}).</source>
        <translation>Eine Kartenzahlung darf nicht höher sein als der offene Betrag ({remaining_minor}).</translation>
    </message>
    <message>
        <source>This payment is more than what is still to pay ({remaining_minor}).</source>
        <translation>Diese Zahlung ist höher als der offene Betrag ({remaining_minor}).</translation>
    </message>
    <message>
        <source>This amount is not possible.</source>
        <translation>Dieser Betrag ist nicht möglich.</translation>
    </message>
    <message>
        <source>Please type a number.</source>
        <translation>Bitte eine Zahl eingeben.</translation>
    </message>
    <message>
        <source>Select a line in the basket first.</source>
        <translation>Bitte zuerst eine Position auf dem Bon auswählen.</translation>
    </message>
    <message>
        <source>Something went wrong ({detail}). Nothing was lost; please try again.</source>
        <translation>Etwas ist schiefgegangen ({detail}). Es ging nichts verloren; bitte erneut versuchen.</translation>
    </message>
    <message>
        <source>open the cash drawer</source>
        <translation>Kassenlade öffnen</translation>
    </message>
    <message>
        <source>change a price</source>
        <translation>Preis ändern</translation>
    </message>
    <message>
        <source>void a line after payment started</source>
        <translation>Position nach Zahlungsbeginn stornieren</translation>
    </message>
    <message>
        <source>void a basket after payment started</source>
        <translation>Bon nach Zahlungsbeginn stornieren</translation>
    </message>
    <message>
        <source>give a discount above the cashier&apos;s limit</source>
        <translation>Rabatt über dem Kassiererlimit gewähren</translation>
    </message>
    <message>
        <source>take back an approved card payment</source>
        <translation>genehmigte Kartenzahlung zurücknehmen</translation>
    </message>
    <message>
        <source>reprint a receipt</source>
        <translation>Beleg nachdrucken</translation>
    </message>
    <message>
        <source>open the synchronisation screen</source>
        <translation>die Synchronisation öffnen</translation>
    </message>
    <message>
        <source>printer offline</source>
        <translation>Drucker offline</translation>
    </message>
    <message>
        <source>printer not responding</source>
        <translation>Drucker antwortet nicht</translation>
    </message>
    <message>
        <source>printer out of paper</source>
        <translation>Drucker ohne Papier</translation>
    </message>
    <message>
        <source>printer fault</source>
        <translation>Druckerfehler</translation>
    </message>
    <message>
        <source>The till refused this ({code}).</source>
        <translation>Die Kasse hat das abgelehnt ({code}).</translation>
    </message>
</context>
<context>
    <name>ParkedDialog</name>
    <message>
        <source>Parked baskets</source>
        <translation>Geparkte Bons</translation>
    </message>
    <message>
        <source>Resume a parked basket</source>
        <translation>Geparkten Bon zurückholen</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <source>{time}  {label} — {count} items — {total}</source>
        <translation>{time}  {label} — {count} Artikel — {total}</translation>
    </message>
    <message>
        <source>No parked baskets</source>
        <translation>Keine geparkten Bons</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Abbrechen (Esc)</translation>
    </message>
    <message>
        <source>Resume (Enter)</source>
        <translation>Zurückholen (Eingabe)</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <source>Payment</source>
        <translation>Zahlung</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Genehmigt</translation>
    </message>
    <message>
        <source>Not approved</source>
        <translation>Nicht genehmigt</translation>
    </message>
    <message>
        <source>Back to basket (Esc)</source>
        <translation>Zurück (Esc)</translation>
    </message>
    <message>
        <source>Take back last tender</source>
        <translation>Zahlung zurück</translation>
    </message>
    <message>
        <source>Complete sale</source>
        <translation>Verkauf abschließen</translation>
    </message>
    <message>
        <source>Amount given</source>
        <translation>Gegebener Betrag</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Bar</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>Next customer (Enter)</source>
        <translation>Nächster Kunde (Eingabe)</translation>
    </message>
    <message>
        <source>Total {amount}</source>
        <translation>Summe {amount}</translation>
    </message>
    <message>
        <source>To pay {amount}</source>
        <translation>Zu zahlen {amount}</translation>
    </message>
    <message>
        <source>Change {amount}</source>
        <translation>Rückgeld {amount}</translation>
    </message>
    <message>
        <source>Rounding	{amount}</source>
        <translation>Rundung	{amount}</translation>
    </message>
    <message>
        <source>Card payment of {amount}: did the card terminal approve it?</source>
        <translation>Kartenzahlung über {amount}: Hat das Kartenterminal sie genehmigt?</translation>
    </message>
</context>
<context>
    <name>PriceDialog</name>
    <message>
        <source>Change price</source>
        <translation>Preis ändern</translation>
    </message>
    <message>
        <source>{item}
Price now: {price}. New unit price:</source>
        <translation>{item}
Preis jetzt: {price}. Neuer Einzelpreis:</translation>
    </message>
</context>
<context>
    <name>QuantityDialog</name>
    <message>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>{item}
Now: {quantity}. New quantity:</source>
        <translation>{item}
Jetzt: {quantity}. Neue Menge:</translation>
    </message>
</context>
<context>
    <name>QuickAmounts</name>
    <message>
        <source>Exact {amount}</source>
        <translation>Passend {amount}</translation>
    </message>
</context>
<context>
    <name>ReceiptPreview</name>
    <message>
        <source>Receipt</source>
        <translation>Beleg</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Schließen (Esc)</translation>
    </message>
    <message>
        <source>Print copy</source>
        <translation>Kopie drucken</translation>
    </message>
    <message>
        <source>A copy is being printed.</source>
        <translation>Eine Kopie wird gedruckt.</translation>
    </message>
</context>
<context>
    <name>SaleScreen</name>
    <message>
        <source>Scan or type a code — 3* for three</source>
        <translation>Code scannen oder eintippen — 3* für drei</translation>
    </message>
    <message>
        <source>A payment is in progress: {paid} already paid. Pay (F12) takes the rest.</source>
        <translation>Eine Zahlung läuft: {paid} bereits bezahlt. Bezahlen (F12) nimmt den Rest.</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <source>Discount on the whole basket</source>
        <translation>Rabatt auf den ganzen Bon</translation>
    </message>
    <message>
        <source>Basket parked. F8 brings it back.</source>
        <translation>Bon geparkt. Mit F8 zurückholen.</translation>
    </message>
    <message>
        <source>Void basket</source>
        <translation>Bon stornieren</translation>
    </message>
    <message>
        <source>Throw away the whole basket? Nothing will be sold.</source>
        <translation>Den ganzen Bon verwerfen? Es wird nichts verkauft.</translation>
    </message>
    <message>
        <source>The drawer is opening.</source>
        <translation>Die Kassenlade öffnet sich.</translation>
    </message>
    <message>
        <source>Sale {number} complete — change {change}</source>
        <translation>Verkauf {number} abgeschlossen — Rückgeld {change}</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <source>Search products</source>
        <translation>Artikelsuche</translation>
    </message>
    <message>
        <source>Name, brand or article number</source>
        <translation>Name, Marke oder Artikelnummer</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>No product found</source>
        <translation>Kein Artikel gefunden</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>Sync: —</source>
        <translation>Sync: —</translation>
    </message>
    <message>
        <source>Not logged in</source>
        <translation>Nicht angemeldet</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Führungskraft</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>Kassierer/in</translation>
    </message>
    <message>
        <source>Printer ready</source>
        <translation>Drucker bereit</translation>
    </message>
    <message numerus="yes">
        <source>Printer: %n receipt(s) waiting</source>
        <translation>
            <numerusform>Drucker: %n Beleg wartet</numerusform>
            <numerusform>Drucker: %n Belege warten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Printer out of paper — %n receipt(s) waiting</source>
        <translation>
            <numerusform>Drucker ohne Papier — %n Beleg wartet</numerusform>
            <numerusform>Drucker ohne Papier — %n Belege warten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Printer not responding — %n receipt(s) waiting</source>
        <translation>
            <numerusform>Drucker antwortet nicht — %n Beleg wartet</numerusform>
            <numerusform>Drucker antwortet nicht — %n Belege warten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Printer fault — %n receipt(s) waiting</source>
        <translation>
            <numerusform>Druckerfehler — %n Beleg wartet</numerusform>
            <numerusform>Druckerfehler — %n Belege warten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Printer offline — %n receipt(s) waiting</source>
        <translation>
            <numerusform>Drucker offline — %n Beleg wartet</numerusform>
            <numerusform>Drucker offline — %n Belege warten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sync: %n refused — tell the manager</source>
        <translation>
            <numerusform>Sync: %n abgelehnt — Filialleitung informieren</numerusform>
            <numerusform>Sync: %n abgelehnt — Filialleitung informieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Offline — %n waiting</source>
        <translation>
            <numerusform>Offline — %n wartet</numerusform>
            <numerusform>Offline — %n warten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Online — %n to send</source>
        <translation>
            <numerusform>Online — %n zu senden</numerusform>
            <numerusform>Online — %n zu senden</numerusform>
        </translation>
    </message>
    <message>
        <source>Scanner ready</source>
        <translation>Scanner bereit</translation>
    </message>
    <message>
        <source>Scanner offline</source>
        <translation>Scanner offline</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
</context>
<context>
    <name>StockLine</name>
    <message>
        <source>Stock: looking it up …</source>
        <translation>Bestand: wird abgefragt …</translation>
    </message>
    <message>
        <source>Stock: no figure for this product yet</source>
        <translation>Bestand: für diesen Artikel noch keine Zahl</translation>
    </message>
    <message>
        <source>Stock here: {count} (live)</source>
        <translation>Bestand hier: {count} (aktuell)</translation>
    </message>
    <message>
        <source>Stock here: {count} (as of {when}, offline)</source>
        <translation>Bestand hier: {count} (Stand {when}, offline)</translation>
    </message>
    <message>
        <source>Stock here: {count} (age unknown)</source>
        <translation>Bestand hier: {count} (Stand unbekannt)</translation>
    </message>
</context>
<context>
    <name>SyncScreen</name>
    <message>
        <source>Synchronisation</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>Synchronisation with the head office</source>
        <translation>Synchronisation mit der Zentrale</translation>
    </message>
    <message>
        <source>Sale</source>
        <translation>Verkauf</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Rückgabe</translation>
    </message>
    <message>
        <source>Web order handed over</source>
        <translation>Webbestellung übergeben</translation>
    </message>
    <message>
        <source>Cash in or out</source>
        <translation>Einlage oder Entnahme</translation>
    </message>
    <message>
        <source>Stock count</source>
        <translation>Inventur</translation>
    </message>
    <message>
        <source>Till closed</source>
        <translation>Kassenabschluss</translation>
    </message>
    <message>
        <source>Audit entry</source>
        <translation>Protokolleintrag</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Choose an event to see its content</source>
        <translation>Einen Vorgang wählen, um seinen Inhalt zu sehen</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Schließen (Esc)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Resubmit refused event</source>
        <translation>Abgelehnten Vorgang erneut senden</translation>
    </message>
    <message>
        <source>Waiting ({count})</source>
        <translation>Wartend ({count})</translation>
    </message>
    <message>
        <source>Refused ({count})</source>
        <translation>Abgelehnt ({count})</translation>
    </message>
    <message>
        <source>Last successful sync: never</source>
        <translation>Letzte erfolgreiche Synchronisation: noch nie</translation>
    </message>
    <message>
        <source>Last successful sync: {when}</source>
        <translation>Letzte erfolgreiche Synchronisation: {when}</translation>
    </message>
    <message>
        <source>#{seq}  {type}  {when}  attempts: {attempts}</source>
        <translation>#{seq}  {type}  {when}  Versuche: {attempts}</translation>
    </message>
    <message>
        <source>Nothing here</source>
        <translation>Keine Einträge</translation>
    </message>
    <message>
        <source>{state} — sales are kept and sent later</source>
        <translation>{state} — Verkäufe bleiben gespeichert und werden später gesendet</translation>
    </message>
    <message>
        <source>Refused by the head office: {error}</source>
        <translation>Von der Zentrale abgelehnt: {error}</translation>
    </message>
</context>
<context>
    <name>TotalsPanel</name>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <source>Paid {paid} · still to pay {due}</source>
        <translation>Bezahlt {paid} · noch zu zahlen {due}</translation>
    </message>
    <message>
        <source>{count} items</source>
        <translation>{count} Artikel</translation>
    </message>
    <message>
        <source>discount {amount}</source>
        <translation>Rabatt {amount}</translation>
    </message>
</context>
<context>
    <name>TouchKeyboard</name>
    <message>
        <source>Capital letter</source>
        <translation>Großbuchstabe</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Leerzeichen</translation>
    </message>
    <message>
        <source>Delete last character</source>
        <translation>Letztes Zeichen löschen</translation>
    </message>
    <message>
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
</TS>
