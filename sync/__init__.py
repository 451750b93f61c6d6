"""The till's sync engine: pushes the outbox, pulls the change feed, bootstraps from the snapshot.

Wire models come from `contract`; every read and write of the till database goes through
`terminal.storage` (an import contract keeps sqlalchemy and sqlite3 out of this package).
"""
