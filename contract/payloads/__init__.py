"""Event payloads, one module per event type; every model carries its `schema` version (`base.Payload`)."""
