<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>StatusBar</name>
    <message numerus="yes">
        <source>Printer: %n receipt(s) waiting</source>
        <translation>
            <numerusform>Printer: %n receipt waiting</numerusform>
            <numerusform>Printer: %n receipts waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Printer out of paper — %n receipt(s) waiting</source>
        <translation>
            <numerusform>Printer out of paper — %n receipt waiting</numerusform>
            <numerusform>Printer out of paper — %n receipts waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Printer not responding — %n receipt(s) waiting</source>
        <translation>
            <numerusform>Printer not responding — %n receipt waiting</numerusform>
            <numerusform>Printer not responding — %n receipts waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Printer fault — %n receipt(s) waiting</source>
        <translation>
            <numerusform>Printer fault — %n receipt waiting</numerusform>
            <numerusform>Printer fault — %n receipts waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Printer offline — %n receipt(s) waiting</source>
        <translation>
            <numerusform>Printer offline — %n receipt waiting</numerusform>
            <numerusform>Printer offline — %n receipts waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sync: %n refused — tell the manager</source>
        <translation>
            <numerusform>Sync: %n refused — tell the manager</numerusform>
            <numerusform>Sync: %n refused — tell the manager</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Offline — %n waiting</source>
        <translation>
            <numerusform>Offline — %n waiting</numerusform>
            <numerusform>Offline — %n waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Online — %n to send</source>
        <translation>
            <numerusform>Online — %n to send</numerusform>
            <numerusform>Online — %n to send</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncScreen</name>
    <message numerus="yes">
        <source>Held back: %n event(s) from #{seq}, {type} in version {schema}; the head office takes version(s) {accepted} of it. They are kept and sent once it accepts them.</source>
        <translation>
            <numerusform>Held back: %n event from #{seq}, {type} in version {schema}; the head office takes version(s) {accepted} of it. It is kept and sent once it accepts it.</numerusform>
            <numerusform>Held back: %n events from #{seq}, {type} in version {schema}; the head office takes version(s) {accepted} of it. They are kept and sent once it accepts them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WebBasket</name>
    <message numerus="yes">
        <source>Web basket loaded: {added} of %n item(s).</source>
        <translation>
            <numerusform>Web basket loaded: {added} of %n item.</numerusform>
            <numerusform>Web basket loaded: {added} of %n items.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WebBasketOffer</name>
    <message numerus="yes">
        <source>Load web wish list (%n item(s))</source>
        <translation>
            <numerusform>Load web wish list (%n item)</numerusform>
            <numerusform>Load web wish list (%n items)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Load web basket (%n item(s))</source>
        <translation>
            <numerusform>Load web basket (%n item)</numerusform>
            <numerusform>Load web basket (%n items)</numerusform>
        </translation>
    </message>
</context>
</TS>
