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
    <message>
        <source>Refund</source>
        <translation>Erstatten</translation>
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
    <name>CashCountDialog</name>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Abbrechen (Esc)</translation>
    </message>
    <message>
        <source>Counted: {amount}</source>
        <translation>Gezählt: {amount}</translation>
    </message>
</context>
<context>
    <name>CashMoveDialog</name>
    <message>
        <source>Cash in</source>
        <translation>Einlage</translation>
    </message>
    <message>
        <source>Cash out</source>
        <translation>Entnahme</translation>
    </message>
    <message>
        <source>Type the amount and choose the reason.</source>
        <translation>Betrag eingeben und Grund wählen.</translation>
    </message>
    <message>
        <source>Note (for Other)</source>
        <translation>Notiz (bei Sonstiges)</translation>
    </message>
    <message>
        <source>Record (Enter)</source>
        <translation>Buchen (Enter)</translation>
    </message>
</context>
<context>
    <name>CloseDayDialog</name>
    <message>
        <source>Close the day (Z)</source>
        <translation>Tagesabschluss (Z)</translation>
    </message>
    <message>
        <source>Reason for the difference</source>
        <translation>Grund für die Differenz</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Zahlungsart</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Soll</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Gezählt</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Differenz</translation>
    </message>
    <message>
        <source>Change miscounted</source>
        <translation>Wechselgeld verzählt</translation>
    </message>
    <message>
        <source>Coins missing</source>
        <translation>Münzen fehlen</translation>
    </message>
    <message>
        <source>Card total differs</source>
        <translation>Kartensumme weicht ab</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Abbrechen (Esc)</translation>
    </message>
    <message>
        <source>Close day (Z)</source>
        <translation>Tag abschließen (Z)</translation>
    </message>
    <message>
        <source>Difference: ?</source>
        <translation>Differenz: ?</translation>
    </message>
    <message>
        <source>Difference: {amount}</source>
        <translation>Differenz: {amount}</translation>
    </message>
    <message>
        <source>“{text}” is not an amount: count it again.</source>
        <translation>„{text}“ ist kein Betrag: bitte noch einmal zählen.</translation>
    </message>
</context>
<context>
    <name>CustomersArea</name>
    <message>
        <source>Scan the customer&apos;s card, or type name, e-mail, phone</source>
        <translation>Kundenkarte scannen oder Name, E-Mail, Telefon eingeben</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Older entries</source>
        <translation>Ältere Einträge</translation>
    </message>
    <message>
        <source>Remove from the visit</source>
        <translation>Vom Vorgang lösen</translation>
    </message>
    <message>
        <source>Attach to the visit</source>
        <translation>Dem Vorgang zuordnen</translation>
    </message>
    <message>
        <source>Apply offers</source>
        <translation>Angebote anwenden</translation>
    </message>
    <message>
        <source>{percent} % on {group}</source>
        <translation>{percent} % auf {group}</translation>
    </message>
    <message>
        <source>Personal offers: {offers}</source>
        <translation>Persönliche Angebote: {offers}</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Offline: customers known at this till only.</source>
        <translation>Offline: nur Kunden, die diese Kasse kennt.</translation>
    </message>
    <message>
        <source>No customer found.</source>
        <translation>Kein Kunde gefunden.</translation>
    </message>
    <message>
        <source>Offline: only what this till knows — its own sales and this store&apos;s web orders.</source>
        <translation>Offline: nur, was diese Kasse weiß — ihre eigenen Verkäufe und die Webbestellungen dieser Filiale.</translation>
    </message>
    <message>
        <source>Nothing in this customer&apos;s history yet.</source>
        <translation>Noch nichts in der Historie dieses Kunden.</translation>
    </message>
    <message>
        <source>The visit has no customer now.</source>
        <translation>Der Vorgang hat jetzt keinen Kunden.</translation>
    </message>
    <message>
        <source>Find a customer to see their history.</source>
        <translation>Kunden suchen, um seine Historie zu sehen.</translation>
    </message>
    <message>
        <source>Store purchase</source>
        <translation>Filialeinkauf</translation>
    </message>
    <message>
        <source>Web order</source>
        <translation>Webbestellung</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Rückgabe</translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation>Gutschein</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>to pick</source>
        <translation>zu kommissionieren</translation>
    </message>
    <message>
        <source>picking</source>
        <translation>in Kommissionierung</translation>
    </message>
    <message>
        <source>ready for pickup</source>
        <translation>abholbereit</translation>
    </message>
    <message>
        <source>collected</source>
        <translation>abgeholt</translation>
    </message>
    <message>
        <source>partly collected</source>
        <translation>teilweise abgeholt</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>storniert</translation>
    </message>
    <message>
        <source>not collected</source>
        <translation>nicht abgeholt</translation>
    </message>
    <message>
        <source>returned</source>
        <translation>zurückgegeben</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>spent</source>
        <translation>eingelöst</translation>
    </message>
    <message>
        <source>voided</source>
        <translation>ungültig</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>balance {amount}</source>
        <translation>Restwert {amount}</translation>
    </message>
</context>
<context>
    <name>DayChartsView</name>
    <message>
        <source>No sales yet today</source>
        <translation>Heute noch keine Verkäufe</translation>
    </message>
    <message>
        <source>By hour</source>
        <translation>Nach Stunde</translation>
    </message>
    <message>
        <source>By tender</source>
        <translation>Nach Zahlungsart</translation>
    </message>
    <message>
        <source>Top by revenue</source>
        <translation>Top nach Umsatz</translation>
    </message>
    <message>
        <source>Top by quantity</source>
        <translation>Top nach Menge</translation>
    </message>
    <message>
        <source>Sales by hour</source>
        <translation>Umsatz nach Stunde</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Verkauft</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Erstattet</translation>
    </message>
    <message>
        <source>Sales by tender</source>
        <translation>Umsatz nach Zahlungsart</translation>
    </message>
    <message>
        <source>Top products by quantity</source>
        <translation>Top-Artikel nach Menge</translation>
    </message>
    <message>
        <source>Top products by revenue</source>
        <translation>Top-Artikel nach Umsatz</translation>
    </message>
</context>
<context>
    <name>DayMessages</name>
    <message>
        <source>Change from the bank</source>
        <translation>Wechselgeld von der Bank</translation>
    </message>
    <message>
        <source>Float top-up</source>
        <translation>Wechselgeld aufgefüllt</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Korrektur</translation>
    </message>
    <message>
        <source>Bank deposit</source>
        <translation>Bankeinzahlung</translation>
    </message>
    <message>
        <source>Supplier paid</source>
        <translation>Lieferant bezahlt</translation>
    </message>
    <message>
        <source>Small expense</source>
        <translation>Kleine Ausgabe</translation>
    </message>
    <message>
        <source>Cash to the safe</source>
        <translation>Bargeld in den Tresor</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
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
        <source>Voucher</source>
        <translation>Gutschein</translation>
    </message>
    <message>
        <source>Web payment</source>
        <translation>Online-Zahlung</translation>
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
    <name>FirstRunBackend</name>
    <message>
        <source>Backend and enrolment</source>
        <translation>Backend und Anmeldung</translation>
    </message>
    <message>
        <source>The till sends its sales to the store backend and gets the catalogue from it. Enter the backend&apos;s address and the one-time enrolment code from the store office.</source>
        <translation>Die Kasse sendet ihre Verkäufe an das Filial-Backend und erhält von dort den Katalog. Geben Sie die Adresse des Backends und den einmaligen Anmeldecode aus dem Filialbüro ein.</translation>
    </message>
    <message>
        <source>Backend address</source>
        <translation>Backend-Adresse</translation>
    </message>
    <message>
        <source>for example http://backend:8765</source>
        <translation>z. B. http://backend:8765</translation>
    </message>
    <message>
        <source>Enrolment code</source>
        <translation>Anmeldecode</translation>
    </message>
    <message>
        <source>works once, for example ABCD-EFGH-JKLM</source>
        <translation>gilt einmal, z. B. ABCD-EFGH-JKLM</translation>
    </message>
    <message>
        <source>&amp;Enrol this till</source>
        <translation>Kasse &amp;anmelden</translation>
    </message>
    <message>
        <source>Enrolling at {url}…</source>
        <translation>Anmeldung bei {url}…</translation>
    </message>
    <message>
        <source>Enrolled: this till is terminal {terminal} of store {store}.</source>
        <translation>Angemeldet: Diese Kasse ist Terminal {terminal} der Filiale {store}.</translation>
    </message>
</context>
<context>
    <name>FirstRunConfigError</name>
    <message>
        <source>The till&apos;s settings cannot be used</source>
        <translation>Die Einstellungen der Kasse sind nicht verwendbar</translation>
    </message>
    <message>
        <source>Correct the file and start the till again. Without the file, the till starts its set-up.</source>
        <translation>Korrigieren Sie die Datei und starten Sie die Kasse neu. Ohne die Datei startet die Kasse ihre Einrichtung.</translation>
    </message>
</context>
<context>
    <name>FirstRunIdentity</name>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Welcome! This till is not set up yet. Choose the language of the till; receipts and the cashier&apos;s screens use it.</source>
        <translation>Willkommen! Diese Kasse ist noch nicht eingerichtet. Wählen Sie die Sprache der Kasse; Belege und die Kassenbildschirme verwenden sie.</translation>
    </message>
    <message>
        <source>Store and terminal</source>
        <translation>Filiale und Kasse</translation>
    </message>
    <message>
        <source>Which store is this till in, and which till is it? The store office has these ids.</source>
        <translation>In welcher Filiale steht diese Kasse, und welche Kasse ist sie? Das Filialbüro kennt diese Kennungen.</translation>
    </message>
    <message>
        <source>Store id</source>
        <translation>Filial-ID</translation>
    </message>
    <message>
        <source>for example S001</source>
        <translation>z. B. S001</translation>
    </message>
    <message>
        <source>Terminal id</source>
        <translation>Kassen-ID</translation>
    </message>
    <message>
        <source>for example T01; part of every receipt number</source>
        <translation>z. B. T01; Teil jeder Belegnummer</translation>
    </message>
    <message>
        <source>Store name</source>
        <translation>Filialname</translation>
    </message>
    <message>
        <source>as the receipts show it</source>
        <translation>wie er auf Belegen steht</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Germany (EUR)</source>
        <translation>Deutschland (EUR)</translation>
    </message>
    <message>
        <source>Hungary (HUF)</source>
        <translation>Ungarn (HUF)</translation>
    </message>
    <message>
        <source>Indonesia (IDR)</source>
        <translation>Indonesien (IDR)</translation>
    </message>
</context>
<context>
    <name>FirstRunMessages</name>
    <message>
        <source>The file cannot be read ({reason}).</source>
        <translation>Die Datei kann nicht gelesen werden ({reason}).</translation>
    </message>
    <message>
        <source>This is not valid TOML: {reason}</source>
        <translation>Das ist kein gültiges TOML: {reason}</translation>
    </message>
    <message>
        <source>[{key}] is not a section the till knows. Remove it or correct it.</source>
        <translation>[{key}] ist kein Abschnitt, den die Kasse kennt. Entfernen oder korrigieren Sie ihn.</translation>
    </message>
    <message>
        <source>{key} is not a setting the till knows. Remove it or correct its spelling.</source>
        <translation>{key} ist keine Einstellung, die die Kasse kennt. Entfernen Sie sie oder korrigieren Sie die Schreibweise.</translation>
    </message>
    <message>
        <source>{key} must be a section, written as [{key}].</source>
        <translation>{key} muss ein Abschnitt sein, geschrieben als [{key}].</translation>
    </message>
    <message>
        <source>{key} must be true or false.</source>
        <translation>{key} muss true oder false sein.</translation>
    </message>
    <message>
        <source>{key} must be a whole number.</source>
        <translation>{key} muss eine ganze Zahl sein.</translation>
    </message>
    <message>
        <source>{key} must be a number.</source>
        <translation>{key} muss eine Zahl sein.</translation>
    </message>
    <message>
        <source>{key} must be text in quotes.</source>
        <translation>{key} muss Text in Anführungszeichen sein.</translation>
    </message>
    <message>
        <source>{key} must be a list of texts in quotes.</source>
        <translation>{key} muss eine Liste von Texten in Anführungszeichen sein.</translation>
    </message>
    <message>
        <source>A store id is 1 to 10 capital letters or digits, for example S001.</source>
        <translation>Eine Filial-ID besteht aus 1 bis 10 Großbuchstaben oder Ziffern, z. B. S001.</translation>
    </message>
    <message>
        <source>A terminal id is 1 to 10 capital letters or digits, for example T01.</source>
        <translation>Eine Kassen-ID besteht aus 1 bis 10 Großbuchstaben oder Ziffern, z. B. T01.</translation>
    </message>
    <message>
        <source>The language must be English, German, Hungarian or Indonesian.</source>
        <translation>Die Sprache muss Englisch, Deutsch, Ungarisch oder Indonesisch sein.</translation>
    </message>
    <message>
        <source>The country must be Germany, Hungary or Indonesia.</source>
        <translation>Das Land muss Deutschland, Ungarn oder Indonesien sein.</translation>
    </message>
    <message>
        <source>{value} is not a currency the till knows.</source>
        <translation>{value} ist keine Währung, die die Kasse kennt.</translation>
    </message>
    <message>
        <source>Enter the address of the store backend.</source>
        <translation>Geben Sie die Adresse des Filial-Backends ein.</translation>
    </message>
    <message>
        <source>The backend address must start with http:// or https:// and name a server, for example http://backend:8765.</source>
        <translation>Die Backend-Adresse muss mit http:// oder https:// beginnen und einen Server nennen, z. B. http://backend:8765.</translation>
    </message>
    <message>
        <source>Choose one of the printer types shown.</source>
        <translation>Wählen Sie einen der angezeigten Druckertypen.</translation>
    </message>
    <message>
        <source>This printer needs {field}.</source>
        <translation>Dieser Drucker braucht {field}.</translation>
    </message>
    <message>
        <source>A port is a number from 1 to 65535.</source>
        <translation>Ein Port ist eine Zahl von 1 bis 65535.</translation>
    </message>
    <message>
        <source>A USB id is a hexadecimal number from 0001 to FFFF, for example 04b8.</source>
        <translation>Eine USB-ID ist eine Hexadezimalzahl von 0001 bis FFFF, z. B. 04b8.</translation>
    </message>
    <message>
        <source>Enter the enrolment code from the store office.</source>
        <translation>Geben Sie den Anmeldecode aus dem Filialbüro ein.</translation>
    </message>
    <message>
        <source>The backend at {url} does not answer. Check the address and the network cable.</source>
        <translation>Das Backend unter {url} antwortet nicht. Prüfen Sie die Adresse und das Netzwerkkabel.</translation>
    </message>
    <message>
        <source>The backend refused this enrolment code: it is wrong, already used or expired. Ask the store office for a new code.</source>
        <translation>Das Backend hat diesen Anmeldecode abgelehnt: Er ist falsch, schon benutzt oder abgelaufen. Fragen Sie im Filialbüro nach einem neuen Code.</translation>
    </message>
    <message>
        <source>This enrolment code is for another store than {store_id}. Check the store id, or ask for a code for this store.</source>
        <translation>Dieser Anmeldecode gehört zu einer anderen Filiale als {store_id}. Prüfen Sie die Filial-ID oder fragen Sie nach einem Code für diese Filiale.</translation>
    </message>
    <message>
        <source>{url} answers, but it is not a store backend. Check the address.</source>
        <translation>{url} antwortet, ist aber kein Filial-Backend. Prüfen Sie die Adresse.</translation>
    </message>
    <message>
        <source>The backend had a problem ({status}). Try again in a moment.</source>
        <translation>Das Backend hatte ein Problem ({status}). Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The settings cannot be saved to {path} ({reason}). Ask the store&apos;s IT.</source>
        <translation>Die Einstellungen können nicht unter {path} gespeichert werden ({reason}). Fragen Sie die IT der Filiale.</translation>
    </message>
    <message>
        <source>This is the last step: tap Finish.</source>
        <translation>Das ist der letzte Schritt: Tippen Sie auf Fertig.</translation>
    </message>
    <message>
        <source>Finish this step first.</source>
        <translation>Schließen Sie zuerst diesen Schritt ab.</translation>
    </message>
    <message>
        <source>The test print failed: the printer ({printer}) does not answer. Check that it is switched on and connected, and the settings above.</source>
        <translation>Der Testdruck ist fehlgeschlagen: Der Drucker ({printer}) antwortet nicht. Prüfen Sie, ob er eingeschaltet und angeschlossen ist, und die Einstellungen oben.</translation>
    </message>
    <message>
        <source>The test print failed: the printer ({printer}) stopped taking data.</source>
        <translation>Der Testdruck ist fehlgeschlagen: Der Drucker ({printer}) nimmt keine Daten mehr an.</translation>
    </message>
    <message>
        <source>The test print failed: the printer is out of paper.</source>
        <translation>Der Testdruck ist fehlgeschlagen: Im Drucker ist kein Papier.</translation>
    </message>
    <message>
        <source>The test print failed: {reason}</source>
        <translation>Der Testdruck ist fehlgeschlagen: {reason}</translation>
    </message>
    <message>
        <source>a device or file path</source>
        <translation>einen Geräte- oder Dateipfad</translation>
    </message>
    <message>
        <source>a host name or IP address</source>
        <translation>einen Hostnamen oder eine IP-Adresse</translation>
    </message>
    <message>
        <source>a serial port</source>
        <translation>eine serielle Schnittstelle</translation>
    </message>
    <message>
        <source>line {line}</source>
        <translation>Zeile {line}</translation>
    </message>
    <message>
        <source>setting {key}</source>
        <translation>Einstellung {key}</translation>
    </message>
</context>
<context>
    <name>FirstRunPrinter</name>
    <message>
        <source>Receipt printer</source>
        <translation>Bondrucker</translation>
    </message>
    <message>
        <source>How is the receipt printer connected? Print a test page to see that it works.</source>
        <translation>Wie ist der Bondrucker angeschlossen? Drucken Sie eine Testseite, um zu sehen, ob er funktioniert.</translation>
    </message>
    <message>
        <source>Screen only</source>
        <translation>Nur Bildschirm</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>USB</source>
        <translation>USB</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>Seriell</translation>
    </message>
    <message>
        <source>Device file</source>
        <translation>Gerätedatei</translation>
    </message>
    <message>
        <source>Receipts are shown on the screen only. Choose this while the till has no printer.</source>
        <translation>Belege werden nur am Bildschirm angezeigt. Wählen Sie dies, solange die Kasse keinen Drucker hat.</translation>
    </message>
    <message>
        <source>Host or IP address</source>
        <translation>Host oder IP-Adresse</translation>
    </message>
    <message>
        <source>for example 192.168.1.50</source>
        <translation>z. B. 192.168.1.50</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>USB vendor id</source>
        <translation>USB-Hersteller-ID</translation>
    </message>
    <message>
        <source>hex, e.g. 04b8</source>
        <translation>hex, z. B. 04b8</translation>
    </message>
    <message>
        <source>USB product id</source>
        <translation>USB-Produkt-ID</translation>
    </message>
    <message>
        <source>hex, e.g. 0e15</source>
        <translation>hex, z. B. 0e15</translation>
    </message>
    <message>
        <source>Serial port</source>
        <translation>Serielle Schnittstelle</translation>
    </message>
    <message>
        <source>for example /dev/ttyUSB0</source>
        <translation>z. B. /dev/ttyUSB0</translation>
    </message>
    <message>
        <source>Baud rate</source>
        <translation>Baudrate</translation>
    </message>
    <message>
        <source>Device or file</source>
        <translation>Gerät oder Datei</translation>
    </message>
    <message>
        <source>for example /dev/usb/lp0</source>
        <translation>z. B. /dev/usb/lp0</translation>
    </message>
    <message>
        <source>&amp;Test print</source>
        <translation>&amp;Testdruck</translation>
    </message>
    <message>
        <source>Printing a test page…</source>
        <translation>Testseite wird gedruckt…</translation>
    </message>
    <message>
        <source>No printer is used: receipts will show on the screen.</source>
        <translation>Es wird kein Drucker verwendet: Belege erscheinen am Bildschirm.</translation>
    </message>
    <message>
        <source>The test page went to the printer ({printer}). Did it come out readable?</source>
        <translation>Die Testseite ging an den Drucker ({printer}). Ist sie lesbar herausgekommen?</translation>
    </message>
</context>
<context>
    <name>FirstRunScanner</name>
    <message>
        <source>Scanner test</source>
        <translation>Scannertest</translation>
    </message>
    <message>
        <source>Scan any barcode, for example from a product. The till shows what it received; it must match the numbers under the bars. Then tap Finish.</source>
        <translation>Scannen Sie einen beliebigen Barcode, z. B. von einem Artikel. Die Kasse zeigt, was sie empfangen hat; es muss mit den Ziffern unter den Strichen übereinstimmen. Tippen Sie dann auf Fertig.</translation>
    </message>
    <message>
        <source>Last scan:</source>
        <translation>Letzter Scan:</translation>
    </message>
    <message>
        <source>(nothing scanned yet)</source>
        <translation>(noch nichts gescannt)</translation>
    </message>
    <message>
        <source>The scanner works. Tap Finish to start the till.</source>
        <translation>Der Scanner funktioniert. Tippen Sie auf Fertig, um die Kasse zu starten.</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Step {step} of {steps}</source>
        <translation>Schritt {step} von {steps}</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Fertig</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <source>Set up this till</source>
        <translation>Diese Kasse einrichten</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>B&amp;eenden</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
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
        <source>{quantity} cannot be counted: type a quantity of 0 or more.</source>
        <translation>{quantity} kann nicht gezählt werden: Geben Sie eine Menge von 0 oder mehr ein.</translation>
    </message>
    <message>
        <source>A count holds at most {limit} articles. Submit this one and start another.</source>
        <translation>Eine Zählung umfasst höchstens {limit} Artikel. Senden Sie diese ab und beginnen Sie eine neue.</translation>
    </message>
    <message>
        <source>Choose a reason for the adjustment: damaged, theft, found or correction.</source>
        <translation>Wählen Sie einen Grund für die Korrektur: beschädigt, Diebstahl, gefunden oder Berichtigung.</translation>
    </message>
    <message>
        <source>Choose the store the goods came from (another store than this one).</source>
        <translation>Wählen Sie die Filiale, aus der die Ware kommt (nicht diese Filiale).</translation>
    </message>
    <message>
        <source>Nothing is counted yet: scan the articles on the shelf first.</source>
        <translation>Noch nichts gezählt: Scannen Sie zuerst die Artikel im Regal.</translation>
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
        <source>That is the code of receipt {receipt_number}, not an article.</source>
        <translation>Das ist der Code des Belegs {receipt_number}, kein Artikel.</translation>
    </message>
    <message>
        <source>That is the pickup code {code} of a web order, not an article.</source>
        <translation>Das ist der Abholcode {code} einer Webbestellung, kein Artikel.</translation>
    </message>
    <message>
        <source>That is a store-credit voucher: take it as a payment (Pay, then scan it again).</source>
        <translation>Das ist ein Gutschein: Er wird beim Bezahlen angenommen (Bezahlen, dann erneut scannen).</translation>
    </message>
    <message>
        <source>That is a staff badge. To change cashier, log out first.</source>
        <translation>Das ist ein Mitarbeiterausweis. Zum Kassiererwechsel erst abmelden.</translation>
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
        <source>{name} can no longer log in at this till: removed by the head office. Ask a manager.</source>
        <translation>{name} kann sich an dieser Kasse nicht mehr anmelden: von der Zentrale entfernt. Bitte eine Führungskraft fragen.</translation>
    </message>
    <message>
        <source>Too many wrong tries. Wait {seconds} seconds, then enter your PIN again.</source>
        <translation>Zu viele Fehlversuche. Bitte {seconds} Sekunden warten und die PIN dann erneut eingeben.</translation>
    </message>
    <message>
        <source>This person is managed by the head office. Change them there.</source>
        <translation>Diese Person wird von der Zentrale verwaltet. Bitte dort ändern.</translation>
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
        <source>Receipt {reference} is not known. Check the number on the receipt.</source>
        <translation>Beleg {reference} ist nicht bekannt. Prüfen Sie die Nummer auf dem Beleg.</translation>
    </message>
    <message>
        <source>Web order {reference} is not known. Check the order number.</source>
        <translation>Webbestellung {reference} ist nicht bekannt. Prüfen Sie die Bestellnummer.</translation>
    </message>
    <message>
        <source>{code} is not a receipt or web-order number.</source>
        <translation>{code} ist keine Beleg- oder Webbestellnummer.</translation>
    </message>
    <message>
        <source>Unknown barcode: {code}, neither a receipt nor an article.</source>
        <translation>Unbekannter Barcode: {code}, weder ein Beleg noch ein Artikel.</translation>
    </message>
    <message>
        <source>{name} is not on {reference}. Choose one of its lines, or Esc for another receipt.</source>
        <translation>{name} steht nicht auf {reference}. Eine Position davon wählen oder Esc für einen anderen Beleg.</translation>
    </message>
    <message>
        <source>Only {returnable} of this line can still be returned.</source>
        <translation>Von dieser Position können nur noch {returnable} zurückgegeben werden.</translation>
    </message>
    <message>
        <source>This return is already being taken at another till. Clear and look it up again.</source>
        <translation>Diese Rückgabe wird gerade an einer anderen Kasse angenommen. Leeren und neu suchen.</translation>
    </message>
    <message>
        <source>The return could not be reserved. Look the receipt up again.</source>
        <translation>Die Rückgabe konnte nicht reserviert werden. Suchen Sie den Beleg erneut.</translation>
    </message>
    <message>
        <source>The head office cannot be reached. Try again, or take it back as unchecked.</source>
        <translation>Die Zentrale ist nicht erreichbar. Erneut versuchen oder ungeprüft zurücknehmen.</translation>
    </message>
    <message>
        <source>Without a receipt a return needs the head office (for the lowest price), which cannot be reached now. Try again later.</source>
        <translation>Eine Rückgabe ohne Beleg braucht die Zentrale (für den niedrigsten Preis), die gerade nicht erreichbar ist. Später erneut versuchen.</translation>
    </message>
    <message>
        <source>{name} was sold as final sale: it cannot be taken back.</source>
        <translation>{name} wurde vom Umtausch ausgeschlossen verkauft: keine Rücknahme.</translation>
    </message>
    <message>
        <source>Choose how many of {name} come back (+).</source>
        <translation>Wählen Sie, wie viele {name} zurückkommen (+).</translation>
    </message>
    <message>
        <source>Choose where the item goes: back to stock, write off or inspect.</source>
        <translation>Wählen Sie, wohin der Artikel geht: ins Lager, abschreiben oder prüfen.</translation>
    </message>
    <message>
        <source>Choose what comes back: select a line and press + .</source>
        <translation>Wählen Sie, was zurückkommt: Position wählen und + drücken.</translation>
    </message>
    <message>
        <source>{reference} cannot be checked now: scan each item that comes back.</source>
        <translation>{reference} kann jetzt nicht geprüft werden: Scannen Sie jeden zurückgegebenen Artikel.</translation>
    </message>
    <message>
        <source>Choose the items on the lines of {reference} instead of scanning them.</source>
        <translation>Wählen Sie die Artikel in den Positionen von {reference}, statt sie zu scannen.</translation>
    </message>
    <message>
        <source>{reference} has no line {line_no}.</source>
        <translation>{reference} hat keine Position {line_no}.</translation>
    </message>
    <message>
        <source>{reference} was paid in {currency}; this till refunds only {expected}.</source>
        <translation>{reference} wurde in {currency} bezahlt; diese Kasse erstattet nur in {expected}.</translation>
    </message>
    <message>
        <source>The head office gave an answer the till cannot read. Try again.</source>
        <translation>Die Zentrale hat eine unlesbare Antwort gegeben. Erneut versuchen.</translation>
    </message>
    <message>
        <source>This till may not take returns from the head office now (not enrolled?).</source>
        <translation>Diese Kasse darf gerade keine Rückgaben bei der Zentrale annehmen (nicht angemeldet?).</translation>
    </message>
    <message>
        <source>Line {line_no} of order {order_number} is already being handed over.</source>
        <translation>Position {line_no} der Bestellung {order_number} wird schon übergeben.</translation>
    </message>
    <message>
        <source>{name} is not in this order.</source>
        <translation>{name} gehört nicht zu dieser Bestellung.</translation>
    </message>
    <message>
        <source>All of {name} is counted already.</source>
        <translation>{name} ist schon vollständig gezählt.</translation>
    </message>
    <message>
        <source>Order {order_number} is {state}: it cannot be picked now.</source>
        <translation>Bestellung {order_number} ist {state}: sie kann jetzt nicht kommissioniert werden.</translation>
    </message>
    <message>
        <source>At most {most} can be marked short on this line.</source>
        <translation>Höchstens {most} können auf dieser Zeile als fehlend markiert werden.</translation>
    </message>
    <message>
        <source>Order {order_number} is ready already.</source>
        <translation>Bestellung {order_number} ist schon bereit.</translation>
    </message>
    <message>
        <source>Pick every item, or mark it short, before the order is ready.</source>
        <translation>Jeden Artikel kommissionieren oder als fehlend markieren, bevor die Bestellung bereit ist.</translation>
    </message>
    <message>
        <source>Nothing of order {order_number} was found: it cannot be made ready.</source>
        <translation>Von Bestellung {order_number} wurde nichts gefunden: sie kann nicht bereitgestellt werden.</translation>
    </message>
    <message>
        <source>Order {order_number} is {state}: it cannot be handed over.</source>
        <translation>Bestellung {order_number} ist {state}: sie kann nicht ausgegeben werden.</translation>
    </message>
    <message>
        <source>This till has no lines of order {order_number} yet. Ask the store office.</source>
        <translation>Diese Kasse kennt die Positionen von Bestellung {order_number} noch nicht. Bitte im Büro fragen.</translation>
    </message>
    <message>
        <source>Choose a reason first.</source>
        <translation>Bitte zuerst einen Grund wählen.</translation>
    </message>
    <message>
        <source>At most {most} can be refused on this line.</source>
        <translation>Höchstens {most} können auf dieser Zeile abgelehnt werden.</translation>
    </message>
    <message>
        <source>Nothing is taken yet: scan or confirm at least one item first.</source>
        <translation>Noch nichts erfasst: zuerst mindestens einen Artikel scannen oder bestätigen.</translation>
    </message>
    <message>
        <source>Found by name: check the customer&apos;s ID and tick &quot;ID checked&quot; first.</source>
        <translation>Über den Namen gefunden: zuerst den Ausweis prüfen und „Ausweis geprüft“ ankreuzen.</translation>
    </message>
    <message>
        <source>Write the name of the person who collects.</source>
        <translation>Bitte den Namen der abholenden Person eintragen.</translation>
    </message>
    <message>
        <source>Before handing over, still needed: {missing}.</source>
        <translation>Vor der Übergabe fehlt noch: {missing}.</translation>
    </message>
    <message>
        <source>{code} is not a pickup code.</source>
        <translation>{code} ist kein Abholcode.</translation>
    </message>
    <message>
        <source>Order {order_number} is not an open order of this store. It may be another store&apos;s, or closed.</source>
        <translation>Bestellung {order_number} ist keine offene Bestellung dieser Filiale. Sie gehört vielleicht zu einer anderen Filiale oder ist abgeschlossen.</translation>
    </message>
    <message>
        <source>Order {order_number} was handed over at this till already.</source>
        <translation>Bestellung {order_number} wurde an dieser Kasse schon ausgegeben.</translation>
    </message>
    <message>
        <source>This till cannot check the code of order {order_number}: find it by name, with an ID check.</source>
        <translation>Diese Kasse kann den Code von Bestellung {order_number} nicht prüfen: über den Namen suchen, mit Ausweisprüfung.</translation>
    </message>
    <message>
        <source>Wrong pickup code for order {order_number} ({attempts} wrong so far). Ask to see it again.</source>
        <translation>Falscher Abholcode für Bestellung {order_number} (bisher {attempts} falsch). Bitte den Code noch einmal zeigen lassen.</translation>
    </message>
    <message>
        <source>Wrong pickup code for order {order_number}: {attempts_left} tries left.</source>
        <translation>Falscher Abholcode für Bestellung {order_number}: noch {attempts_left} Versuche.</translation>
    </message>
    <message>
        <source>Order {order_number} is being handed over at another till.</source>
        <translation>Bestellung {order_number} wird gerade an einer anderen Kasse ausgegeben.</translation>
    </message>
    <message>
        <source>Order {order_number} is to be collected at store {store_id}, not here.</source>
        <translation>Bestellung {order_number} wird in Filiale {store_id} abgeholt, nicht hier.</translation>
    </message>
    <message>
        <source>Order {order_number} is {status} now: it cannot be handed over.</source>
        <translation>Bestellung {order_number} ist jetzt {status}: sie kann nicht ausgegeben werden.</translation>
    </message>
    <message>
        <source>Too many wrong codes for order {order_number}: find it by name, with an ID check.</source>
        <translation>Zu viele falsche Codes für Bestellung {order_number}: über den Namen suchen, mit Ausweisprüfung.</translation>
    </message>
    <message>
        <source>The head office does not know order {order_number}.</source>
        <translation>Die Zentrale kennt Bestellung {order_number} nicht.</translation>
    </message>
    <message>
        <source>The head office refused the handover of order {order_number}.</source>
        <translation>Die Zentrale hat die Ausgabe von Bestellung {order_number} abgelehnt.</translation>
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
        <source>This voucher code has a typing error (its last symbol does not match). Check the code and type it again.</source>
        <translation>Dieser Gutscheincode enthält einen Tippfehler (das letzte Zeichen passt nicht). Bitte den Code prüfen und neu eingeben.</translation>
    </message>
    <message>
        <source>That is not a voucher code. A voucher code has 17 letters and digits.</source>
        <translation>Das ist kein Gutscheincode. Ein Gutscheincode hat 17 Buchstaben und Ziffern.</translation>
    </message>
    <message>
        <source>This voucher is not known at the head office. Check the code.</source>
        <translation>Dieser Gutschein ist der Zentrale nicht bekannt. Bitte den Code prüfen.</translation>
    </message>
    <message>
        <source>This voucher has only {balance_minor} left. Type a smaller amount.</source>
        <translation>Auf diesem Gutschein sind nur noch {balance_minor}. Bitte einen kleineren Betrag eingeben.</translation>
    </message>
    <message>
        <source>This voucher is in {currency}; it cannot pay in this store.</source>
        <translation>Dieser Gutschein lautet auf {currency}; er kann in dieser Filiale nicht zahlen.</translation>
    </message>
    <message>
        <source>This voucher is spent or void.</source>
        <translation>Dieser Gutschein ist verbraucht oder ungültig.</translation>
    </message>
    <message>
        <source>This voucher is already a payment of this visit.</source>
        <translation>Dieser Gutschein ist in diesem Vorgang schon als Zahlung erfasst.</translation>
    </message>
    <message>
        <source>The head office cannot be reached to check this voucher. Try again in a moment.</source>
        <translation>Die Zentrale ist nicht erreichbar, um diesen Gutschein zu prüfen. Bitte gleich noch einmal versuchen.</translation>
    </message>
    <message>
        <source>The head office cannot be reached: a voucher can pay at most {limit_minor} now. Type an amount up to that, or take another payment.</source>
        <translation>Die Zentrale ist nicht erreichbar: Ein Gutschein kann jetzt höchstens {limit_minor} zahlen. Bitte einen Betrag bis dahin eingeben oder anders bezahlen lassen.</translation>
    </message>
    <message>
        <source>This offer is being used at another till right now.</source>
        <translation>Dieses Angebot wird gerade an einer anderen Kasse verwendet.</translation>
    </message>
    <message>
        <source>This offer has already been used.</source>
        <translation>Dieses Angebot wurde bereits eingelöst.</translation>
    </message>
    <message>
        <source>This offer has expired.</source>
        <translation>Dieses Angebot ist abgelaufen.</translation>
    </message>
    <message>
        <source>The head office does not know this offer.</source>
        <translation>Die Zentrale kennt dieses Angebot nicht.</translation>
    </message>
    <message>
        <source>Nothing in the basket is in the offer&apos;s product group.</source>
        <translation>Kein Artikel im Bon gehört zur Warengruppe des Angebots.</translation>
    </message>
    <message>
        <source>This offer is already applied to the visit.</source>
        <translation>Dieses Angebot ist im Vorgang bereits angewendet.</translation>
    </message>
    <message>
        <source>The visit is for another customer: their offers cannot be applied to it.</source>
        <translation>Der Einkauf gehört zu einem anderen Kunden: Diese Angebote können darauf nicht angewendet werden.</translation>
    </message>
    <message>
        <source>The head office cannot be reached: personal offers cannot be applied now. The customer can use them on the next visit.</source>
        <translation>Die Zentrale ist nicht erreichbar: Persönliche Angebote können jetzt nicht angewendet werden. Der Kunde kann sie beim nächsten Besuch nutzen.</translation>
    </message>
    <message>
        <source>The customer&apos;s web basket cannot be checked: the head office is not reachable. The basket at the till is unchanged.</source>
        <translation>Der Web-Warenkorb des Kunden kann nicht geprüft werden: Die Zentrale ist nicht erreichbar. Der Warenkorb an der Kasse bleibt unverändert.</translation>
    </message>
    <message>
        <source>This web basket is already in the visit: it was not added again.</source>
        <translation>Dieser Web-Warenkorb ist schon im Vorgang: Er wurde nicht noch einmal hinzugefügt.</translation>
    </message>
    <message>
        <source>This web basket belongs to another customer than the visit&apos;s.</source>
        <translation>Dieser Web-Warenkorb gehört einem anderen Kunden als dem des Vorgangs.</translation>
    </message>
    <message>
        <source>The head office cannot be reached: showing what this till knows.</source>
        <translation>Die Zentrale ist nicht erreichbar: angezeigt wird, was diese Kasse weiß.</translation>
    </message>
    <message>
        <source>No customer {customer_id} is known to the head office.</source>
        <translation>Kunde {customer_id} ist der Zentrale nicht bekannt.</translation>
    </message>
    <message>
        <source>Type at least two characters of the name, e-mail or phone.</source>
        <translation>Mindestens zwei Zeichen von Name, E-Mail oder Telefon eingeben.</translation>
    </message>
    <message>
        <source>The payment has begun: the visit&apos;s customer cannot change now.</source>
        <translation>Die Zahlung hat begonnen: Der Kunde des Vorgangs kann jetzt nicht mehr geändert werden.</translation>
    </message>
    <message>
        <source>The visit holds this customer&apos;s personal offers: its customer cannot change. Void the visit to give the offers back.</source>
        <translation>Der Vorgang enthält persönliche Angebote dieses Kunden, daher kein Kundenwechsel. Zum Freigeben der Angebote den Vorgang stornieren.</translation>
    </message>
    <message>
        <source>Nothing in this visit was paid online: choose another way to refund.</source>
        <translation>Nichts in diesem Vorgang wurde online bezahlt: Bitte anders erstatten.</translation>
    </message>
    <message>
        <source>At most {limit_minor} can go back to the online payment of order {order_number}.</source>
        <translation>Höchstens {limit_minor} können auf die Online-Zahlung der Bestellung {order_number} zurückgehen.</translation>
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
        <source>Select a counted article first.</source>
        <translation>Wählen Sie zuerst einen gezählten Artikel.</translation>
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
        <source>take back an item outside the return rules</source>
        <translation>einen Artikel außerhalb der Rückgaberegeln zurücknehmen</translation>
    </message>
    <message>
        <source>take cash out of the drawer above the cashier&apos;s limit</source>
        <translation>Bargeld über dem Kassiererlimit entnehmen</translation>
    </message>
    <message>
        <source>an item scanned or confirmed</source>
        <translation>ein Artikel gescannt oder bestätigt</translation>
    </message>
    <message>
        <source>&quot;ID checked&quot; ticked</source>
        <translation>„Ausweis geprüft“ angekreuzt</translation>
    </message>
    <message>
        <source>the name of who collects</source>
        <translation>der Name der abholenden Person</translation>
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
    <message>
        <source>The day is closed (Z {z_number}). Open a new day in the Till area to sell.</source>
        <translation>Der Tag ist abgeschlossen (Z {z_number}). Öffnen Sie im Bereich Kasse einen neuen Tag, um zu verkaufen.</translation>
    </message>
    <message>
        <source>No day is open at this till. Open the day with a counted float first.</source>
        <translation>An dieser Kasse ist kein Tag geöffnet. Öffnen Sie den Tag zuerst mit gezähltem Wechselgeld.</translation>
    </message>
    <message>
        <source>The day is already open at this till.</source>
        <translation>Der Tag ist an dieser Kasse bereits geöffnet.</translation>
    </message>
    <message>
        <source>This till does not know the notes and coins of {currency}.</source>
        <translation>Diese Kasse kennt die Scheine und Münzen von {currency} nicht.</translation>
    </message>
    <message>
        <source>There is no note or coin of this value in {currency}.</source>
        <translation>In {currency} gibt es keinen Schein und keine Münze mit diesem Wert.</translation>
    </message>
    <message>
        <source>A count must be a whole number of notes or coins.</source>
        <translation>Eine Anzahl muss eine ganze Zahl von Scheinen oder Münzen sein.</translation>
    </message>
    <message>
        <source>Type an amount above zero.</source>
        <translation>Geben Sie einen Betrag über null ein.</translation>
    </message>
    <message>
        <source>Choose a reason from the list.</source>
        <translation>Wählen Sie einen Grund aus der Liste.</translation>
    </message>
    <message>
        <source>For &apos;Other&apos;, say in a few words what the cash is for.</source>
        <translation>Bei „Sonstiges“ in wenigen Worten angeben, wofür das Bargeld ist.</translation>
    </message>
    <message>
        <source>The text is too long (at most {limit} characters).</source>
        <translation>Der Text ist zu lang (höchstens {limit} Zeichen).</translation>
    </message>
    <message>
        <source>Count every payment type before closing the day.</source>
        <translation>Zählen Sie jede Zahlungsart, bevor Sie den Tag abschließen.</translation>
    </message>
    <message>
        <source>What was counted differs from what was expected. Say why before closing the day.</source>
        <translation>Das Gezählte weicht vom Soll ab. Geben Sie den Grund an, bevor Sie den Tag abschließen.</translation>
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
        <source>Voucher code</source>
        <translation>Gutscheincode</translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation>Gutschein</translation>
    </message>
    <message>
        <source>Back to web payment</source>
        <translation>Zurück auf Online-Zahlung</translation>
    </message>
    <message>
        <source>Store credit</source>
        <translation>Gutschein ausstellen</translation>
    </message>
    <message>
        <source>Next customer (Enter)</source>
        <translation>Nächster Kunde (Eingabe)</translation>
    </message>
    <message>
        <source>Refund {amount} to the customer</source>
        <translation>{amount} an den Kunden erstatten</translation>
    </message>
    <message>
        <source>Still to refund {amount}</source>
        <translation>Noch zu erstatten {amount}</translation>
    </message>
    <message>
        <source>Even exchange — nothing to pay</source>
        <translation>Gleichwertiger Umtausch — nichts zu zahlen</translation>
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
        <source>Cash out</source>
        <translation>Bar auszahlen</translation>
    </message>
    <message>
        <source>Card refund</source>
        <translation>Erstattung Karte</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Abschließen</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source> (offline)</source>
        <translation> (offline)</translation>
    </message>
    <message>
        <source>Suggested: {tender}</source>
        <translation>Vorschlag: {tender}</translation>
    </message>
    <message>
        <source>Suggested: {tender} (as it was paid)</source>
        <translation>Vorschlag: {tender} (wie bezahlt wurde)</translation>
    </message>
    <message>
        <source>Card refund of {amount}: did the card terminal confirm the refund?</source>
        <translation>Erstattung von {amount} auf die Karte: Hat das Kartenterminal die Erstattung bestätigt?</translation>
    </message>
    <message>
        <source>Card payment of {amount}: did the card terminal approve it?</source>
        <translation>Kartenzahlung über {amount}: Hat das Kartenterminal sie genehmigt?</translation>
    </message>
    <message>
        <source>This sale is complete. Next customer (Enter), then scan again.</source>
        <translation>Dieser Verkauf ist abgeschlossen. Nächster Kunde (Eingabe), dann erneut scannen.</translation>
    </message>
    <message>
        <source>Code {code} is neither a voucher nor an article we know.</source>
        <translation>Der Code {code} ist weder ein Gutschein noch ein bekannter Artikel.</translation>
    </message>
    <message>
        <source>That is a receipt ({code}), not a voucher. Finish this payment first, then take the return in Returns.</source>
        <translation>Das ist ein Beleg ({code}), kein Gutschein. Erst diese Zahlung abschließen, dann die Rückgabe unter „Rückgabe“ annehmen.</translation>
    </message>
    <message>
        <source>That is a web order&apos;s pickup code, not a voucher. Finish this payment first, then hand the order over in Pickups.</source>
        <translation>Das ist der Abholcode einer Webbestellung, kein Gutschein. Erst diese Zahlung abschließen, dann die Bestellung unter „Abholungen“ übergeben.</translation>
    </message>
    <message>
        <source>That is a staff badge, not a voucher. Finish this payment first.</source>
        <translation>Das ist ein Mitarbeiterausweis, kein Gutschein. Erst diese Zahlung abschließen.</translation>
    </message>
    <message>
        <source>{name} is an article, not a voucher. Finish this payment first, then sell it in a new sale.</source>
        <translation>{name} ist ein Artikel, kein Gutschein. Erst diese Zahlung abschließen, dann den Artikel in einem neuen Verkauf scannen.</translation>
    </message>
    <message>
        <source>That is a customer card, not a voucher. Finish this payment first.</source>
        <translation>Das ist eine Kundenkarte, kein Gutschein. Erst diese Zahlung abschließen.</translation>
    </message>
    <message>
        <source>{name} is an article, not a voucher. It goes into the basket when you go back (Esc).</source>
        <translation>{name} ist ein Artikel, kein Gutschein. Mit „Zurück (Esc)“ kommt er auf den Bon.</translation>
    </message>
    <message>
        <source>That is a customer card, not a voucher. The customer is added when you go back (Esc).</source>
        <translation>Das ist eine Kundenkarte, kein Gutschein. Mit „Zurück (Esc)“ wird der Kunde zugeordnet.</translation>
    </message>
</context>
<context>
    <name>PickupOffers</name>
    <message>
        <source>Looking up the customer&apos;s personal offers…</source>
        <translation>Persönliche Angebote des Kunden werden abgefragt…</translation>
    </message>
    <message numerus="yes">
        <source>Personal offers of this customer (%n more in the Customers area):</source>
        <translation>
            <numerusform>Persönliche Angebote dieses Kunden (%n weiteres im Bereich Kunden):</numerusform>
            <numerusform>Persönliche Angebote dieses Kunden (%n weitere im Bereich Kunden):</numerusform>
        </translation>
    </message>
    <message>
        <source>Personal offers of this customer (for this visit):</source>
        <translation>Persönliche Angebote dieses Kunden (für diesen Einkauf):</translation>
    </message>
    <message>
        <source>Applied to this visit: {percent} % on {group}.</source>
        <translation>Auf diesen Einkauf angewendet: {percent} % auf {group}.</translation>
    </message>
    <message>
        <source>Apply {percent} % on {group}</source>
        <translation>{percent} % auf {group} anwenden</translation>
    </message>
</context>
<context>
    <name>PickupOrder</name>
    <message>
        <source>no barcode</source>
        <translation>kein Barcode</translation>
    </message>
    <message>
        <source>label damaged</source>
        <translation>Etikett beschädigt</translation>
    </message>
    <message>
        <source>too bulky to scan</source>
        <translation>zu sperrig zum Scannen</translation>
    </message>
    <message>
        <source>damaged</source>
        <translation>beschädigt</translation>
    </message>
    <message>
        <source>wrong item</source>
        <translation>falscher Artikel</translation>
    </message>
    <message>
        <source>no longer wanted</source>
        <translation>nicht mehr gewünscht</translation>
    </message>
    <message>
        <source>other</source>
        <translation>anderer Grund</translation>
    </message>
</context>
<context>
    <name>PickupOrderScreen</name>
    <message>
        <source>Scan each item</source>
        <translation>Jeden Artikel scannen</translation>
    </message>
    <message>
        <source>Short (F6)</source>
        <translation>Fehlt (F6)</translation>
    </message>
    <message>
        <source>Ready (F9)</source>
        <translation>Bereit (F9)</translation>
    </message>
    <message>
        <source>Confirm count (F6)</source>
        <translation>Menge bestätigen (F6)</translation>
    </message>
    <message>
        <source>Refuse 1 (F7)</source>
        <translation>1 ablehnen (F7)</translation>
    </message>
    <message>
        <source>Collected by (name)</source>
        <translation>Abgeholt von (Name)</translation>
    </message>
    <message>
        <source>ID checked (no number noted)</source>
        <translation>Ausweis geprüft (ohne Nummer)</translation>
    </message>
    <message>
        <source>Sent by the customer</source>
        <translation>Vom Kunden geschickt</translation>
    </message>
    <message>
        <source>Hand over (F9)</source>
        <translation>Ausgeben (F9)</translation>
    </message>
    <message>
        <source>Back (Esc)</source>
        <translation>Zurück (Esc)</translation>
    </message>
    <message>
        <source>Found by name: check the customer&apos;s ID and note who collects.</source>
        <translation>Über den Namen gefunden: Ausweis prüfen und notieren, wer abholt.</translation>
    </message>
    <message>
        <source>Order {number} — {customer}</source>
        <translation>Bestellung {number} — {customer}</translation>
    </message>
    <message>
        <source>paid online</source>
        <translation>online bezahlt</translation>
    </message>
    <message>
        <source>to pay here</source>
        <translation>hier zu bezahlen</translation>
    </message>
    <message>
        <source>{state} · collect by {deadline} · {paid}</source>
        <translation>{state} · abholen bis {deadline} · {paid}</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Picked</source>
        <translation>Kommissioniert</translation>
    </message>
    <message>
        <source>Short</source>
        <translation>Fehlt</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Mitgenommen</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Fehlt</translation>
    </message>
    <message>
        <source>{name}: {picked} of {ordered} picked</source>
        <translation>{name}: {picked} von {ordered} kommissioniert</translation>
    </message>
    <message>
        <source>Order {number} is ready; the customer is told.</source>
        <translation>Bestellung {number} ist bereit; der Kunde wird benachrichtigt.</translation>
    </message>
</context>
<context>
    <name>PickupsArea</name>
    <message>
        <source>Pickups</source>
        <translation>Abholungen</translation>
    </message>
    <message>
        <source>New web orders to pick.</source>
        <translation>Neue Webbestellungen zum Kommissionieren.</translation>
    </message>
</context>
<context>
    <name>PickupsQueue</name>
    <message>
        <source>to pick</source>
        <translation>zu kommissionieren</translation>
    </message>
    <message>
        <source>picking</source>
        <translation>in Kommissionierung</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>bereit</translation>
    </message>
    <message>
        <source>handed over</source>
        <translation>ausgegeben</translation>
    </message>
    <message>
        <source>Scan the customer&apos;s code, or type order + code, name, e-mail, phone</source>
        <translation>Code des Kunden scannen oder Bestellung + Code, Name, E-Mail, Telefon eingeben</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Collect by</source>
        <translation>Abholen bis</translation>
    </message>
    <message>
        <source>To pick</source>
        <translation>Zu kommissionieren</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Expiring today</source>
        <translation>Läuft heute ab</translation>
    </message>
    <message>
        <source>No orders found.</source>
        <translation>Keine Bestellungen gefunden.</translation>
    </message>
    <message>
        <source>No orders in this view.</source>
        <translation>Keine Bestellungen in dieser Ansicht.</translation>
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
    <name>Returns</name>
    <message>
        <source>Changed mind</source>
        <translation>Nicht mehr gewünscht</translation>
    </message>
    <message>
        <source>Wrong size</source>
        <translation>Falsche Größe</translation>
    </message>
    <message>
        <source>Defective</source>
        <translation>Defekt</translation>
    </message>
    <message>
        <source>Not as described</source>
        <translation>Nicht wie beschrieben</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>Beschädigt</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Back to stock</source>
        <translation>Ins Lager</translation>
    </message>
    <message>
        <source>Write off</source>
        <translation>Abschreiben</translation>
    </message>
    <message>
        <source>Inspect</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>Final sale</source>
        <translation>Kein Umtausch</translation>
    </message>
    <message>
        <source>Window ended</source>
        <translation>Frist abgelaufen</translation>
    </message>
    <message>
        <source>All returned</source>
        <translation>Alles zurück</translation>
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
        <source>Voucher</source>
        <translation>Gutschein</translation>
    </message>
    <message>
        <source>Web shop</source>
        <translation>Webshop</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Verkauft</translation>
    </message>
    <message>
        <source>Paid each</source>
        <translation>Bezahlt/Stk.</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Regel</translation>
    </message>
</context>
<context>
    <name>ReturnsArea</name>
    <message>
        <source>Scan or type the receipt or web-order number</source>
        <translation>Beleg- oder Webbestellnummer scannen oder eingeben</translation>
    </message>
    <message>
        <source>Why (&quot;other&quot;), or the manager&apos;s reason</source>
        <translation>Warum („Sonstiges“) oder Begründung der Leitung</translation>
    </message>
    <message>
        <source>Add to visit (F9)</source>
        <translation>Übernehmen (F9)</translation>
    </message>
    <message>
        <source>No receipt (F7)</source>
        <translation>Ohne Beleg (F7)</translation>
    </message>
    <message>
        <source>Receipt or order no.</source>
        <translation>Beleg- oder Bestell-Nr.</translation>
    </message>
    <message>
        <source>Clear (Esc)</source>
        <translation>Leeren (Esc)</translation>
    </message>
    <message>
        <source>Reason in words</source>
        <translation>Grund in Worten</translation>
    </message>
    <message>
        <source>Take out last (F4)</source>
        <translation>Letzte raus (F4)</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>Rückgabe</translation>
    </message>
    <message>
        <source>{name} is no longer returned in this visit.</source>
        <translation>{name} wird in diesem Vorgang nicht mehr zurückgegeben.</translation>
    </message>
    <message>
        <source>Scan the receipt or the web order&apos;s code, or type its number. No receipt: F7.</source>
        <translation>Scannen Sie den Beleg oder den Code der Webbestellung, oder geben Sie die Nummer ein. Ohne Beleg: F7.</translation>
    </message>
    <message>
        <source>{name} is an article, not a receipt. Without a receipt: choose the reason, then Enter or F9 (a manager approves). Or scan the receipt.</source>
        <translation>{name} ist ein Artikel, kein Beleg. Ohne Beleg: Grund wählen, dann Eingabe oder F9 (die Leitung gibt frei). Oder den Beleg scannen.</translation>
    </message>
    <message>
        <source>Looking up {reference}…</source>
        <translation>Suche {reference} …</translation>
    </message>
    <message>
        <source>{reference} cannot be checked now (offline). Scan each item that comes back; a manager approves.</source>
        <translation>{reference} kann jetzt nicht geprüft werden (offline). Scannen Sie jeden zurückgegebenen Artikel; die Leitung gibt frei.</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Beleg</translation>
    </message>
    <message>
        <source>Web order</source>
        <translation>Webbestellung</translation>
    </message>
    <message>
        <source>{kind} {reference}: not checked</source>
        <translation>{kind} {reference}: nicht geprüft</translation>
    </message>
    <message>
        <source>paid online</source>
        <translation>online bezahlt</translation>
    </message>
    <message>
        <source>{kind} {reference} · {where} · {when} · {total} · {paid}</source>
        <translation>{kind} {reference} · {where} · {when} · {total} · {paid}</translation>
    </message>
    <message>
        <source>Without a receipt: choose the reason, then scan or type each article. It is refunded at its lowest price of the last 30 days, as store credit; a manager approves.</source>
        <translation>Ohne Beleg: Grund wählen, dann jeden Artikel scannen oder eingeben. Erstattet wird der niedrigste Preis der letzten 30 Tage als Gutschein; die Leitung gibt frei.</translation>
    </message>
</context>
<context>
    <name>SaleScreen</name>
    <message>
        <source>Scan or type a code — 3* for three</source>
        <translation>Code scannen oder eintippen — 3* für drei</translation>
    </message>
    <message>
        <source>Sale</source>
        <translation>Verkauf</translation>
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
        <source>Visit {number} complete — refunded {amount}</source>
        <translation>Vorgang {number} abgeschlossen — erstattet {amount}</translation>
    </message>
    <message>
        <source>Sale {number} complete — change {change}</source>
        <translation>Verkauf {number} abgeschlossen — Rückgeld {change}</translation>
    </message>
    <message>
        <source>the customer card</source>
        <translation>die Kundenkarte</translation>
    </message>
    <message>
        <source>{done}. Scanned while paying, not in it: {names}. Scan again for a new sale.</source>
        <translation>{done}. Beim Bezahlen gescannt, nicht enthalten: {names}. Für einen neuen Verkauf erneut scannen.</translation>
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
    <message>
        <source>Printer fault</source>
        <translation>Druckerfehler</translation>
    </message>
    <message>
        <source>Printer offline</source>
        <translation>Drucker offline</translation>
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
    <name>StockArea</name>
    <message>
        <source>Scan or search a product</source>
        <translation>Artikel scannen oder suchen</translation>
    </message>
    <message>
        <source>Look up</source>
        <translation>Nachsehen</translation>
    </message>
    <message>
        <source>Scan an article or type its name.</source>
        <translation>Artikel scannen oder Namen eingeben.</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Filiale</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>Reserviert</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Verfügbar</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>Levels</source>
        <translation>Bestände</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>No product of this store has fewer than {n} available.</source>
        <translation>Kein Artikel dieser Filiale hat weniger als {n} verfügbar.</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Low stock</source>
        <translation>Knapper Bestand</translation>
    </message>
    <message>
        <source>Blind count: scan each article on the shelf (one scan, one piece), or pick a line and type its quantity.</source>
        <translation>Blindzählung: Jeden Artikel im Regal scannen (ein Scan, ein Stück) oder eine Zeile wählen und die Menge eingeben.</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Gezählt</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Set quantity</source>
        <translation>Menge setzen</translation>
    </message>
    <message>
        <source>New count</source>
        <translation>Neue Zählung</translation>
    </message>
    <message>
        <source>Submit count</source>
        <translation>Zählung senden</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Zählen</translation>
    </message>
    <message>
        <source>Scan the article to adjust.</source>
        <translation>Scannen Sie den zu korrigierenden Artikel.</translation>
    </message>
    <message>
        <source>Damaged (off the shelf)</source>
        <translation>Beschädigt (ab)</translation>
    </message>
    <message>
        <source>Theft (off the shelf)</source>
        <translation>Diebstahl (ab)</translation>
    </message>
    <message>
        <source>Found (onto the shelf)</source>
        <translation>Gefunden (zu)</translation>
    </message>
    <message>
        <source>Correction: fewer</source>
        <translation>Berichtigung: weniger</translation>
    </message>
    <message>
        <source>Correction: more</source>
        <translation>Berichtigung: mehr</translation>
    </message>
    <message>
        <source>Book adjustment</source>
        <translation>Korrektur buchen</translation>
    </message>
    <message>
        <source>Adjust</source>
        <translation>Korrigieren</translation>
    </message>
    <message>
        <source>From store</source>
        <translation>Von Filiale</translation>
    </message>
    <message>
        <source>Delivery note</source>
        <translation>Lieferschein</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Erhalten</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Receive goods</source>
        <translation>Ware annehmen</translation>
    </message>
    <message>
        <source>Choose the sending store</source>
        <translation>Liefernde Filiale wählen</translation>
    </message>
    <message>
        <source>Receive</source>
        <translation>Wareneingang</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>{name} ({sku}): looking it up …</source>
        <translation>{name} ({sku}): wird nachgesehen …</translation>
    </message>
    <message>
        <source>live</source>
        <translation>aktuell</translation>
    </message>
    <message>
        <source>as of {time}, offline</source>
        <translation>Stand {time}, offline</translation>
    </message>
    <message>
        <source>never confirmed</source>
        <translation>nie bestätigt</translation>
    </message>
    <message>
        <source>{name} (this store)</source>
        <translation>{name} (diese Filiale)</translation>
    </message>
    <message>
        <source>{name} ({sku}): no figure for this product yet</source>
        <translation>{name} ({sku}): noch kein Bestand für diesen Artikel</translation>
    </message>
    <message>
        <source>Products of this store with fewer than {n} available</source>
        <translation>Artikel dieser Filiale mit weniger als {n} verfügbar</translation>
    </message>
    <message>
        <source>Count submitted: {n} articles, {d} with a difference.</source>
        <translation>Zählung gesendet: {n} Artikel, {d} mit Differenz.</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Erwartet</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Differenz</translation>
    </message>
    <message>
        <source>Adjustment booked: {qty} × {name} ({reason}).</source>
        <translation>Korrektur gebucht: {qty} × {name} ({reason}).</translation>
    </message>
    <message>
        <source>Goods received from {store}: {n} pieces.</source>
        <translation>Ware aus {store} angenommen: {n} Stück.</translation>
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
        <source>Stock adjustment</source>
        <translation>Bestandskorrektur</translation>
    </message>
    <message>
        <source>Goods received from a store</source>
        <translation>Wareneingang aus einer Filiale</translation>
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
    <message numerus="yes">
        <source>Held back: %n event(s) from #{seq}, {type} in version {schema}; the head office takes version(s) {accepted} of it. They are kept and sent once it accepts them.</source>
        <translation>
            <numerusform>Zurückgehalten: %n Ereignis ab #{seq}, {type} in Version {schema}; die Zentrale nimmt davon Version(en) {accepted}. Es bleibt gespeichert und wird gesendet, sobald die Zentrale es annimmt.</numerusform>
            <numerusform>Zurückgehalten: %n Ereignisse ab #{seq}, {type} in Version {schema}; die Zentrale nimmt davon Version(en) {accepted}. Sie bleiben gespeichert und werden gesendet, sobald die Zentrale sie annimmt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Refused by the head office: {error}</source>
        <translation>Von der Zentrale abgelehnt: {error}</translation>
    </message>
</context>
<context>
    <name>TillArea</name>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Charts (F10)</source>
        <translation>Diagramme (F10)</translation>
    </message>
    <message>
        <source>Open day</source>
        <translation>Tag öffnen</translation>
    </message>
    <message>
        <source>Cash in</source>
        <translation>Einlage</translation>
    </message>
    <message>
        <source>Cash out</source>
        <translation>Entnahme</translation>
    </message>
    <message>
        <source>X report</source>
        <translation>X-Bericht</translation>
    </message>
    <message>
        <source>Close day (Z)</source>
        <translation>Tag abschließen (Z)</translation>
    </message>
    <message>
        <source>Till</source>
        <translation>Kasse</translation>
    </message>
    <message>
        <source>No day opened at this till yet. Open the day with a counted float.</source>
        <translation>An dieser Kasse wurde noch kein Tag geöffnet. Öffnen Sie den Tag mit gezähltem Wechselgeld.</translation>
    </message>
    <message>
        <source>Day open since {when}: opened by the first receipt ({name}). The float was not counted, so the difference at the Z includes any cash that was in the drawer.</source>
        <translation>Tag geöffnet seit {when}, mit dem ersten Beleg ({name}). Das Wechselgeld wurde nicht gezählt: Die Differenz beim Z-Bericht enthält das Bargeld, das schon in der Kasse war.</translation>
    </message>
    <message>
        <source>Day open since {when} by {name}. Float {amount}.</source>
        <translation>Tag geöffnet seit {when} von {name}. Wechselgeld {amount}.</translation>
    </message>
    <message>
        <source>Day closed (Z {z}) at {when}. Open a new day to sell.</source>
        <translation>Tag abgeschlossen (Z {z}) um {when}. Öffnen Sie einen neuen Tag, um zu verkaufen.</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Verkäufe</translation>
    </message>
    <message>
        <source>Gross</source>
        <translation>Brutto</translation>
    </message>
    <message>
        <source>Cash in / out</source>
        <translation>Einlagen / Entnahmen</translation>
    </message>
    <message>
        <source>in {taken} · out {paid}</source>
        <translation>ein {taken} · aus {paid}</translation>
    </message>
    <message>
        <source>Expected cash in the drawer</source>
        <translation>Soll-Bargeld in der Lade</translation>
    </message>
    <message>
        <source>Open the day</source>
        <translation>Tag öffnen</translation>
    </message>
    <message>
        <source>Count the float in the drawer: how many of each note and coin.</source>
        <translation>Zählen Sie das Wechselgeld in der Lade: wie viele Scheine und Münzen je Wert.</translation>
    </message>
    <message>
        <source>The day is open.</source>
        <translation>Der Tag ist geöffnet.</translation>
    </message>
    <message>
        <source>Recorded: {amount}.</source>
        <translation>Gebucht: {amount}.</translation>
    </message>
    <message>
        <source>The X report is printing.</source>
        <translation>Der X-Bericht wird gedruckt.</translation>
    </message>
    <message>
        <source>Close the day (Z): count the cash</source>
        <translation>Tagesabschluss (Z): Bargeld zählen</translation>
    </message>
    <message>
        <source>Count all cash in the drawer: how many of each note and coin.</source>
        <translation>Zählen Sie das gesamte Bargeld in der Lade: wie viele Scheine und Münzen je Wert.</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>The day is closed. The Z report is printing.</source>
        <translation>Der Tag ist abgeschlossen. Der Z-Bericht wird gedruckt.</translation>
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
<context>
    <name>VisitExtras</name>
    <message>
        <source>Customer: {name} ({customer_id})</source>
        <translation>Kunde: {name} ({customer_id})</translation>
    </message>
    <message>
        <source>{count} items</source>
        <translation>{count} Artikel</translation>
    </message>
    <message>
        <source>paid online</source>
        <translation>online bezahlt</translation>
    </message>
    <message>
        <source>to pay {amount}</source>
        <translation>{amount} zu zahlen</translation>
    </message>
    <message>
        <source>Web order {number}: {count}, {how}</source>
        <translation>Webbestellung {number}: {count}, {how}</translation>
    </message>
    <message>
        <source>Return R{line}: {quantity} × {name} ({reason}) −{refund}</source>
        <translation>Rückgabe R{line}: {quantity} × {name} ({reason}) −{refund}</translation>
    </message>
</context>
<context>
    <name>WebBasket</name>
    <message>
        <source>{name}: now {price}, was {shop_price} online</source>
        <translation>{name}: jetzt {price}, online waren es {shop_price}</translation>
    </message>
    <message>
        <source>{name}: no longer sold — not added</source>
        <translation>{name}: nicht mehr im Sortiment — nicht hinzugefügt</translation>
    </message>
    <message>
        <source>{name}: only {added} of {wanted} in stock here — {added} added</source>
        <translation>{name}: hier nur {added} von {wanted} auf Lager — {added} hinzugefügt</translation>
    </message>
    <message>
        <source>{name}: none in stock here — not added</source>
        <translation>{name}: hier nicht auf Lager — nicht hinzugefügt</translation>
    </message>
    <message>
        <source>{name}: not added — {reason}</source>
        <translation>{name}: nicht hinzugefügt — {reason}</translation>
    </message>
    <message numerus="yes">
        <source>Web basket loaded: {added} of %n item(s).</source>
        <translation>
            <numerusform>Web-Warenkorb geladen: {added} von %n Artikel.</numerusform>
            <numerusform>Web-Warenkorb geladen: {added} von %n Artikeln.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WebBasketOffer</name>
    <message numerus="yes">
        <source>Load web wish list (%n item(s))</source>
        <translation>
            <numerusform>Web-Wunschliste laden (%n Artikel)</numerusform>
            <numerusform>Web-Wunschliste laden (%n Artikel)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Load web basket (%n item(s))</source>
        <translation>
            <numerusform>Web-Warenkorb laden (%n Artikel)</numerusform>
            <numerusform>Web-Warenkorb laden (%n Artikel)</numerusform>
        </translation>
    </message>
</context>
</TS>
