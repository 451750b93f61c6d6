"""The wire contract between the tills (and the web shop) and the backend.

Pydantic v2 models and the limits they enforce, shared by `backend` and the till (`sync`, and the
services that build event payloads). This package imports only pydantic, orjson and the standard
library, never `terminal`, `sync`, `hardware` or `backend` (an import contract in pyproject.toml).

Modules: `base` (bounds, field types, Inbound/Outbound), `events` (the event envelope, batches, results,
a terminal's sync state), `payloads.*` (one module per event type, each payload with its `schema`
version), `registry` ((type, schema) -> payload model), `versions` (schema numbers without pydantic, for
the till's storage and sync engine), `feed`, `lookups`, `enrolment`, `errors`, `webshop`.
docs/adr/0010-versioned-contract.md says how versions work.
"""
