"""terminal/storage package."""
