"""Alembic migrations of the till database, shipped inside the package (no alembic.ini at runtime)."""
