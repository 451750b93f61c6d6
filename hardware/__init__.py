"""Adapters for the till's devices: barcode parsing and scanners, receipt rendering, printers, drawer.

Each module implements one port the terminal declares (`terminal/services/ports.py`) or one long-lived
loop (`run(stop_event)`); none imports the terminal UI. Vendor libraries are imported by the modules
that need them, never here, so importing `hardware` stays cheap.
"""
