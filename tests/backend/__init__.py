"""Backend tests: the real service on a loopback port, on SQLite and (in CI) PostgreSQL."""
