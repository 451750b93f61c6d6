"""The delivery worker: claim due outbox rows, deliver each over its channel, settle the outcome.

`DeliveryWorker.run_once()` is one round (what `store-backend deliver --once` runs); `run(stop)` loops
until the event is set, as the background thread the app's lifespan starts (`start_thread`). The
clock, the transports and the jitter source are injected, so tests move time instead of sleeping.
Several workers (threads or processes) may run against one database: claims never overlap.
"""

from __future__ import annotations

import logging
import random
import threading
from collections import Counter
from collections.abc import Callable
from datetime import datetime, timedelta
from functools import partial

from backend.db import Database
from backend.models import utcnow
from backend.notify.mail import MailTransport, SmtpTransport, build_message, deliver_mail
from backend.notify.webhook import DeliveryError, HttpWebhookTransport, WebhookTransport, deliver_webhook
from backend.services.outbox import Claimed, any_due, claim, release, settle
from backend.settings import Settings

log = logging.getLogger("backend.notify")


class DeliveryWorker:
    """Delivers the outbox of one database with the channels the settings configure."""

    def __init__(
        self,
        db: Database,
        settings: Settings,
        *,
        clock: Callable[[], datetime] = utcnow,
        webhooks: WebhookTransport | None = None,
        mail: MailTransport | None = None,
        rng: Callable[[], float] = random.random,
        batch: int = 20,
    ) -> None:
        self.db, self.settings, self.clock, self.rng, self.batch = db, settings, clock, rng, batch
        self.webhooks = webhooks or HttpWebhookTransport(settings.webhook_timeout_seconds)
        if mail is None and settings.smtp_host:
            mail = SmtpTransport(
                settings.smtp_host,
                settings.smtp_port,
                starttls=settings.smtp_starttls,
                user=settings.smtp_user,
                password=settings.smtp_password,
                timeout_s=settings.smtp_timeout_seconds,
            )
        self.mail = mail  # None: no SMTP server configured, e-mail rows are skipped

    def run_once(self, stop: threading.Event | None = None) -> Counter[str]:
        """Deliver every row due now, batch by batch, until none is due or `stop` is set.

        How many rows ended in each status ("released": given back because its lease ran short).
        """
        outcome: Counter[str] = Counter()
        lease = timedelta(seconds=self.settings.notify_lease_seconds)
        # A delivery starts only while the lease outlasts the slowest channel's time-out (plus slack).
        margin = timedelta(
            seconds=max(self.settings.webhook_timeout_seconds, self.settings.smtp_timeout_seconds) + 5
        )
        while stop is None or not stop.is_set():
            with self.db.read() as session:
                if not any_due(session, now=self.clock()):
                    break
            claimed = self.db.run_write(partial(claim, now=self.clock(), lease=lease, limit=self.batch))
            if not claimed:
                break
            delivered = 0
            for row in claimed:
                if self.clock() + margin >= row.lease_until or (stop is not None and stop.is_set()):
                    self.db.run_write(partial(release, claimed=row))
                    outcome["released"] += 1
                else:
                    outcome[self._deliver(row)] += 1
                    delivered += 1
            if not delivered:  # a lease shorter than the time-outs: claiming again would spin
                log.warning("notify_lease_seconds is too short for the channel time-outs")
                break
        return outcome

    def _deliver(self, row: Claimed) -> str:
        error, skip = self._attempt(row)
        now = self.clock()
        status = self.db.run_write(
            lambda s: settle(
                s,
                row,
                now=now,
                error=error,
                max_attempts=self.settings.notify_max_attempts,
                rng=self.rng,
                skip=skip,
            )
        )
        if status == "dead":
            log.warning("notification %s (%s) is dead: %s", row.notification_id, row.channel, error)
        return status or "lost"

    def _attempt(self, row: Claimed) -> tuple[str | None, bool]:
        """(error or None, whether the row is skipped rather than tried)."""
        try:
            if row.channel == "webhook":
                if not row.subscription_active or row.url is None or row.secret is None:
                    return "the webhook subscription was removed", True
                stamp = int(self.clock().timestamp())
                deliver_webhook(
                    self.webhooks, url=row.url, secret=row.secret, event=row.payload, timestamp=stamp
                )
            elif row.channel == "email":
                if self.mail is None or row.recipient is None:
                    return "no SMTP server configured", True
                message = build_message(
                    row.payload, recipient=row.recipient, sender=self.settings.smtp_from, now=self.clock()
                )
                deliver_mail(self.mail, message)
            else:
                return f"unknown channel {row.channel}", True
        except DeliveryError as exc:
            return str(exc), False
        except Exception as exc:  # a bug or bad data must not stop the worker; the row records it
            log.exception("notification %s failed unexpectedly", row.notification_id)
            return f"{type(exc).__name__}: {exc}", False
        return None, False

    def run(self, stop: threading.Event) -> None:
        """Deliver until `stop` is set, polling every `notify_poll_seconds` when nothing was due."""
        while not stop.is_set():
            try:
                self.run_once(stop)
            except Exception:  # the database may be away for a while; try again next round
                log.exception("notification delivery round failed")
            stop.wait(self.settings.notify_poll_seconds)


def start_thread(worker: DeliveryWorker) -> tuple[threading.Thread, threading.Event]:
    """Run `worker` in a daemon thread; set the event and join the thread to stop it."""
    stop = threading.Event()
    thread = threading.Thread(target=worker.run, args=(stop,), name="notification-delivery", daemon=True)
    thread.start()
    return thread, stop
