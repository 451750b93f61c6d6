"""Use cases of the backend; each works inside a transaction its caller opens (`Database.write/read`)."""
