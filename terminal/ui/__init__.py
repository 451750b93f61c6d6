"""terminal/ui package."""
