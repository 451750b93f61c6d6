"""Alembic migrations of the backend schema (run by `store-backend migrate` or `backend.migrate.upgrade`)."""
