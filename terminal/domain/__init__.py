"""terminal/domain package."""
