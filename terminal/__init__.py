"""Store terminal: the till application (PySide6 UI over a headless core)."""
