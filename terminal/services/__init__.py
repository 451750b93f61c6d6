"""terminal/services package."""
