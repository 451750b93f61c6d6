"""The till's local storage: SQLite through SQLAlchemy 2, Alembic migrations, and repositories.

Import the submodules you need (`terminal.storage.db`, `.catalogue`, `.outbox`, ...): this package
module imports nothing, so that a cold start pays for SQLAlchemy only when storage is first opened.
"""
