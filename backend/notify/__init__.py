"""Delivery of the notification outbox: the channels (signed webhook, SMTP e-mail) and the worker."""
